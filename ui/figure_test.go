package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/figure"
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

// TestGoldenCards draws the home screen's card of exercises that show each kind of drawing:
// one-sided in the side view, two-sided in the top view (with the small left-side pose), a
// static hold, and one without a figure; light and dark, at the width of a card in a
// two-column window.
func TestGoldenCards(t *testing.T) {
	exercises := program.Builtin().Exercises
	bare := exercises[0]
	bare.Figure = nil
	cases := []struct {
		name     string
		number   int
		exercise program.Exercise
	}{
		{"1_arms-up-toes", 1, exercises[0]},
		{"4_knees-bent-twist", 4, exercises[3]},
		{"6_static-stretch", 6, exercises[5]},
		{"no-figure", 1, bare},
	}
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		for _, c := range cases {
			name := fmt.Sprintf("figure_card_%s_%s.png", c.name, v.name)
			t.Run(name, func(t *testing.T) {
				a := test.NewTempApp(t)
				a.Settings().SetTheme(variantTheme{&Theme{}, v.variant})
				card := newCard(c.number, c.exercise)
				w := test.NewTempWindow(t, card)
				w.Resize(fyne.NewSize(530, 100))
				w.Resize(fyne.NewSize(530, card.MinSize().Height+2*theme.Padding()))
				test.AssertImageMatches(t, name, w.Canvas().Capture())
			})
		}
	}
}

// TestFigureAnimationFrames drives the figure through a paced repetition frame by frame and
// checks that its lines and circles stand where figure.Motion.At puts them at each point of
// the movement: start pose, end pose half way, start pose again; mirrored for the left side.
func TestFigureAnimationFrames(t *testing.T) {
	for _, side := range []coach.Side{coach.Right, coach.Left} {
		t.Run(sideText(side), func(t *testing.T) {
			test.NewTempApp(t)
			e := program.Builtin().Exercises[1] // side stretch: two-sided, hands move most
			f := NewFigure(nil)
			w := test.NewTempWindow(t, f)
			w.SetPadded(false)
			size := fyne.NewSize(400, 200)
			w.Resize(size)
			f.Follow(coach.Snapshot{Exercise: e, Phase: coach.Moving, Counting: coach.Paced, Side: side, Length: 3 * time.Second})
			r := test.WidgetRenderer(f).(*figureRenderer)
			if r.anim == nil {
				t.Fatal("no animation during a paced repetition")
			}
			var hands []fyne.Position
			for _, v := range []float32{0, 0.25, 0.5, 0.75, 1} {
				r.anim.Tick(v)
				want := e.Figure.At(figure.RepProgress(float64(v)), side == coach.Left)
				for _, p := range []figure.Part{figure.PartRightHand, figure.PartLeftFoot, figure.PartUpperTrunk} {
					got := r.shapes[p].(*canvas.Line).Position2
					if d := distance(got, onScreen(want.Shapes[p].B, size)); d > 0.5 {
						t.Errorf("tick %g: %s ends at %v, want %v", v, p, got, onScreen(want.Shapes[p].B, size))
					}
				}
				head := r.shapes[figure.PartHead].(*canvas.Circle)
				centre := fyne.NewPos((head.Position1.X+head.Position2.X)/2, (head.Position1.Y+head.Position2.Y)/2)
				if d := distance(centre, onScreen(want.Shapes[figure.PartHead].A, size)); d > 0.5 {
					t.Errorf("tick %g: head at %v, want %v", v, centre, onScreen(want.Shapes[figure.PartHead].A, size))
				}
				hands = append(hands, r.shapes[figure.PartRightHand].(*canvas.Line).Position2)
			}
			if d := distance(hands[0], hands[2]); d < 10 {
				t.Errorf("the right hand moves only %.1f px from the start to the end pose", d)
			}
			if d := distance(hands[0], hands[4]); d > 0.5 {
				t.Errorf("the right hand ends the repetition %.1f px from where it started", d)
			}
		})
	}
}

// onScreen places a point of a frame in a figure widget of the given size, where the frame
// is fitted at its aspect and centred.
func onScreen(p figure.Point, size fyne.Size) fyne.Position {
	w := min(size.Width, size.Height*figureAspect)
	off := fyne.NewPos((size.Width-w)/2, (size.Height-w/figureAspect)/2)
	return fyne.NewPos(off.X+float32(p.X)*w, off.Y+float32(p.Y)*w)
}

func distance(a, b fyne.Position) float32 {
	return float32(math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)))
}
