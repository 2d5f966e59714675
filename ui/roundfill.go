package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// roundFill is a filled rectangle with rounded corners, drawn as three plain rectangles that
// do not overlap and a disc in each corner. With an opaque colour it looks like a
// canvas.Rectangle with a CornerRadius, and costs less where every frame repaints the whole
// window: Fyne's GL painter runs a distance-field shader over every pixel of a rounded
// rectangle. Under software OpenGL (llvmpipe), with the figure moving at 15 frames a second,
// the phase band (a tenth of the window) cost 1.7% of a core more as one rounded rectangle
// (scripts/bench-figure.sh). Here only the corners' small squares take that shader.
type roundFill struct {
	radius  float32
	middle  *canvas.Rectangle    // full width, between the corners' rows
	edges   [2]*canvas.Rectangle // above and below the middle, between the corners
	corners [4]*canvas.Rectangle // each a disc: the three quarters over the rest add nothing
	objects []fyne.CanvasObject
}

func newRoundFill(c color.Color, radius float32) *roundFill {
	f := &roundFill{radius: radius, middle: canvas.NewRectangle(c)}
	f.objects = append(f.objects, f.middle)
	for i := range f.edges {
		f.edges[i] = canvas.NewRectangle(c)
		f.objects = append(f.objects, f.edges[i])
	}
	for i := range f.corners {
		f.corners[i] = canvas.NewRectangle(c)
		f.objects = append(f.objects, f.corners[i])
	}
	return f
}

// layout fills the area of size at the top left of the owner.
func (f *roundFill) layout(size fyne.Size) {
	r := min(f.radius, size.Width/2, size.Height/2)
	f.middle.Move(fyne.NewPos(0, r))
	f.middle.Resize(fyne.NewSize(size.Width, size.Height-2*r))
	for i, e := range f.edges {
		e.Move(fyne.NewPos(r, float32(i)*(size.Height-r)))
		e.Resize(fyne.NewSize(size.Width-2*r, r))
	}
	d := fyne.NewSize(2*r, 2*r)
	for i, c := range f.corners {
		x, y := float32(0), float32(0)
		if i%2 == 1 {
			x = size.Width - d.Width
		}
		if i >= 2 {
			y = size.Height - d.Height
		}
		c.CornerRadius = r
		c.Move(fyne.NewPos(x, y))
		c.Resize(d)
	}
}

// setColor fills with c and redraws.
func (f *roundFill) setColor(c color.Color) {
	for _, o := range f.objects {
		r := o.(*canvas.Rectangle)
		r.FillColor = c
		r.Refresh()
	}
}
