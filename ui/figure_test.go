package ui

import (
	"fmt"
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// variantTheme is the app's theme held to one variant, for stable light and dark pictures.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// TestGoldenFigures draws every exercise of the built-in program at the start, middle and end
// of its movement, in the light and the dark theme, 240×120 px.
func TestGoldenFigures(t *testing.T) {
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		for i, e := range program.Builtin().Exercises {
			for _, at := range []struct {
				name string
				t    float64
			}{{"start", 0}, {"mid", 0.5}, {"end", 1}} {
				name := fmt.Sprintf("figure_%d_%s_%s_%s.png", i+1, e.ID, at.name, v.name)
				t.Run(name, func(t *testing.T) {
					a := test.NewTempApp(t)
					a.Settings().SetTheme(variantTheme{&Theme{}, v.variant})
					f := NewFigure(e.Figure)
					f.SetPose(at.t, false)
					w := test.NewTempWindow(t, f)
					w.SetPadded(false)
					w.Resize(fyne.NewSize(240, 120))
					test.AssertImageMatches(t, name, w.Canvas().Capture())
				})
			}
		}
	}
}

func TestFigureWithoutMotionDrawsNothing(t *testing.T) {
	test.NewTempApp(t)
	f := NewFigure(nil)
	w := test.NewTempWindow(t, f)
	w.Resize(fyne.NewSize(240, 120))
	for _, o := range test.WidgetRenderer(f).Objects() {
		if o.Visible() {
			t.Errorf("%T visible for an exercise without a figure", o)
		}
	}
}

// TestFigurePlan checks which movements animate: paced reps and the ramps of a hold do; the
// still part of a hold, the time between counted presses and a paused session do not.
func TestFigurePlan(t *testing.T) {
	test.NewTempApp(t)
	now := time.Now()
	hold := coach.Snapshot{Phase: coach.Holding, Length: 10 * time.Second}
	tests := []struct {
		name      string
		prev, cur coach.Snapshot
		moving    bool
		u         float64
	}{
		{"paced rep", coach.Snapshot{}, coach.Snapshot{Phase: coach.Moving, Length: 2 * time.Second, Elapsed: time.Second}, true, 0.5},
		{"paused rep", coach.Snapshot{}, coach.Snapshot{Phase: coach.Moving, Paused: true, Length: 2 * time.Second, Elapsed: time.Second}, false, 0.5},
		{"hold starts", coach.Snapshot{}, hold, true, 0},
		{"hold still", coach.Snapshot{}, coach.Snapshot{Phase: coach.Holding, Length: 10 * time.Second, Elapsed: 3 * time.Second}, false, 1},
		{"counted, waiting", coach.Snapshot{Phase: coach.Moving, Counting: coach.Counted}, coach.Snapshot{Phase: coach.Moving, Counting: coach.Counted}, false, 0},
		{"counted, pressed", coach.Snapshot{Phase: coach.Moving, Counting: coach.Counted}, coach.Snapshot{Phase: coach.Moving, Counting: coach.Counted, Count: 1}, true, 0},
		{"ready", coach.Snapshot{}, coach.Snapshot{Phase: coach.Ready}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := planFor(tt.prev, tt.cur, false, now)
			u, left := p.at(now)
			if (left > 0) != tt.moving || u != tt.u {
				t.Errorf("plan at start: u=%g left=%v, want u=%g moving=%v", u, left, tt.u, tt.moving)
			}
		})
	}
}
