package figure

// Joint names one joint of the skeleton. Each joint turns the bone that starts at it, so
// "left_knee" turns the left shin and everything below it.
type Joint int

// The joints, root first. Pelvis turns the whole body about the hips; spine, neck and the limb
// joints turn their bone relative to its parent bone.
const (
	Pelvis Joint = iota
	Spine
	Neck
	LeftShoulder
	LeftElbow
	LeftWrist
	RightShoulder
	RightElbow
	RightWrist
	LeftHip
	LeftKnee
	LeftAnkle
	RightHip
	RightKnee
	RightAnkle
	// NumJoints is the number of joints.
	NumJoints
)

var jointNames = [NumJoints]string{
	"pelvis", "spine", "neck",
	"left_shoulder", "left_elbow", "left_wrist",
	"right_shoulder", "right_elbow", "right_wrist",
	"left_hip", "left_knee", "left_ankle",
	"right_hip", "right_knee", "right_ankle",
}

// String returns the joint's name as written in a program file, such as "left_knee".
func (j Joint) String() string {
	if j < 0 || j >= NumJoints {
		return "joint?"
	}
	return jointNames[j]
}

// ParseJoint returns the joint with the given name and whether there is one.
func ParseJoint(name string) (Joint, bool) {
	for j, n := range jointNames {
		if n == name {
			return Joint(j), true
		}
	}
	return 0, false
}

// side tells which half of the body a joint belongs to.
type side int

const (
	midline side = iota
	left
	right
)

func (j Joint) side() side {
	switch j {
	case LeftShoulder, LeftElbow, LeftWrist, LeftHip, LeftKnee, LeftAnkle:
		return left
	case RightShoulder, RightElbow, RightWrist, RightHip, RightKnee, RightAnkle:
		return right
	}
	return midline
}

// twin returns the same joint on the other side of the body; midline joints are their own twin.
func (j Joint) twin() Joint {
	switch {
	case j >= LeftShoulder && j <= LeftWrist, j >= LeftHip && j <= LeftAnkle:
		return j + 3
	case j >= RightShoulder && j <= RightWrist, j >= RightHip && j <= RightAnkle:
		return j - 3
	}
	return j
}
