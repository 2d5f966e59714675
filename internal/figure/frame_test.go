package figure

import (
	"image/color"
	"math"
	"reflect"
	"testing"
)

// steps are the progress values the drawing tests try.
var steps = []float64{0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1}

func TestAtEndsAndClamps(t *testing.T) {
	for id, m := range loadFigures(t) {
		start, end := m.At(0, false), m.At(1, false)
		if !reflect.DeepEqual(start, draw(m, m.Start, 0, false, true)) {
			t.Errorf("%s: At(0) is not the start pose", id)
		}
		if !reflect.DeepEqual(end, draw(m, m.End, 1, false, true)) {
			t.Errorf("%s: At(1) is not the end pose", id)
		}
		if !reflect.DeepEqual(m.At(-1, false), start) || !reflect.DeepEqual(m.At(2, false), end) {
			t.Errorf("%s: At does not clamp t", id)
		}
	}
}

// TestDrawingsStayInFrame: every shape and word of every exercise, at every step and to
// both sides, lies inside the drawing's box, and the body is drawn.
func TestDrawingsStayInFrame(t *testing.T) {
	const margin = 0.005
	for id, m := range loadFigures(t) {
		for _, mirrored := range []bool{false, true} {
			for _, s := range steps {
				d := m.At(s, mirrored)
				if d.View != m.View {
					t.Fatalf("%s: drawing view %q, want %q", id, d.View, m.View)
				}
				body := 0
				for i, sh := range d.Shapes {
					if sh.Role == RoleBody || sh.Role == RoleAccent || sh.Role == RoleFar || sh.Role == RoleAccentFar {
						body++
					}
					for _, p := range sh.Pts {
						if math.IsNaN(p.X+p.Y) || p.X < -margin || p.X > 1+margin || p.Y < -margin || p.Y > 1/Aspect+margin {
							t.Fatalf("%s t=%g mirrored=%v: shape %d (role %d) leaves the box at %+v", id, s, mirrored, i, sh.Role, p)
						}
					}
				}
				if body < 15 {
					t.Errorf("%s t=%g: only %d body shapes", id, s, body)
				}
			}
		}
	}
}

// TestOneViewEach: side views have a floor line and no words; top views show the whole mat
// with the person's right above their left (the head on the right, see turnAround).
func TestOneViewEach(t *testing.T) {
	for id, m := range loadFigures(t) {
		d := m.At(0.5, false)
		floor := 0
		for _, sh := range d.Shapes {
			if sh.Role == RoleFloor {
				floor++
			}
		}
		if floor != 1 {
			t.Errorf("%s: %d floor shapes, want 1", id, floor)
		}
		var sides []Label // the words naming the sides of the mat; a hold's time may follow
		for _, l := range d.Labels {
			if l.Word != WordHoldTime {
				sides = append(sides, l)
			}
		}
		switch m.View {
		case Side:
			if len(sides) != 0 {
				t.Errorf("%s: side view has words %+v", id, d.Labels)
			}
		case Top:
			if len(sides) != 2 || sides[0].Word != WordLeft || sides[1].Word != WordRight || sides[1].At.Y >= sides[0].At.Y {
				t.Errorf("%s: top view should write right above left: %+v", id, d.Labels)
			}
		}
	}
}

// TestAccentFollowsData: the parts a program names are the accented ones, and they change
// sides with the exercise.
func TestAccentFollowsData(t *testing.T) {
	m := loadFigures(t)["side-stretch"] // the right hand holds the left wrist
	right := m.accentMembers(false)
	left := m.accentMembers(true)
	if !right[limbRightArm] || right[limbLeftArm] {
		t.Errorf("to the right: accent %v, want the right arm", right)
	}
	if !left[limbLeftArm] || left[limbRightArm] {
		t.Errorf("to the left: accent %v, want the left arm", left)
	}
	auto := Motion{View: Side, End: Pose{Angle: [NumJoints]float64{LeftKnee: 90}}}.accentMembers(false)
	if !auto[limbLeftLeg] || auto[limbRightLeg] || auto[limbTrunk] {
		t.Errorf("without accent data the moving parts are accented: %v", auto)
	}
}

