package figure

import "math"

// Sizes of a close-up, in drawing widths.
const (
	closeUpMargin = 0.012  // round a foot, of the drawing a close-up shows
	closeUpGap    = 0.03   // between its two frames
	closeUpLine   = 0.0025 // half the width of its frame
	closeUpWords  = 0.055  // the row at its top naming the side of the mat, and each under a frame
	closeUpWord   = 0.04   // the size of the words under its frames
)

// feetCloseUp draws, in box (card positions), a close-up of the foot that turns outermost in
// a motion whose toes turn, framed, "Right side" over it: on the left the foot toes up, on
// the right the same foot turned as at the end, with an arrow round its heel from where the
// toes pointed, and under each what it shows, "Toes to the ceiling" and "Toes to the right". From above, a foot at the size of the body is a blob whose turn does not
// show; near, it reads as a foot turning in place. It is the same view from above, only
// nearer.
func (m Motion) feetCloseUp(box Rect) (Drawing, bool) {
	if !m.turnsFeetNear() {
		return Drawing{}, false
	}
	eb, ankles := m.turnedFeet(false)
	// The foot whose toes end furthest up the picture: the outer one, as the card's start
	// turns to the right, the top of the picture (see turnAround).
	j := ankles[0]
	for _, a := range ankles[1:] {
		if footBounds(eb, a).Min.Y < footBounds(eb, j).Min.Y {
			j = a
		}
	}
	// The start with only that foot turned as at the end: the same leg, so all that changes
	// is the foot, and the other foot stays toes up, out of the way below it.
	turned := m.Start
	turned.Angle[j], turned.Lift[j] = m.End.Angle[j], m.End.Lift[j]
	sb, tb := solve(m.Start, m.View), solve(turned, m.View)
	from0, _ := footTurn(sb, j)
	to0, heel := footTurn(tb, j)
	reach := 0.0 // from the heel to the far end of either foot
	for _, r := range []Rect{footBounds(sb, j), footBounds(tb, j)} {
		for _, p := range []Point{r.Min, r.Max, {r.Min.X, r.Max.Y}, {r.Max.X, r.Min.Y}} {
			reach = max(reach, dist(heel, p))
		}
	}
	radius := reach * 1.12

	d := Drawing{View: m.View}
	d.add(RoleFloor, roundRect(Rect{Point{box.Min.X - 2*closeUpLine, box.Min.Y - 2*closeUpLine}, Point{box.Max.X + 2*closeUpLine, box.Max.Y + 2*closeUpLine}}, 0.02))
	d.add(RoleBackground, roundRect(box, 0.018))
	// Along its top, the side of the mat the toes turn to, as the start drawing names it.
	d.Labels = append(d.Labels, Label{Word: WordRight, At: Point{(box.Min.X + box.Max.X) / 2, box.Min.Y + closeUpWords/2}, Size: 0.046})
	box.Min.Y += closeUpWords
	box.Max.Y -= closeUpWords
	// Two frames side by side, toes up and then turned, the same leg at the same place in
	// each: the heel low and right of the middle, so the toes and the arrow round them lie
	// above it and to its left, and the leg runs off to the right.
	half := (box.Max.X - box.Min.X - closeUpGap) / 2
	h := box.Max.Y - box.Min.Y
	zoom := min(0.6*half, 0.7*h) / (radius + closeUpMargin)
	frames := [2]Rect{{box.Min, Point{box.Min.X + half, box.Max.Y}}, {Point{box.Max.X - half, box.Min.Y}, box.Max}}
	still := m
	still.Turn = nil
	for i, pose := range []Pose{m.Start, turned} {
		f := frames[i]
		d.Labels = append(d.Labels, Label{Word: [2]Word{WordToesUp, WordToesRight}[i], At: Point{(f.Min.X + f.Max.X) / 2, f.Max.Y + closeUpWords/2}, Size: closeUpWord})
		at := Point{f.Min.X + 0.64*half, f.Min.Y + 0.74*h}
		seen := Rect{Point{heel.X - (at.X-f.Min.X)/zoom, heel.Y - (at.Y-f.Min.Y)/zoom}, Point{heel.X + (f.Max.X-at.X)/zoom, heel.Y + (f.Max.Y-at.Y)/zoom}}
		place := func(p Point) Point { return Point{at.X + (p.X-heel.X)*zoom, at.Y + (p.Y-heel.Y)*zoom} }
		d.add(RoleMat, roundRect(f, 0.012))
		for _, sh := range draw(still, pose, 0, false, false).Shapes {
			if sh.Role == RoleMat || sh.Role == RoleFloor {
				continue // the frame is all mat: near, the feet lie on it, not at its end
			}
			pts := clipToRect(sh.Pts, seen)
			for k, p := range pts {
				pts[k] = place(p)
			}
			d.add(sh.Role, pts)
		}
		if i == 1 {
			// Round the heel, clear of the foot, the turn from where the toes pointed.
			c := place(heel)
			d.Shapes = append(d.Shapes, ArrowShapes(append([]Point{along(c, from0, radius*zoom)}, arc(c, radius*zoom, from0, math.Remainder(to0-from0, 2*math.Pi))...), false)...)
		}
	}
	return d, true
}

// turnsFeetNear reports whether m's card shows its turning feet in a close-up (see
// feetCloseUp): seen from above, with toes that turn.
func (m Motion) turnsFeetNear() bool {
	if m.View != Top {
		return false
	}
	_, ankles := m.turnedFeet(false)
	return len(ankles) > 0
}

// footTurn is the way foot j (an ankle joint) of body b points from above and the point it
// turns about, in the finished drawing (turned half round, see turnAround).
func footTurn(b body, j Joint) (dir float64, heel Point) {
	pt := painter{b: &b, v: Top}
	dir, _ = pt.footPointing(j)
	return dir + math.Pi, turnedAround(pt.at(b.from[j]))
}

// footShapes are the filled shapes of foot j (an ankle joint) of body b drawn from above,
// in the finished drawing's positions (turned half round, see turnAround).
func footShapes(b body, j Joint) []Shape {
	pt := painter{b: &b, v: Top}
	pt.begin()
	pt.topFoot(j, RoleAccent)
	pt.end()
	var out []Shape
	for _, sh := range pt.d.Shapes {
		if sh.Role == RoleBackground {
			continue
		}
		for k, q := range sh.Pts {
			sh.Pts[k] = turnedAround(q)
		}
		out = append(out, sh)
	}
	return out
}

// footBounds is the box round foot j (an ankle joint) of body b drawn from above, in the
// finished drawing's positions.
func footBounds(b body, j Joint) Rect {
	r := Rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
	for _, sh := range footShapes(b, j) {
		for _, q := range sh.Pts {
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
