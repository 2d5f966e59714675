package figure

import "math"

// Sizes of the marks, in frame widths.
const (
	arrowBand   = 0.0095 // half the width of an arrow's shaft
	arrowHead   = 0.05   // length of an arrow's head
	arrowHeadW  = 0.034  // half the width of an arrow's head
	arrowDash   = 0.026  // a dash of the shaft
	arrowGap    = 0.013  // the gap between dashes
	arrowSteps  = 16     // pieces of a movement arrow's path
	stretchGap  = 0.014  // from a limb end to its stretch arrow
	stretchLen  = 0.07   // a stretch arrow at full stretch
	pressGap    = 0.012  // from the floor to the arrows pressing into it
	pressLen    = 0.045  // those arrows
	badgeRadius = 0.042
	turnRadius  = 0.085 // of the arrow round a turning foot's toes
)

// stretchMarks puts a straight arrow beside each limb that reaches outwards, along its last
// bone on the side away from the body's axis and pointing past its end, growing as the
// stretch does: the limb is pulled that way.
func (pt *painter) stretchMarks(m Motion, t float64, mirrored bool) {
	if t < 0.05 {
		return
	}
	for _, l := range m.Stretch {
		if mirrored {
			l = l.mirror()
		}
		var base, tip vec
		switch l {
		case LeftHand, RightHand:
			e := LeftElbow
			if l == RightHand {
				e = RightElbow
			}
			base, tip = pt.b.from[e], pt.b.to[e+1]
		default:
			k := LeftKnee
			if l == RightFoot {
				k = RightKnee
			}
			base, tip = pt.b.from[k], pt.b.to[k]
		}
		a, b := pt.at(base), pt.at(tip)
		dir := heading(a, b)
		// Beside the limb, on its outer side: away from the body's axis.
		side := dir + math.Pi/2
		mid := lerpPt(a, b, 0.5)
		if axis := pt.at(pt.b.from[Pelvis]); math.Cos(side)*(mid.X-axis.X)+math.Sin(side)*(mid.Y-axis.Y) < 0 && pt.v == Top {
			side += math.Pi
		}
		if pt.v == Side {
			side = -math.Pi / 2 // above the limb
		}
		off := stretchGap + 0.022
		end := along(along(b, dir, 0.01), side, off)
		start := along(end, dir, -stretchLen*t)
		pt.arrow([]Point{start, end}, false)
	}
}

// movementArrow draws the path of one point of the body through the motion, beside the
// body, dashed and with a large head, so that it cannot be taken for a limb.
func (pt *painter) movementArrow(m Motion, a Arrow, mirrored bool, span [2]float64) {
	j, ok := ParseJoint(a.Joint)
	if !ok {
		return
	}
	if mirrored {
		j = j.twin()
	}
	path := make([]Point, 0, arrowSteps+1)
	for i := range arrowSteps + 1 {
		s := span[0] + (span[1]-span[0])*float64(i)/arrowSteps
		p := m.pose(s)
		if mirrored {
			p = Mirror(p, m.View)
		}
		b := solve(p, m.View)
		off := vec{x: a.Offset[0], y: a.Offset[1]}
		if mirrored && m.View == Top {
			off.y = -off.y
		}
		path = append(path, project(b.from[j].lerp(b.to[j], a.Reach).add(off), m.View))
	}
	if pathLen(path) < 0.02 {
		return // the point hardly moves in this part of the movement
	}
	pt.arrow(path, true)
}

// pathLen is the length of path.
func pathLen(path []Point) float64 {
	total := 0.0
	for i := 1; i < len(path); i++ {
		total += dist(path[i-1], path[i])
	}
	return total
}

// arrow draws an arrow along path in the accent colour, outlined in the background colour:
// a shaft, dashed when asked, and a head at the end.
func (pt *painter) arrow(path []Point, dashed bool) {
	pt.d.Shapes = append(pt.d.Shapes, ArrowShapes(path, dashed)...)
}

// smallArrow is a thin arrow with a small head, for a movement that is secondary: an arrow
// along path squeezed across the line from its first point to its last.
func smallArrow(path []Point) []Shape {
	out := ArrowShapes(path, false)
	first, last := path[0], path[len(path)-1]
	c := lerpPt(first, last, 0.5)
	a := heading(first, last)
	cos, sin := math.Cos(a), math.Sin(a)
	for i := range out {
		for j, p := range out[i].Pts {
			dx, dy := p.X-c.X, p.Y-c.Y
			along, across := dx*cos+dy*sin, (-dx*sin+dy*cos)*0.6
			out[i].Pts[j] = Point{c.X + along*cos - across*sin, c.Y + along*sin + across*cos}
		}
	}
	return out
}

