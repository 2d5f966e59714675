package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme wraps the default theme, which follows the system's light or dark variant, and scales
// text, icons and padding so a user on a mat can read the screen. HighContrast swaps the
// palette for pure black and white with strong accents and a focus that cannot be missed.
type Theme struct {
	// Scale multiplies text and control sizes; 1 is Fyne's default.
	Scale float32
	// HighContrast draws black on white (light) or white on black (dark).
	HighContrast bool
}

var _ fyne.Theme = (*Theme)(nil)

// focusNormal is the focus tint of the normal palette: Fyne's own blue, but strong enough to
// see on a plain button from the mat (Fyne's is a faint 16 % tint).
var focusNormal = color.NRGBA{R: 0x00, G: 0x6c, B: 0xff, A: 0x66}

// The high-contrast palettes. Backgrounds and text are pure black and white; controls stand
// off the background by a clear grey; the primary colour carries black or white text at 7:1
// or better; focus is a tint of a colour unlike the primary's, so a focused primary button
// shows it too.
var (
	contrastDark = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground:          color.Black,
		theme.ColorNameForeground:          color.White,
		theme.ColorNameButton:              color.NRGBA{0x3a, 0x3a, 0x3a, 0xff},
		theme.ColorNameDisabledButton:      color.NRGBA{0x26, 0x26, 0x26, 0xff},
		theme.ColorNameDisabled:            color.NRGBA{0xb0, 0xb0, 0xb0, 0xff},
		theme.ColorNamePlaceHolder:         color.NRGBA{0xc8, 0xc8, 0xc8, 0xff},
		theme.ColorNameInputBackground:     color.Black,
		theme.ColorNameInputBorder:         color.White,
		theme.ColorNameHeaderBackground:    color.Black,
		theme.ColorNameMenuBackground:      color.Black,
		theme.ColorNameOverlayBackground:   color.Black,
		theme.ColorNameSeparator:           color.White,
		theme.ColorNamePrimary:             color.NRGBA{0xff, 0xd4, 0x00, 0xff},
		theme.ColorNameForegroundOnPrimary: color.Black,
		theme.ColorNameHyperlink:           color.NRGBA{0xff, 0xd4, 0x00, 0xff},
		theme.ColorNameFocus:               color.NRGBA{0x00, 0x50, 0xff, 0xc0},
		theme.ColorNameHover:               color.NRGBA{0xff, 0xff, 0xff, 0x40},
		theme.ColorNamePressed:             color.NRGBA{0xff, 0xff, 0xff, 0x66},
		theme.ColorNameSelection:           color.NRGBA{0x00, 0x50, 0xff, 0xc0},
		theme.ColorNameScrollBar:           color.NRGBA{0xff, 0xff, 0xff, 0xb0},
		theme.ColorNameError:               color.NRGBA{0xff, 0x6e, 0x6e, 0xff},
		theme.ColorNameForegroundOnError:   color.Black,
		theme.ColorNameSuccess:             color.NRGBA{0x5d, 0xe8, 0x6c, 0xff},
		theme.ColorNameForegroundOnSuccess: color.Black,
		theme.ColorNameWarning:             color.NRGBA{0xff, 0xa6, 0x3d, 0xff},
		theme.ColorNameForegroundOnWarning: color.Black,
		theme.ColorNameShadow:              color.NRGBA{0xff, 0xff, 0xff, 0x30},
	}
	contrastLight = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground:          color.White,
		theme.ColorNameForeground:          color.Black,
		theme.ColorNameButton:              color.NRGBA{0xd6, 0xd6, 0xd6, 0xff},
		theme.ColorNameDisabledButton:      color.NRGBA{0xe8, 0xe8, 0xe8, 0xff},
		theme.ColorNameDisabled:            color.NRGBA{0x50, 0x50, 0x50, 0xff},
		theme.ColorNamePlaceHolder:         color.NRGBA{0x40, 0x40, 0x40, 0xff},
		theme.ColorNameInputBackground:     color.White,
		theme.ColorNameInputBorder:         color.Black,
		theme.ColorNameHeaderBackground:    color.White,
		theme.ColorNameMenuBackground:      color.White,
		theme.ColorNameOverlayBackground:   color.White,
		theme.ColorNameSeparator:           color.Black,
		theme.ColorNamePrimary:             color.NRGBA{0x00, 0x2c, 0xb8, 0xff},
		theme.ColorNameForegroundOnPrimary: color.White,
		theme.ColorNameHyperlink:           color.NRGBA{0x00, 0x2c, 0xb8, 0xff},
		theme.ColorNameFocus:               color.NRGBA{0xc0, 0x00, 0xc0, 0xb0},
		theme.ColorNameHover:               color.NRGBA{0x00, 0x00, 0x00, 0x30},
		theme.ColorNamePressed:             color.NRGBA{0x00, 0x00, 0x00, 0x55},
		theme.ColorNameSelection:           color.NRGBA{0xc0, 0x00, 0xc0, 0x80},
		theme.ColorNameScrollBar:           color.NRGBA{0x00, 0x00, 0x00, 0xb0},
		theme.ColorNameError:               color.NRGBA{0xb0, 0x00, 0x00, 0xff},
		theme.ColorNameForegroundOnError:   color.White,
		theme.ColorNameSuccess:             color.NRGBA{0x00, 0x66, 0x1a, 0xff},
		theme.ColorNameForegroundOnSuccess: color.White,
		theme.ColorNameWarning:             color.NRGBA{0x8a, 0x4b, 0x00, 0xff},
		theme.ColorNameForegroundOnWarning: color.White,
		theme.ColorNameShadow:              color.NRGBA{0x00, 0x00, 0x00, 0x40},
	}
)

