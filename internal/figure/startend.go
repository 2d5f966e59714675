package figure

import (
	"io"
	"math"
)

// Arrow sizes, in frame widths.
const (
	minArrow   = 0.03 // a point that moves less gets no arrow
	arrowHead  = 0.018
	arrowSteps = 12
)

// StartEndSVG writes one picture of a motion for a card or a printout: the start pose
// ghosted, the end pose solid over it, and an arrow along the path of the point that moves
// most (and a second for another body region that moves nearly as much).
func StartEndSVG(w io.Writer, m Motion, opts SVGOptions) error {
	opts = opts.withDefaults()
	start, end := m.At(0, opts.Mirrored), m.At(1, opts.Mirrored)
	sw := &svgWriter{w: w}
	sw.open(opts)
	sw.mat(end, opts)
	sw.frame(start, opts, 0.45, true)
	sw.frame(end, opts, 1, false)
	for _, tr := range pickTracks(start, end) {
		sw.arrow(m, tr, opts)
	}
	sw.close()
	return sw.err
}

// track is a point of the figure that an arrow follows: a line's far end or a circle's centre.
type track struct {
	part  Part
	group int // body region: 0 head and trunk, 1 arms, 2 legs
}

var trackable = [...]track{
	{PartHead, 0}, {PartLowerTrunk, 0},
	{PartLeftHand, 1}, {PartRightHand, 1}, {PartLeftForearm, 1}, {PartRightForearm, 1},
	{PartLeftFoot, 2}, {PartRightFoot, 2}, {PartLeftThigh, 2}, {PartRightThigh, 2},
}

func trackPoint(f *Frame, p Part) Point {
	if p == PartLowerTrunk {
		return f.Shapes[p].A
	}
	if p.Kind() == Line {
		return f.Shapes[p].B
	}
	return f.Shapes[p].A
}

// pickTracks chooses up to two points to draw arrows for, from different body regions.
func pickTracks(start, end Frame) []track {
	var best [3]track
	var dist [3]float64
	for _, tr := range trackable {
		a, b := trackPoint(&start, tr.part), trackPoint(&end, tr.part)
		if d := math.Hypot(b.X-a.X, b.Y-a.Y); d > dist[tr.group] {
			best[tr.group], dist[tr.group] = tr, d
		}
	}
	first := 0
	for g := range dist {
		if dist[g] > dist[first] {
			first = g
		}
	}
	var out []track
	if dist[first] < minArrow {
		return out
	}
	out = append(out, best[first])
	second := -1
	for g := range dist {
		if g != first && dist[g] >= minArrow && dist[g] > 0.5*dist[first] && (second < 0 || dist[g] > dist[second]) {
			second = g
		}
	}
	if second >= 0 {
		out = append(out, best[second])
	}
	return out
}

// arrow draws the path a point takes through the motion, trimmed at both ends, with a head.
func (s *svgWriter) arrow(m Motion, tr track, o SVGOptions) {
	var pts [arrowSteps + 1]Point
	for i := range pts {
		f := m.At(0.1+0.8*float64(i)/arrowSteps, o.Mirrored)
		pts[i] = trackPoint(&f, tr.part)
	}
	s.printf(`<g fill="none" stroke="%s" stroke-width="%.1f" stroke-linecap="round" stroke-linejoin="round"%s>`+"\n",
		hex(o.Accent), WidthThin.Stroke()*svgScale, opacity("stroke", o.Accent))
	s.printf(`<polyline points="`)
	for i, p := range pts {
		sep := " "
		if i == 0 {
			sep = ""
		}
		s.printf("%s%.1f,%.1f", sep, p.X*svgScale, p.Y*svgScale)
	}
	s.printf(`"/>` + "\n")
	tip, prev := pts[arrowSteps], pts[arrowSteps-2]
	dx, dy := tip.X-prev.X, tip.Y-prev.Y
	if n := math.Hypot(dx, dy); n > 1e-9 {
		dx, dy = dx/n*arrowHead, dy/n*arrowHead
		s.printf(`<polyline points="%.1f,%.1f %.1f,%.1f %.1f,%.1f"/>`+"\n",
			(tip.X-dx-dy*0.7)*svgScale, (tip.Y-dy+dx*0.7)*svgScale, tip.X*svgScale, tip.Y*svgScale,
			(tip.X-dx+dy*0.7)*svgScale, (tip.Y-dy-dx*0.7)*svgScale)
	}
	s.printf("</g>\n")
}