// ArrowShapes returns the shapes of an arrow along path (in the unit box): a shaft, dashed
// when asked, and a large head at the last point, in the accent colour, each outlined in the
// background colour.
func ArrowShapes(path []Point, dashed bool) []Shape {
	total := pathLen(path)
	if total < 1e-6 {
		return nil
	}
	head := min(arrowHead, total*0.6)
	headW := arrowHeadW * head / arrowHead
	shaftEnd := total - head*0.8
	var out []Shape
	piece := func(role Role, pts []Point) {
		if len(pts) >= 3 {
			out = append(out, Shape{Role: role, Pts: pts})
		}
	}
	var pieces [][2]float64
	if dashed {
		for s := 0.0; s < shaftEnd; s += arrowDash + arrowGap {
			pieces = append(pieces, [2]float64{s, min(s+arrowDash, shaftEnd)})
		}
	} else if shaftEnd > 0 {
		pieces = append(pieces, [2]float64{0, shaftEnd})
	}
	tipDir := heading(pointAt(path, total-head), path[len(path)-1])
	tip := path[len(path)-1]
	baseC := along(tip, tipDir, -head)
	across := tipDir + math.Pi/2
	tri := []Point{tip, along(baseC, across, headW), along(baseC, across, -headW)}
	for _, role := range []Role{RoleBackground, RoleAccent} {
		g := 0.0
		if role == RoleBackground {
			g = rim
		}
		for _, pc := range pieces {
			pts := subPath(path, pc[0], pc[1])
			r := make([]float64, len(pts))
			for i := range r {
				r[i] = arrowBand + g
			}
			piece(role, tube(pts, r))
		}
		piece(role, grow(tri, g*1.6))
	}
	return out
}

// pointAt returns the point a distance s along path.
func pointAt(path []Point, s float64) Point {
	for i := 1; i < len(path); i++ {
		d := dist(path[i-1], path[i])
		if s <= d {
			return lerpPt(path[i-1], path[i], s/max(d, 1e-12))
		}
		s -= d
	}
	return path[len(path)-1]
}

// subPath returns the part of path from distance s0 to s1 along it.
func subPath(path []Point, s0, s1 float64) []Point {
	out := []Point{pointAt(path, s0)}
	acc := 0.0
	for i := 1; i < len(path); i++ {
		acc += dist(path[i-1], path[i])
		if acc > s0 && acc < s1 {
			out = append(out, path[i])
		}
	}
	return append(out, pointAt(path, s1))
}

// badge draws a stopwatch: this pose is held for a time.
func (pt *painter) badge() {
	c := Point{0.9, 0.1}
	if pt.v == Top {
		c = Point{0.62, 0.1} // over the chest, between a leg and an arm, after the turn (see turnAround)
	}
	r := badgeRadius
	pt.d.add(RoleBackground, circle(c, r+rim))
	pt.d.add(RoleAccent, capsule(along(c, -math.Pi/2, r), along(c, -math.Pi/2, r*1.3), r*0.2, r*0.2))
	pt.d.add(RoleAccent, circle(c, r))
	pt.d.add(RoleBackground, circle(c, r*0.74))
	// The hand stands still at a quarter: a filled wedge from twelve to three o'clock.
	wedge := []Point{c, along(c, -math.Pi/2, r*0.62)}
	wedge = append(wedge, arc(c, r*0.62, -math.Pi/2, math.Pi/2)...)
	wedge = append(wedge, along(c, 0, r*0.62))
	pt.d.add(RoleAccent, wedge)
	// The time it is held, beside the stopwatch, in words the caller gives.
	// Centred, so clear of the stopwatch by half the widest time it may be ("10–15 s").
	pt.d.Labels = append(pt.d.Labels, Label{Word: WordHoldTime, At: Point{c.X - r - 0.14, c.Y}, Size: 0.05})
}

// ghostFeet lays out, from above, where the turning feet go: each at its end pose, in the
// lighter accent. draw puts them under the body as it is now and their dashed outlines over
// it (see dashedOutline), so a foot that turns under the other still shows.
func (pt *painter) ghostFeet(m Motion, mirrored bool) []Shape {
	if pt.v != Top || len(m.Turn) == 0 {
		return nil
	}
	eb, ankles := m.turnedFeet(mirrored)
	ghost := painter{b: &eb, v: pt.v, accent: pt.accent}
	for _, j := range ankles {
		ghost.begin()
		ghost.topFoot(j, RoleAccentFar)
		ghost.end()
	}
	return ghost.d.Shapes
}

// turnedFeet solves the end pose, done to the side mirrored tells, and returns it with the
// ankle joints of the feet in Turn; knees that turn are said in words, under the card's start.
func (m Motion) turnedFeet(mirrored bool) (body, []Joint) {
	end := m.End
	if mirrored {
		end = Mirror(end, m.View)
	}
	var ankles []Joint
	for _, l := range m.Turn {
		if mirrored {
			l = l.mirror()
		}
		switch l {
		case LeftFoot:
			ankles = append(ankles, LeftAnkle)
		case RightFoot:
			ankles = append(ankles, RightAnkle)
		}
	}
	return solve(end, m.View), ankles
}