func countRole(d Drawing, r Role) int {
	n := 0
	for _, sh := range d.Shapes {
		if sh.Role == r {
			n++
		}
	}
	return n
}

// TestHoldBadge: a hold shows its stopwatch once the pose is held, a movement never.
func TestHoldBadge(t *testing.T) {
	figs := loadFigures(t)
	hold := figs["static-stretch"]
	if got, want := countRole(hold.At(1, false), RoleAccent), countRole(hold.At(0, false), RoleAccent); got <= want {
		t.Errorf("static stretch: held pose has %d accent shapes, the start %d: no badge", got, want)
	}
	noHold := hold
	noHold.Hold = false
	if a, b := countRole(hold.At(1, false), RoleAccent), countRole(noHold.At(1, false), RoleAccent); a-b != 3 {
		t.Errorf("the badge adds %d accent shapes, want 3", a-b)
	}
}

// TestArrowsMirror: in the drawing, a movement's arrows go up the picture (to the person's
// right, with the head on the right) when done to the right, and down when done to the left.
func TestArrowsMirror(t *testing.T) {
	m := loadFigures(t)["side-stretch"]
	tip := func(mirrored bool) Point {
		var pt painter
		pt.v = m.View
		pt.movementArrow(m, m.Arrows[0], mirrored, wholeMovement)
		pt.d.turnAround()
		return pt.d.Shapes[len(pt.d.Shapes)-1].Pts[0]
	}
	r, l := tip(false), tip(true)
	if r.Y >= topAxisY || l.Y <= topAxisY {
		t.Errorf("arrow tips at y=%g (right) and y=%g (left), want above and below the axis %g", r.Y, l.Y, topAxisY)
	}
}

func TestSideViewFarLimbs(t *testing.T) {
	d := loadFigures(t)["pelvic-lift"].At(0, false)
	if countRole(d, RoleFar) == 0 {
		t.Error("side view: the far limbs are not drawn lighter")
	}
	if countRole(loadFigures(t)["side-stretch"].At(1, false), RoleFar) != 0 {
		t.Error("top view: no limb is far")
	}
}

func TestGripReachesWrist(t *testing.T) {
	m := loadFigures(t)["side-stretch"]
	for _, s := range steps {
		p := Interpolate(m.Start, m.End, s)
		b := solve(p, m.View)
		want := short(b.to[LeftElbow], b.from[RightShoulder])
		// Arms stretched overhead may be just too short to reach: then the holding arm is
		// straight and points at the held wrist, and misses it by no more than the shortfall.
		shortfall := max(0, want.sub(b.from[RightShoulder]).length()-upperArmLen-forearmLen)
		if d := b.to[RightElbow].sub(want).length(); d > shortfall+1e-6 {
			t.Errorf("t=%g: right wrist is %g from where it holds the left wrist (shortfall %g)", s, d, shortfall)
		}
	}
	// Round the knees, each wrist is on its shin just below the knee, in the picture (the
	// depth differs), towards the shin's front: over it, on the side away from the hip.
	k := loadFigures(t)["knees-to-chest"]
	b := solve(k.End, k.View)
	for _, sd := range []struct{ shoulder, knee Joint }{{LeftShoulder, LeftKnee}, {RightShoulder, RightKnee}} {
		knee, ankle, hip := b.from[sd.knee], b.to[sd.knee], b.from[sd.knee-1]
		wrist := b.to[sd.shoulder+1]
		shin := vec{x: ankle.x - knee.x, y: ankle.y - knee.y}
		n := math.Hypot(shin.x, shin.y)
		down := ((wrist.x-knee.x)*shin.x + (wrist.y-knee.y)*shin.y) / (n * n)
		across := ((wrist.x-knee.x)*shin.y - (wrist.y-knee.y)*shin.x) / n
		hipSide := (hip.x-knee.x)*shin.y - (hip.y-knee.y)*shin.x
		if down < 0.1 || down > 0.5 {
			t.Errorf("knees-to-chest: wrist of %s is %.2f of the way down the shin; want just below the knee", sd.shoulder, down)
		}
		if r := boneRadius[sd.knee][0]; math.Abs(across) > r || across*hipSide > 0 || math.Abs(across) < 0.2*r {
			t.Errorf("knees-to-chest: wrist of %s is %.3f across the shin (hip on the %+.3f side, half-width %.3f); want inside it, towards its front", sd.shoulder, across, hipSide, r)
		}
	}
}

