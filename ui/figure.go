package ui

import (
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/figure"
)

// Timing of the figure's movements that the session does not time itself.
const (
	// figureRamp is how long a hold takes to move into its end pose, and a relax out of it.
	figureRamp = 1200 * time.Millisecond
	// figureCountedRep is how long the figure takes to show one movement after a key press.
	figureCountedRep = 1500 * time.Millisecond
)

// clock is the figure's time source; golden tests fix it, so that a movement is drawn where
// the snapshot puts it however slowly the test runs.
var clock = time.Now

// Figure draws an exercise's stick figure and, during a session, moves it in step with the
// count. It draws nothing when the exercise has no figure.
type Figure struct {
	widget.BaseWidget

	motion   *figure.Motion
	mirrored bool
	plan     figurePlan
	last     coach.Snapshot
	followed bool
}

var _ fyne.Widget = (*Figure)(nil)

// figurePlan is a stretch of movement: progress u goes from u0 to u1 over dur from start,
// and shape turns u into the motion's t. A plan with no duration is a still pose.
type figurePlan struct {
	u0, u1 float64
	dur    time.Duration
	start  time.Time
	shape  func(float64) float64
}

func stillAt(t float64) figurePlan {
	return figurePlan{u0: t, u1: t, shape: func(u float64) float64 { return u }}
}

// at returns the progress at now and how long the movement has left to run.
func (p figurePlan) at(now time.Time) (u float64, left time.Duration) {
	if p.dur <= 0 {
		return p.u1, 0
	}
	done := now.Sub(p.start)
	if done >= p.dur {
		return p.u1, 0
	}
	done = max(done, 0)
	return p.u0 + (p.u1-p.u0)*float64(done)/float64(p.dur), p.dur - done
}

// NewFigure returns a figure showing motion m at its start pose; m may be nil.
func NewFigure(m *figure.Motion) *Figure {
	f := &Figure{motion: m, plan: stillAt(0)}
	f.ExtendBaseWidget(f)
	return f
}

// SetPose draws the pose a fraction t of the way from the start to the end pose, done to the
// other side when mirrored, without motion.
func (f *Figure) SetPose(t float64, mirrored bool) {
	f.mirrored, f.plan = mirrored, stillAt(t)
	f.Refresh()
}

// Follow moves the figure along with a session: a repetition from the start to the end pose
// and back at the pace (or once after each counted key press), a hold into the end pose and
// still while it lasts, a relax back out; to the side the snapshot names. Between movements,
// and while paused, no animation runs.
func (f *Figure) Follow(snap coach.Snapshot) {
	prev, first := f.last, !f.followed
	f.last, f.followed = snap, true
	if first || prev.Index != snap.Index {
		f.motion = snap.Exercise.Figure
	}
	f.mirrored = snap.Side == coach.Left
	f.plan = planFor(prev, snap, first, clock())
	f.Refresh()
}

// planFor decides the movement for a snapshot; prev is the one followed before it.
func planFor(prev, snap coach.Snapshot, first bool, now time.Time) figurePlan {
	animate := fyne.CurrentApp().Settings().ShowAnimations()
	ramp := func(shape func(float64) float64) figurePlan {
		u := min(1, float64(snap.Elapsed)/float64(figureRamp))
		p := figurePlan{u0: u, u1: 1, shape: shape, start: now, dur: figureRamp - min(figureRamp, snap.Elapsed)}
		if snap.Paused {
			p.u1, p.dur = u, 0
		}
		return p
	}
	switch snap.Phase {
	case coach.Holding:
		if !animate {
			return stillAt(1)
		}
		return ramp(figure.Ease)
	case coach.Relaxing:
		if !animate {
			return stillAt(0)
		}
		return ramp(func(u float64) float64 { return 1 - figure.Ease(u) })
	case coach.Moving:
		if !animate {
			return stillAt(1) // the key pose the movement goes to
		}
		if snap.Counting == coach.Counted {
			pressed := !first && prev.Index == snap.Index && prev.Phase == coach.Moving &&
				(prev.Count != snap.Count || prev.Side != snap.Side)
			if !pressed || snap.Paused {
				return stillAt(0)
			}
			return figurePlan{u0: 0, u1: 1, dur: figureCountedRep, start: now, shape: figure.RepProgress}
		}
		p := figurePlan{u0: snap.Progress(), u1: 1, dur: snap.Remaining(), start: now, shape: figure.RepProgress}
		if snap.Paused {
			p.u1, p.dur = p.u0, 0
		}
		return p
	}
	return stillAt(0)
}

// CreateRenderer is part of fyne.Widget.
func (f *Figure) CreateRenderer() fyne.WidgetRenderer {
	r := &figureRenderer{f: f, mat: canvas.NewRectangle(color.Transparent)}
	for i := range r.shapes {
		switch figure.Part(i).Kind() {
		case figure.Line:
			r.shapes[i] = canvas.NewLine(color.Transparent)
		default:
			r.shapes[i] = canvas.NewCircle(color.Transparent)
		}
	}
	r.objects = append(r.objects, r.mat)
	r.objects = append(r.objects, r.shapes[:]...)
	watchForeground()
	live[f] = true
	return r
}

type figureRenderer struct {
	f       *Figure
	mat     *canvas.Rectangle
	shapes  [figure.NumParts]fyne.CanvasObject
	objects []fyne.CanvasObject
	anim    *frames
	size    fyne.Size
	t       float64
}

func (r *figureRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *figureRenderer) MinSize() fyne.Size {
	return fyne.NewSize(4*theme.TextSize(), 2*theme.TextSize())
}

