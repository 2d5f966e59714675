package ui

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/settings"
)

func appTheme(t *testing.T) *Theme {
	t.Helper()
	th, ok := fyne.CurrentApp().Settings().Theme().(*Theme)
	if !ok {
		t.Fatalf("theme is %T, want *ui.Theme", fyne.CurrentApp().Settings().Theme())
	}
	return th
}

func same(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

func TestHighContrastPalette(t *testing.T) {
	hc := &Theme{Scale: 1, HighContrast: true}
	cases := []struct {
		variant fyne.ThemeVariant
		bg, fg  color.Color
	}{
		{theme.VariantDark, color.Black, color.White},
		{theme.VariantLight, color.White, color.Black},
	}
	for _, c := range cases {
		if got := hc.Color(theme.ColorNameBackground, c.variant); !same(got, c.bg) {
			t.Errorf("variant %d: background %v, want %v", c.variant, got, c.bg)
		}
		for _, n := range []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameInputBorder, theme.ColorNameSeparator} {
			if got := hc.Color(n, c.variant); !same(got, c.fg) {
				t.Errorf("variant %d: %s %v, want %v", c.variant, n, got, c.fg)
			}
		}
		if same(hc.Color(theme.ColorNameFocus, c.variant), hc.Color(theme.ColorNamePrimary, c.variant)) {
			t.Errorf("variant %d: focus is the primary colour, invisible on a primary button", c.variant)
		}
	}
	normal := &Theme{Scale: 1}
	if hc.Size(theme.SizeNameInputBorder) < 2*normal.Size(theme.SizeNameInputBorder) {
		t.Errorf("high-contrast border %g, want at least twice %g", hc.Size(theme.SizeNameInputBorder), normal.Size(theme.SizeNameInputBorder))
	}
	if _, _, _, a := normal.Color(theme.ColorNameFocus, theme.VariantLight).RGBA(); a < 0x5000 {
		t.Errorf("normal focus alpha %#x: too faint to see", a)
	}
	if !same(normal.Color(theme.ColorNameBackground, theme.VariantDark), theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)) {
		t.Error("the normal theme does not follow the default dark palette")
	}
}

func TestThemeFollowsSettings(t *testing.T) {
	set := testSettings()
	set.TextSize = settings.TextNormal
	s, w := newTestShell(t, Options{Settings: set, SaveSettings: func(settings.Settings) error { return nil }})
	if th := appTheme(t); th.HighContrast || th.Scale != 1 {
		t.Fatalf("start: %+v, want normal contrast at scale 1", *th)
	}
	_, contrast, _ := settingsWidgets(t, s, w)
	test.Tap(contrast)
	if !s.set.HighContrast || !appTheme(t).HighContrast {
		t.Errorf("after ticking High contrast: setting %v, theme %+v", s.set.HighContrast, *appTheme(t))
	}
	s.update(func(x *settings.Settings) { x.TextSize = settings.TextExtraLarge })
	if th := appTheme(t); !th.HighContrast || th.Scale != textScale[settings.TextExtraLarge] {
		t.Errorf("after extra large: %+v", *th)
	}
	test.Tap(contrast)
	if appTheme(t).HighContrast {
		t.Error("high contrast stayed on after unticking")
	}
}

// TestGoldenSessionExtraLarge is a hold at extra-large text in the default 1000×700 test
// window: nothing may overlap or be cut, and the countdown must fill its half of the screen.
func TestGoldenSessionExtraLarge(t *testing.T) {
	set := testSettings()
	set.TextSize = settings.TextExtraLarge
	s, w := newTestShell(t, Options{Settings: set})
	press(w, fyne.KeyReturn, fyne.KeyReturn)
	for range 5 {
		press(w, fyne.KeyReturn)
	}
	s.sess.sess.Stop()
	snap := s.sess.sess.Snapshot()
	snap.Seq += 100
	snap.Phase, snap.Count = coach.Holding, 2
	snap.Length, snap.Elapsed = 10*time.Second, 3400*time.Millisecond
	s.sess.render(snap)
	if got := s.sess.countdown.Text(); got != "7" {
		t.Fatalf("countdown shows %q, want 7", got)
	}
	// Read from two metres: digits 2 cm high or more (a 1:100 height to distance, well above
	// the 1:200 of road signs). At 96 dpi that is 76 px; a digit is about 0.71 of the font
	// size, so the font must be 107 px or more. The test canvas is at scale 1.
	if digits := test.WidgetRenderer(s.sess.countdown).Objects()[0].(*canvas.Text); digits.TextSize < 107 {
		t.Errorf("countdown text is %g px, want 107 or more", digits.TextSize)
	}
	test.AssertImageMatches(t, "session_xl.png", w.Canvas().Capture())
}