func TestPelvicLiftKeepsShouldersAndFeetDown(t *testing.T) {
	m := loadFigures(t)["pelvic-lift"]
	var ankleX [2]float64
	for i, s := range []float64{0, 1} {
		b := solve(Interpolate(m.Start, m.End, s), m.View)
		// The upper back rests on the mat, the head on it as when lying flat: the back of
		// the trunk, lowest between the chest and the base of the neck, on the mat (a
		// body drawn with volume touches it, and may press into it a little), and the head
		// as high as lying flat. Shoulders drawn off the mat read as weight on the neck.
		chest := b.to[Pelvis].lerp(b.to[Spine], 0.62)
		if back := min(chest.y-sideTrunk[2], b.to[Spine].y-sideTrunk[3]) + axisHeight; back < -0.01 || back > 0.005 {
			t.Errorf("t=%g: upper back %.4f off the mat", s, back)
		}
		head := b.to[Neck].add(direction(b.heading[Neck], b.elevation[Neck]).scale(headRadius))
		if math.Abs(head.y) > 0.005 {
			t.Errorf("t=%g: head %.4f from where it lies flat", s, head.y)
		}
		// The feet stand flat on the mat: the ankle a foot's thickness above it, the toes
		// level with the heel.
		if y := b.to[RightKnee].y + axisHeight; y < 0.01 || y > 0.03 {
			t.Errorf("t=%g: ankle %g above the mat, want a foot's thickness", s, y)
		}
		if dy := b.to[RightAnkle].y - b.from[RightAnkle].y; math.Abs(dy) > 0.005 {
			t.Errorf("t=%g: toes %g above the ankle, want the foot flat", s, dy)
		}
		ankleX[i] = b.to[RightKnee].x
	}
	if math.Abs(ankleX[0]-ankleX[1]) > 0.005 {
		t.Errorf("the feet slide from %g to %g; they stay planted", ankleX[0], ankleX[1])
	}
	if b := solve(m.End, m.View); b.from[Pelvis].y < 0.1 {
		t.Errorf("end: pelvis only %g above its place", b.from[Pelvis].y)
	}
}

// TestKneesDropToTheRight: in the bent-knee pull the knees start above the hips' line and
// end on the person's right, and on the left when mirrored.
func TestKneesDropToTheRight(t *testing.T) {
	m := loadFigures(t)["knees-bent-twist"]
	for _, tt := range []struct {
		mirrored bool
		sign     float64
	}{{false, -1}, {true, 1}} {
		p := m.End
		if tt.mirrored {
			p = Mirror(p, m.View)
		}
		b := solve(p, m.View)
		for _, k := range []Joint{LeftHip, RightHip} {
			// Both knees past the hip on the side they drop to (0.055 from the axis), by a
			// knee's width; TestTurnedLegsStayOnTheMat keeps them on the mat.
			if y := b.to[k].y * tt.sign; y < hipHalf+0.01 {
				t.Errorf("mirrored=%v: knee of %s at y=%g, want well to the side", tt.mirrored, k, b.to[k].y)
			}
		}
	}
	s := solve(m.Start, m.View)
	if s.to[LeftHip].z < 0.15 {
		t.Errorf("start: knees only %g above the mat", s.to[LeftHip].z)
	}
}

