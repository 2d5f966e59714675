package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// TestPhaseColours checks each palette (dark, light, and both high-contrast ones) gives the five
// phases colours told apart at a glance, each with its word readable on it (contrast 4.5:1).
func TestPhaseColours(t *testing.T) {
	phases := []coach.Phase{coach.Ready, coach.Moving, coach.Holding, coach.Relaxing, coach.Between}
	for _, contrast := range []bool{false, true} {
		for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
			th := &Theme{Scale: 1, HighContrast: contrast}
			t.Run(fmt.Sprintf("contrast %v variant %d", contrast, v), func(t *testing.T) {
				colours := make([]color.Color, len(phases))
				for i, p := range phases {
					c := th.Color(phaseColorName(p), v)
					colours[i] = c
					if _, _, _, a := c.RGBA(); a != 0xffff {
						t.Errorf("%s: colour %v is not opaque", p, c)
					}
					if r := contrastRatio(c, readableOn(c)); r < 4.5 {
						t.Errorf("%s: its word reads at %.1f:1 on %v, want 4.5:1", p, r, c)
					}
				}
				for i := range colours {
					for j := i + 1; j < len(colours); j++ {
						if d := colourDistance(colours[i], colours[j]); d < 80 {
							t.Errorf("%s and %s look alike: %v and %v (distance %.0f)", phases[i], phases[j], colours[i], colours[j], d)
						}
					}
				}
			})
		}
	}
}

func contrastRatio(a, b color.Color) float64 {
	la, lb := luminance(a)+0.05, luminance(b)+0.05
	return max(la, lb) / min(la, lb)
}

// colourDistance is the Euclidean distance of two colours in 8-bit RGB.
func colourDistance(a, b color.Color) float64 {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) float64 { v := float64(x>>8) - float64(y>>8); return v * v }
	return math.Sqrt(d(ar, br) + d(ag, bg) + d(ab, bb))
}
