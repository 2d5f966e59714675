package figure

import "math"

// Sizes of a close-up, in drawing widths.
const (
	closeUpGap   = 0.03   // between its two frames
	closeUpLine  = 0.0025 // half the width of its frame
	closeUpWords = 0.055  // the row at its top saying whose view it is, and each under a frame
	closeUpWord  = 0.04   // the size of the words under its frames
)

// feetCloseUp draws, in box (card positions), a close-up of the feet of a motion whose toes
// turn, framed, as the person sees their own feet, looking down their legs from the head:
// on the left toes to the ceiling, on the right turned as at the end, with an arrow round
// the outer foot from where its toes pointed, and under each what it shows, "Toes to the
// ceiling" and "Toes to the right". Seen so, the person's right is on the right and a foot
// turns about its heel in the picture, full length, as a wiper does; from above it is seen
// end on and then flat, and its turn is hard to see at any size.
func (m Motion) feetCloseUp(box Rect) (Drawing, bool) {
	if !m.turnsFeetNear() {
		return Drawing{}, false
	}
	_, ankles := m.turnedFeet(false)
	turned := m.Start
	for _, j := range ankles {
		turned.Angle[j], turned.Lift[j] = m.End.Angle[j], m.End.Lift[j]
	}

	d := Drawing{View: m.View}
	d.add(RoleFloor, roundRect(Rect{Point{box.Min.X - 2*closeUpLine, box.Min.Y - 2*closeUpLine}, Point{box.Max.X + 2*closeUpLine, box.Max.Y + 2*closeUpLine}}, 0.02))
	d.add(RoleBackground, roundRect(box, 0.018))
	// Along its top, whose view it is.
	d.Labels = append(d.Labels, Label{Word: WordYourFeet, At: Point{(box.Min.X + box.Max.X) / 2, box.Min.Y + closeUpWords/2}, Size: 0.046})
	box.Min.Y += closeUpWords
	box.Max.Y -= closeUpWords
	half := (box.Max.X - box.Min.X - closeUpGap) / 2
	h := box.Max.Y - box.Min.Y
	frames := [2]Rect{{box.Min, Point{box.Min.X + half, box.Max.Y}}, {Point{box.Max.X - half, box.Min.Y}, box.Max}}
	for i, pose := range []Pose{m.Start, turned} {
		f := frames[i]
		d.Labels = append(d.Labels, Label{Word: [2]Word{WordToesUp, WordToesRight}[i], At: Point{(f.Min.X + f.Max.X) / 2, f.Max.Y + closeUpWords/2}, Size: closeUpWord})
		d.add(RoleMat, roundRect(f, 0.012))
		b := solve(pose, m.View)
		pt := painter{b: &b, v: m.View}
		// The feet a little apart, heels low in the frame and left of its middle, so that
		// feet turned to the right and the arrow round them fit; the shins come towards
		// the viewer, wider, out of its bottom edge. A foot is as long as 0.45 of the frame
		// is high and a third as wide at the ball as long, as topFoot draws it.
		l := 0.45 * h
		w := l / 3
		cx := f.Min.X + 0.4*half
		heelY := f.Min.Y + 0.76*h
		for _, k := range []struct {
			ankle Joint
			x     float64
		}{{LeftAnkle, cx - 0.17*half}, {RightAnkle, cx + 0.17*half}} {
			heel := Point{k.x, heelY}
			pt.d.add(RoleBackground, capsule(Point{k.x, f.Max.Y + 0.02}, heel, w*0.95+rim, w*0.6+rim))
			pt.d.add(RoleBody, capsule(Point{k.x, f.Max.Y + 0.02}, heel, w*0.95, w*0.6))
			dir := -math.Pi/2 + wiper(b, k.ankle)
			inside := dir - math.Pi/2 // the right foot's big toe, towards the middle
			if k.ankle == LeftAnkle {
				inside = dir + math.Pi/2
			}
			pt.begin()
			pt.footOutline(heel, dir, inside, l, w, 1, RoleAccent)
			pt.end()
			if i == 1 && k.ankle == RightAnkle {
				// Round the outer heel, clear of the foot, from where the toes pointed.
				from := -math.Pi/2 + wiper(solve(m.Start, m.View), k.ankle)
				r := l * 1.12
				pt.d.Shapes = append(pt.d.Shapes, ArrowShapes(append([]Point{along(heel, from, r)}, arc(heel, r, from, dir-from)...), false)...)
			}
		}
		for _, sh := range pt.d.Shapes {
			d.add(sh.Role, clipToRect(sh.Pts, f))
		}
	}
	return d, true
}

// wiper is how far foot j (an ankle joint) of b is turned from toes to the ceiling towards
// the person's right, seen down the leg from the head (radians, to the right positive).
func wiper(b body, j Joint) float64 {
	d := b.to[j].sub(b.from[j])
	return math.Atan2(-d.y, d.z)
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
