package ui

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// data is the template data of a translated string.
type data = map[string]any

// sidesText says whether an exercise is done to both sides.
func sidesText(s program.Sides) string {
	if s == program.BothSides {
		return lang.L("To both sides: right, then left, is one repetition")
	}
	return lang.L("Both sides together")
}

// sideText names the side to move to now, in capitals: "RIGHT". The phase band draws the
// arrow that points there.
func sideText(s coach.Side) string {
	switch s {
	case coach.Right:
		return lang.L("RIGHT")
	case coach.Left:
		return lang.L("LEFT")
	}
	return ""
}

// minutesText is a duration rounded to whole minutes: "13 min".
func minutesText(d time.Duration) string {
	m := int((d + 30*time.Second) / time.Minute)
	return lang.N("{{.N}} min", m, data{"N": m})
}

// statusText describes how an exercise ended, for the finish screen.
func statusText(r coach.Result) string {
	switch r.Status {
	case coach.Done:
		return lang.L("Done")
	case coach.Partial:
		return lang.L("Part done")
	case coach.Skipped:
		return lang.L("Skipped")
	case coach.PainStopped:
		if r.Pain != coach.NoPain {
			return lang.L("Stopped: it hurt ({{.Level}} of 10)", data{"Level": r.Pain})
		}
		return lang.L("Stopped: it hurt")
	}
	return lang.L("Not reached")
}
