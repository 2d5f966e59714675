package figure

import "math"

// Layout of the figure in the unit box, in frame widths.
const (
	bodyScale  = 0.70  // body heights to frame widths
	pelvisX    = 0.55  // where the pelvis lies across the frame in the side view
	topPelvisX = 0.575 // and in the top view, where the feet take less room
	sideMatY   = 0.40  // top of the mat in the side view
	sideMatH   = 0.022
	topAxisY   = 0.25 // the body's axis in the top view
	// topDepth is how far a point shifts towards the head in the top view, per unit of
	// height above the mat: the top view is seen a little from the feet.
	topDepth = 0.12
	// rim is the width of the outline in the background colour around each body part.
	rim = 0.006
	// headDrawn enlarges the head a little over life, as drawings for teaching do, so the
	// face reads from a distance.
	headDrawn = 1.15
	// gripFist is the radius of a hand that holds, a wrist or a shin, in body heights:
	// larger than life, as the grip is what tells the exercises apart.
	gripFist = 0.062
	// nearGrowth is how much larger, per body height above the mat, a part looks from above.
	nearGrowth = 1.5
	// kneecapSize is a raised knee's radius from above, in the thigh's at the knee.
	kneecapSize = 1.1
	// shadowCast is how far, per unit of height, the shadow of a raised part falls to the
	// person's left, down the finished top view: lit from their right.
	shadowCast = 0.3
)

// Radii of the body's parts, in body heights, at the start and end of each bone.
var boneRadius = [NumJoints][2]float64{
	LeftShoulder: {0.033, 0.027}, LeftElbow: {0.026, 0.019}, LeftWrist: {0.022, 0.016},
	RightShoulder: {0.033, 0.027}, RightElbow: {0.026, 0.019}, RightWrist: {0.022, 0.016},
	LeftHip: {0.052, 0.036}, LeftKnee: {0.035, 0.023}, LeftAnkle: {0.024, 0.017},
	RightHip: {0.052, 0.036}, RightKnee: {0.035, 0.023}, RightAnkle: {0.024, 0.017},
	Neck: {0.028, 0.028},
}

// Half the trunk at the hips, the waist, the chest and the base of the neck: its thickness
// in the side view, its width in the top view.
var (
	sideTrunk = [4]float64{0.062, 0.055, 0.072, 0.045}
	topTrunk  = [4]float64{0.085, 0.072, 0.098, 0.05}
)

// project puts a body-space point into the unit box.
func project(p vec, v View) Point {
	if v == Side {
		return Point{pelvisX + bodyScale*p.x, sideMatY - bodyScale*(p.y+axisHeight)}
	}
	return Point{topPelvisX + bodyScale*(p.x-topDepth*p.z), topAxisY - bodyScale*p.y}
}

// painter lays out one drawing of a solved body.
type painter struct {
	d      Drawing
	b      *body
	v      View
	accent [numMembers]bool

	grouping bool
	group    []groupPart
}

func (pt *painter) at(p vec) Point { return project(p, pt.v) }

// part adds a shape outlined in the background colour, so that it stands apart from what
// lies behind it. Between begin and end, the outlines of a member's parts all go under
// their fills, so a limb has no seams at its joints.
func (pt *painter) part(role Role, shape func(grow float64) []Point) {
	if pt.grouping {
		pt.group = append(pt.group, groupPart{role, shape})
		return
	}
	pt.d.add(RoleBackground, shape(rim))
	pt.d.add(role, shape(0))
}

type groupPart struct {
	role  Role
	shape func(float64) []Point
}

func (pt *painter) begin() { pt.grouping, pt.group = true, pt.group[:0] }

func (pt *painter) end() {
	for _, g := range pt.group {
		pt.d.add(RoleBackground, g.shape(rim))
	}
	for _, g := range pt.group {
		pt.d.add(g.role, g.shape(0))
	}
	pt.grouping = false
}

// bone draws the bone turned by joint j as a tapered rounded shape.
func (pt *painter) bone(j Joint, role Role) {
	a, b := pt.at(pt.b.from[j]), pt.at(pt.b.to[j])
	r := boneRadius[j]
	ka, kb := pt.near(pt.b.from[j]), pt.near(pt.b.to[j])
	pt.part(role, func(g float64) []Point { return capsule(a, b, r[0]*bodyScale*ka+g, r[1]*bodyScale*kb+g) })
}

