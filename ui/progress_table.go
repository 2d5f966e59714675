package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// compactTheme is the app's current theme with half the space inside widgets, so the rows of a
// table sit closer together while the text keeps its size.
type compactTheme struct{}

var _ fyne.Theme = compactTheme{}

func current() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

// Color is part of fyne.Theme.
func (compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return current().Color(n, v)
}

// Font is part of fyne.Theme.
func (compactTheme) Font(s fyne.TextStyle) fyne.Resource { return current().Font(s) }

// Icon is part of fyne.Theme.
func (compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return current().Icon(n) }

// Size is part of fyne.Theme.
func (compactTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInnerPadding {
		return current().Size(n) / 2
	}
	return current().Size(n)
}

// columns lays out its objects as a table of n columns, row by row. Every column but the first
// is as wide as its widest cell; the first takes the rest, so long names get the room, and a
// name that wraps makes its row as high as its lines.
type columns struct{ n int }

var _ fyne.Layout = (*columns)(nil)

func (c *columns) widths(objs []fyne.CanvasObject) []float32 {
	w := make([]float32, c.n)
	for i, o := range objs {
		if col := i % c.n; col > 0 {
			w[col] = max(w[col], o.MinSize().Width)
		}
	}
	return w
}

func (c *columns) rowHeight(objs []fyne.CanvasObject, row int) float32 {
	var h float32
	for _, o := range objs[row*c.n : min(len(objs), (row+1)*c.n)] {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (c *columns) rows(objs []fyne.CanvasObject) int { return (len(objs) + c.n - 1) / c.n }

// Layout is part of fyne.Layout.
func (c *columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	w := c.widths(objs)
	w[0] = size.Width
	for _, x := range w[1:] {
		w[0] -= x + pad
	}
	w[0] = max(0, w[0])
	// A cell that wraps (a long name) is as high as its lines at its column's width: give it
	// the width first, then ask its height.
	for i, o := range objs {
		o.Resize(fyne.NewSize(w[i%c.n], o.Size().Height))
	}
	y := float32(0)
	for row := range c.rows(objs) {
		h := c.rowHeight(objs, row)
		x := float32(0)
		for col := range c.n {
			if i := row*c.n + col; i < len(objs) {
				objs[i].Move(fyne.NewPos(x, y))
				objs[i].Resize(fyne.NewSize(w[col], h))
			}
			x += w[col] + pad
		}
		y += h
	}
}

// MinSize is part of fyne.Layout.
func (c *columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var width, first, height float32
	for i, o := range objs {
		if i%c.n == 0 {
			first = max(first, min(o.MinSize().Width, 8*theme.TextSize()))
		}
	}
	width = first
	for _, x := range c.widths(objs)[1:] {
		width += x + pad
	}
	for row := range c.rows(objs) {
		height += c.rowHeight(objs, row)
	}
	return fyne.NewSize(width, height)
}