// TestKneesUpStandOnTheLegsLine: seen from above, a knee standing up lies on the line from
// its hip to its foot, as in a photograph from above, not shifted to a side, where it
// would read as dropped to that side; the V of its shadow falls to the person's
// left, down the finished picture, and shows the leg stands up.
func TestKneesUpStandOnTheLegsLine(t *testing.T) {
	m := loadFigures(t)["knees-bent-twist"] // knees bent up at the start
	b := solve(m.Start, m.View)
	at := func(p vec) Point { return turnedAround(project(p, m.View)) }
	for _, k := range []Joint{LeftHip, RightHip} {
		hip, knee, ankle := at(b.from[k]), at(b.to[k]), at(b.to[k+1])
		if d := segDist(knee, hip, ankle); d > 0.005 {
			t.Errorf("knee of %s drawn %.3f off the line from its hip to its foot", k, d)
		}
	}
	d := m.At(0, false)
	var shadow, legs, ns, nl float64
	for _, sh := range d.Shapes {
		for _, p := range sh.Pts {
			switch {
			case sh.Role == RoleShadow:
				shadow, ns = shadow+p.Y, ns+1
			case sh.Role == RoleAccent && p.X < 0.45: // the legs, on the left of the head-right picture
				legs, nl = legs+p.Y, nl+1
			}
		}
	}
	if ns == 0 || nl == 0 {
		t.Fatalf("want shadows and legs, got %v shadow and %v leg points", ns, nl)
	}
	if shadow/ns < legs/nl+0.03 {
		t.Errorf("the shadow (mean y %.3f) does not fall below the raised legs (mean y %.3f)", shadow/ns, legs/nl)
	}
}

// TestUpperKneeLiesOverTheLower: from above, knees gone down to a side together lie one on
// the other, and the leg on top is drawn over the one under it, to both sides; drawn the
// other way round the lower leg hides the upper, and the legs read as one.
func TestUpperKneeLiesOverTheLower(t *testing.T) {
	m := loadFigures(t)["knees-bent-twist"]
	for _, mirrored := range []bool{false, true} {
		p := m.End
		if mirrored {
			p = Mirror(p, m.View)
		}
		b := solve(p, m.View)
		upper := LeftHip
		if b.to[RightHip].z > b.to[LeftHip].z {
			upper = RightHip
		}
		if lower := upper.twin(); b.to[upper].z-b.to[lower].z < 0.03 {
			t.Fatalf("mirrored=%v: knees at heights %.3f and %.3f, want one on the other", mirrored, b.to[upper].z, b.to[lower].z)
		}
		if l, _ := memberOf(upper); legsBackToFront(&b)[1] != l {
			t.Errorf("mirrored=%v: the lower leg is drawn over the upper", mirrored)
		}
	}
}

// TestBentKneesStandOverTheBelly: from above, thighs standing up off the mat rise from the
// hips over the belly, so the trunk, drawn under them, hides neither kneecap; drawn over
// them, it covers the short raised thighs and the knees seem to sink into it.
func TestBentKneesStandOverTheBelly(t *testing.T) {
	m := loadFigures(t)["knees-bent-twist"]
	b := solve(m.Start, m.View)
	d := m.draw(0, false, false)
	for _, k := range []Joint{LeftHip, RightHip} {
		kneecapInSight(t, d, turnedAround(project(b.to[k], m.View)))
	}
}

// kneecapInSight fails t if a body part drawn after the kneecap at knee covers the kneecap
// (its centre, a ring inside its edge, or the highlight on it: the lighter shape nearest
// the knee).
func kneecapInSight(t *testing.T, d Drawing, knee Point) {
	t.Helper()
	cap := -1
	for i, sh := range d.Shapes {
		if sh.Role == RoleAccentFar && (cap < 0 || dist(centroid(sh.Pts), knee) < dist(centroid(d.Shapes[cap].Pts), knee)) {
			cap = i
		}
	}
	if cap < 0 {
		t.Fatalf("no kneecap drawn near %v", knee)
	}
	r := 0.8 * boneRadius[LeftHip][1] * bodyScale // well inside the kneecap
	in := []Point{knee, centroid(d.Shapes[cap].Pts)}
	for a := 0.0; a < 2*math.Pi; a += math.Pi / 4 {
		in = append(in, along(knee, a, r))
	}
	for _, c := range in {
		for _, sh := range d.Shapes[cap+1:] {
			if (sh.Role == RoleAccent || sh.Role == RoleBody) && inPolygon(c, sh.Pts) {
				t.Errorf("the kneecap at %v is covered at %v by a shape drawn after it (role %d)", knee, c, sh.Role)
				return
			}
		}
	}
}