// near is how much larger a part is drawn for being raised towards the viewer from above:
// a bent-up knee looks big and close, the leg below it small and far.
func (pt *painter) near(p vec) float64 {
	if pt.v != Top {
		return 1
	}
	return 1 + nearGrowth*max(0, p.z)
}

// memberRole is the colour of a member: the accent when it works, lighter when it is far.
func (pt *painter) memberRole(l member) Role {
	// From above both legs are one colour: a lighter leg would read as an earlier position.
	far := pt.v == Side && l.side() == left
	switch {
	case pt.accent[l] && far:
		return RoleAccentFar
	case pt.accent[l]:
		return RoleAccent
	case far:
		return RoleFar
	}
	return RoleBody
}

func (pt *painter) arm(l member, holder bool) {
	pt.armFrom(l, holder, false)
}

// armFrom draws an arm; skipUpper leaves out the upper arm, drawn before (see upperArm).
func (pt *painter) armFrom(l member, holder, skipUpper bool) {
	s := l.first()
	role := pt.memberRole(l)
	pt.begin()
	defer pt.end()
	if !skipUpper {
		pt.bone(s, role)
	}
	pt.bone(s+1, role)
	if holder {
		// The hand that holds is a large fist closed round the wrist or the shin it holds,
		// its fingers showing as grooves across it: the grip is the thing to see first.
		c := pt.at(pt.b.to[s+1])
		r := gripFist * bodyScale
		pt.part(role, func(g float64) []Point { return circle(c, r+g) })
		pt.end()
		// A hand, not a disc: the fingers wrap across what it holds, their knuckles as
		// grooves running across the forearm, and the thumb closes round the other side.
		dir := heading(pt.at(pt.b.from[s+1]), c)
		for _, k := range []float64{-0.3, 0.05, 0.4} {
			m := along(c, dir, k*r)
			pt.d.add(RoleBackground, capsule(along(m, dir+math.Pi/2, -r*0.62), along(m, dir+math.Pi/2, r*0.62), r*0.06, r*0.06))
		}
		thumbRoot := along(along(c, dir, -r*0.35), dir-math.Pi/2, r*0.8)
		thumbTip := along(along(c, dir, r*0.45), dir-math.Pi/2, r*1.15)
		pt.d.add(RoleBackground, capsule(thumbRoot, thumbTip, r*0.3+rim, r*0.26+rim))
		pt.d.add(pt.memberRole(l), capsule(thumbRoot, thumbTip, r*0.3, r*0.26))
		pt.begin()
		return
	}
	pt.bone(s+2, role)
}

// upperArm draws only the upper arm of l, for an arm drawn in two layers.
func (pt *painter) upperArm(l member) {
	pt.begin()
	defer pt.end()
	pt.bone(l.first(), pt.memberRole(l))
}

func (pt *painter) leg(l member) {
	h := l.first()
	role := pt.memberRole(l)
	var kneecap, shine []Point
	pt.begin()
	defer func() {
		pt.end()
		if kneecap != nil {
			pt.d.add(RoleBackground, kneecap)
			pt.d.add(role, grow(kneecap, -rim))
			pt.d.add(lighter(role), shine)
		}
	}()
	thighRole, shinRole := role, role
	if pt.v == Top && pt.b.standsUp(h) {
		// From above, a leg standing up is a ridge. The light comes from above, beyond the
		// head and the person's right (see shadow): the thigh, rising from the hip, faces it
		// and is light, the shin, falling to the foot, faces away and is dark, so that the
		// knee between them reads as its peak and not as a ball on the mat.
		thighRole, shinRole = relief(role)
	}
	pt.bone(h+1, shinRole)
	pt.bone(h, thighRole)
	if pt.v == Top && pt.b.standsUp(h) {
		// The knee, the nearest point of the leg: a round kneecap over the thigh and the
		// shin, outlined on them, with a shine on the side of the light.
		k := pt.at(pt.b.to[h])
		r := boneRadius[h][1] * bodyScale * kneecapSize * pt.near(pt.b.to[h])
		kneecap = circle(k, r+rim)
		shine = ellipse(Point{k.X - r*0.3, k.Y - r*0.3}, r*0.45, r*0.3, -math.Pi/4)
	}
	foot := role
	if f := l.foot(); pt.accent[f] {
		foot = pt.memberRole(f)
	}
	heel, ankle, toe, shin := pt.b.footOf(h + 2)
	switch {
	case pt.v == Side:
		pt.sideFoot(l, foot)
		return
	case pt.accent[l.foot()]:
		pt.topFoot(h+2, foot)
		return
	}
	r := boneRadius[h+2]
	a, b := pt.at(heel), pt.at(toe)
	pt.part(foot, func(g float64) []Point { return capsule(a, b, r[0]*bodyScale+g, r[1]*bodyScale+g) })
	if pt.b.elevation[h+2] > 45 {
		// From above, toes to the ceiling show as the top of the foot, end on: a broad
		// rounded foot at the end of the leg, so that a foot that turns later is seen to be
		// a foot now.
		c := pt.at(ankle.add(shin.scale(0.05)))
		rr := r[0] * bodyScale * 1.55
		pt.part(foot, func(g float64) []Point { return ellipse(c, rr*0.9+g, rr*1.2+g, 0) })
	}
}

