package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// TestDoseText: doses in the words of each language, with Russian's plural forms ("раза" for up
// to 4, "раз" from 5). The ranges are of no exercise: the words around them are what is tested.
func TestDoseText(t *testing.T) {
	reps := func(lo, hi int) program.Dose { return program.Dose{Reps: &program.Range{Min: lo, Max: hi}} }
	holds := program.Dose{Holds: &program.Range{Min: 2, Max: 4}, HoldSeconds: &program.Range{Min: 6, Max: 8}}
	for _, tt := range []struct {
		lang settings.Language
		dose program.Dose
		want string
	}{
		{"en", reps(11, 11), "11 times"},
		{"en", reps(12, 14), "12–14 times"},
		{"en", holds, "2–4 times, hold 6–8 s"},
		{"ru", reps(11, 11), "11 раз"},
		{"ru", holds, "2–4 раза, удерживать 6–8 с"},
	} {
		inLanguage(t, tt.lang)
		if got := DoseText(tt.dose); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestExerciseFigureWords: the stopwatch of a held exercise shows the hold time its dose
// gives, with the unit in the user's language; an exercise counted in repetitions has none;
// under every card, how many times, as the dose says it, and for a two-sided exercise that
// each time is right, then left.
func TestExerciseFigureWords(t *testing.T) {
	for _, e := range program.Builtin().Exercises {
		w := ExerciseFigureWords(e)
		want := ""
		if r := e.Dose.HoldSeconds; r != nil {
			want = fmt.Sprintf("%d–%d s", r.Min, r.Max) // the article gives each hold as a range
		}
		if got := w[figure.WordHoldTime]; got != want {
			t.Errorf("%s: hold time %q, want %q", e.ID, got, want)
		}
		if w[figure.WordRightHoldsLeft] == "" || w[figure.WordLeftHoldsRight] == "" {
			t.Errorf("%s: the grips have no words", e.ID)
		}
		// Under the card, how many times: the count the dose gives, as the dose says it.
		count := e.Dose.Reps
		if e.Dose.Kind() == program.Holds {
			count = e.Dose.Holds
		}
		got := w[figure.WordDose]
		if e.Sides == program.BothSides {
			times, ok := strings.CutSuffix(got, ", each right then left")
			if !ok {
				t.Errorf("%s: the card says %q; want it to say each time is right, then left", e.ID, got)
			}
			got = times
		}
		if !strings.Contains(got, RangeText(*count)) || !strings.HasPrefix(DoseText(e.Dose), got) {
			t.Errorf("%s: the card says %q, the dose %q", e.ID, got, DoseText(e.Dose))
		}
	}
}

// TestForDoctorSaysTheScreensWords: the report gives each exercise of the program its dose as
// the cards say it (a two-sided one says what a repetition is) and its drawing with the
// drawing's words.
func TestForDoctorSaysTheScreensWords(t *testing.T) {
	p := program.Builtin()
	r := ForDoctor(p, nil, 3, 8, time.Date(2026, 11, 1, 18, 45, 0, 0, berlin), berlin)
	if len(r.Exercises) != len(p.Exercises) {
		t.Fatalf("%d exercises in the report, %d in the program", len(r.Exercises), len(p.Exercises))
	}
	for i, e := range p.Exercises {
		got := r.Exercises[i]
		want := DoseText(e.Dose)
		if e.Sides == program.BothSides {
			want += "; right, then left, is one repetition"
		}
		if got.Dose != want {
			t.Errorf("%s: dose %q, want %q", e.ID, got.Dose, want)
		}
		if e.Figure != nil && !strings.Contains(got.SVG, "<svg") {
			t.Errorf("%s: no drawing", e.ID)
		}
		if e.Sides == program.BothSides && e.Figure != nil && !strings.Contains(got.SVG, FigureWords()[figure.WordRight]) {
			t.Errorf("%s: the two-sided drawing does not name the right side", e.ID)
		}
	}
}
