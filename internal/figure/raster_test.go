package figure

import (
	"image"
	"image/color"
	stddraw "image/draw"
	"math/rand/v2"
	"testing"
)

// TestRasterFillsByRole: the raster puts each role's colour where the drawing has it, fitted
// at the drawing's aspect and centred in a taller image.
func TestRasterFillsByRole(t *testing.T) {
	d := Drawing{Shapes: []Shape{
		{Role: RoleBody, Pts: []Point{{0.1, 0.1}, {0.3, 0.1}, {0.3, 0.3}, {0.1, 0.3}}},
		{Role: RoleAccent, Pts: []Point{{0.6, 0.1}, {0.9, 0.1}, {0.9, 0.4}}},
	}}
	img := image.NewRGBA(image.Rect(0, 0, 200, 300)) // the drawing is 200×100, from y=100
	var r Raster
	r.Draw(img, Single(d), &LightPalette)
	at := func(x, y int) color.NRGBA { return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) }
	if got := at(40, 140); got != LightPalette[RoleBody] {
		t.Errorf("body square at (40,140) is %v, want %v", got, LightPalette[RoleBody])
	}
	if got := at(170, 130); got != LightPalette[RoleAccent] {
		t.Errorf("accent triangle at (170,130) is %v, want %v", got, LightPalette[RoleAccent])
	}
	if got := at(40, 40); got.A != 0 {
		t.Errorf("above the fitted drawing is %v, want untouched", got)
	}
}

func TestFit(t *testing.T) {
	c := Single(Drawing{})
	for _, tt := range []struct{ w, h, scale, x, y float64 }{
		{200, 100, 200, 0, 0}, {400, 100, 200, 100, 0}, {200, 300, 200, 0, 100}, {0, 0, 0, 0, 0},
	} {
		s, x, y := Fit(c, tt.w, tt.h)
		if s != tt.scale || x != tt.x || y != tt.y {
			t.Errorf("Fit(%g, %g) = %g, %g, %g, want %g, %g, %g", tt.w, tt.h, s, x, y, tt.scale, tt.x, tt.y)
		}
	}
}

// TestOverBlendsAsImageDraw: blending a colour through a coverage mask gives what the
// standard library's draw.DrawMask with draw.Over gives, to within one level in 255, for
// opaque and translucent colours over opaque, translucent and empty pixels; where the mask
// is empty the pixel is left as it was.
func TestOverBlendsAsImageDraw(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	box := image.Rect(3, 2, 40, 30)
	for _, c := range []color.NRGBA{{200, 60, 20, 255}, {20, 90, 240, 128}, {255, 255, 255, 10}} {
		got := image.NewRGBA(image.Rect(0, 0, 48, 36))
		for i := range got.Pix {
			got.Pix[i] = uint8(rng.IntN(256))
		}
		for i := 0; i < len(got.Pix); i += 4 { // premultiplied: no channel above alpha
			a := got.Pix[i+3]
			for k := range 3 {
				got.Pix[i+k] = min(got.Pix[i+k], a)
			}
		}
		want := image.NewRGBA(got.Rect)
		copy(want.Pix, got.Pix)
		mask := image.NewAlpha(image.Rect(0, 0, box.Dx(), box.Dy()))
		for i := range mask.Pix {
			switch rng.IntN(3) {
			case 0: // empty
			case 1:
				mask.Pix[i] = 255
			default:
				mask.Pix[i] = uint8(rng.IntN(256))
			}
		}
		r, g, b, a := c.RGBA()
		over(got, box, mask, [4]uint32{r >> 8, g >> 8, b >> 8, a >> 8})
		stddraw.DrawMask(want, box, image.NewUniform(c), image.Point{}, mask, image.Point{}, stddraw.Over)
		for i := range got.Pix {
			if d := int(got.Pix[i]) - int(want.Pix[i]); d < -1 || d > 1 {
				x, y := i/4%got.Stride, i/got.Stride
				t.Fatalf("colour %v: byte %d of pixel (%d,%d) is %d, image/draw gives %d", c, i%4, x, y, got.Pix[i], want.Pix[i])
			}
		}
	}
}
