package figure

import "math"

// Sizes of a close-up, in drawing widths.
const (
	closeUpGap   = 0.03   // between its two frames
	closeUpLine  = 0.0025 // half the width of its frame
	closeUpWords = 0.055  // the row at its top saying whose view it is, and each under a frame
	closeUpWord  = 0.04   // the size of the words under its frames
	closeUpH     = 0.44   // its height, words and all, where the card has the room
)

// closeUp draws, in box (card positions), framed, a close-up of the part of a motion that
// turns with the body, as the person sees it, looking down their legs from the head (see
// closeUpOf): on the left as at the start, on the right turned as at the end, with an arrow
// round the outer one from where it was, and under each what it shows. Seen so, the
// person's right is on the right and a foot or a thigh turns in the picture, full length,
// about its heel or the hip, as a wiper does; from above the turn is seen end on, and hard
// to see at any size. It reports false when m has no such part.
func (m Motion) closeUp(box Rect) (Drawing, bool) {
	part := m.closeUpOf()
	if part == nothingNear {
		return Drawing{}, false
	}
	turned := m.Start
	for _, j := range part.joints() {
		turned.Angle[j], turned.Lift[j] = m.End.Angle[j], m.End.Lift[j]
	}

	d := Drawing{View: m.View}
	d.add(RoleFloor, roundRect(Rect{Point{box.Min.X - 2*closeUpLine, box.Min.Y - 2*closeUpLine}, Point{box.Max.X + 2*closeUpLine, box.Max.Y + 2*closeUpLine}}, 0.02))
	d.add(RoleBackground, roundRect(box, 0.018))
	words := part.words()
	// Along its top, whose view it is.
	d.Labels = append(d.Labels, Label{Word: words[0], At: Point{(box.Min.X + box.Max.X) / 2, box.Min.Y + closeUpWords/2}, Size: 0.046})
	box.Min.Y += closeUpWords
	box.Max.Y -= closeUpWords
	half := (box.Max.X - box.Min.X - closeUpGap) / 2
	frames := [2]Rect{{box.Min, Point{box.Max.X - half - closeUpGap, box.Max.Y}}, {Point{box.Max.X - half, box.Min.Y}, box.Max}}
	start := solve(m.Start, m.View)
	for i, pose := range []Pose{m.Start, turned} {
		f := frames[i]
		d.Labels = append(d.Labels, Label{Word: words[i+1], At: Point{(f.Min.X + f.Max.X) / 2, f.Max.Y + closeUpWords/2}, Size: closeUpWord})
		d.add(RoleMat, roundRect(f, 0.012))
		pt := painter{b: &body{}, v: m.View}
		if part == feetNear {
			pt.nearFeet(f, start, solve(pose, m.View), i == 1)
		} else {
			pt.nearKnees(f, start, solve(pose, m.View), i == 1)
		}
		for _, sh := range pt.d.Shapes {
			d.add(sh.Role, clipToRect(sh.Pts, f))
		}
	}
	return d, true
}

// nearFeet draws in frame f both feet of b as the person sees them (see closeUp), and on
// the turned feet the arrow round the right one from where it was in start. The feet are a
// little apart, heels low in the frame and left of its middle, so that feet turned to the
// right and the arrow round them fit; the shins come towards the viewer, wider, out of its
// bottom edge. A foot is as long as 0.45 of the frame is high and a third as wide at the
// ball as long, as topFoot draws it.
func (pt *painter) nearFeet(f Rect, start, b body, turned bool) {
	h, half := f.Max.Y-f.Min.Y, f.Max.X-f.Min.X
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
		if turned && k.ankle == RightAnkle {
			// Round the outer heel, clear of the foot, from where the toes pointed.
			pt.turnArrow(heel, -math.Pi/2+wiper(start, k.ankle), dir, l*1.12)
		}
	}
}

