package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
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

// Figure draws an exercise's stick figure and, during a session, moves it in step with the
// count. It draws nothing when the exercise has no figure.
type Figure struct {
	widget.BaseWidget

	// FramesPerSecond is how often a movement is redrawn; 0 draws each movement's end at once.
	FramesPerSecond int
	// Clock is the figure's time source, time.Now when nil; golden tests fix it, so that a
	// movement is drawn where the snapshot puts it however slowly the test runs.
	Clock func() time.Time

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
	f.plan = planFor(prev, snap, first, f.now())
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
	r := &figureRenderer{f: f, t: -1}
	r.pic = newCardPicture(f, func() (figure.Card, bool) {
		if f.motion == nil {
			return figure.Card{}, false
		}
		return figure.Single(f.motion.At(r.t, f.mirrored)), true
	})
	watchForeground()
	live[f] = true
	return r
}

type figureRenderer struct {
	f    *Figure
	pic  *cardPicture
	anim *frames
	t    float64
}

func (r *figureRenderer) Objects() []fyne.CanvasObject { return r.pic.objects }

// MinSize is small: the figure fills the room its screen gives it, at its own aspect.
func (r *figureRenderer) MinSize() fyne.Size {
	return fyne.NewSize(8*theme.TextSize(), 4*theme.TextSize())
}

func (r *figureRenderer) Layout(size fyne.Size) { r.pic.layout(size) }

// Refresh restarts the movement from where the plan stands now; it runs only while the
// window is in the foreground and the user's settings allow animations.
func (r *figureRenderer) Refresh() {
	r.stop()
	p := r.f.plan
	u, left := p.at(r.f.now())
	r.place(p.shape(u), true)
	if left > 0 && inForeground() && fyne.CurrentApp().Settings().ShowAnimations() {
		from := u
		r.anim = newFrames(left, r.f.FramesPerSecond, func(v float32) {
			r.place(p.shape(from+(p.u1-from)*float64(v)), false)
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

// place draws the pose at t. A frame that shows what is already shown costs nothing: during
// a hold or between movements the picture stays as it is.
func (r *figureRenderer) place(t float64, force bool) {
	if t == r.t && !force {
		return
	}
	r.t = t
	r.pic.refresh()
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

// now is the figure's time: its Clock's, or the system's.
func (f *Figure) now() time.Time {
	if f.Clock != nil {
		return f.Clock()
	}
	return time.Now()
}
