package figure

import (
	"image"
	"image/color"
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
