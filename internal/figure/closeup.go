package figure

import "math"

// Sizes of a close-up, in drawing widths.
const (
	closeUpMargin = 0.012  // round a foot, of the drawing a close-up shows
	closeUpGap    = 0.12   // between its two views, where its arrow is
	closeUpLine   = 0.0025 // half the width of its frame
	closeUpWords  = 0.055  // the row at its top naming the side of the mat
)

// feetCloseUp draws, in box (card positions), a close-up of the foot that turns outermost in
// a motion whose toes turn: on the left the foot at the start, on the right the same foot at
// the end, an arrow between, framed. From above, a foot at the size of the body is a
// blob whose turn does not show; near, side by side, toes up and toes turned read as a foot
// turning. It is the same view from above, only nearer.
func (m Motion) feetCloseUp(box Rect) (Drawing, bool) {
	if m.View != Top {
		return Drawing{}, false
	}
	_, ankles := m.turnedFeet(false)
	if len(ankles) == 0 {
		return Drawing{}, false
	}
	// The foot whose toes end furthest up the picture: the outer one, as the card's start
	// turns to the right, the top of the picture (see turnAround).
	eb := solve(m.End, m.View)
	j := ankles[0]
	for _, a := range ankles[1:] {
		if footBounds(eb, a).Min.Y < footBounds(eb, j).Min.Y {
			j = a
		}
	}
	// The start, and the start with only that foot turned as at the end: the same leg, so
	// all that changes between the two views is the foot, and the other foot stays out of
	// the way below it.
	turned := m.Start
	turned.Angle[j], turned.Lift[j] = m.End.Angle[j], m.End.Lift[j]
	from, to := footBounds(solve(m.Start, m.View), j), footBounds(solve(turned, m.View), j)
	around := Rect{Point{min(from.Min.X, to.Min.X), min(from.Min.Y, to.Min.Y)}, Point{max(from.Max.X, to.Max.X), max(from.Max.Y, to.Max.Y)}}
	d := Drawing{View: m.View}
	d.add(RoleFloor, roundRect(Rect{Point{box.Min.X - 2*closeUpLine, box.Min.Y - 2*closeUpLine}, Point{box.Max.X + 2*closeUpLine, box.Max.Y + 2*closeUpLine}}, 0.02))
	d.add(RoleBackground, roundRect(box, 0.018))
	// Along its top, the side of the mat the toes turn to, as the start drawing names it.
	d.Labels = append(d.Labels, Label{Word: WordRight, At: Point{(box.Min.X + box.Max.X) / 2, box.Min.Y + closeUpWords/2}, Size: 0.046})
	box.Min.Y += closeUpWords
	half := (box.Max.X - box.Min.X - closeUpGap) / 2
	zoom := min(half/(around.Max.X-around.Min.X+2*closeUpMargin), (box.Max.Y-box.Min.Y)/(around.Max.Y-around.Min.Y+2*closeUpMargin))
	left := Rect{box.Min, Point{box.Min.X + half, box.Max.Y}}
	right := Rect{Point{box.Max.X - half, box.Min.Y}, box.Max}
	still := m
	still.Turn = nil
	d.closeUp(draw(still, m.Start, 0, false, false), around, left, zoom)
	d.closeUp(draw(still, turned, 0, false, false), around, right, zoom)
	// Between them an arrow that goes on and then turns up the picture, to the side named
	// over them: a plain arrow to the right would point at the head.
	y := (box.Min.Y+box.Max.Y)/2 + 0.035
	x1, r := right.Min.X-0.035, 0.03
	path := []Point{{left.Max.X + 0.012, y}}
	path = append(path, arc(Point{x1 - r, y - r}, r, math.Pi/2, -math.Pi/2)...)
	path = append(path, Point{x1, y - 0.1})
	d.Shapes = append(d.Shapes, ArrowShapes(path, false)...)
	return d, true
}

// closeUp adds what of drawing src lies round around, enlarged by zoom to fill into.
func (d *Drawing) closeUp(src Drawing, around, into Rect, zoom float64) {
	// The foot at the left, the leg running off to the right: little of the page beyond
	// the foot of the mat.
	w, h := (into.Max.X-into.Min.X)/zoom, (into.Max.Y-into.Min.Y)/zoom
	y := (around.Min.Y + around.Max.Y) / 2
	seen := Rect{Point{around.Min.X - closeUpMargin, y - h/2}, Point{around.Min.X - closeUpMargin + w, y + h/2}}
	c, to := lerpPt(seen.Min, seen.Max, 0.5), lerpPt(into.Min, into.Max, 0.5)
	d.add(RoleMat, roundRect(into, 0.012))
	for _, sh := range src.Shapes {
		if sh.Role == RoleMat || sh.Role == RoleFloor {
			continue // the frame is all mat: near, the feet lie on it, not at its end
		}
		pts := clipToRect(sh.Pts, seen)
		for i, p := range pts {
			pts[i] = Point{to.X + (p.X-c.X)*zoom, to.Y + (p.Y-c.Y)*zoom}
		}
		d.add(sh.Role, pts)
	}
}

// footBounds is the box round foot j (an ankle joint) of body b drawn from above, in the
// finished drawing's positions (turned half round, see turnAround).
func footBounds(b body, j Joint) Rect {
	pt := painter{b: &b, v: Top}
	ankle, shin := b.from[j], b.to[j-1].sub(b.from[j-1])
	pt.begin()
	pt.topFoot(ankle.add(shin.scale(0.12)), ankle, b.to[j], shin, RoleAccent, j == LeftAnkle)
	pt.end()
	r := Rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
	for _, sh := range pt.d.Shapes {
		for _, q := range sh.Pts {
			q = Point{1 - q.X, 1/Aspect - q.Y}
			r = Rect{Point{min(r.Min.X, q.X), min(r.Min.Y, q.Y)}, Point{max(r.Max.X, q.X), max(r.Max.Y, q.Y)}}
		}
	}
	return r
}

// clipToRect returns the part of the polygon pts inside rc (Sutherland–Hodgman), nil when
// none of it is.
func clipToRect(pts []Point, rc Rect) []Point {
	inside := [4]func(Point) bool{
		func(p Point) bool { return p.X >= rc.Min.X },
		func(p Point) bool { return p.X <= rc.Max.X },
		func(p Point) bool { return p.Y >= rc.Min.Y },
		func(p Point) bool { return p.Y <= rc.Max.Y },
	}
	cut := [4]func(a, b Point) Point{
		func(a, b Point) Point { return lerpPt(a, b, (rc.Min.X-a.X)/(b.X-a.X)) },
		func(a, b Point) Point { return lerpPt(a, b, (rc.Max.X-a.X)/(b.X-a.X)) },
		func(a, b Point) Point { return lerpPt(a, b, (rc.Min.Y-a.Y)/(b.Y-a.Y)) },
		func(a, b Point) Point { return lerpPt(a, b, (rc.Max.Y-a.Y)/(b.Y-a.Y)) },
	}
	out := pts
	for e := range inside {
		if len(out) == 0 {
			return nil
		}
		in, prev := out, out[len(out)-1]
		out = nil
		for _, p := range in {
			switch {
			case inside[e](p) && inside[e](prev):
				out = append(out, p)
			case inside[e](p):
				out = append(out, cut[e](prev, p), p)
			case inside[e](prev):
				out = append(out, cut[e](prev, p))
			}
			prev = p
		}
	}
	return out
}
