package figure

// Pose is one position of the body, as joint angles in degrees away from the neutral lying
// pose: on the back, arms along the body, legs straight, toes to the ceiling. The zero Pose is
// that neutral pose, so a program file gives only the joints that change.
//
// The meaning of an angle depends on the view it is drawn in (see View): in the side view it
// is a bend in the body's front-to-back plane (flexion positive: arm forward and overhead,
// thigh towards the chest, knee bent, toes towards the shin, spine and neck curling forward;
// the pelvis positive tips the head end down as in a bridge). In the top view it is a bend
// in the plane of the mat: limb joints positive away from the body's midline, pelvis, spine
// and neck positive towards the person's right.
//
// Lift tilts a bone out of the picture: towards the ceiling in the top view, away from the
// body's midline in the side view. Angles and lifts add down the chain from the pelvis, so a
// bone keeps its length whatever the numbers.
type Pose struct {
	// Angle is the in-picture angle of each joint, in degrees from neutral.
	Angle [NumJoints]float64
	// Lift is the out-of-picture angle of each joint, in degrees from neutral.
	Lift [NumJoints]float64
	// Raise lifts the pelvis off the mat, in body heights (0.1 is a tenth of the height).
	Raise float64
	// Grip joins the hands to a point on the body; the arms bend to reach it.
	Grip Grip
	// Slack loosens the grip: 0 holds fully, 1 leaves the arms where their angles put them.
	// Interpolate uses it to engage a grip gradually; program files do not give it.
	Slack float64

	// unknown lists names in the JSON that are not joints or fields, for Validate to report.
	unknown []string
}

// Grip says where the hands hold on.
type Grip string

// The grips a pose may give.
const (
	GripNone Grip = ""
	// GripRightHoldsLeftWrist: the right hand holds the left wrist.
	GripRightHoldsLeftWrist Grip = "right_holds_left_wrist"
	// GripLeftHoldsRightWrist: the left hand holds the right wrist.
	GripLeftHoldsRightWrist Grip = "left_holds_right_wrist"
	// GripHandsOnKnees: each hand holds the knee on its side.
	GripHandsOnKnees Grip = "hands_on_knees"
)

func (g Grip) known() bool {
	switch g {
	case GripNone, GripRightHoldsLeftWrist, GripLeftHoldsRightWrist, GripHandsOnKnees:
		return true
	}
	return false
}

func (g Grip) mirror() Grip {
	switch g {
	case GripRightHoldsLeftWrist:
		return GripLeftHoldsRightWrist
	case GripLeftHoldsRightWrist:
		return GripRightHoldsLeftWrist
	}
	return g
}

// Interpolate returns the pose a fraction t of the way from a to b: t=0 gives a, t=1 gives b.
// Angles move linearly (not the short way round), so 0° to 180° sweeps through 90°. A grip
// that only one pose has engages or lets go gradually.
func Interpolate(a, b Pose, t float64) Pose {
	var p Pose
	for j := range NumJoints {
		p.Angle[j] = lerp(a.Angle[j], b.Angle[j], t)
		p.Lift[j] = lerp(a.Lift[j], b.Lift[j], t)
	}
	p.Raise = lerp(a.Raise, b.Raise, t)
	p.Grip, p.Slack = lerpGrip(a, b, t)
	return p
}

func lerpGrip(a, b Pose, t float64) (Grip, float64) {
	switch {
	case a.Grip == b.Grip:
		return a.Grip, lerp(a.Slack, b.Slack, t)
	case a.Grip == GripNone:
		return b.Grip, lerp(1, b.Slack, t)
	case b.Grip == GripNone:
		return a.Grip, lerp(a.Slack, 1, t)
	case t < 0.5:
		return a.Grip, lerp(a.Slack, 1, 2*t)
	default:
		return b.Grip, lerp(1, b.Slack, 2*t-1)
	}
}

// Mirror returns the same pose done to the other side: left and right limbs swap, and in the
// top view the bends of the pelvis, spine and neck change direction. Mirror is its own inverse.
// The view matters only for the midline joints, so Mirror takes it.
func Mirror(p Pose, v View) Pose {
	var m Pose
	for j := range NumJoints {
		t := Joint(j).twin()
		m.Angle[t], m.Lift[t] = p.Angle[j], p.Lift[j]
		if Joint(j).side() == midline {
			if v == Top {
				m.Angle[t] = -p.Angle[j]
			} else {
				m.Lift[t] = -p.Lift[j]
			}
		}
	}
	m.Raise, m.Grip, m.Slack = p.Raise, p.Grip.mirror(), p.Slack
	m.unknown = p.unknown
	return m
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }
