package figure

// View is the direction the figure is seen from.
type View string

// The views. Both are laid out with the head on the left and the feet on the right, and the
// top view is then turned round (see Drawing.turnAround); one exercise is
// drawn in one view only.
const (
	// Side: seen from the person's right, lying on the mat at the bottom of the frame.
	// Right limbs are near, left limbs far.
	Side View = "side"
	// Top: seen from above, the mat filling the frame. As drawn, the head is on the right and
	// the person's right is at the top.
	Top View = "top"
)

func (v View) known() bool { return v == Side || v == Top }

// fromSide reports whether the view looks at the person from their right, as Side does.
func (v View) fromSide() bool { return v != Top }

// Bone lengths and widths in body heights, after common artists' proportions (the head is
// one seventh and a half of the height).
const (
	headRadius    = 1 / 15.0
	neckLen       = 0.05
	lowerTrunkLen = 0.14
	upperTrunkLen = 0.16
	shoulderHalf  = 0.10
	hipHalf       = 0.055
	upperArmLen   = 0.18
	forearmLen    = 0.15
	handLen       = 0.075
	thighLen      = 0.245
	shinLen       = 0.245
	footLen       = 0.11
	// axisHeight is how high the body's centre line lies above the mat in the side view.
	axisHeight = 0.065
)

// boneLen is the length of the bone each joint turns.
var boneLen = [NumJoints]float64{
	Pelvis: lowerTrunkLen, Spine: upperTrunkLen, Neck: neckLen,
	LeftShoulder: upperArmLen, LeftElbow: forearmLen, LeftWrist: handLen,
	RightShoulder: upperArmLen, RightElbow: forearmLen, RightWrist: handLen,
	LeftHip: thighLen, LeftKnee: shinLen, LeftAnkle: footLen,
	RightHip: thighLen, RightKnee: shinLen, RightAnkle: footLen,
}

// parent is the joint whose bone each joint hangs from; the pelvis has none (-1). Arms hang
// from the upper trunk, legs from the lower trunk.
var parent = [NumJoints]Joint{
	Pelvis: -1, Spine: Pelvis, Neck: Spine,
	LeftShoulder: Spine, LeftElbow: LeftShoulder, LeftWrist: LeftElbow,
	RightShoulder: Spine, RightElbow: RightShoulder, RightWrist: RightElbow,
	LeftHip: Pelvis, LeftKnee: LeftHip, LeftAnkle: LeftKnee,
	RightHip: Pelvis, RightKnee: RightHip, RightAnkle: RightKnee,
}

// viewRules turn a pose's angles into directions for one view. Directions are measured
// counter-clockwise with y up, 0° pointing at the feet.
type viewRules struct {
	// base is each bone's in-picture angle to its parent in the neutral pose.
	base [NumJoints]float64
	// baseLift is each bone's out-of-picture angle to its parent in the neutral pose.
	baseLift [NumJoints]float64
	// sign turns a pose angle into a counter-clockwise turn.
	sign [NumJoints]float64
	// liftSign turns a pose lift into a turn towards the viewer.
	liftSign [NumJoints]float64
}

var sideRules = viewRules{
	base: [NumJoints]float64{
		Pelvis: 180, LeftShoulder: 180, RightShoulder: 180, LeftHip: 180, RightHip: 180,
		LeftAnkle: 90, RightAnkle: 90,
	},
	sign: [NumJoints]float64{
		Pelvis: 1, Spine: -1, Neck: -1,
		LeftShoulder: 1, LeftElbow: 1, LeftWrist: 1, RightShoulder: 1, RightElbow: 1, RightWrist: 1,
		LeftHip: 1, LeftKnee: -1, LeftAnkle: 1, RightHip: 1, RightKnee: -1, RightAnkle: 1,
	},
	liftSign: [NumJoints]float64{
		Pelvis: 1, Spine: 1, Neck: 1,
		LeftShoulder: -1, LeftElbow: -1, LeftWrist: -1, RightShoulder: 1, RightElbow: 1, RightWrist: 1,
		LeftHip: -1, LeftKnee: -1, LeftAnkle: -1, RightHip: 1, RightKnee: 1, RightAnkle: 1,
	},
}

var topRules = viewRules{
	base: [NumJoints]float64{
		Pelvis: 180, LeftShoulder: 180, RightShoulder: 180, LeftHip: 180, RightHip: 180,
	},
	baseLift: [NumJoints]float64{LeftAnkle: 90, RightAnkle: 90},
	sign: [NumJoints]float64{
		Pelvis: 1, Spine: 1, Neck: 1,
		LeftShoulder: 1, LeftElbow: 1, LeftWrist: 1, RightShoulder: -1, RightElbow: -1, RightWrist: -1,
		LeftHip: 1, LeftKnee: 1, LeftAnkle: 1, RightHip: -1, RightKnee: -1, RightAnkle: -1,
	},
	liftSign: [NumJoints]float64{
		Pelvis: 1, Spine: 1, Neck: 1,
		LeftShoulder: 1, LeftElbow: 1, LeftWrist: 1, RightShoulder: 1, RightElbow: 1, RightWrist: 1,
		LeftHip: 1, LeftKnee: 1, LeftAnkle: 1, RightHip: 1, RightKnee: 1, RightAnkle: 1,
	},
}

func rulesFor(v View) *viewRules {
	if v == Top {
		return &topRules
	}
	return &sideRules
}
