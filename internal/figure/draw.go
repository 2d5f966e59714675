package figure

import "math"

// draw solves p and lays out its drawing. t is the motion's progress, which grows the
// stretch marks and shows a hold's badge; mirrored tells the side the exercise is done to;
// arrows draws the movement's arrows.
func draw(m Motion, p Pose, t float64, mirrored, arrows bool) Drawing {
	span := [2]float64{}
	if arrows {
		span = wholeMovement
	}
	return drawSpan(m, p, t, mirrored, span, true)
}

// wholeMovement is the part of a movement its arrows follow: all of it but the ends, where
// an arrow's head and tail would sit on the limb.
var wholeMovement = [2]float64{0.04, 0.96}

// drawSpan is draw with the movement's arrows following only the part of the movement
// from span[0] to span[1] (progress, 0 to 1), and none when the span is empty; ghosts adds,
// with them, where turning feet go, outlined (see ghostFeet).
func drawSpan(m Motion, p Pose, t float64, mirrored bool, span [2]float64, ghosts bool) Drawing {
	arrows := span[1] > span[0]
	b := solve(p, m.View)
	pt := painter{b: &b, v: m.View, d: Drawing{View: m.View}, accent: m.accentMembers(mirrored)}
	pt.floor()
	var ghostShapes []Shape
	if arrows && ghosts {
		ghostShapes = pt.ghostFeet(m, mirrored)
		pt.d.Shapes = append(pt.d.Shapes, ghostShapes...)
	}
	holds := [2]bool{}
	switch p.Grip {
	case GripRightHoldsLeftWrist:
		holds[1] = b.gripped[0]
	case GripLeftHoldsRightWrist:
		holds[0] = b.gripped[0]
	case GripHandsOnKnees:
		holds = b.gripped
	}
	if m.View == Side {
		// The far limbs first, then the trunk, the near limbs and the head. A near arm
		// round the knees reaches over the near thigh, its fist closed on the shin: an arm
		// drawn behind the leg, its hand hidden, read as an arm held up by the knee.
		pt.leg(limbLeftLeg)
		pt.arm(limbLeftArm, holds[0])
		pt.trunk()
		pt.leg(limbRightLeg)
		pt.arm(limbRightArm, holds[1])
		pt.head()
	} else {
		// Seen from above the arm that holds crosses over the other: its upper arm passes
		// beside the head, under the face, and its forearm over the crown, raised above it;
		// the face, the highest point, lies over arms that only pass beside it.
		pt.shadow(limbLeftLeg)
		pt.shadow(limbRightLeg)
		legs := legsBackToFront(&b)
		standing := b.standsUp(LeftHip) && b.standsUp(RightHip)
		if !standing {
			pt.leg(legs[0])
			pt.leg(legs[1])
		}
		pt.trunk()
		if standing {
			// Thighs standing up off the mat rise over the belly from the hips.
			pt.leg(legs[0])
			pt.leg(legs[1])
		}
		switch {
		case holds[0] != holds[1]:
			held, holder := limbLeftArm, limbRightArm
			if holds[0] {
				held, holder = limbRightArm, limbLeftArm
			}
			pt.arm(held, false)
			pt.upperArm(holder)
			pt.head()
			pt.armFrom(holder, true, true)
		default:
			pt.arm(limbLeftArm, holds[0])
			pt.arm(limbRightArm, holds[1])
			pt.head()
		}
	}
	pt.dashedOutline(ghostShapes, RoleAccent)
	pt.stretchMarks(m, t, mirrored)
	pt.pressMarks(m, p)
	if arrows {
		for _, a := range m.Arrows {
			pt.movementArrow(m, a, mirrored, span)
		}
		pt.turnMarks(m, mirrored)
	}
	if m.View == Top {
		pt.d.turnAround()
	}
	if m.Hold && t >= 0.5 {
		pt.badge()
	}
	return pt.d
}

// legsBackToFront is the order the legs are drawn in from above: the one whose knee is
// higher last, so that knees gone down to a side together lie the upper on the lower.
func legsBackToFront(b *body) [2]member {
	if b.to[LeftHip].z > b.to[RightHip].z+1e-9 {
		return [2]member{limbRightLeg, limbLeftLeg}
	}
	return [2]member{limbLeftLeg, limbRightLeg}
}

// turnAround turns a drawing half a turn in its frame. The top view is laid out with the
// head on the left, as the side view is, and then turned, so that the head lies on the right
// and the person's right side at the top of the picture: on a two-sided card the end pose
// done to the right, drawn above the one done to the left as it is done first, then lies
// on the side of the mat it goes to.
func (d *Drawing) turnAround() {
	for i := range d.Shapes {
		for j, p := range d.Shapes[i].Pts {
			d.Shapes[i].Pts[j] = turnedAround(p)
		}
	}
	for i := range d.Labels {
		d.Labels[i].At = turnedAround(d.Labels[i].At)
	}
}

// turnedAround is where turnAround puts point p of a drawing laid out head left.
func turnedAround(p Point) Point { return Point{1 - p.X, 1/Aspect - p.Y} }

// smallTurn is the largest turn of a joint between two poses, in degrees, that is an
// adjustment and not the movement.
const smallTurn = 10.0

// accentMembers returns the members drawn in the accent colour, after mirroring: those the
// motion names, or else those whose joints move between the start and end poses.
func (m Motion) accentMembers(mirrored bool) [numMembers]bool {
	var ac [numMembers]bool
	if len(m.Accent) > 0 {
		for _, name := range m.Accent {
			if l, ok := parseMember(name); ok {
				if mirrored {
					l = l.mirror()
				}
				ac[l] = true
			}
		}
		return ac
	}
	for j := range NumJoints {
		k := Joint(j)
		if mirrored {
			k = k.twin()
		}
		moved := math.Abs(m.Start.Angle[j]-m.End.Angle[j]) > smallTurn || math.Abs(m.Start.Lift[j]-m.End.Lift[j]) > smallTurn
		if l, ok := memberOf(k); ok && moved {
			ac[l] = true
		}
	}
	return ac
}
