package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// TestSessionLayoutSizes measures the session screen at the window's default size and at a
// large one, with normal and extra-large text, in English and Russian: the figure takes at
// least 40% of the width and 35% of the height, the phase word is at least a tenth of the
// window high and "Exercise 2 of 7" a twentieth, the controls stay in one row inside the
// window, and larger text never shrinks the figure, the counter or the phase word.
func TestSessionLayoutSizes(t *testing.T) {
	type measure struct {
		figure, counter fyne.Size
		word, heading   float32
	}
	for _, locale := range []string{"en_GB", "ru_RU"} {
		for _, win := range []fyne.Size{{Width: 1100, Height: 760}, {Width: 1920, Height: 1050}} {
			t.Run(fmt.Sprintf("%s %vx%v", locale, win.Width, win.Height), func(t *testing.T) {
				inLanguage(t, locale)
				for _, exercise := range []int{1, 2, 3} { // a fixed dose, a range with its controls, the longest words
					var normal measure
					for _, size := range []settings.TextSize{settings.TextNormal, settings.TextLarge, settings.TextExtraLarge} {
						set := testSettings()
						set.TextSize = size
						s, w := newTestShell(t, Options{Program: program.Builtin().Localized(Language()), Settings: set})
						w.Resize(win)
						press(w, fyne.KeyReturn, fyne.KeyReturn) // start, skip the question
						for range exercise {
							press(w, fyne.KeyReturn)
						}
						s.sess.sess.Stop()
						snap := s.sess.sess.Snapshot()
						snap.Seq += 100
						snap.Phase, snap.Counting, snap.Side, snap.Count, snap.Length = coach.Moving, coach.Paced, coach.Left, 12, 3*time.Second
						s.sess.render(snap)
						v := s.sess
						if got := w.Content().MinSize(); got.Width > win.Width || got.Height > win.Height {
							t.Errorf("exercise %d, %s text: the screen needs %v, more than the window %v", exercise+1, size, got, win)
						}
						fig := v.figure.Size()
						if fig.Width < 0.4*win.Width || fig.Height < 0.35*win.Height {
							t.Errorf("exercise %d, %s text: figure %v, want at least 40%% of %v wide and 35%% high", exercise+1, size, fig, win)
						}
						band := test.WidgetRenderer(v.band).(*phaseBandRenderer).text
						if band.Text != sideText(coach.Left) || band.TextSize < win.Height/10 {
							t.Errorf("exercise %d, %s text: phase word %q at %v px, want %q at least a tenth of %v", exercise+1, size, band.Text, band.TextSize, sideText(coach.Left), win.Height)
						}
						heading := test.WidgetRenderer(v.heading).(*bigTextRenderer).text
						if !strings.Contains(heading.Text, fmt.Sprint(exercise+1)) || heading.TextSize < win.Height/20 {
							t.Errorf("exercise %d, %s text: %q at %v px, want at least a twentieth of %v", exercise+1, size, heading.Text, heading.TextSize, win.Height)
						}
						controlsFit(t, fmt.Sprintf("exercise %d, %s text", exercise+1, size), v, win)
						m := measure{fig, v.reps.Size(), band.TextSize, heading.TextSize}
						paused := snap
						paused.Seq += 10
						paused.Paused = true
						v.render(paused) // "Resume" is the main button's longest word
						controlsFit(t, fmt.Sprintf("exercise %d, %s text, paused", exercise+1, size), v, win)
						ready := snap
						ready.Seq += 20
						ready.Phase, ready.Paused = coach.Ready, false
						v.render(ready) // "Up next: " and the name: the longest title
						if got := v.figure.Size(); got != fig {
							t.Errorf("exercise %d, %s text: the figure is %v before the exercise, %v during it", exercise+1, size, got, fig)
						}
						if size == settings.TextNormal {
							normal = m
							continue
						}
						if m.figure.Width < normal.figure.Width || m.figure.Height < normal.figure.Height ||
							m.counter.Width < normal.counter.Width || m.counter.Height < normal.counter.Height || m.word < normal.word {
							t.Errorf("exercise %d, %s text shrank the screen: %+v, at normal text %+v", exercise+1, size, m, normal)
						}
					}
				}
			})
		}
	}
}

// controlsFit checks the session's controls stand in one row inside the window.
func controlsFit(t *testing.T, what string, v *sessionScreen, win fyne.Size) {
	t.Helper()
	var rowY []float32
	for _, b := range v.controls.Objects {
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		if pos.X+b.Size().Width > win.Width+1 {
			t.Errorf("%s: a control ends at %v, past the window's %v", what, pos.X+b.Size().Width, win.Width)
		}
		rowY = append(rowY, pos.Y)
	}
	for _, y := range rowY {
		if y != rowY[0] {
			t.Errorf("%s: the controls are on more than one row: %v", what, rowY)
			break
		}
	}
}
