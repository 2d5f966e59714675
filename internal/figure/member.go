package figure

// member is a part of the body a program file can mark as working, drawn in the accent colour.
type member int

const (
	limbLeftArm member = iota
	limbRightArm
	limbLeftLeg
	limbRightLeg
	limbLeftFoot
	limbRightFoot
	limbTrunk
	numMembers
)

var memberNames = [numMembers]string{"left_arm", "right_arm", "left_leg", "right_leg", "left_foot", "right_foot", "trunk"}

func parseMember(name string) (member, bool) {
	for l, n := range memberNames {
		if n == name {
			return member(l), true
		}
	}
	return 0, false
}

func (l member) side() side {
	switch l {
	case limbLeftArm, limbLeftLeg, limbLeftFoot:
		return left
	case limbRightArm, limbRightLeg, limbRightFoot:
		return right
	}
	return midline
}

func (l member) mirror() member {
	switch l.side() {
	case left:
		return l + 1
	case right:
		return l - 1
	}
	return l
}

// first is the joint at the root of an arm or leg.
func (l member) first() Joint {
	switch l {
	case limbLeftArm:
		return LeftShoulder
	case limbRightArm:
		return RightShoulder
	case limbLeftLeg, limbLeftFoot:
		return LeftHip
	case limbRightLeg, limbRightFoot:
		return RightHip
	}
	return Pelvis
}

// foot is the foot of a leg.
func (l member) foot() member {
	if l == limbLeftLeg {
		return limbLeftFoot
	}
	return limbRightFoot
}

// memberOf is the member a joint belongs to, and whether it belongs to one.
func memberOf(j Joint) (member, bool) {
	switch j {
	case LeftShoulder, LeftElbow, LeftWrist:
		return limbLeftArm, true
	case RightShoulder, RightElbow, RightWrist:
		return limbRightArm, true
	case LeftHip, LeftKnee:
		return limbLeftLeg, true
	case RightHip, RightKnee:
		return limbRightLeg, true
	case LeftAnkle:
		return limbLeftFoot, true
	case RightAnkle:
		return limbRightFoot, true
	case Pelvis, Spine:
		return limbTrunk, true
	}
	return 0, false
}
