package report

import (
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
)

// Words are an exercise's words as the window shows them, in the language in use: its dose
// ("30 times") and the words its figure shows. The window owns them, so that the report says
// what the screen says.
type Words struct {
	Dose   func(program.Dose) string
	Figure func(program.Exercise) [figure.NumWords]string
}

// ForDoctor is the printable report of the journal for a doctor, as at now with days in loc:
// program p with its doses and figures, then the last weeks of records. The Progress screen and
// `spinecoach export --html` both print it; it needs Fyne's lang package but no app.
func ForDoctor(p program.Program, words Words, records []journal.Record, sessionsPerDay, weeks int, now time.Time, loc *time.Location) Report {
	exs := make([]Exercise, len(p.Exercises))
	for i, e := range p.Exercises {
		exs[i] = Exercise{
			ID: e.ID, Title: e.Title, StartPosition: e.Position, Action: e.Action, Dose: doseText(e, words),
			SVG: exerciseSVG(e, words),
		}
	}
	return Report{
		Generated: now, Location: loc, ProgramTitle: p.Title, Exercises: exs, Records: records,
		Target: sessionsPerDay, Weeks: weeks,
	}
}

// doseText is the dose in plain words, saying what one repetition is for two-sided exercises.
func doseText(e program.Exercise, words Words) string {
	if e.Sides == program.BothSides {
		return lang.L("{{.Dose}}; right, then left, is one repetition", map[string]any{"Dose": words.Dose(e.Dose)})
	}
	return words.Dose(e.Dose)
}

// exerciseSVG is the exercise's card for the report: the start pose, an arrow and the end
// pose (to each side for a two-sided exercise), on white for print, with the words in the
// user's language. A program without a figure for it gets the report's placeholder.
func exerciseSVG(e program.Exercise, words Words) string {
	if e.Figure == nil {
		return ""
	}
	var b strings.Builder
	if err := figure.CardSVG(&b, *e.Figure, e.Sides == program.BothSides, figure.SVGOptions{Width: 200, Words: words.Figure(e)}); err != nil {
		log.Printf("report: figure of %s: %v", e.ID, err)
		return ""
	}
	return b.String()
}