// sideFoot draws the foot of leg l from the side in role. It is drawn larger than life, so
// that it reads as a foot from across the room; a working foot larger still, so the change
// of its angle does.
func (pt *painter) sideFoot(l member, role Role) {
	_, ankle, toe, shin := pt.b.footOf(l.first() + 2)
	big := 1.3
	if pt.accent[l.foot()] {
		big = 1.7
	}
	toe = ankle.add(toe.sub(ankle).scale(big))
	a, t, k := pt.at(ankle), pt.at(toe), pt.at(ankle.sub(shin))
	pt.part(role, func(g float64) []Point { return footProfile(a, t, k, g) })
}

// topFeet is how much larger than life a working foot is drawn from above, where a foot
// is seen end on or flat and its turn is the whole movement.
const topFeet = 1.75

// The toes of a foot drawn from above, for the right foot pointing away from the head: how
// far each lies across the foot from the middle of the ball (towards the big toe's side,
// the inside) and forward of it, and its radius, all in half the foot's width at the ball.
// They stand in a row slanting back from the big toe, largest, to the little toe: the toes
// of a foot, not the knuckles of a fist round a ball.
var toes = [...]struct{ across, forward, r float64 }{
	{0.58, 0.92, 0.34}, {0.15, 0.86, 0.25}, {-0.2, 0.76, 0.23}, {-0.5, 0.64, 0.21}, {-0.76, 0.5, 0.19},
}

// topFoot draws a working foot from above, larger than life, as a foot shape: a narrow
// round heel at the ankle widening to the ball, five toes in a row across its front (see
// toes), the big toe largest and on the inside. j is its ankle joint. Toes to the ceiling point it along
// the leg, away from the head, as a foot is drawn standing up; as the toes turn to a side
// the whole shape turns about the heel to that side, so the turn reads as a foot
// rotating, from across the room.
func (pt *painter) topFoot(j Joint, role Role) {
	w := boneRadius[LeftAnkle][0] * bodyScale * topFeet // half the foot's width at the ball
	a := pt.at(pt.b.from[j])
	dir, turn := pt.footPointing(j)
	// The foot's length, heel to toes: standing up it is seen shorter, foreshortened, and
	// lengthens as it turns down to lie on its side.
	// It turns before it lengthens, so that turning it never leaves the mat.
	l := w * (2.1 + 0.9*turn*turn)
	h := along(a, dir, -w*0.2)
	if c := math.Cos(dir); c > 0.1 {
		// Never past the foot of the mat, whatever the moment of the turn.
		l = min(l, (0.985-rim-w-h.X)/c+w)
	}
	inside := dir - math.Pi/2
	if j == LeftAnkle {
		inside = dir + math.Pi/2
	}
	pt.footOutline(h, dir, inside, l, w, turn, role)
}

// footOutline draws a foot seen from above its instep: a narrow round heel at h widening
// to the ball, l long in the direction dir and w half wide at the ball, and five toes in a
// row across its front, the big toe largest, on the side inside (a direction); turn, from
// 0 to 1, slants the row of toes back from the big toe, as a foot seen flat shows them,
// from straight across, as a foot seen end on does.
func (pt *painter) footOutline(h Point, dir, inside, l, w, turn float64, role Role) {
	ball := along(h, dir, l-w)
	// A round heel narrower than the ball, joined by straight sides: a sole's outline.
	pt.part(role, func(g float64) []Point { return capsule(h, ball, w*0.62+g, w+g) })
	// Five toes in a row across the front of the foot: a foot, not a paddle, whether its
	// toes point at the ceiling or to the side.
	for i, t := range toes {
		forward := t.forward*turn + (0.8-0.04*float64(i))*(1-turn)
		c := along(along(ball, dir, w*forward), inside, w*t.across)
		tr := w * t.r
		pt.part(role, func(g float64) []Point { return ellipse(c, tr*1.25+g, tr+g, dir) })
	}
}

