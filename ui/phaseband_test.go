package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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

// TestPhaseBandArrow checks the side's arrow: after the word for the right, before it for the
// left, none otherwise, and the word as large as the band allows with it.
func TestPhaseBandArrow(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&Theme{Scale: 1})
	for _, tc := range []struct {
		side  coach.Side
		arrow string
	}{{coach.Right, "→"}, {coach.Left, "←"}, {coach.NoSide, ""}} {
		b := NewPhaseBand()
		b.Set(coach.Moving, sideText(tc.side)+"WORD", tc.side, false)
		b.Resize(fyne.NewSize(800, 100))
		r := test.TempWidgetRenderer(t, b).(*phaseBandRenderer)
		if r.arrow.Text != tc.arrow {
			t.Errorf("side %s: arrow %q, want %q", tc.side, r.arrow.Text, tc.arrow)
			continue
		}
		if tc.arrow == "" {
			continue
		}
		if r.arrow.TextSize != r.text.TextSize || r.text.TextSize < 40 {
			t.Errorf("side %s: word at %v px, arrow at %v px", tc.side, r.text.TextSize, r.arrow.TextSize)
		}
		before := r.arrow.Position().X < r.text.Position().X
		if before != (tc.side == coach.Left) {
			t.Errorf("side %s: arrow at x=%v, word at x=%v", tc.side, r.arrow.Position().X, r.text.Position().X)
		}
		if end := r.arrow.Position().X + r.arrow.Size().Width; end > 800 {
			t.Errorf("side %s: arrow ends at %v, past the band", tc.side, end)
		}
	}
}
