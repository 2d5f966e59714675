package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/program"
)

// figureAspect is a drawing's width over its height.
const figureAspect = figure.Aspect

// newIllustration is an exercise's drawing across the top of its card: the figure in its
// starting position, an arrow, and the figure in its end position. An exercise without a
// figure gets a quiet band with its number.
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

// cardDrawing shows an exercise's start and end poses side by side with an arrow between
// them, each at the figure's aspect and as wide as the card allows, so they read from a chair.
// A two-sided exercise gets the end pose done to the left, small, under its end pose.
type cardDrawing struct {
	widget.BaseWidget
	exercise program.Exercise
}

var _ fyne.Widget = (*cardDrawing)(nil)

func newCardDrawing(e program.Exercise) *cardDrawing {
	d := &cardDrawing{exercise: e}
	d.ExtendBaseWidget(d)
	return d
}

// CreateRenderer is part of fyne.Widget.
func (d *cardDrawing) CreateRenderer() fyne.WidgetRenderer {
	m := d.exercise.Figure
	r := &cardDrawingRenderer{start: NewFigure(m), end: NewFigure(m), arrow: canvas.NewImageFromResource(nil)}
	r.end.SetPose(1, false)
	r.arrow.FillMode = canvas.ImageFillContain
	r.objects = []fyne.CanvasObject{r.start, r.arrow, r.end}
	if d.exercise.Sides == program.BothSides {
		r.other = NewFigure(m)
		r.other.SetPose(1, true)
		r.otherLabel = widget.NewLabelWithStyle(lang.L("To the left"), fyne.TextAlignTrailing, fyne.TextStyle{Italic: true})
		r.objects = append(r.objects, r.otherLabel, r.other)
	}
	r.Refresh()
	return r
}

type cardDrawingRenderer struct {
	start, end, other *Figure // other: the end pose to the left, for two-sided exercises
	otherLabel        *widget.Label
	arrow             *canvas.Image // a theme icon: the bundled font has no arrow characters
	objects           []fyne.CanvasObject
	width             float32 // as last laid out; the height follows it
}

func (r *cardDrawingRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cardDrawingRenderer) Destroy()                     {}

// guessWidth is the width assumed before the first layout: a card in a two-column window.
func guessWidth() float32 { return 36 * theme.TextSize() }

func (r *cardDrawingRenderer) arrowWidth() float32 {
	return r.arrow.MinSize().Width + 2*theme.Padding()
}

// poseWidth is the width of each of the two large drawings in a drawing w wide.
func (r *cardDrawingRenderer) poseWidth(w float32) float32 {
	return max(0, (w-r.arrowWidth())/2)
}

// MinSize asks for the height that the width last given needs, as wrapped text does: two
// drawings at the figure's aspect, and the small one under them for two-sided exercises.
func (r *cardDrawingRenderer) MinSize() fyne.Size {
	w := r.width
	if w <= 0 {
		w = guessWidth()
	}
	fw := r.poseWidth(w)
	h := fw / figureAspect
	if r.other != nil {
		h += theme.Padding() + fw/2/figureAspect
	}
	minW := 2*8*theme.TextSize() + r.arrowWidth()
	return fyne.NewSize(minW, h)
}

func (r *cardDrawingRenderer) Layout(size fyne.Size) {
	r.width = size.Width
	fw := r.poseWidth(size.Width)
	fh := fw / figureAspect
	aw := r.arrowWidth()
	r.start.Resize(fyne.NewSize(fw, fh))
	r.start.Move(fyne.Position{})
	r.end.Resize(fyne.NewSize(fw, fh))
	r.end.Move(fyne.NewPos(fw+aw, 0))
	am := r.arrow.MinSize()
	r.arrow.Resize(am)
	r.arrow.Move(fyne.NewPos(fw+(aw-am.Width)/2, (fh-am.Height)/2))
	if r.other == nil {
		return
	}
	// Under the end pose: "To the left" and the end pose done to the left, half size.
	sw, sh := fw/2, fw/2/figureAspect
	y := fh + theme.Padding()
	r.other.Resize(fyne.NewSize(sw, sh))
	r.other.Move(fyne.NewPos(size.Width-fw/2-sw/2, y))
	lm := r.otherLabel.MinSize()
	r.otherLabel.Resize(fyne.NewSize(size.Width-fw/2-sw/2, lm.Height))
	r.otherLabel.Move(fyne.NewPos(0, y+(sh-lm.Height)/2))
}

// Refresh takes the arrow's colour and size from the theme; the figures colour themselves.
func (r *cardDrawingRenderer) Refresh() {
	r.arrow.Resource = theme.NewPrimaryThemedResource(theme.NavigateNextIcon())
	r.arrow.SetMinSize(fyne.NewSquareSize(2 * theme.TextSize()))
	r.arrow.Refresh()
	for _, o := range r.objects {
		if o != r.arrow {
			o.Refresh()
		}
	}
}
