package ui

import (
	"bytes"
	"fmt"
	"image"
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
	"github.com/spinecoach/spinecoach/internal/report"
)

// variantTheme is the app's theme held to one variant, for stable light and dark pictures.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// TestGoldenFigures draws the session figure of three exercises that show each kind of
// drawing (a wrist grip from above, hands around the knees from the side, a held bridge with
// its badge) in their end pose, in the light and the dark theme, 400×200 px. The drawings of
// every exercise at every moment are tested as SVG in internal/figure.
func TestGoldenFigures(t *testing.T) {
	exercises := program.Builtin().Exercises
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		for _, i := range []int{1, 4, 6} {
			e := exercises[i]
			name := fmt.Sprintf("figure_%d_%s_end_%s.png", i+1, e.ID, v.name)
			t.Run(name, func(t *testing.T) {
				a := test.NewTempApp(t)
				a.Settings().SetTheme(variantTheme{&Theme{}, v.variant})
				f := NewFigure(e.Figure)
				f.SetPose(1, false)
				w := test.NewTempWindow(t, f)
				w.SetPadded(false)
				w.Resize(fyne.NewSize(400, 200))
				test.AssertImageMatches(t, name, w.Canvas().Capture())
			})
		}
	}
}

func TestFigureWithoutMotionDrawsNothing(t *testing.T) {
	test.NewTempApp(t)
	f := NewFigure(nil)
	w := test.NewTempWindow(t, f)
	w.Resize(fyne.NewSize(240, 120))
	for _, o := range test.WidgetRenderer(f).Objects() {
		if _, ok := o.(*canvas.Text); ok && o.Visible() {
			t.Errorf("a word shows for an exercise without a figure")
		}
	}
	img := test.WidgetRenderer(f).(*figureRenderer).pic.generate(240, 120).(*image.RGBA)
	for _, px := range img.Pix {
		if px != 0 {
			t.Fatal("something is drawn for an exercise without a figure")
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
		{"3_side-stretch-toes", 3, exercises[2]},
		{"4_knees-bent-twist", 4, exercises[3]},
		{"6_static-stretch", 6, exercises[5]},
		{"7_pelvic-lift", 7, exercises[6]}, // its arms from above
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
// checks that it draws the pose figure.Motion.At gives at each point of the movement: start
// pose, end pose half way, start pose again; mirrored for the left side.
func TestFigureAnimationFrames(t *testing.T) {
	for _, side := range []coach.Side{coach.Right, coach.Left} {
		t.Run(sideText(side), func(t *testing.T) {
			test.NewTempApp(t)
			e := program.Builtin().Exercises[1] // side stretch: two-sided
			f := NewFigure(nil)
			w := test.NewTempWindow(t, f)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(400, 200))
			f.Follow(coach.Snapshot{Exercise: e, Phase: coach.Moving, Counting: coach.Paced, Side: side, Length: 3 * time.Second})
			r := test.WidgetRenderer(f).(*figureRenderer)
			if r.anim == nil {
				t.Fatal("no animation during a paced repetition")
			}
			var frames [][]byte
			for _, v := range []float32{0, 0.25, 0.5, 0.75, 1} {
				r.anim.Tick(v)
				if want := figure.RepProgress(float64(v)); math.Abs(r.t-want) > 1e-3 {
					t.Errorf("tick %g: pose at %g, want %g", v, r.t, want)
				}
				frames = append(frames, append([]byte(nil), r.pic.generate(400, 200).(*image.RGBA).Pix...))
			}
			if bytes.Equal(frames[0], frames[2]) {
				t.Error("the end pose looks like the start pose")
			}
			if !bytes.Equal(frames[0], frames[4]) {
				t.Error("the repetition does not end where it started")
			}
			other := NewFigure(e.Figure)
			other.SetPose(1, side == coach.Right) // the end pose to the other side
			test.NewTempWindow(t, other).Resize(fyne.NewSize(400, 200))
			if bytes.Equal(frames[2], test.WidgetRenderer(other).(*figureRenderer).pic.generate(400, 200).(*image.RGBA).Pix) {
				t.Error("the end pose is the same to both sides")
			}
		})
	}
}

// TestFigureStillDoesNotRedraw: a frame that would show the pose already shown (the still
// part of a hold, the pause between movements) costs no redraw.
func TestFigureStillDoesNotRedraw(t *testing.T) {
	test.NewTempApp(t)
	e := program.Builtin().Exercises[6] // pelvic lift: a hold
	f := NewFigure(nil)
	w := test.NewTempWindow(t, f)
	w.Resize(fyne.NewSize(400, 200))
	f.Follow(coach.Snapshot{Exercise: e, Phase: coach.Holding, Length: 10 * time.Second})
	r := test.WidgetRenderer(f).(*figureRenderer)
	if r.anim == nil {
		t.Fatal("no animation into the hold")
	}
	r.anim.Tick(1)
	n := r.pic.redraws
	for range 5 {
		r.anim.Tick(1)
	}
	if r.pic.redraws != n {
		t.Errorf("%d redraws of a still pose", r.pic.redraws-n)
	}
}

// TestCardWordsFitTheirDrawing: a word under a drawing never runs wider than the drawing, as
// a long Russian grip with extra-large text would; it shrinks to fit.
func TestCardWordsFitTheirDrawing(t *testing.T) {
	test.NewTempApp(t)
	e, _ := program.Builtin().Exercise("side-stretch")
	d := newCardDrawing(e)
	w := test.NewTempWindow(t, d)
	w.Resize(fyne.NewSize(400, 300))
	r := test.WidgetRenderer(d).(*cardDrawingRenderer)
	r.pic.words = func() [figure.NumWords]string {
		ws := report.ExerciseFigureWords(e)
		ws[figure.WordRightHoldsLeft] = "Правая рука держит левое запястье, очень длинно и крупно"
		return ws
	}
	r.pic.refresh()
	scale, _, _ := figure.Fit(d.card, float64(r.pic.size.Width), float64(r.pic.size.Height))
	shown := 0
	for _, tx := range r.pic.texts {
		if !tx.Visible() {
			continue
		}
		shown++
		if tx.Size().Width > float32(scale) {
			t.Errorf("%q is %g wide, its drawing %g", tx.Text, tx.Size().Width, scale)
		}
	}
	if shown == 0 {
		t.Fatal("no words shown")
	}
}

// TestFigurePoseWorkedOutOncePerFrame checks a frame of a moving figure works out its pose
// once, for the words and the drawing alike, and draws the pose of that frame.
func TestFigurePoseWorkedOutOncePerFrame(t *testing.T) {
	test.NewTempApp(t)
	m := program.Builtin().Exercises[0].Figure
	f := NewFigure(m)
	w := test.NewTempWindow(t, f)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(240, 120))
	r := test.WidgetRenderer(f).(*figureRenderer)
	calls := 0
	card := r.pic.card
	r.pic.card = func() (figure.Card, bool) { calls++; return card() }

	r.place(0.5, true)
	got := bytes.Clone(r.pic.generate(240, 120).(*image.RGBA).Pix)
	if calls != 1 {
		t.Errorf("a frame worked out its pose %d times, want once", calls)
	}
	r.place(0, true)
	start := bytes.Clone(r.pic.generate(240, 120).(*image.RGBA).Pix)
	r.place(0.5, true)
	if again := r.pic.generate(240, 120).(*image.RGBA).Pix; !bytes.Equal(got, again) || bytes.Equal(got, start) {
		t.Error("a frame does not draw the pose it was placed at")
	}
}

// TestCardWordsFit: the picture of a card has room for every word of every shipped card; a
// word past maxLabels would silently not show.
func TestCardWordsFit(t *testing.T) {
	for _, e := range program.Builtin().Exercises {
		if e.Figure == nil {
			continue
		}
		c := figure.NewCard(*e.Figure, e.Sides == program.BothSides)
		if n := len(c.Labels()); n > maxLabels {
			t.Errorf("%s: %d words on its card, room for %d", e.ID, n, maxLabels)
		}
	}
}
