package ui

import (
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// FramesPerSecond is how often the app redraws a moving figure and the beat bar
// (Options.FramesPerSecond). While any fyne.Animation runs, Fyne repaints the whole window at
// the display's 60 frames a second; under software OpenGL that cost half a core for a stick
// figure and a bar (measured with scripts/bench-figure.sh). Every redraw repaints the whole
// window, whatever moved, and an empty window repainted this often already costs several
// percent of a core there (the script's floor mode); so the animations that run together
// draw on the same instants (multiples of the frame time) and share one repaint.
const FramesPerSecond = 15

// frames is an animation drawn fps times a second. Like fyne.Animation it runs from 0 to 1
// over Duration and is stopped with Stop; Tick draws a frame and is what tests drive.
type frames struct {
	Duration time.Duration
	fps      int
	draw     func(float32)
	stopped  atomic.Bool
	done     chan struct{}
}

// newFrames returns an animation over d drawn fps times a second; with fps 0 it jumps to its
// end when started, as animations do under Fyne's test driver.
func newFrames(d time.Duration, fps int, draw func(float32)) *frames {
	return &frames{Duration: d, fps: fps, draw: draw, done: make(chan struct{})}
}

// Start draws the frames on the Fyne goroutine until the end or until Stop.
func (a *frames) Start() {
	if a.fps <= 0 || a.Duration <= 0 {
		a.Tick(1)
		return
	}
	start := time.Now()
	period := time.Second / time.Duration(a.fps)
	go func() {
		next := start.Truncate(period).Add(period) // in step with every other animation
		t := time.NewTimer(time.Until(next))
		defer t.Stop()
		for {
			select {
			case <-a.done:
				return
			case now := <-t.C:
				next = next.Add(period)
				t.Reset(time.Until(next))
				v := float32(min(1, float64(now.Sub(start))/float64(a.Duration)))
				fyne.Do(func() {
					if !a.stopped.Load() { // a frame queued before Stop must not draw over a newer state
						a.Tick(v)
					}
				})
				if v >= 1 {
					return
				}
			}
		}
	}()
}

// Stop ends the animation where it stands.
func (a *frames) Stop() {
	if a.stopped.CompareAndSwap(false, true) {
		close(a.done)
	}
}

// Tick draws the frame at v, from 0 at the start to 1 at the end.
func (a *frames) Tick(v float32) { a.draw(v) }
