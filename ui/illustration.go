package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// newIllustration is the place an exercise's drawing goes: for now a quiet panel with the
// exercise's number, sized by its container so the figure can replace it as it is.
func newIllustration(number int) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	n := canvas.NewText(strconv.Itoa(number), theme.Color(theme.ColorNamePlaceHolder))
	n.TextSize = 3 * theme.TextSize()
	n.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(bg, container.NewCenter(n))
}
