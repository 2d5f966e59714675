package figure

import "image/color"

// Palette is a colour for each role.
type Palette [NumRoles]color.NRGBA

// NewPalette derives a drawing's colours from four: the page, the body, the accent and the
// mat. Far limbs, hair, the floor and labels are mixes of the body and the page, so any
// theme's colours make a drawing that reads.
func NewPalette(background, foreground, accent, mat color.Color) Palette {
	bg, fg, ac := nrgba(background), nrgba(foreground), nrgba(accent)
	var p Palette
	p[RoleBackground] = bg
	p[RoleMat] = nrgba(mat)
	p[RoleFloor] = mixColor(fg, bg, 0.55)
	p[RoleFar] = mixColor(fg, bg, 0.5)
	p[RoleBody] = fg
	p[RoleHair] = mixColor(fg, bg, 0.55)
	p[RoleAccent] = ac
	p[RoleAccentFar] = mixColor(ac, bg, 0.4)
	p[RoleLabel] = mixColor(fg, bg, 0.2)
	p[RoleShadow] = mixColor(nrgba(mat), color.NRGBA{A: 0xff}, 0.18) // darker than the mat on any page
	// Light and shade go to white and black whatever the page: a lit face is lighter than
	// its part, a shaded one darker, on a light page and on a dark one.
	white, black := color.NRGBA{0xff, 0xff, 0xff, 0xff}, color.NRGBA{A: 0xff}
	p[RoleBodyLit], p[RoleBodyShade] = mixColor(fg, white, 0.4), mixColor(fg, black, 0.3)
	p[RoleAccentLit], p[RoleAccentShade] = mixColor(ac, white, 0.4), mixColor(ac, black, 0.3)
	return p
}

// The palettes of printed and exported drawings.
var (
	// LightPalette is for a white page: the SVG files and the doctor's report.
	LightPalette = NewPalette(color.White, color.NRGBA{0x33, 0x44, 0x4d, 0xff},
		color.NRGBA{0xe6, 0x51, 0x00, 0xff}, color.NRGBA{0xd5, 0xe0, 0xe6, 0xff})
	// DarkPalette is for a dark page.
	DarkPalette = NewPalette(color.NRGBA{0x1c, 0x1f, 0x22, 0xff}, color.NRGBA{0xe8, 0xec, 0xef, 0xff},
		color.NRGBA{0xff, 0x8f, 0x40, 0xff}, color.NRGBA{0x33, 0x3d, 0x44, 0xff})
)

func nrgba(c color.Color) color.NRGBA {
	if c == nil {
		return color.NRGBA{}
	}
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// mixColor is a fraction t of the way from a to b.
func mixColor(a, b color.NRGBA, t float64) color.NRGBA {
	m := func(p, q uint8) uint8 { return uint8(float64(p) + (float64(q)-float64(p))*t + 0.5) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), m(a.A, b.A)}
}