// nearKnees draws in frame f both thighs of b, standing up, as the person sees them (see
// closeUp): each rises from the hip, out of the frame's bottom edge, to its knee, a round
// kneecap at its top, and leans about the hip as the knee goes to a side. The leg the knees
// go towards is drawn first, so the other lies over it. On the turned knees the arrow goes
// round the right knee from where it was in start.
func (pt *painter) nearKnees(f Rect, start, b body, turned bool) {
	h, half := f.Max.Y-f.Min.Y, f.Max.X-f.Min.X
	l := min(0.5*h, 0.36*half) // a thigh's length: lying over, it and the arrow fit the frame
	w := 0.34 * l              // its half-width at the hip
	cx := f.Min.X + 0.3*half
	hipAt := func(hip Joint) Point {
		if hip == LeftHip {
			return Point{cx - 0.17*half, f.Max.Y - 0.12*h}
		}
		return Point{cx + 0.17*half, f.Max.Y - 0.12*h}
	}
	// The pelvis, at the frame's foot, that the thighs rise from.
	pelvis := ellipse(Point{cx, f.Max.Y}, 0.4*half, 0.22*h, 0)
	pt.d.add(RoleBackground, grow(pelvis, rim))
	pt.d.add(RoleBody, pelvis)
	hips := []Joint{LeftHip, RightHip}
	if wiper(b, LeftHip)+wiper(b, RightHip) > 1e-6 {
		hips = []Joint{RightHip, LeftHip}
	}
	for _, hip := range hips {
		base := hipAt(hip)
		knee := along(base, -math.Pi/2+wiper(b, hip), l)
		cap := w * 0.9
		pt.d.add(RoleBackground, capsule(base, knee, w+rim, w*0.75+rim))
		pt.d.add(RoleAccent, capsule(base, knee, w, w*0.75))
		pt.d.add(RoleBackground, circle(knee, cap+rim))
		pt.d.add(RoleAccent, circle(knee, cap))
		pt.d.add(lighter(RoleAccent), ellipse(Point{knee.X - cap*0.3, knee.Y - cap*0.3}, cap*0.45, cap*0.3, -math.Pi/4))
	}
	if turned {
		// Over both, clear of the kneecap.
		pt.turnArrow(hipAt(RightHip), -math.Pi/2+wiper(start, RightHip), -math.Pi/2+wiper(b, RightHip), l+w*1.5)
	}
}

// turnArrow adds an arrow on a circle of radius r about c, from angle from to angle to.
func (pt *painter) turnArrow(c Point, from, to, r float64) {
	pt.d.Shapes = append(pt.d.Shapes, ArrowShapes(append([]Point{along(c, from, r)}, arc(c, r, from, to-from)...), false)...)
}

// wiper is how far foot j (an ankle joint) of b is turned from toes to the ceiling towards
// the person's right, seen down the leg from the head (radians, to the right positive).
func wiper(b body, j Joint) float64 {
	d := b.to[j].sub(b.from[j])
	return math.Atan2(-d.y, d.z)
}

// nearPart is a part of the body a card's close-up shows (see closeUp).
type nearPart int

const (
	nothingNear nearPart = iota
	feetNear             // feet whose toes turn
	kneesNear            // knees standing up that go down to a side
)

// joints are the joints whose turn a close-up of p shows.
func (p nearPart) joints() []Joint {
	switch p {
	case feetNear:
		return []Joint{LeftAnkle, RightAnkle}
	case kneesNear:
		return []Joint{LeftHip, RightHip, LeftKnee, RightKnee}
	}
	return nil
}

// words are the heading of a close-up of p and the words under its two frames.
func (p nearPart) words() [3]Word {
	if p == kneesNear {
		return [3]Word{WordYourKnees, WordKneesUpNear, WordKneesRight}
	}
	return [3]Word{WordYourFeet, WordToesUp, WordToesRight}
}

// closeUpOf is the part m's card shows in a close-up, seen from above only: the knees when
// they stand up at the start and turn with the body, or else turning feet.
func (m Motion) closeUpOf() nearPart {
	if m.View != Top {
		return nothingNear
	}
	for _, l := range m.Turn {
		if (l == KneeLeft || l == KneeRight) && m.kneesUp() {
			return kneesNear
		}
	}
	if _, ankles := m.turnedFeet(false); len(ankles) > 0 {
		return feetNear
	}
	return nothingNear
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
