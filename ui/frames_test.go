package ui

import (
	"testing"
	"testing/synctest"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFramesRate draws a one-second movement at 8 frames a second, ending exactly at 1, and
// draws nothing after Stop.
func TestFramesRate(t *testing.T) {
	test.NewTempApp(t)
	synctest.Test(t, func(t *testing.T) {
		var drawn []float32
		a := newFrames(time.Second, 8, func(v float32) { drawn = append(drawn, v) })
		a.Start()
		time.Sleep(2 * time.Second)
		synctest.Wait()
		if len(drawn) != 8 || drawn[0] != 0.125 || drawn[7] != 1 {
			t.Fatalf("one second at 8 frames a second drew %v, want 8 frames from 0.125 to 1", drawn)
		}

		drawn = nil
		b := newFrames(time.Second, 8, func(v float32) { drawn = append(drawn, v) })
		b.Start()
		time.Sleep(300 * time.Millisecond)
		synctest.Wait()
		b.Stop()
		time.Sleep(2 * time.Second)
		synctest.Wait()
		if len(drawn) != 2 {
			t.Errorf("stopped after 0.3 s, drew %d frames (%v), want the 2 before the stop", len(drawn), drawn)
		}
	})
}

// TestSessionDrawsAtShellRate checks the session's figure and beat bar move at the rate the
// shell was given, the app's FramesPerSecond, not at a rate of their own, and the figure
// keeps the shell's time.
func TestSessionDrawsAtShellRate(t *testing.T) {
	fixed := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	s, w := newTestShell(t, Options{FramesPerSecond: FramesPerSecond, Clock: func() time.Time { return fixed }})
	press(w, fyne.KeyReturn, fyne.KeyReturn) // start, skip the question: get ready, nothing moves
	if s.sess == nil {
		t.Fatal("no session after Enter, Enter")
	}
	if f, b := s.sess.figure.FramesPerSecond, s.sess.beat.FramesPerSecond; f != FramesPerSecond || b != FramesPerSecond {
		t.Errorf("figure at %d and beat bar at %d frames a second, want the shell's %d", f, b, FramesPerSecond)
	}
	if now := s.sess.figure.now(); !now.Equal(fixed) {
		t.Errorf("the figure's time is %v, want the shell's clock's %v", now, fixed)
	}
}
