package figure

import (
	"fmt"
	"image/color"
	"io"
)

// svgScale is the width of the SVG viewBox: frame coordinates times svgScale.
const svgScale = 1000

// SVGOptions style an SVG drawing. Zero fields take the defaults.
type SVGOptions struct {
	// Width is the drawing's width in pixels; the height is Width/Aspect. Default 600.
	Width int
	// Foreground colours the body and near limbs. Default dark slate.
	Foreground color.Color
	// Far colours the far limbs in the side view and the ghosted start pose. Default grey-blue.
	Far color.Color
	// Mat colours the mat. Default light grey.
	Mat color.Color
	// Accent colours the moving parts, the grips, stretch marks and arrows. Default orange.
	Accent color.Color
	// Background fills the whole drawing; nil leaves it transparent.
	Background color.Color
	// Plain draws moving parts in the foreground colour, keeping the accent for marks.
	Plain bool
	// Mirrored makes StartEndSVG draw the exercise done to the other side.
	Mirrored bool
}

// Default colours.
var (
	DefaultForeground = color.NRGBA{0x26, 0x32, 0x38, 0xff}
	DefaultFar        = color.NRGBA{0x90, 0xa4, 0xae, 0xff}
	DefaultMat        = color.NRGBA{0xdc, 0xe3, 0xe8, 0xff}
	DefaultAccent     = color.NRGBA{0xe6, 0x51, 0x00, 0xff}
	// DefaultBackground is a white to pass as Background for a print or a PNG.
	DefaultBackground = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

func (o SVGOptions) withDefaults() SVGOptions {
	if o.Width <= 0 {
		o.Width = 600
	}
	for _, c := range []struct {
		dst *color.Color
		def color.Color
	}{{&o.Foreground, DefaultForeground}, {&o.Far, DefaultFar}, {&o.Mat, DefaultMat}, {&o.Accent, DefaultAccent}} {
		if *c.dst == nil {
			*c.dst = c.def
		}
	}
	return o
}

// SVG writes frame f as a self-contained SVG document.
func SVG(w io.Writer, f Frame, opts SVGOptions) error {
	opts = opts.withDefaults()
	sw := &svgWriter{w: w}
	sw.open(opts)
	sw.mat(f, opts)
	sw.frame(f, opts, 1, false)
	sw.close()
	return sw.err
}

// svgWriter writes SVG elements and keeps the first write error.
type svgWriter struct {
	w   io.Writer
	err error
}

func (s *svgWriter) printf(format string, args ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format, args...)
	}
}

func (s *svgWriter) open(o SVGOptions) {
	h := int(float64(o.Width)/Aspect + 0.5)
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">`+"\n",
		o.Width, h, svgScale, int(svgScale/Aspect))
	if o.Background != nil {
		s.printf(`<rect width="100%%" height="100%%" fill="%s"%s/>`+"\n", hex(o.Background), opacity("fill", o.Background))
	}
}

func (s *svgWriter) close() { s.printf("</svg>\n") }

func (s *svgWriter) mat(f Frame, o SVGOptions) {
	r := f.Mat
	rx := 0.012 * svgScale
	if f.View == Side {
		rx = (r.Max.Y - r.Min.Y) / 2 * svgScale
	}
	s.printf(`<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="%.1f" fill="%s"%s/>`+"\n",
		r.Min.X*svgScale, r.Min.Y*svgScale, (r.Max.X-r.Min.X)*svgScale, (r.Max.Y-r.Min.Y)*svgScale, rx,
		hex(o.Mat), opacity("fill", o.Mat))
}

// frame writes the shapes in drawing order. alpha fades the whole figure; ghost draws it
// all in the far colour without marks, for the start pose under an end pose.
func (s *svgWriter) frame(f Frame, o SVGOptions, alpha float64, ghost bool) {
	s.printf(`<g fill="none" stroke-linecap="round" stroke-linejoin="round"%s>`+"\n", groupOpacity(alpha))
	for i, sh := range f.Shapes {
		p := Part(i)
		if sh.Hidden || (ghost && p >= PartGrip) {
			continue
		}
		c := shapeColor(sh, o, ghost)
		switch p.Kind() {
		case Line:
			s.printf(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"%s/>`+"\n",
				sh.A.X*svgScale, sh.A.Y*svgScale, sh.B.X*svgScale, sh.B.Y*svgScale, hex(c),
				sh.Width.Stroke()*svgScale, opacity("stroke", c))
		case Disc:
			s.printf(`<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s"%s/>`+"\n",
				sh.A.X*svgScale, sh.A.Y*svgScale, sh.R*svgScale, hex(c), opacity("fill", c))
		case Ring:
			s.printf(`<circle cx="%.1f" cy="%.1f" r="%.1f" stroke="%s" stroke-width="%.1f"%s/>`+"\n",
				sh.A.X*svgScale, sh.A.Y*svgScale, sh.R*svgScale, hex(c), sh.Width.Stroke()*svgScale, opacity("stroke", c))
		}
	}
	s.printf("</g>\n")
}

func shapeColor(sh Shape, o SVGOptions, ghost bool) color.Color {
	switch {
	case ghost:
		return o.Far
	case sh.Accent && (!o.Plain || sh.Width == WidthThin):
		if sh.Far {
			return blend(o.Accent, o.Far)
		}
		return o.Accent
	case sh.Far:
		return o.Far
	}
	return o.Foreground
}

// blend mixes two colours half and half.
func blend(a, b color.Color) color.Color {
	x, y := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	mid := func(p, q uint8) uint8 { return uint8((int(p) + int(q)) / 2) }
	return color.NRGBA{mid(x.R, y.R), mid(x.G, y.G), mid(x.B, y.B), mid(x.A, y.A)}
}

func hex(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02x%02x%02x", n.R, n.G, n.B)
}

// opacity returns an opacity attribute for a translucent colour, or nothing.
func opacity(attr string, c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	if n.A == 0xff {
		return ""
	}
	return fmt.Sprintf(` %s-opacity="%.2f"`, attr, float64(n.A)/255)
}

func groupOpacity(alpha float64) string {
	if alpha >= 1 {
		return ""
	}
	return fmt.Sprintf(` opacity="%.2f"`, alpha)
}