func (r *figureRenderer) Layout(size fyne.Size) {
	r.size = size
	r.place(r.t)
}

// Refresh restarts the movement from where the plan stands now; it runs only while the
// window is in the foreground and the user's settings allow animations.
func (r *figureRenderer) Refresh() {
	r.stop()
	p := r.f.plan
	u, left := p.at(clock())
	r.place(p.shape(u))
	if left > 0 && inForeground() && fyne.CurrentApp().Settings().ShowAnimations() {
		from := u
		r.anim = newFrames(left, func(v float32) {
			r.place(p.shape(from + (p.u1-from)*float64(v)))
		})
		r.anim.Start()
	}
}

func (r *figureRenderer) Destroy() {
	r.stop()
	delete(live, r.f)
}

func (r *figureRenderer) stop() {
	if r.anim != nil {
		r.anim.Stop()
		r.anim = nil
	}
}

// place draws the frame at t, fitted into the widget at the frame's aspect and centred.
func (r *figureRenderer) place(t float64) {
	r.t = t
	m := r.f.motion
	if m == nil {
		r.mat.Hide()
		for _, o := range r.shapes {
			o.Hide()
		}
		return
	}
	fr := m.At(t, r.f.mirrored)
	w := min(r.size.Width, r.size.Height*figure.Aspect)
	off := fyne.NewPos((r.size.Width-w)/2, (r.size.Height-w/figure.Aspect)/2)
	pt := func(p figure.Point) fyne.Position {
		return fyne.NewPos(off.X+float32(p.X)*w, off.Y+float32(p.Y)*w)
	}
	c := figureColors()
	radius := float32(fr.Mat.Max.Y-fr.Mat.Min.Y) * w / 2
	if fr.View != figure.Side {
		radius = theme.InputRadiusSize()
	}
	matPos, matSize := pt(fr.Mat.Min), fyne.NewSize(float32(fr.Mat.Max.X-fr.Mat.Min.X)*w, float32(fr.Mat.Max.Y-fr.Mat.Min.Y)*w)
	// Only what changed is refreshed: during a movement most parts stand still, and every
	// refresh is work for the driver on each of up to 60 frames a second.
	if r.mat.FillColor != c.mat || r.mat.CornerRadius != radius || r.mat.Position() != matPos || r.mat.Size() != matSize || !r.mat.Visible() {
		r.mat.FillColor, r.mat.CornerRadius = c.mat, radius
		r.mat.Move(matPos)
		r.mat.Resize(matSize)
		r.mat.Show()
		r.mat.Refresh()
	}
	for i, o := range r.shapes {
		sh := fr.Shapes[i]
		if sh.Hidden {
			o.Hide()
			continue
		}
		col := c.body
		switch {
		case sh.Accent && sh.Far:
			col = c.farAccent
		case sh.Accent:
			col = c.accent
		case sh.Far:
			col = c.far
		}
		stroke := float32(sh.Width.Stroke()) * w
		changed := !o.Visible()
		switch o := o.(type) {
		case *canvas.Line:
			a, b := pt(sh.A), pt(sh.B)
			changed = changed || o.StrokeColor != col || o.StrokeWidth != stroke || o.Position1 != a || o.Position2 != b
			o.StrokeColor, o.StrokeWidth = col, stroke
			o.Position1, o.Position2 = a, b
		case *canvas.Circle:
			rad := float32(sh.R) * w
			centre := pt(sh.A)
			fill, line := col, color.Color(color.Transparent)
			if figure.Part(i).Kind() != figure.Disc {
				fill, line = color.Transparent, col
			} else {
				stroke = 0
			}
			p1, p2 := centre.SubtractXY(rad, rad), centre.AddXY(rad, rad)
			changed = changed || o.FillColor != fill || o.StrokeColor != line || o.StrokeWidth != stroke || o.Position1 != p1 || o.Position2 != p2
			o.Position1, o.Position2 = p1, p2
			o.FillColor, o.StrokeColor, o.StrokeWidth = fill, line, stroke
		}
		if changed {
			o.Show()
			o.Refresh()
		}
	}
}

type figurePalette struct{ body, far, accent, farAccent, mat color.Color }

// figureColors takes the figure's colours from the theme, so it follows light and dark.
func figureColors() figurePalette {
	fg := theme.Color(theme.ColorNameForeground)
	far := theme.Color(theme.ColorNamePlaceHolder)
	accent := theme.Color(theme.ColorNamePrimary)
	return figurePalette{body: fg, far: far, accent: accent, farAccent: mix(accent, far), mat: theme.Color(theme.ColorNameInputBackground)}
}

func mix(a, b color.Color) color.Color {
	x, y := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	m := func(p, q uint8) uint8 { return uint8((int(p) + int(q)) / 2) }
	return color.NRGBA{m(x.R, y.R), m(x.G, y.G), m(x.B, y.B), m(x.A, y.A)}
}

// The figures on screen, so that leaving the foreground can stop their animations and coming
// back restart them. Touched only on the Fyne goroutine.
var (
	live       = map[*Figure]bool{}
	background bool
	watchOnce  sync.Once
)

func inForeground() bool { return !background }

// watchForeground hooks the app's lifecycle once. On the desktop a window leaves the
// foreground when it is hidden, minimised or loses focus; no figure frames are drawn then.
func watchForeground() {
	watchOnce.Do(func() {
		lc := fyne.CurrentApp().Lifecycle()
		lc.SetOnExitedForeground(func() { setBackground(true) })
		lc.SetOnEnteredForeground(func() { setBackground(false) })
	})
}

func setBackground(b bool) {
	background = b
	for f := range live {
		f.Refresh()
	}
}
