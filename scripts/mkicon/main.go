// Command mkicon draws the app icon, a rounded green square with a white stylised spine, and
// writes it as a PNG: go run ./scripts/mkicon [-size 256] [-o assets/icon.png]. The drawing is
// plain arithmetic, so the same flags always give the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

// rect is a rounded rectangle in units of the icon's side (0..1).
type rect struct{ x0, y0, x1, y1, r float64 }

// inside reports whether the point (x, y) lies in the rounded rectangle.
func (q rect) inside(x, y float64) bool {
	if x < q.x0 || x > q.x1 || y < q.y0 || y > q.y1 {
		return false
	}
	cx := math.Max(q.x0+q.r, math.Min(x, q.x1-q.r))
	cy := math.Max(q.y0+q.r, math.Min(y, q.y1-q.r))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= q.r*q.r
}

var (
	background = color.NRGBA{0x2e, 0x8b, 0x57, 0xff} // sea green
	bone       = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// vertebrae are five stacked blocks, a little narrower towards the top and bent gently as a
// lumbar curve, with gaps between them for the discs.
func vertebrae() []rect {
	var out []rect
	for i := range 5 {
		w := 0.24 + 0.035*float64(i)                     // wider towards the bottom
		cx := 0.47 + 0.07*math.Sin(math.Pi*float64(i)/4) // the lumbar curve bows forward
		y0 := 0.13 + float64(i)*0.15
		out = append(out, rect{cx - w/2, y0, cx + w/2, y0 + 0.115, 0.045})
	}
	return out
}

func draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	square := rect{0, 0, 1, 1, 0.18}
	bones := vertebrae()
	const ss = 4 // samples per axis, for smooth edges
	for py := range size {
		for px := range size {
			var bg, fg int
			for sy := range ss {
				for sx := range ss {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					if !square.inside(x, y) {
						continue
					}
					bg++
					for _, b := range bones {
						if b.inside(x, y) {
							fg++
							break
						}
					}
				}
			}
			if bg == 0 {
				continue
			}
			// Blend the bone over the background, weighted by coverage; alpha is the square's coverage.
			t := float64(fg) / float64(bg)
			mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-t) + float64(b)*t)) }
			img.SetNRGBA(px, py, color.NRGBA{
				mix(background.R, bone.R), mix(background.G, bone.G), mix(background.B, bone.B),
				uint8(math.Round(255 * float64(bg) / ss / ss)),
			})
		}
	}
	return img
}

func main() {
	size := flag.Int("size", 256, "width and height in pixels")
	out := flag.String("o", "assets/icon.png", "write the PNG to `FILE`")
	flag.Parse()
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, draw(*size)); err != nil {
		fmt.Fprintln(os.Stderr, "mkicon:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "mkicon:", err)
		os.Exit(1)
	}
}