// Dashes of an outline drawn over the body.
const (
	outlineDash, outlineGap, outlineBand = 0.014, 0.009, 0.0032
)

// dashedOutline draws the outline of each of shapes' fills in role as dashes, over what is
// drawn already: where a thing goes, seen through what lies over it.
func (pt *painter) dashedOutline(shapes []Shape, role Role) {
	for _, sh := range shapes {
		if sh.Role == RoleBackground {
			continue
		}
		ring := append(append([]Point(nil), sh.Pts...), sh.Pts[0])
		total := 0.0
		for i := 1; i < len(ring); i++ {
			total += dist(ring[i-1], ring[i])
		}
		for s := 0.0; s < total; s += outlineDash + outlineGap {
			piece := subPath(ring, s, min(s+outlineDash, total))
			r := make([]float64, len(piece))
			for i := range r {
				r[i] = outlineBand
			}
			pt.d.add(role, tube(piece, r))
		}
	}
}

// turnMarks draws one curved arrow round the toes of the feet that turn: from the toes
// pointing away from the head, as toes to the ceiling look from above, to the side the end
// pose turns them to. Only the top view shows it.
func (pt *painter) turnMarks(m Motion, mirrored bool) {
	if pt.v != Top || len(m.Turn) == 0 {
		return
	}
	eb, ankles := m.turnedFeet(mirrored)
	sign := 1.0 // towards the bottom of the picture: the person's right
	var feet []Point
	for _, ankle := range ankles {
		if a, toe := project(eb.from[ankle], Top), project(eb.to[ankle], Top); toe.Y < a.Y {
			sign = -1
		}
		feet = append(feet, pt.at(pt.b.from[ankle]))
	}
	if len(feet) == 0 {
		return
	}
	// The arrow goes round the foot on the side the toes turn to, outside both feet.
	c := feet[0]
	for _, p := range feet[1:] {
		if sign*(p.Y-c.Y) > 0 {
			c = p
		}
	}
	// Round the heel of the outer foot, from beyond its toes pointing away from the head to
	// where they point at the end: the sweep of the toes, clear of the foot.
	c.X -= 0.01
	pt.arrow(arc(c, turnRadius*0.95, sign*0.65, sign*(math.Pi/2+0.3)), false)
}

// pressMarks draws, for a motion that leans on the forearms (see leansOnForearms), once the
// pelvis is half way up, a short arrow under the mat below the near forearm and one below the
// near foot, pointing down: the body leans on them, pressing them into the floor, where the
// side view shows an arm lying along the mat and not what it does. Under the mat, the arrows
// cannot be read as moving the body.
func (pt *painter) pressMarks(m Motion, p Pose) {
	if !m.leansOnForearms() || p.Raise < 0.5*m.End.Raise {
		return
	}
	top := sideMatY + sideMatH + pressGap
	for _, at := range []vec{pt.b.from[RightElbow].lerp(pt.b.to[RightElbow], 0.5), pt.b.from[RightAnkle].lerp(pt.b.to[RightAnkle], 0.5)} {
		x := pt.at(at).X
		pt.arrow([]Point{{x, top}, {x, top + pressLen}}, false)
	}
}

// startFeet lays out, from the side, where a working foot that turns in place stood at the
// start: the near foot of the start pose, in the lighter accent. A foot that only tilts
// looks much the same at either end; beside where it began, its turn reads.
func (m Motion) startFeet(mirrored bool) []Shape {
	l := limbRightLeg // from the side, the near leg
	ac := m.accentMembers(mirrored)
	if m.View != Side || !ac[l.foot()] {
		return nil
	}
	start, end := m.Start, m.End
	if mirrored {
		start, end = Mirror(start, m.View), Mirror(end, m.View)
	}
	sb, eb := solve(start, m.View), solve(end, m.View)
	j := l.first() + 2
	if sb.from[j].sub(eb.from[j]).length() > 0.01 || math.Abs(sb.heading[j]-eb.heading[j]) <= smallTurn {
		return nil // a foot carried along by its leg, or one that hardly turns
	}
	ghost := painter{b: &sb, v: Side, accent: ac}
	ghost.begin()
	ghost.sideFoot(l, RoleAccentFar)
	ghost.end()
	return ghost.d.Shapes
}

// withStartFeet returns d, an end pose of m, with where its working feet were at the start
// (see startFeet) under it and outlined in dashes over it.
func (m Motion) withStartFeet(d Drawing, mirrored bool) Drawing {
	ghost := m.startFeet(mirrored)
	if ghost == nil {
		return d
	}
	pt := painter{d: d}
	pt.d.Shapes = append(ghost, d.Shapes...)
	pt.dashedOutline(ghost, RoleAccent)
	return pt.d
}
