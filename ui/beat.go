package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Beat is the visible pace of paced repetitions: a bar that fills over each movement.
type Beat struct {
	widget.BaseWidget

	// FramesPerSecond is how often the filling bar is redrawn; 0 fills it at once.
	FramesPerSecond int

	from      float64
	remaining time.Duration
	running   bool
}

var _ fyne.Widget = (*Beat)(nil)

// NewBeat returns an empty beat bar.
func NewBeat() *Beat {
	b := &Beat{}
	b.ExtendBaseWidget(b)
	return b
}

// Run fills the bar from the fraction from to full over remaining; a paused or untimed movement
// is shown still at from.
func (b *Beat) Run(from float64, remaining time.Duration, running bool) {
	b.from, b.remaining, b.running = from, remaining, running
	b.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (b *Beat) CreateRenderer() fyne.WidgetRenderer {
	r := &beatRenderer{
		b:     b,
		track: canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)),
		fill:  canvas.NewRectangle(theme.Color(theme.ColorNamePrimary)),
	}
	r.track.CornerRadius = theme.InputRadiusSize()
	r.fill.CornerRadius = theme.InputRadiusSize()
	return r
}

type beatRenderer struct {
	b           *Beat
	track, fill *canvas.Rectangle
	anim        *frames
	progress    float64
	size        fyne.Size
}

func (r *beatRenderer) Layout(size fyne.Size) {
	r.size = size
	r.track.Resize(size)
	r.place(r.progress)
}

func (r *beatRenderer) place(p float64) {
	r.progress = p
	r.fill.Resize(fyne.NewSize(r.size.Width*float32(p), r.size.Height))
}

func (r *beatRenderer) MinSize() fyne.Size {
	return fyne.NewSize(4*theme.TextSize(), theme.TextSize())
}

// Refresh restarts the fill animation from the widget's state. Animations are off when the
// user's settings turn them off: the bar then shows where the movement stands at each update.
func (r *beatRenderer) Refresh() {
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.fill.FillColor = theme.Color(theme.ColorNamePrimary)
	r.stop()
	r.place(r.b.from)
	if r.b.running && r.b.remaining > 0 && fyne.CurrentApp().Settings().ShowAnimations() {
		from := r.b.from
		r.anim = newFrames(r.b.remaining, r.b.FramesPerSecond, func(v float32) {
			r.place(from + (1-from)*float64(v))
			canvas.Refresh(r.fill)
		})
		r.anim.Start()
	}
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *beatRenderer) stop() {
	if r.anim != nil {
		r.anim.Stop()
		r.anim = nil
	}
}

func (r *beatRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *beatRenderer) Destroy()                     { r.stop() }
