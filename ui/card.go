package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/program"
)

// newCard shows one exercise of the program: its drawing, title, starting position, what to
// do, its dose and whether it goes to both sides.
func newCard(number int, e program.Exercise) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(strconv.Itoa(number)+". "+e.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	title.SizeName = theme.SizeNameSubHeadingText
	position := wrapped(lang.L("Start: {{.Position}}", data{"Position": e.Position}))
	action := wrapped(e.Action)
	dose := widget.NewLabelWithStyle(doseText(e.Dose), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sides := wrapped(sidesText(e.Sides))
	sides.TextStyle = fyne.TextStyle{Italic: true}

	pic := newIllustration(number, e)
	side := theme.TextSize() * 9
	text := container.NewVBox(title, position, action, container.NewHBox(dose), sides)
	body := container.New(&leftSquare{side: side}, pic, text)
	return widget.NewCard("", "", body)
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// leftSquare lays out two objects: the first in a square of the given side at the top left,
// the second filling the rest.
type leftSquare struct{ side float32 }

func (l *leftSquare) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	objs[0].Resize(fyne.NewSquareSize(l.side))
	objs[0].Move(fyne.NewPos(0, pad))
	objs[1].Resize(fyne.NewSize(size.Width-l.side-pad, size.Height))
	objs[1].Move(fyne.NewPos(l.side+pad, 0))
}

func (l *leftSquare) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[1].MinSize()
	return fyne.NewSize(l.side+theme.Padding()+m.Width, max(l.side+theme.Padding(), m.Height))
}

var _ fyne.Layout = (*leftSquare)(nil)