// The colours of the session's phases (phaseband.go), by palette: get ready amber, move blue,
// hold purple, relax green, between exercises slate. Each is told from the others by hue and
// by lightness, so they differ for most colour-blind users too; the band's text is black or
// white, whichever reads better.
var (
	phaseDark = map[fyne.ThemeColorName]color.Color{
		colorPhaseReady: color.NRGBA{0xf2, 0xa0, 0x1f, 0xff}, colorPhaseMove: color.NRGBA{0x2f, 0x6f, 0xe0, 0xff},
		colorPhaseHold: color.NRGBA{0x9b, 0x4d, 0xd8, 0xff}, colorPhaseRelax: color.NRGBA{0x2e, 0x9e, 0x5b, 0xff},
		colorPhaseBetween: color.NRGBA{0x78, 0x80, 0x8c, 0xff},
	}
	phaseLight = map[fyne.ThemeColorName]color.Color{
		colorPhaseReady: color.NRGBA{0xf5, 0xb0, 0x3a, 0xff}, colorPhaseMove: color.NRGBA{0x1f, 0x5f, 0xd0, 0xff},
		colorPhaseHold: color.NRGBA{0x7b, 0x2c, 0xbf, 0xff}, colorPhaseRelax: color.NRGBA{0x2a, 0x9d, 0x55, 0xff},
		colorPhaseBetween: color.NRGBA{0x6b, 0x77, 0x85, 0xff},
	}
	phaseContrastDark = map[fyne.ThemeColorName]color.Color{
		colorPhaseReady: color.NRGBA{0xff, 0xd4, 0x00, 0xff}, colorPhaseMove: color.NRGBA{0x4d, 0xa3, 0xff, 0xff},
		colorPhaseHold: color.NRGBA{0xff, 0x6e, 0xf5, 0xff}, colorPhaseRelax: color.NRGBA{0x5d, 0xe8, 0x6c, 0xff},
		colorPhaseBetween: color.White,
	}
	phaseContrastLight = map[fyne.ThemeColorName]color.Color{
		colorPhaseReady: color.NRGBA{0x8a, 0x4b, 0x00, 0xff}, colorPhaseMove: color.NRGBA{0x00, 0x2c, 0xb8, 0xff},
		colorPhaseHold: color.NRGBA{0x8b, 0x00, 0x8b, 0xff}, colorPhaseRelax: color.NRGBA{0x00, 0x66, 0x1a, 0xff},
		colorPhaseBetween: color.Black,
	}
)

// phasePalette is the palette of phase colours for the theme's contrast and variant v.
func (t *Theme) phasePalette(v fyne.ThemeVariant) map[fyne.ThemeColorName]color.Color {
	switch {
	case t.HighContrast && v == theme.VariantLight:
		return phaseContrastLight
	case t.HighContrast:
		return phaseContrastDark
	case v == theme.VariantLight:
		return phaseLight
	}
	return phaseDark
}

// Color returns the default theme's colour, or the high-contrast one.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := t.phasePalette(v)[n]; ok {
		return c
	}
	if t.HighContrast {
		palette := contrastDark
		if v == theme.VariantLight {
			palette = contrastLight
		}
		if c, ok := palette[n]; ok {
			return c
		}
	} else if n == theme.ColorNameFocus {
		return focusNormal
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font returns the default theme's font.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns the default theme's icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default size, scaled for text, icons and the space around them. High
// contrast draws borders, separators and the focus outline of inputs three times as thick.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon, theme.SizeNamePadding,
		theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		if t.Scale > 0 {
			return s * t.Scale
		}
	case theme.SizeNameInputBorder, theme.SizeNameSeparatorThickness:
		if t.HighContrast {
			return s * 3
		}
	}
	return s
}
