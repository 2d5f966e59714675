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

// closeUp draws, in box (card positions), framed, a close-up of what a motion seen from
// above shows poorly (see closeUpOf): the legs at the start seen from the side (see
// legsFromSide), or the feet whose toes turn, as the person sees them, looking down their
// legs from the head: on the left toes to the ceiling, on the right turned as at the end,
// with an arrow round the outer foot from where its toes pointed, and under each what it
// shows, "Toes to the ceiling" and "Toes to the right". Seen so, the person's right is on
// the right and a foot turns in the picture about its heel, full length, as a wiper does;
// from above it is seen end on and then flat, and its turn is hard to see at any size. It
// reports false when m has nothing to show near.
func (m Motion) closeUp(box Rect) (Drawing, bool) {
	switch m.closeUpOf() {
	case kneesNear:
		return m.legsFromSide(box), true
	case nothingNear:
		return Drawing{}, false
	}
	_, ankles := m.turnedFeet(false)
	turned := m.Start
	for _, j := range ankles {
		turned.Angle[j], turned.Lift[j] = m.End.Angle[j], m.End.Lift[j]
	}

	d := closeUpFrame(box)
	// Along its top, whose view it is.
	d.Labels = append(d.Labels, Label{Word: WordYourFeet, At: Point{(box.Min.X + box.Max.X) / 2, box.Min.Y + closeUpWords/2}, Size: 0.046})
	box.Min.Y += closeUpWords
	box.Max.Y -= closeUpWords
	half := (box.Max.X - box.Min.X - closeUpGap) / 2
	frames := [2]Rect{{box.Min, Point{box.Max.X - half - closeUpGap, box.Max.Y}}, {Point{box.Max.X - half, box.Min.Y}, box.Max}}
	start := solve(m.Start, m.View)
	for i, pose := range []Pose{m.Start, turned} {
		f := frames[i]
		d.Labels = append(d.Labels, Label{Word: [2]Word{WordToesUp, WordToesRight}[i], At: Point{(f.Min.X + f.Max.X) / 2, f.Max.Y + closeUpWords/2}, Size: closeUpWord})
		d.add(RoleMat, roundRect(f, 0.012))
		pt := painter{b: &body{}, v: m.View}
		pt.nearFeet(f, start, solve(pose, m.View), i == 1)
		for _, sh := range pt.d.Shapes {
			d.add(sh.Role, clipToRect(sh.Pts, f))
		}
	}
	return d, true
}

