package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/program"
)

// newIllustration is an exercise's drawing on its card: the figure in its starting position
// above the figure in its end position. An exercise without a figure gets a quiet panel with
// its number.
func newIllustration(number int, e program.Exercise) fyne.CanvasObject {
	if e.Figure == nil {
		return newPlaceholder(number)
	}
	start, end := NewFigure(e.Figure), NewFigure(e.Figure)
	end.SetPose(1, false)
	return container.NewGridWithRows(2, start, end)
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