// inPolygon reports whether q lies inside the polygon pts (even-odd rule).
func inPolygon(q Point, pts []Point) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		a, b := pts[i], pts[j]
		if (a.Y > q.Y) != (b.Y > q.Y) && q.X < (b.X-a.X)*(q.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}

// TestRaisedLegIsLitAndShaded: from above, a leg standing up is a lit thigh and a shaded
// shin, the light from beyond the head (on the right of the finished picture), so its knee
// reads as a peak; a leg lying on the mat is one colour.
func TestRaisedLegIsLitAndShaded(t *testing.T) {
	m := loadFigures(t)["knees-bent-twist"]
	mean := func(d Drawing, r Role) (x float64, n int) {
		for _, sh := range d.Shapes {
			if sh.Role == r {
				x += centroid(sh.Pts).X
				n++
			}
		}
		return x / float64(max(n, 1)), n
	}
	start := m.At(0, false)
	litX, lit := mean(start, RoleAccentLit)
	shadeX, shade := mean(start, RoleAccentShade)
	if lit != 2 || shade != 2 {
		t.Fatalf("knees up: %d lit and %d shaded shapes, want a thigh and a shin of each leg", lit, shade)
	}
	if litX <= shadeX {
		t.Errorf("the lit thighs (mean x %.3f) lie no nearer the head, on the right, than the shaded shins (%.3f)", litX, shadeX)
	}
	end := m.At(1, false)
	if _, n := mean(end, RoleAccentLit); n != 0 {
		t.Errorf("knees down on the mat: %d lit shapes, want none", n)
	}
	if _, n := mean(end, RoleAccentShade); n != 0 {
		t.Errorf("knees down on the mat: %d shaded shapes, want none", n)
	}
}

// TestLitAndShadedOnAnyPage: a lit face is lighter than its part and a shaded one darker,
// the two far apart, on the light page and on the dark.
func TestLitAndShadedOnAnyPage(t *testing.T) {
	lum := func(c color.NRGBA) float64 { return 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B) }
	for name, p := range map[string]Palette{"light": LightPalette, "dark": DarkPalette} {
		for _, r := range []Role{RoleBody, RoleAccent} {
			lit, shade := relief(r)
			if l, c, s := lum(p[lit]), lum(p[r]), lum(p[shade]); !(l > c && c > s && l-s > 60) {
				t.Errorf("%s page, role %d: lit %.0f, itself %.0f, shaded %.0f; want lit lighter than it, shaded darker, and the two far apart", name, r, l, c, s)
			}
		}
	}
}

// Hands round the knees, seen from the side, show as the near arm's fist closed on the near
// shin, drawn over the leg: an arm drawn behind it, its hand hidden, read as an arm held up.
func TestHugShowsTheFist(t *testing.T) {
	m := loadFigures(t)["knees-to-chest"]
	if m.End.Grip != GripHandsOnKnees || m.View != Side {
		t.Fatal("the knees-to-chest end is no longer the hands round the knees, seen from the side")
	}
	b := solve(m.End, m.View)
	hand := project(b.to[RightElbow], m.View)
	d := m.At(1, false)
	r := gripFist * bodyScale * 0.8
	for _, at := range []Point{hand, {hand.X + r, hand.Y}, {hand.X - r, hand.Y}, {hand.X, hand.Y + r}, {hand.X, hand.Y - r}} {
		top, leg := -1, -1
		for i, sh := range d.Shapes {
			if sh.Role != RoleBackground && inPolygon(at, sh.Pts) {
				top = i
				if sh.Role == RoleAccent {
					leg = i
				}
			}
		}
		switch {
		case top < 0:
			t.Errorf("nothing drawn at %v, in the near fist", at)
		case d.Shapes[top].Role != RoleBody:
			t.Errorf("at %v, in the near fist, role %d is on top; want the arm's", at, d.Shapes[top].Role)
		case leg < 0 && at == hand:
			t.Errorf("the near fist at %v is not over the near leg", at)
		}
	}
}