// closeUpFrame is a close-up's frame round box: a line of the floor's colour round the
// page's.
func closeUpFrame(box Rect) Drawing {
	var d Drawing
	d.add(RoleFloor, roundRect(Rect{Point{box.Min.X - 2*closeUpLine, box.Min.Y - 2*closeUpLine}, Point{box.Max.X + 2*closeUpLine, box.Max.Y + 2*closeUpLine}}, 0.02))
	d.add(RoleBackground, roundRect(box, 0.018))
	return d
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

// nearPart is what a card's close-up shows (see closeUp).
type nearPart int

const (
	nothingNear nearPart = iota
	feetNear             // feet whose toes turn, as the person sees them
	kneesNear            // knees standing up at the start, from the side
)

// closeUpOf is what m's card shows in a close-up, seen from above only: the legs from the
// side when its knees stand up at the start and turn with the body, or else turning feet.
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

// legsFromSide draws, in box (card positions), framed, the legs of m's start seen from the
// side, from above the hips to the feet, over "Knees bent, feet on the mat": from above,
// knees standing up are two round kneecaps, and where the feet are does not show. The head
// lies on the right, as it does from above.
func (m Motion) legsFromSide(box Rect) Drawing {
	d := closeUpFrame(box)
	f := box
	f.Max.Y -= closeUpWords
	d.Labels = append(d.Labels, Label{Word: WordKneesUp, At: Point{(box.Min.X + box.Max.X) / 2, f.Max.Y + closeUpWords/2}, Size: closeUpWord * 1.15})
	b := solve(m.Start, m.View).fromSide()
	// The feet at the size of feet that stand still: a working foot from the side is drawn
	// larger, for the change of its angle, and these do not move here.
	ac := m.accentMembers(false)
	ac[limbLeftLeg.foot()], ac[limbRightLeg.foot()] = false, false
	pt := painter{b: &b, v: Side, accent: ac}
	pt.floor()
	pt.leg(limbLeftLeg)
	pt.trunk()
	pt.leg(limbRightLeg)
	// From a little above the knees to the floor, and from behind the hips to past the
	// toes, as large as fits, turned round so the head is on the right.
	hip, knee, toe := pt.at(b.from[RightHip]), pt.at(b.to[RightHip]), pt.at(b.to[RightAnkle])
	crop := Rect{Point{hip.X - 0.12, knee.Y - 0.06}, Point{toe.X + 0.08, sideMatY + sideMatH + 0.015}}
	d.fit(pt.d.Shapes, crop, f, true)
	return d
}

// fit adds shapes to d, the part of them in crop drawn into frame f as large as fits,
// centred, turned round left to right when turned is set, and cut at f's edges.
func (d *Drawing) fit(shapes []Shape, crop, f Rect, turned bool) {
	s := min((f.Max.X-f.Min.X)/(crop.Max.X-crop.Min.X), (f.Max.Y-f.Min.Y)/(crop.Max.Y-crop.Min.Y))
	sx := s
	if turned {
		sx = -s
	}
	mid := Point{(f.Min.X + f.Max.X) / 2, (f.Min.Y + f.Max.Y) / 2}
	cropMid := Point{(crop.Min.X + crop.Max.X) / 2, (crop.Min.Y + crop.Max.Y) / 2}
	for _, sh := range shapes {
		pts := make([]Point, len(sh.Pts))
		for i, p := range sh.Pts {
			pts[i] = Point{mid.X + sx*(p.X-cropMid.X), mid.Y + s*(p.Y-cropMid.Y)}
		}
		d.add(sh.Role, clipToRect(pts, f))
	}
}

// fromSide is b, solved for the view from above, turned to be seen from the side: the
// ceiling is up and the person's right side near.
func (b body) fromSide() body {
	turn := func(p vec) vec { return vec{p.x, p.z, -p.y} }
	for j := range NumJoints {
		b.from[j], b.to[j] = turn(b.from[j]), turn(b.to[j])
	}
	b.grip[0], b.grip[1] = turn(b.grip[0]), turn(b.grip[1])
	return b
}

// armsFromAbove draws, in box (card positions), framed, the upper body of m's start seen
// from above, from the hips to past the head and across the elbows, on the mat, under
// "Seen from above" and over "Elbows bent, forearms on the mat": from the side, elbows
// bent out to the sides with the forearms flat on the mat beside the body look like arms
// lying straight. The head lies on the left, as it does from the side, and the person's
// right, the side seen from the side, at the bottom.
func (m Motion) armsFromAbove(box Rect) Drawing {
	d := closeUpFrame(box)
	mid := (box.Min.X + box.Max.X) / 2
	d.Labels = append(d.Labels,
		Label{Word: WordFromAbove, At: Point{mid, box.Min.Y + closeUpWords/2}, Size: closeUpWord * 1.15},
		Label{Word: WordForearmsOnMat, At: Point{mid, box.Max.Y - closeUpWords/2}, Size: closeUpWord * 1.1})
	f := Rect{Point{box.Min.X, box.Min.Y + closeUpWords}, Point{box.Max.X, box.Max.Y - closeUpWords}}
	d.add(RoleMat, roundRect(f, 0.012))
	b := solve(m.Start, m.View).fromAbove()
	// Both arms in the accent: they are what the close-up is for.
	ac := m.accentMembers(false)
	ac[limbLeftArm], ac[limbRightArm] = true, true
	pt := painter{b: &b, v: Top, accent: ac}
	pt.trunk()
	pt.arm(limbLeftArm, false)
	pt.arm(limbRightArm, false)
	pt.head()
	// From the hips to a little past the crown, and across both elbows, as large as fits.
	crop := Rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
	for _, sh := range pt.d.Shapes {
		for _, p := range sh.Pts {
			crop.Min.X, crop.Min.Y = min(crop.Min.X, p.X), min(crop.Min.Y, p.Y)
			crop.Max.Y = max(crop.Max.Y, p.Y)
		}
	}
	crop.Max.X = pt.at(b.from[Pelvis]).X
	crop.Min.X -= 0.02
	crop.Min.Y -= 0.02
	crop.Max.Y += 0.02
	d.fit(pt.d.Shapes, crop, f, false)
	return d
}

// fromAbove is b, solved for the view from the side, turned to be seen from above: the
// inverse of fromSide.
func (b body) fromAbove() body {
	turn := func(p vec) vec { return vec{p.x, -p.z, p.y} }
	for j := range NumJoints {
		b.from[j], b.to[j] = turn(b.from[j]), turn(b.to[j])
	}
	b.grip[0], b.grip[1] = turn(b.grip[0]), turn(b.grip[1])
	return b
}
