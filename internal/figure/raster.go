package figure

import (
	"image"
	stddraw "image/draw"
	"math"

	"golang.org/x/image/vector"
)

// Raster fills drawings into images. It keeps its scratch memory from one drawing to the
// next; use one Raster on one goroutine.
type Raster struct {
	z    vector.Rasterizer
	mask image.Alpha
	col  [NumRoles][4]uint32 // each role's colour, premultiplied, 0–255
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
	for i, c := range pal {
		cr, cg, cb, ca := c.RGBA()
		r.col[i] = [4]uint32{cr >> 8, cg >> 8, cb >> 8, ca >> 8}
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
	// The shape's coverage into a mask, then its colour over dst where the mask has any:
	// x/image/vector's own path to an RGBA image blends every pixel of the box, and most of a
	// slanting limb's box is empty.
	w, h := box.Dx(), box.Dy()
	if cap(r.mask.Pix) < w*h {
		r.mask.Pix = make([]uint8, w*h)
	}
	r.mask = image.Alpha{Pix: r.mask.Pix[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	r.z.DrawOp = stddraw.Src
	r.z.Draw(&r.mask, r.mask.Rect, image.Opaque, image.Point{})
	over(dst, box, &r.mask, r.col[s.Role])
}

// over blends colour c (premultiplied, 0–255) onto the box of dst through mask, whose
// origin lies at the box's corner: where the mask is empty dst stays as it is, where it is
// full and c opaque it becomes c.
func over(dst *image.RGBA, box image.Rectangle, mask *image.Alpha, c [4]uint32) {
	const full = 255 * 255
	for y := 0; y < box.Dy(); y++ {
		row := mask.Pix[y*mask.Stride : y*mask.Stride+box.Dx()]
		pix := dst.Pix[dst.PixOffset(box.Min.X, box.Min.Y+y):]
		for x, m := range row {
			if m == 0 {
				continue
			}
			p := pix[4*x : 4*x+4 : 4*x+4]
			if m == 255 && c[3] == 255 {
				p[0], p[1], p[2], p[3] = uint8(c[0]), uint8(c[1]), uint8(c[2]), 255
				continue
			}
			ma := uint32(m)
			keep := full - c[3]*ma // what is left of dst, in 255ths of 255ths
			for i := range 4 {
				p[i] = uint8((c[i]*ma*255 + uint32(p[i])*keep + full/2) / full)
			}
		}
	}
}
