package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/report"
)

// newIllustration is an exercise's drawing across the top of its card: the figure in its
// starting position, an arrow, and the figure in its end position, to both sides for a
// two-sided exercise. An exercise without a figure gets a quiet band with its number.
func newIllustration(number int, e program.Exercise) fyne.CanvasObject {
	if e.Figure == nil {
		return container.New(minHeight{4 * theme.TextSize()}, newPlaceholder(number))
	}
	return newCardDrawing(e)
}

// newPlaceholder stands in for a drawing the program does not have.
func newPlaceholder(number int) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	n := canvas.NewText(strconv.Itoa(number), theme.Color(theme.ColorNamePlaceHolder))
	n.TextSize = 3 * theme.TextSize()
	n.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(bg, container.NewCenter(n))
}

// minHeight stacks its objects, asking for at least the given height.
type minHeight struct{ height float32 }

func (l minHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.Position{})
	}
}

func (l minHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := fyne.NewSize(0, l.height)
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// cardDrawing shows an exercise's card drawing (figure.NewCard) as wide as the card allows,
// so it reads from a chair: its height follows its width.
type cardDrawing struct {
	widget.BaseWidget
	card figure.Card
	e    program.Exercise
}

var _ fyne.Widget = (*cardDrawing)(nil)

func newCardDrawing(e program.Exercise) *cardDrawing {
	d := &cardDrawing{card: figure.NewCard(*e.Figure, e.Sides == program.BothSides), e: e}
	d.ExtendBaseWidget(d)
	return d
}

// CreateRenderer is part of fyne.Widget.
func (d *cardDrawing) CreateRenderer() fyne.WidgetRenderer {
	r := &cardDrawingRenderer{d: d}
	r.pic = newCardPicture(d, func() (figure.Card, bool) { return d.card, true })
	r.pic.words = func() [figure.NumWords]string { return report.ExerciseFigureWords(d.e) }
	return r
}

type cardDrawingRenderer struct {
	d     *cardDrawing
	pic   *cardPicture
	width float32 // as last laid out; the height follows it
}

func (r *cardDrawingRenderer) Objects() []fyne.CanvasObject { return r.pic.objects }
func (r *cardDrawingRenderer) Destroy()                     {}

// guessWidth is the width assumed before the first layout: a card in a two-column window.
func guessWidth() float32 { return 36 * theme.TextSize() }

// MinSize asks for the height that the width last given needs, as wrapped text does.
func (r *cardDrawingRenderer) MinSize() fyne.Size {
	w := r.width
	if w <= 0 {
		w = guessWidth()
	}
	c := r.d.card
	return fyne.NewSize(16*theme.TextSize(), w*float32(c.Height/c.Width))
}

func (r *cardDrawingRenderer) Layout(size fyne.Size) {
	r.width = size.Width
	r.pic.layout(size)
}

// Refresh redraws with the theme's colours and words.
func (r *cardDrawingRenderer) Refresh() { r.pic.refresh() }
