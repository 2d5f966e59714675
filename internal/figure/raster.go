package figure

import (
	"image"
	"math"

	"golang.org/x/image/vector"
)

// Raster fills drawings into images. It keeps its scratch memory from one drawing to the
// next; use one Raster on one goroutine.
type Raster struct {
	z   vector.Rasterizer
	src [NumRoles]image.Uniform
}

// Fit returns how a card is placed in a w by h area at its own aspect, centred: the scale
// (area units per drawing width) and the top left corner.
func Fit(c Card, w, h float64) (scale, x, y float64) {
	if c.Width <= 0 || c.Height <= 0 {
		return 0, 0, 0
	}
	scale = min(w/c.Width, h/c.Height)
	return scale, (w - c.Width*scale) / 2, (h - c.Height*scale) / 2
}

// Draw fills the card's shapes into dst, fitted into dst's bounds by Fit, over what dst
// holds. Words are not drawn: Labels gives them and their places for the caller's text.
func (r *Raster) Draw(dst *image.RGBA, c Card, pal *Palette) {
	b := dst.Bounds()
	scale, x, y := Fit(c, float64(b.Dx()), float64(b.Dy()))
	if scale <= 0 {
		return
	}
	for i := range r.src {
		r.src[i] = *image.NewUniform(pal[i])
	}
	ox, oy := float64(b.Min.X)+x, float64(b.Min.Y)+y
	for _, p := range c.Panels {
		px, py := ox+p.At.X*scale, oy+p.At.Y*scale
		for _, s := range p.Drawing.Shapes {
			r.fill(dst, s, scale, px, py)
		}
	}
	for _, s := range c.Arrows {
		r.fill(dst, s, scale, ox, oy)
	}
}

// fill rasterizes one shape, only over its bounding box, so that the cost follows the
// shape's size rather than the image's.
func (r *Raster) fill(dst *image.RGBA, s Shape, scale, ox, oy float64) {
	if len(s.Pts) < 3 {
		return
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range s.Pts {
		x, y := ox+p.X*scale, oy+p.Y*scale
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	if math.IsNaN(x0+y0+x1+y1) || math.IsInf(x0+y0+x1+y1, 0) {
		return // a wild pose from a bad file: leave the shape out rather than fill the image
	}
	box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(dst.Bounds())
	if box.Empty() {
		return
	}
	r.z.Reset(box.Dx(), box.Dy())
	fx, fy := float64(box.Min.X), float64(box.Min.Y)
	for i, p := range s.Pts {
		x, y := float32(ox+p.X*scale-fx), float32(oy+p.Y*scale-fy)
		if i == 0 {
			r.z.MoveTo(x, y)
		} else {
			r.z.LineTo(x, y)
		}
	}
	r.z.ClosePath()
	r.z.Draw(dst, box, &r.src[s.Role], image.Point{})
}
