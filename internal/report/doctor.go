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

// ForDoctor is the printable report of the journal for a doctor, as at now with days in loc:
// program p with its doses and figures, then the last weeks of records. The Progress screen and
// `spinecoach export --html` both print it; it needs Fyne's lang package but no app.
func ForDoctor(p program.Program, records []journal.Record, sessionsPerDay, weeks int, now time.Time, loc *time.Location) Report {
	exs := make([]Exercise, len(p.Exercises))
	for i, e := range p.Exercises {
		exs[i] = Exercise{
			ID: e.ID, Title: e.Title, StartPosition: e.Position, Action: e.Action, Dose: doseText(e),
			SVG: exerciseSVG(e),
		}
	}
	return Report{
		Generated: now, Location: loc, ProgramTitle: p.Title, Exercises: exs, Records: records,
		Target: sessionsPerDay, Weeks: weeks,
	}
}

// doseText is the dose in plain words, saying what one repetition is for two-sided exercises.
func doseText(e program.Exercise) string {
	if e.Sides == program.BothSides {
		return lang.L("{{.Dose}}; right, then left, is one repetition", map[string]any{"Dose": DoseText(e.Dose)})
	}
	return DoseText(e.Dose)
}

// exerciseSVG is the exercise's card for the report: the start pose, an arrow and the end
// pose (to each side for a two-sided exercise), on white for print, with the words in the
// user's language. A program without a figure for it gets the report's placeholder.
func exerciseSVG(e program.Exercise) string {
	if e.Figure == nil {
		return ""
	}
	var b strings.Builder
	if err := figure.CardSVG(&b, *e.Figure, e.Sides == program.BothSides, figure.SVGOptions{Width: 200, Words: ExerciseFigureWords(e)}); err != nil {
		log.Printf("report: figure of %s: %v", e.ID, err)
		return ""
	}
	return b.String()
}
