package figure

import "math"

// Motion is the drawing of one exercise: the pose it starts from and the pose it moves to.
// It is the "figure" of an exercise in a program file. Two-sided exercises are given done to
// the right; Mirror and the mirrored argument of At give the left.
//
// In JSON a pose lists only what differs from lying flat: "angles" and "lift" map joint names
// (see Joint) to degrees, "raise" lifts the pelvis in body heights, "grip" joins the hands
// (see Grip). For example the bridge of a pelvic lift:
//
//	{
//	  "view": "side",
//	  "hold": true,
//	  "accent": ["trunk"],
//	  "arrows": [{"joint": "pelvis", "reach": 0}],
//	  "start": {"angles": {"left_hip": 50, "right_hip": 50, "left_knee": 100, "right_knee": 100}},
//	  "end": {
//	    "angles": {"pelvis": 23.6, "left_hip": 2, "right_hip": 2, "left_knee": 93, "right_knee": 93},
//	    "raise": 0.12
//	  }
//	}
//
// "via", a pose like "start" and "end", is passed through halfway, for a movement done in
// two steps. "accent" lists the working parts, drawn in the accent colour (left_arm,
// right_arm, left_leg, right_leg, left_foot, right_foot, trunk); without it the parts that
// move are.
// "arrows" draws the path of a point from the start pose to the end pose: the point "reach"
// of the way along the bone that "joint" turns (1 its end, more beyond it), moved by "offset"
// ([x, y] in body heights) off the body. "stretch" (a list
// of "left_hand", "right_hand", "left_foot", "right_foot") adds arrows at limb ends that reach
// outwards. "turn" (left_foot, right_foot) adds a curved arrow round the toes of a foot
// that turns to one side. Validate reports a bad field by its path, as in
// "figure.end.angles.left_knee: angle 400 is out of range -360..360 degrees".
type Motion struct {
	// View is the direction the figure is seen from.
	View View `json:"view"`
	// Hold says the end pose is held (a static exercise) rather than passed through in a rep.
	Hold bool `json:"hold,omitempty"`
	// Accent names the working parts; empty means the parts that move.
	Accent []string `json:"accent,omitempty"`
	// Arrows are the movement's arrows.
	Arrows []Arrow `json:"arrows,omitempty"`
	// Stretch lists the limb ends that reach outwards in the end pose; they get small marks.
	Stretch []Limb `json:"stretch,omitempty"`
	// Turn lists the feet that turn about the leg's axis, toes from the ceiling to one
	// side (each gets a curved arrow round its toes, in the top view), or the knees that go
	// down to the side the body goes; the card says which under its start.
	Turn []Limb `json:"turn,omitempty"`
	// Start is the starting position.
	Start Pose `json:"start"`
	// Via, when given, is a position the movement passes through halfway, for a movement
	// done in two steps: legs bent with the feet on the mat before the knees come to the
	// chest, not lifted straight.
	Via *Pose `json:"via,omitempty"`
	// End is the position the movement reaches.
	End Pose `json:"end"`
}

// pose is the pose a fraction t of the way from the start to the end, through Via halfway
// when there is one.
func (m Motion) pose(t float64) Pose {
	switch {
	case m.Via == nil:
		return Interpolate(m.Start, m.End, t)
	case t < 0.5:
		return Interpolate(m.Start, *m.Via, 2*t)
	}
	return Interpolate(*m.Via, m.End, 2*t-1)
}

// Arrow follows one point of the body from the start pose to the end pose.
type Arrow struct {
	// Joint names the joint whose bone carries the point.
	Joint string `json:"joint"`
	// Reach is how far along that bone the point lies: 0 its start, 1 its end, more beyond.
	Reach float64 `json:"reach"`
	// Offset moves the arrow off the body, in body heights: x towards the feet, y up in the
	// side view and to the person's left in the top view.
	Offset [2]float64 `json:"offset,omitempty"`
}

// Limb names the end of a limb, for stretch marks, or a knee, for a turn.
type Limb string

// The limb ends, and the knees.
const (
	LeftHand  Limb = "left_hand"
	RightHand Limb = "right_hand"
	LeftFoot  Limb = "left_foot"
	RightFoot Limb = "right_foot"
	// The knees, for a turn; named apart from the joints LeftKnee and RightKnee.
	KneeLeft  Limb = "left_knee"
	KneeRight Limb = "right_knee"
)

func (l Limb) known() bool {
	return l == LeftHand || l == RightHand || l == LeftFoot || l == RightFoot
}

func (l Limb) mirror() Limb {
	switch l {
	case LeftHand:
		return RightHand
	case RightHand:
		return LeftHand
	case LeftFoot:
		return RightFoot
	case RightFoot:
		return LeftFoot
	case KneeLeft:
		return KneeRight
	case KneeRight:
		return KneeLeft
	}
	return l
}

// At returns the drawing a fraction t of the way from the start pose to the end pose (t is
// clamped to 0..1 and used as given: shape it with RepProgress for a repetition). mirrored
// draws the exercise done to the other side. The movement's arrows show in every drawing;
// a hold's badge shows once the pose is held.
func (m Motion) At(t float64, mirrored bool) Drawing {
	return m.draw(t, mirrored, true)
}

// draw is At, with the movement's arrows or without them.
func (m Motion) draw(t float64, mirrored, arrows bool) Drawing {
	t = clamp01(t)
	p := m.pose(t)
	if mirrored {
		p = Mirror(p, m.View)
	}
	return draw(m, p, t, mirrored, arrows)
}

// Ease shapes linear progress into a movement that starts and stops gently (smoothstep).
// It maps 0 to 0 and 1 to 1, rises monotonically, and clamps t outside 0..1.
func Ease(t float64) float64 {
	t = clamp01(t)
	return t * t * (3 - 2*t)
}

// RepProgress turns progress u through one repetition (0..1) into the t for At: from the
// start pose to the end pose at u=0.5 and back, eased at both turns.
func RepProgress(u float64) float64 {
	return Ease(1 - math.Abs(2*clamp01(u)-1))
}
