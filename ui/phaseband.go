package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// The colours of the session's phases, named in the theme so that the dark, light and
// high-contrast palettes each give their own (Theme.Color).
const (
	colorPhaseReady   fyne.ThemeColorName = "spinecoach-phase-ready"
	colorPhaseMove    fyne.ThemeColorName = "spinecoach-phase-move"
	colorPhaseHold    fyne.ThemeColorName = "spinecoach-phase-hold"
	colorPhaseRelax   fyne.ThemeColorName = "spinecoach-phase-relax"
	colorPhaseBetween fyne.ThemeColorName = "spinecoach-phase-between"
)

// phaseColorName is the theme colour of a phase: get ready, move, hold, relax, between
// exercises. A pain stop and the end share the quiet "between" colour.
func phaseColorName(p coach.Phase) fyne.ThemeColorName {
	switch p {
	case coach.Ready:
		return colorPhaseReady
	case coach.Moving:
		return colorPhaseMove
	case coach.Holding:
		return colorPhaseHold
	case coach.Relaxing:
		return colorPhaseRelax
	}
	return colorPhaseBetween
}

// PhaseBand is a wide band in the colour of the session's phase with the phase word ("Get
// ready", "RIGHT", "Hold 3 of 7") as large as the band allows, and for a side an arrow that
// points there: the phase can be told from the corner of an eye, and the word read from the mat.
type PhaseBand struct {
	widget.BaseWidget
	phase  coach.Phase
	text   string
	side   coach.Side
	paused bool
}

var _ fyne.Widget = (*PhaseBand)(nil)

// NewPhaseBand returns an empty band in the get-ready colour.
func NewPhaseBand() *PhaseBand {
	b := &PhaseBand{}
	b.ExtendBaseWidget(b)
	return b
}

// Set shows phase with its word, and an arrow towards side (none for coach.NoSide); a paused
// band is drawn in a quieter tint of its colour.
func (b *PhaseBand) Set(phase coach.Phase, text string, side coach.Side, paused bool) {
	if phase == b.phase && text == b.text && side == b.side && paused == b.paused {
		return
	}
	b.phase, b.text, b.side, b.paused = phase, text, side, paused
	b.Refresh()
}

// Text returns the word shown.
func (b *PhaseBand) Text() string { return b.text }

// CreateRenderer is part of fyne.Widget.
func (b *PhaseBand) CreateRenderer() fyne.WidgetRenderer {
	t := canvas.NewText(b.text, color.Black)
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.Alignment = fyne.TextAlignCenter
	// The arrow comes from the theme's symbol font, which has it; the text fonts do not.
	arrow := canvas.NewText("", color.Black)
	arrow.TextStyle = fyne.TextStyle{Symbol: true}
	r := &phaseBandRenderer{b: b, bg: newRoundFill(color.Black, theme.InputRadiusSize()), text: t, arrow: arrow}
	r.objects = append(append(r.objects, r.bg.objects...), t, arrow)
	r.Refresh()
	return r
}

type phaseBandRenderer struct {
	b     *PhaseBand
	bg    *roundFill
	text  *canvas.Text
	arrow *canvas.Text // "→" after the word for the right, "←" before it for the left
	size  fyne.Size

	objects []fyne.CanvasObject
}

func (r *phaseBandRenderer) Layout(size fyne.Size) {
	r.size = size
	r.bg.layout(size)
	r.fit()
}

// fit draws the word, with its arrow, as large as it fits the band, inside a margin.
func (r *phaseBandRenderer) fit() {
	pad := r.size.Height * 0.05
	room := fyne.NewSize(r.size.Width-4*pad, r.size.Height-2*pad)
	if r.arrow.Text == "" {
		fitText(r.text, room)
		r.text.Move(r.text.Position().AddXY(2*pad, pad))
		return
	}
	// Fit the word and its arrow as one line, then place the arrow on its side of the word.
	line := *r.text
	line.Text = r.text.Text + " " + r.arrow.Text
	fitText(&line, room)
	r.text.TextSize, r.arrow.TextSize = line.TextSize, line.TextSize
	word := fyne.MeasureText(r.text.Text, r.text.TextSize, r.text.TextStyle)
	gap := fyne.MeasureText(" ", r.text.TextSize, r.text.TextStyle).Width
	arrow := fyne.MeasureText(r.arrow.Text, r.arrow.TextSize, r.arrow.TextStyle)
	x := 2*pad + (room.Width-word.Width-gap-arrow.Width)/2
	y := pad + (room.Height-word.Height)/2
	r.text.Alignment = fyne.TextAlignLeading
	r.text.Resize(word)
	r.arrow.Resize(arrow)
	ay := y + (word.Height-arrow.Height)/2
	if r.b.side == coach.Left {
		r.arrow.Move(fyne.NewPos(x, ay))
		r.text.Move(fyne.NewPos(x+arrow.Width+gap, y))
	} else {
		r.text.Move(fyne.NewPos(x, y))
		r.arrow.Move(fyne.NewPos(x+word.Width+gap, ay))
	}
}

func (r *phaseBandRenderer) MinSize() fyne.Size {
	return fyne.NewSize(0, 2*theme.TextSize())
}

func (r *phaseBandRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fill := th.Color(phaseColorName(r.b.phase), v)
	if r.b.paused {
		fill = blend(fill, th.Color(theme.ColorNameBackground, v), 0.55)
	}
	r.bg.setColor(fill)
	r.text.Color = readableOn(fill)
	r.arrow.Color = r.text.Color
	arrow := ""
	switch r.b.side {
	case coach.Right:
		arrow = "→"
	case coach.Left:
		arrow = "←"
	}
	changed := r.text.Text != r.b.text || r.arrow.Text != arrow
	r.text.Text, r.arrow.Text = r.b.text, arrow
	if changed {
		r.text.Alignment = fyne.TextAlignCenter
		r.fit()
	}
	r.text.Refresh()
	r.arrow.Refresh()
}

func (r *phaseBandRenderer) Objects() []fyne.CanvasObject {
	return r.objects
}
func (r *phaseBandRenderer) Destroy() {}

// readableOn is black or white, whichever has the higher contrast with c.
func readableOn(c color.Color) color.Color {
	l := luminance(c)
	if (l+0.05)/0.05 > 1.05/(l+0.05) {
		return color.Black
	}
	return color.White
}

// luminance is c's relative luminance, 0 for black to 1 for white, as WCAG defines it.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// blend is a weighted mix of a and b, w of b.
func blend(a, b color.Color, w float64) color.Color {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	m := func(x, y uint32) uint8 { return uint8((float64(x)*(1-w) + float64(y)*w) / 0x101) }
	return color.NRGBA{R: m(ar, br), G: m(ag, bg), B: m(ab, bb), A: 0xff}
}
