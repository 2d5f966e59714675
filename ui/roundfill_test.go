package ui

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestRoundFillLooksLikeRoundedRectangle checks a roundFill draws what a canvas.Rectangle
// with the same corner radius draws, and that only its corners are rounded rectangles: the
// rest must take the plain fill, which is what makes it cheap.
func TestRoundFillLooksLikeRoundedRectangle(t *testing.T) {
	fill := color.NRGBA{R: 0x30, G: 0x70, B: 0xe0, A: 0xff}
	for _, c := range []struct {
		size   fyne.Size
		radius float32
	}{
		{fyne.NewSize(200, 50), 5},
		{fyne.NewSize(120, 31), 8},
		{fyne.NewSize(60, 24), 6},
	} {
		t.Run(fmt.Sprintf("%vx%v r%v", c.size.Width, c.size.Height, c.radius), func(t *testing.T) {
			test.NewTempApp(t)
			at := fyne.NewPos(4, 4)
			want := canvas.NewRectangle(fill)
			want.CornerRadius = c.radius
			want.Move(at)
			want.Resize(c.size)

			f := newRoundFill(color.Black, c.radius)
			f.layout(c.size)
			f.setColor(fill)
			var area float32
			rounded := 0
			for _, o := range f.objects {
				r := o.(*canvas.Rectangle)
				if r.CornerRadius > 0 {
					rounded++
					if s := r.Size(); s.Width > 2*c.radius || s.Height > 2*c.radius {
						t.Errorf("a rounded piece is %v, larger than a corner", s)
					}
					continue
				}
				area += r.Size().Width * r.Size().Height
			}
			if rounded != 4 {
				t.Errorf("%d rounded pieces, want the 4 corners", rounded)
			}
			r := min(c.radius, c.size.Width/2, c.size.Height/2)
			if wantArea := c.size.Width*c.size.Height - 4*r*r; area != wantArea {
				t.Errorf("plain pieces cover %v, want %v without overlap", area, wantArea)
			}
			pieces := container.NewWithoutLayout(f.objects...)
			pieces.Move(at)
			pieces.Resize(c.size)

			got, exp := capture(t, container.NewWithoutLayout(pieces)), capture(t, container.NewWithoutLayout(want))
			for y := 0; y < exp.Bounds().Dy(); y++ {
				for x := 0; x < exp.Bounds().Dx(); x++ {
					if d := channelDiff(got.At(x, y), exp.At(x, y)); d > 2 {
						t.Fatalf("pixel (%d, %d) is %v, want %v", x, y, got.At(x, y), exp.At(x, y))
					}
				}
			}
		})
	}
}

func capture(t *testing.T, o fyne.CanvasObject) image.Image {
	w := test.NewTempWindow(t, o)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(220, 60))
	return w.Canvas().Capture()
}

// channelDiff is the largest difference of two colours in any 8-bit channel.
func channelDiff(a, b color.Color) uint32 {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	d := func(x, y uint32) uint32 {
		if x > y {
			return (x - y) >> 8
		}
		return (y - x) >> 8
	}
	return max(d(ar, br), d(ag, bg), d(ab, bb), d(aa, ba))
}
