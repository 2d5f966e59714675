package figure

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// svgScale is the width of one drawing in SVG units: unit-box coordinates times svgScale.
const svgScale = 1000

// SVGOptions style an SVG drawing. Zero fields take the defaults.
type SVGOptions struct {
	// Width is the width of one drawing in pixels. Default 600.
	Width int
	// Palette colours the roles. Default LightPalette.
	Palette *Palette
	// Transparent leaves out the background.
	Transparent bool
	// Words are the words written on the drawing, in the reader's language. An empty word
	// is left out.
	Words [NumWords]string
}

func (o SVGOptions) withDefaults() SVGOptions {
	if o.Width <= 0 {
		o.Width = 600
	}
	if o.Palette == nil {
		o.Palette = &LightPalette
	}
	return o
}

// SVG writes drawing d as a self-contained SVG document.
func SVG(w io.Writer, d Drawing, opts SVGOptions) error {
	opts = opts.withDefaults()
	sw := &svgWriter{w: w, o: opts}
	sw.open(1, 1/Aspect)
	sw.shapes(d.Shapes, Point{})
	for _, l := range d.Labels {
		sw.text(opts.Words[l.Word], l.At, l.Size, labelRole(l.Word))
	}
	sw.close()
	return sw.err
}

// svgWriter writes SVG elements and keeps the first write error.
type svgWriter struct {
	w   io.Writer
	o   SVGOptions
	err error
}

func (s *svgWriter) printf(format string, args ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format, args...)
	}
}

// open starts a document w by h unit boxes wide and high.
func (s *svgWriter) open(w, h float64) {
	px := float64(s.o.Width)
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f">`+"\n",
		px*w, px*h, svgScale*w, svgScale*h)
	if !s.o.Transparent {
		s.printf(`<rect width="100%%" height="100%%" fill="%s"/>`+"\n", hex(s.o.Palette[RoleBackground]))
	}
}

func (s *svgWriter) close() { s.printf("</svg>\n") }

func (s *svgWriter) shapes(shapes []Shape, off Point) {
	var b strings.Builder
	for _, sh := range shapes {
		b.Reset()
		for i, p := range sh.Pts {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&b, "%s%.0f %.0f", cmd, (p.X+off.X)*svgScale, (p.Y+off.Y)*svgScale)
		}
		s.printf(`<path d="%sZ" fill="%s"/>`+"\n", b.String(), hex(s.o.Palette[sh.Role]))
	}
}

// text writes a word centred on at. The baseline is placed a little over a third of the size
// below the centre rather than by dominant-baseline, which not every renderer honours.
func (s *svgWriter) text(word string, at Point, size float64, role Role) {
	if word == "" {
		return
	}
	size = fitWidth(word, size)
	s.printf(`<text x="%.0f" y="%.0f" font-family="sans-serif" font-size="%.0f" font-weight="bold" text-anchor="middle" fill="%s">%s</text>`+"\n",
		at.X*svgScale, (at.Y+0.36*size)*svgScale, size*svgScale, hex(s.o.Palette[role]), escape(word))
}

// boldEm is about how wide a letter of a bold sans-serif face is, in ems, on average over
// Latin and Cyrillic words: enough to tell when a word would run past its drawing.
const boldEm = 0.62

// fitWidth is the size to write word at, no more than size, so that it runs no wider than
// one drawing (a little less than 1): as the window does, a long word, as Russian words
// often are, shrinks rather than runs off the card.
func fitWidth(word string, size float64) float64 {
	const most = 0.97
	if w := boldEm * size * float64(utf8.RuneCountInString(word)); w > most {
		return size * most / w
	}
	return size
}

func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

func hex(c interface{ RGBA() (r, g, b, a uint32) }) string {
	n := nrgba(c)
	return fmt.Sprintf("#%02x%02x%02x", n.R, n.G, n.B)
}
