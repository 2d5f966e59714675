package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/report"
)

// newCard shows one exercise of the program: its drawing across the top, then its title,
// starting position, what to do, its dose and whether it goes to both sides.
func newCard(number int, e program.Exercise) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(strconv.Itoa(number)+". "+e.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	title.SizeName = theme.SizeNameSubHeadingText
	position := wrapped(lang.L("Start: {{.Position}}", data{"Position": e.Position}))
	action := wrapped(e.Action)
	dose := widget.NewLabelWithStyle(report.DoseText(e.Dose), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sides := wrapped(sidesText(e.Sides))
	sides.TextStyle = fyne.TextStyle{Italic: true}

	text := container.NewVBox(title, position, action, container.NewHBox(dose), sides)
	body := container.NewBorder(container.NewPadded(newIllustration(number, e)), nil, nil, nil, text)
	return widget.NewCard("", "", body)
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}
