package report

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/program"
)

// An exercise's words in the language lang speaks: its dose and the words its drawings show.
// The report, the window's cards and `spinecoach figures` all say them from here, so the paper
// says what the screen says.

// RangeText is a range as the article writes it: "30" or "15–20".
func RangeText(r program.Range) string {
	if r.Fixed() {
		return strconv.Itoa(r.Min)
	}
	return fmt.Sprintf("%d–%d", r.Min, r.Max)
}

// DoseText is an exercise's dose in plain words: "30 times", "5–7 times, hold 3–5 s".
func DoseText(d program.Dose) string {
	if d.Kind() == program.Holds {
		return lang.L("{{.Times}}, hold {{.Seconds}} s", map[string]any{
			"Times":   timesText(*d.Holds),
			"Seconds": RangeText(*d.HoldSeconds),
		})
	}
	return timesText(*d.Reps)
}

func timesText(r program.Range) string {
	return lang.N("{{.N}} times", r.Max, map[string]any{"N": RangeText(r)})
}

// FigureWords are the words drawings show.
func FigureWords() [figure.NumWords]string {
	var w [figure.NumWords]string
	w[figure.WordRight] = lang.L("Right side")
	w[figure.WordLeft] = lang.L("Left side")
	w[figure.WordToRight] = lang.L("To the right")
	w[figure.WordToLeft] = lang.L("To the left")
	w[figure.WordRightHoldsLeft] = lang.L("Right hand holds left wrist")
	w[figure.WordLeftHoldsRight] = lang.L("Left hand holds right wrist")
	w[figure.WordToesTurn] = lang.L("Toes turn the same way")
	w[figure.WordKneesTurn] = lang.L("Knees turn the same way")
	w[figure.WordKneesUp] = lang.L("Knees bent, feet on the mat")
	w[figure.WordToesUp] = lang.L("Toes to the ceiling")
	w[figure.WordToesRight] = lang.L("Toes to the right")
	w[figure.WordToesToYou] = lang.L("Toes towards you")
	w[figure.WordTenseStill] = lang.L("Tense the muscles, keep still")
	w[figure.WordHandsOnKnees] = lang.L("Hands wrap round the knees")
	w[figure.WordYourFeet] = lang.L("Your feet, as you see them")
	w[figure.WordRelax] = lang.L("Relax")
	w[figure.WordBendKneesFirst] = lang.L("Bend your knees first")
	w[figure.WordLeanForearms] = lang.L("Lean on your forearms and feet")
	w[figure.WordElbowsKneesBent] = lang.L("Elbows and knees bent")
	w[figure.WordFromAbove] = lang.L("Seen from above")
	w[figure.WordForearmsOnMat] = lang.L("Elbows bent, forearms on the mat")
	return w
}

// ExerciseFigureWords are FigureWords with exercise e's dose: how many times, under its
// card ("30 times"; for a two-sided exercise "30 times, each right then left", which the
// card's two end poses do not say), and the hold time beside the stopwatch of a held pose
// ("3–5 s").
func ExerciseFigureWords(e program.Exercise) [figure.NumWords]string {
	w := FigureWords()
	if e.Dose.Kind() == program.Holds {
		w[figure.WordDose] = timesText(*e.Dose.Holds)
	} else if e.Dose.Reps != nil {
		w[figure.WordDose] = timesText(*e.Dose.Reps)
	}
	if e.Sides == program.BothSides && w[figure.WordDose] != "" {
		w[figure.WordDose] = lang.L("{{.Dose}}, each right then left", map[string]any{"Dose": w[figure.WordDose]})
	}
	if e.Dose.HoldSeconds != nil {
		w[figure.WordHoldTime] = lang.L("{{.N}} s", map[string]any{"N": RangeText(*e.Dose.HoldSeconds)})
	}
	return w
}
