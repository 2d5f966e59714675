package ui

import (
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// BigText is one line of bold text that grows to fill its widget, for numbers read from across
// the room. Its text size follows the widget's size, so it scales with the window.
type BigText struct {
	widget.BaseWidget
	text  string
	muted bool
}

var _ fyne.Widget = (*BigText)(nil)

// NewBigText returns a BigText showing s.
func NewBigText(s string) *BigText {
	b := &BigText{text: s}
	b.ExtendBaseWidget(b)
	return b
}

// SetText changes the text, redrawing only when it differs.
func (b *BigText) SetText(s string) {
	if s == b.text {
		return
	}
	b.text = s
	b.Refresh()
}

// SetMuted draws the text in a quieter colour, for rests and pauses.
func (b *BigText) SetMuted(m bool) {
	if m == b.muted {
		return
	}
	b.muted = m
	b.Refresh()
}

// Text returns the text shown.
func (b *BigText) Text() string { return b.text }

// CreateRenderer is part of fyne.Widget.
func (b *BigText) CreateRenderer() fyne.WidgetRenderer {
	t := canvas.NewText(b.text, theme.Color(theme.ColorNameForeground))
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.Alignment = fyne.TextAlignCenter
	r := &bigTextRenderer{b: b, text: t}
	r.Refresh()
	return r
}

type bigTextRenderer struct {
	b    *BigText
	text *canvas.Text
	size fyne.Size
}

// Layout picks the largest text size at which the text fits the widget.
func (r *bigTextRenderer) Layout(size fyne.Size) {
	r.size = size
	r.fit()
}

func (r *bigTextRenderer) fit() { fitText(r.text, r.size) }

// fitText sizes t to the largest text that fits size, and centres it vertically there.
func fitText(t *canvas.Text, size fyne.Size) {
	const probe = 100
	if t.Text == "" || size.Width <= 0 || size.Height <= 0 {
		return
	}
	m := fyne.MeasureText(t.Text, probe, t.TextStyle)
	scale := min(size.Width/m.Width, size.Height/m.Height)
	t.TextSize = float32(math.Floor(float64(probe * scale)))
	h := fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Height
	t.Resize(fyne.NewSize(size.Width, h))
	t.Move(fyne.NewPos(0, (size.Height-h)/2))
}

func (r *bigTextRenderer) MinSize() fyne.Size {
	return fyne.MeasureText(r.text.Text, theme.TextSize(), r.text.TextStyle)
}

func (r *bigTextRenderer) Refresh() {
	c := theme.Color(theme.ColorNameForeground)
	if r.b.muted {
		c = theme.Color(theme.ColorNamePlaceHolder)
	}
	changed := r.text.Text != r.b.text
	r.text.Text, r.text.Color = r.b.text, c
	if changed {
		r.fit()
	}
	r.text.Refresh()
}

func (r *bigTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }
func (r *bigTextRenderer) Destroy()                     {}

// Countdown shows the whole seconds left of a countdown, rounded up, so "1" is the last second
// and "0" never shows.
type Countdown struct{ BigText }

// NewCountdown returns an empty countdown.
func NewCountdown() *Countdown {
	c := &Countdown{}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows the remaining time.
func (c *Countdown) Set(remaining time.Duration) {
	secs := int((max(0, remaining) + time.Second - 1) / time.Second)
	c.SetText(strconv.Itoa(secs))
}

// RepCounter shows repetitions done against the target, as "12 / 30".
type RepCounter struct{ BigText }

// NewRepCounter returns an empty rep counter.
func NewRepCounter() *RepCounter {
	c := &RepCounter{}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows count of target.
func (c *RepCounter) Set(count, target int) {
	c.SetText(strconv.Itoa(count) + " / " + strconv.Itoa(target))
}
