package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// TestEscCancelsStart presses Esc on each question before the first exercise: the start is
// cancelled, home shows, and no session runs or is recorded.
func TestEscCancelsStart(t *testing.T) {
	for _, tt := range []struct {
		name    string
		resting bool
		keys    []fyne.KeyName
	}{
		{"how is your back", false, []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape}},
		{"flare-up rest", true, []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape}},
		{"how is your back, during a rest", true, []fyne.KeyName{fyne.KeyReturn, fyne.KeyA, fyne.KeyEscape}},
		{"top of the scale", false, []fyne.KeyName{fyne.KeyReturn, fyne.KeyT, fyne.KeyEscape}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var recorded int
			rests := 0
			s, w := newTestShell(t, Options{
				OnFinish:   func(SessionReport) { recorded++ },
				OnProgress: func(SessionReport) { recorded++ },
				Outlook:    restingOutlook(tt.resting),
				Flare:      func(int) error { rests++; return nil },
			})
			pressAndWait(s, w, tt.keys...)
			if s.sess != nil || s.modal != nil || s.cur != s.home || recorded != 0 || rests != 0 {
				t.Errorf("after %v: session %v, question %v, home %v, %d records, %d rests; want home and nothing else",
					tt.keys, s.sess != nil, s.modal != nil, s.cur == s.home, recorded, rests)
			}
		})
	}
}

func restingOutlook(resting bool) func() Outlook {
	return func() Outlook {
		if resting {
			return Outlook{RestUntil: time.Now().Add(48 * time.Hour)}
		}
		return Outlook{}
	}
}

// TestFlareUpAdvisesRest starts a session during a flare-up rest: the program's advice comes
// first, resting is the default (Enter), and "exercise anyway" (A) goes on to the session.
func TestFlareUpAdvisesRest(t *testing.T) {
	s, w := newTestShell(t, Options{Outlook: restingOutlook(true)})
	pressAndWait(s, w, fyne.KeyReturn)
	shown := texts(w)
	for _, want := range []string{"You are resting for a flare-up", "the program advises complete rest", "Rest  [Enter]", "Exercise anyway  [A]"} {
		if !strings.Contains(shown, want) {
			t.Errorf("Start session during a rest does not show %q:\n%s", want, shown)
		}
	}
	pressAndWait(s, w, fyne.KeyReturn) // the default: rest
	if s.sess != nil || s.modal != nil {
		t.Fatal("Enter, the default, did not keep resting")
	}
	pressAndWait(s, w, fyne.KeyReturn, fyne.KeyA)
	if !strings.Contains(texts(w), "How is your back right now?") {
		t.Fatalf("exercise anyway did not go on to the pain question:\n%s", texts(w))
	}
	pressAndWait(s, w, fyne.Key2)
	if s.sess == nil {
		t.Fatal("exercising anyway did not start the session")
	}
}

// TestTopPainOffersRest answers 10 (the key T) before a session: the program's advice and a
// flare-up rest are offered, never forced.
func TestTopPainOffersRest(t *testing.T) {
	var days []int
	s, w := newTestShell(t, Options{Flare: func(n int) error { days = append(days, n); return nil }})
	press(w, fyne.KeyReturn)
	if shown := texts(w); !strings.Contains(shown, "10  [T]") || !strings.Contains(shown, "T for 10") {
		t.Fatalf("the pain question does not show the key for 10:\n%s", shown)
	}
	press(w, fyne.Key9)
	if s.sess == nil {
		t.Fatal("pain 9 did not start the session: only the top of the scale offers rest")
	}
	s.sess.sess.Stop()
	s.showHome()

	press(w, fyne.KeyReturn, fyne.KeyT)
	shown := texts(w)
	for _, want := range []string{"That is the worst pain on the scale", "the program advises complete rest", "Rest for 3 days?", "Exercise anyway  [A]"} {
		if !strings.Contains(shown, want) {
			t.Errorf("pain 10 does not show %q:\n%s", want, shown)
		}
	}
	press(w, fyne.KeyReturn)
	if s.sess != nil || len(days) != 1 || days[0] != s.set.FlareRestDays {
		t.Errorf("taking the rest: session %v, rests started %v; want a rest of %d days and no session", s.sess != nil, days, s.set.FlareRestDays)
	}

	press(w, fyne.KeyReturn, fyne.KeyT, fyne.KeyA)
	if s.sess == nil || s.sess.painBefore != coach.TopPain {
		t.Fatal("exercise anyway after pain 10 did not start the session with pain 10 recorded")
	}
}

// TestEmptySessionNotKept ends a session before its first movement, with exercises passed
// over: nothing is recorded, home says why, and the checkpoint hears the session ended.
func TestEmptySessionNotKept(t *testing.T) {
	var finished []SessionReport
	s, w := newTestShell(t, Options{OnFinish: func(r SessionReport) { finished = append(finished, r) }})
	press(w, fyne.KeyReturn, fyne.Key3) // start
	press(w, fyne.KeyReturn, fyne.KeyReturn)
	press(w, fyne.KeyEscape, fyne.KeyReturn) // end the session
	if len(finished) != 0 || s.cur != s.home || s.sess != nil {
		t.Fatalf("an empty session: %d records, home %v; want none and home", len(finished), s.cur == s.home)
	}
	if !strings.Contains(texts(w), "Not counted as a session") {
		t.Errorf("home does not say why nothing was kept:\n%s", texts(w))
	}
}

// TestBetweenExercisesShown counts exercise 1 through: "Done: 30 of 30" shows in the band, then
// Space goes on to "Up next" with exercise 2's name in the get-ready colour.
func TestBetweenExercisesShown(t *testing.T) {
	s, w := newTestShell(t, Options{})
	press(w, fyne.KeyReturn, fyne.KeyReturn, fyne.KeySpace) // start, skip the question, start now
	for range 30 {
		press(w, fyne.KeySpace)
	}
	shown := texts(w)
	if !strings.Contains(shown, "Done: 30 of 30") || !strings.Contains(shown, "30 / 30") || !strings.Contains(shown, "Go on  [Space]") {
		t.Fatalf("after the last repetition the screen shows:\n%s", shown)
	}
	if s.sess.band.phase != coach.Between {
		t.Errorf("the band is in the colour of %s, want between", s.sess.band.phase)
	}
	press(w, fyne.KeySpace)
	shown = texts(w)
	if !strings.Contains(shown, "Up next: "+s.prog.Exercises[1].Title) || !strings.Contains(shown, "Get ready") || !strings.Contains(shown, "Exercise 2 of 7") {
		t.Fatalf("after the pause the screen shows:\n%s", shown)
	}
	if s.sess.band.phase != coach.Ready {
		t.Errorf("the band is in the colour of %s, want get ready", s.sess.band.phase)
	}
}
