package figure

import (
	"image"
	"testing"
)

// BenchmarkAt measures laying out one animation frame: interpolate, mirror, solve, shapes.
func BenchmarkAt(b *testing.B) {
	figs := loadShipped(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m := figs[i%len(figs)].Figure
		d := m.At(RepProgress(float64(i%60)/60), i%2 == 0)
		if len(d.Shapes) == 0 {
			b.Fatal("empty drawing")
		}
		i++
	}
}

// BenchmarkRaster measures filling one frame 800×400 pixels, the figure's size in a session
// window, as the Fyne widget does.
func BenchmarkRaster(b *testing.B) {
	figs := loadShipped(b)
	img := image.NewRGBA(image.Rect(0, 0, 800, 400))
	var r Raster
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m := figs[i%len(figs)].Figure
		r.Draw(img, Single(m.At(RepProgress(float64(i%60)/60), i%2 == 0)), &LightPalette)
		i++
	}
}