// standsUp reports whether the thigh turned by hip joint h stands up off the mat, its knee
// raised towards the ceiling: from above it is drawn with a kneecap and a shadow, over the
// belly.
func (b *body) standsUp(h Joint) bool { return b.elevation[h] > 45 }

// footOf returns what the foot below ankle joint j is drawn from: the heel, a little
// behind the ankle along the shin; the ankle; the toes; and the shin, knee to ankle.
func (b *body) footOf(j Joint) (heel, ankle, toe, shin vec) {
	ankle, toe = b.from[j], b.to[j]
	shin = b.to[j-1].sub(b.from[j-1])
	return ankle.add(shin.scale(0.12)), ankle, toe, shin
}

// footPointing is the way a working foot drawn from above points in the picture (radians,
// y down) and how far it has turned, 0 (toes to the ceiling: along the leg, away from the
// head) to 1 (lying on its side: where its toes point, seen from above).
func (pt *painter) footPointing(j Joint) (dir, turn float64) {
	heel, ankle, toe, shin := pt.b.footOf(j)
	a := pt.at(ankle)
	legDir := 0.0 // along the body, away from the head
	if k := pt.at(ankle.sub(shin)); dist(k, a) > 1e-9 {
		legDir = heading(k, a)
	}
	up := ankle.sub(toe)
	f := math.Hypot(up.x, up.y) / footLen
	if f <= 0.15 {
		return legDir, 0
	}
	turn = min(1, (f-0.15)/0.6)
	turned := heading(pt.at(heel), pt.at(toe))
	return legDir + math.Remainder(turned-legDir, 2*math.Pi)*math.Sqrt(turn), turn
}

// shadow draws, from above, the shadow a leg standing up off the mat casts on it, lit from
// the person's right: from the hip and the foot, which lie on the mat, to the knee's
// shadow, which falls to their left by the knee's height. Seen from above, not from a side,
// a bent knee lies on the line from its hip to its foot, and only its shadow, a V beside
// the leg, shows that it stands up.
func (pt *painter) shadow(l member) {
	h := l.first()
	if !pt.b.standsUp(h) {
		return
	}
	flat := func(p vec) Point { p.y += shadowCast * p.z; p.z = 0; return pt.at(p) }
	hip, knee, ankle := flat(pt.b.from[h]), flat(pt.b.to[h]), flat(pt.b.to[h+1])
	r := boneRadius[h]
	pt.d.add(RoleShadow, capsule(hip, knee, r[0]*bodyScale, r[1]*bodyScale*1.2))
	pt.d.add(RoleShadow, capsule(knee, ankle, boneRadius[h+1][0]*bodyScale*1.2, boneRadius[h+1][1]*bodyScale))
}

// trunk draws the trunk from the hips to the base of the neck as one shape with volume.
func (pt *painter) trunk() {
	b := pt.b
	hips, waist, neck := b.from[Pelvis], b.to[Pelvis], b.to[Spine]
	chest := waist.lerp(neck, 0.62)
	pts := []Point{pt.at(hips), pt.at(waist), pt.at(chest), pt.at(neck)}
	half := topTrunk
	if pt.v == Side {
		half = sideTrunk
		// Seen from the side the chest rises above the spine line, the back lies on the mat.
	}
	role := RoleBody
	if pt.accent[limbTrunk] {
		role = RoleAccent
	}
	pt.part(role, func(g float64) []Point {
		r := make([]float64, 4)
		for i := range r {
			r[i] = half[i]*bodyScale + g
		}
		return tube(pts, r)
	})
	if pt.v == Top {
		// The shoulders: a rounded bar between the shoulder joints over the top of the chest.
		a, c := pt.at(b.from[LeftShoulder]), pt.at(b.from[RightShoulder])
		pt.d.add(role, capsule(a, c, 0.04*bodyScale, 0.04*bodyScale))
	}
}

