package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// sessionAt shows the session screen at a fixed moment: the live session is started and its
// timer stopped, then a snapshot with the wanted phase and times is drawn, so the picture does
// not depend on how fast the test runs.
func sessionAt(t *testing.T, exercise int, edit func(*coach.Snapshot)) (*Shell, fyne.Window) {
	t.Helper()
	fixed := time.Now()
	s, w := newTestShell(t, Options{Clock: func() time.Time { return fixed }})
	press(w, fyne.KeyReturn, fyne.KeyReturn) // start, skipping the question about the back
	for range exercise {
		press(w, fyne.KeyReturn)
	}
	s.sess.sess.Stop()
	snap := s.sess.sess.Snapshot()
	snap.Seq += 100
	snap.At = fixed // the instant the figure's clock stands at
	edit(&snap)
	s.sess.render(snap)
	return s, w
}

func TestGoldenSessionReps(t *testing.T) {
	s, w := sessionAt(t, 1, func(s *coach.Snapshot) {
		s.Phase, s.Counting, s.Side, s.Count = coach.Moving, coach.Paced, coach.Left, 12
		s.Length, s.Elapsed = 3*time.Second, time.Second
	})
	// The test driver runs animations straight to their end; show the repetition a third
	// done, as the snapshot has it: the beat bar a third full, the figure most of the way to
	// the end pose (a repetition goes there and back).
	test.WidgetRenderer(s.sess.beat).(*beatRenderer).anim.Tick(0)
	test.WidgetRenderer(s.sess.figure).(*figureRenderer).anim.Tick(0)
	test.AssertImageMatches(t, "session_reps.png", w.Canvas().Capture())
}

func TestGoldenSessionHold(t *testing.T) {
	_, w := sessionAt(t, 6, func(s *coach.Snapshot) {
		s.Phase, s.Count = coach.Holding, 2
		s.Length, s.Elapsed = 10*time.Second, 3400*time.Millisecond
	})
	test.AssertImageMatches(t, "session_hold.png", w.Canvas().Capture())
}
