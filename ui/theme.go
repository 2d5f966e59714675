package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme wraps the default theme, which follows the system's light or dark variant, and scales
// text, icons and padding so a user on a mat can read the screen.
type Theme struct {
	// Scale multiplies text and control sizes; 1 is Fyne's default.
	Scale float32
}

var _ fyne.Theme = (*Theme)(nil)

// Color returns the default theme's colour.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, v)
}

// Font returns the default theme's font.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns the default theme's icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns the default size, scaled for text, icons and the space around them.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon, theme.SizeNamePadding,
		theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		if t.Scale > 0 {
			return s * t.Scale
		}
	}
	return s
}