// head draws the neck and the head with its face: in the side view the nose points the way
// the face looks and the hair covers the back of the head; from above, the eyes and nose
// look up at the viewer and the hair frames the crown.
func (pt *painter) head() {
	b := pt.b
	pt.bone(Neck, RoleBody)
	n := pt.at(b.to[Neck])
	// The crown, a head's radius on along the neck: from the bone itself, so that a body
	// turned to another view (see fromAbove) keeps its head on.
	neck := b.to[Neck].sub(b.from[Neck])
	top := b.to[Neck].add(neck.scale(headRadius / math.Sqrt(neck.x*neck.x+neck.y*neck.y+neck.z*neck.z)))
	c := pt.at(top)
	r := headRadius * bodyScale * headDrawn
	if pt.v == Top {
		r = headRadius * bodyScale * 0.9 // from above the arms pass beside the head
	}
	up := heading(n, c) // from the neck to the crown, in the picture
	if pt.v == Side {
		face := up + math.Pi/2 // the face looks at the ceiling when the head lies flat
		nose := []Point{along(c, face-0.3, r*0.8), along(c, face+0.1, r*1.36), along(c, face+0.5, r*0.88)}
		pt.d.add(RoleBackground, circle(c, r+rim))
		pt.d.add(RoleBackground, grow(nose, rim))
		pt.d.add(RoleBody, circle(c, r))
		pt.d.add(RoleBody, nose)
		// Hair over the crown and the back of the head, on the mat; one eye, by the nose:
		// a face in profile, looking at the ceiling.
		back := face + math.Pi
		pt.d.add(RoleHair, crescent(c, r, back-math.Pi*0.12, back+math.Pi*0.8, 0.42))
		pt.d.add(RoleHair, ellipse(along(c, face-0.55, r*0.6), r*0.12, r*0.12, face))
		return
	}
	// The face looks up at the viewer: the ears stick out at the sides, the eyes lie
	// above the nose, whose tip stands out towards the feet.
	across := up + math.Pi/2
	for _, s := range []float64{1, -1} {
		ear := along(along(c, across, s*r*0.98), up, -r*0.05)
		pt.d.add(RoleBackground, ellipse(ear, r*0.3+rim, r*0.2+rim, up))
		pt.d.add(RoleBody, ellipse(ear, r*0.3, r*0.2, up))
	}
	pt.d.add(RoleBackground, ellipse(c, r*1.08+rim, r+rim, up))
	pt.d.add(RoleBody, ellipse(c, r*1.08, r, up))
	pt.d.add(RoleHair, crescent(c, r*1.08, up-1.35, up+1.35, 0.4))
	for _, s := range []float64{1, -1} {
		pt.d.add(RoleHair, circle(along(along(c, up, r*0.08), across, s*r*0.36), r*0.12))
	}
	pt.d.add(RoleHair, ellipse(along(c, up, -r*0.38), r*0.26, r*0.13, up))
}

// crescent is hair: a band along the edge of the circle (c, r) from angle a0 to a1, depth
// of the radius thick in its middle and thinning to nothing at its ends.
func crescent(c Point, r, a0, a1, depth float64) []Point {
	const n = 2 * arcSteps
	pts := make([]Point, 0, 2*n+2)
	for i := 0; i <= n; i++ {
		pts = append(pts, along(c, a0+(a1-a0)*float64(i)/n, r))
	}
	for i := n; i >= 0; i-- {
		s := float64(i) / n
		pts = append(pts, along(c, a0+(a1-a0)*s, r*(1-depth*math.Sin(math.Pi*s))))
	}
	return pts
}

// grow pushes a convex polygon's points out from its centre by g.
func grow(pts []Point, g float64) []Point {
	c := centroid(pts)
	out := make([]Point, len(pts))
	for i, p := range pts {
		out[i] = along(p, heading(c, p), g)
	}
	return out
}

// floor draws the mat: a strip on the floor line in the side view, the whole mat from above
// with the person's right and left written beside its long sides.
func (pt *painter) floor() {
	if pt.v == Side {
		pt.d.add(RoleMat, roundRect(Rect{Point{0.03, sideMatY}, Point{0.97, sideMatY + sideMatH}}, sideMatH/2))
		pt.d.add(RoleFloor, roundRect(Rect{Point{0.0, sideMatY + sideMatH}, Point{1, sideMatY + sideMatH + 0.007}}, 0.0035))
		return
	}
	outer := Rect{Point{0.01, 0.05}, Point{0.99, 0.45}}
	pt.d.add(RoleFloor, roundRect(outer, 0.02))
	pt.d.add(RoleMat, roundRect(Rect{Point{outer.Min.X + 0.006, outer.Min.Y + 0.006}, Point{outer.Max.X - 0.006, outer.Max.Y - 0.006}}, 0.016))
	pt.d.Labels = append(pt.d.Labels,
		Label{Word: WordLeft, At: Point{0.5, 0.025}, Size: 0.046},
		Label{Word: WordRight, At: Point{0.5, 0.475}, Size: 0.046})
}

// roundRect is a rectangle with round corners of radius r.
func roundRect(rc Rect, r float64) []Point {
	r = min(r, (rc.Max.X-rc.Min.X)/2, (rc.Max.Y-rc.Min.Y)/2)
	var pts []Point
	corners := []struct {
		c  Point
		a0 float64
	}{
		{Point{rc.Max.X - r, rc.Min.Y + r}, -math.Pi / 2},
		{Point{rc.Max.X - r, rc.Max.Y - r}, 0},
		{Point{rc.Min.X + r, rc.Max.Y - r}, math.Pi / 2},
		{Point{rc.Min.X + r, rc.Min.Y + r}, math.Pi},
	}
	for _, k := range corners {
		pts = append(pts, along(k.c, k.a0, r))
		pts = append(pts, arc(k.c, r, k.a0, math.Pi/2)...)
		pts = append(pts, along(k.c, k.a0+math.Pi/2, r))
	}
	return pts
}

// relief is the lit and the shaded face of a part drawn in role.
func relief(role Role) (lit, shade Role) {
	if role == RoleAccent || role == RoleAccentFar {
		return RoleAccentLit, RoleAccentShade
	}
	return RoleBodyLit, RoleBodyShade
}

// lighter is the lighter shade of role, for a highlight.
func lighter(role Role) Role {
	if role == RoleAccent || role == RoleAccentFar {
		return RoleAccentFar
	}
	return RoleFar
}

// footSide is a foot seen from the side, in its length from the ankle to the tip of the
// toes: along the foot and across it, towards the instep (the shin's side). A round heel
// stands out behind and below the ankle, the sole rises in an arch between it and the
// ball, the toes end blunt and round and the instep slopes up from them to the front of
// the ankle: a foot, with a heel, an arch and toes, not a paddle or a teardrop.
var footSide = [...][2]float64{
	{0.05, 0.17}, {0.30, 0.13}, {0.55, 0.08}, {0.78, 0.05}, {0.93, 0.03}, {1.0, -0.02},
	{1.0, -0.09}, {0.93, -0.14}, {0.75, -0.15}, {0.55, -0.12}, {0.35, -0.10}, {0.12, -0.18},
	{-0.12, -0.24}, {-0.29, -0.17}, {-0.33, -0.04}, {-0.26, 0.08}, {-0.12, 0.15},
}

// footProfile is the outline of a foot seen from the side, grown by g: its ankle at a, the
// tip of its toes at toe, its instep on the side of the knee k.
func footProfile(a, toe, k Point, g float64) []Point {
	l := dist(a, toe)
	u := heading(a, toe)
	across := u + math.Pi/2
	if math.Cos(heading(a, k)-across) < 0 {
		across = u - math.Pi/2
	}
	pts := make([]Point, len(footSide))
	for i, f := range footSide {
		pts[i] = along(along(a, u, f[0]*l), across, f[1]*l)
	}
	return smooth(grow(pts, g), 2)
}

// centroid is the mean of the points pts.
func centroid(pts []Point) Point {
	var c Point
	for _, p := range pts {
		c.X += p.X / float64(len(pts))
		c.Y += p.Y / float64(len(pts))
	}
	return c
}

// smooth rounds the corners of the closed outline pts, cutting each n times (Chaikin).
func smooth(pts []Point, n int) []Point {
	for range n {
		out := make([]Point, 0, 2*len(pts))
		for i, p := range pts {
			q := pts[(i+1)%len(pts)]
			out = append(out, Point{0.75*p.X + 0.25*q.X, 0.75*p.Y + 0.25*q.Y}, Point{0.25*p.X + 0.75*q.X, 0.25*p.Y + 0.75*q.Y})
		}
		pts = out
	}
	return pts
}
