package figure

// Part names one shape of a frame; it is also the shape's index in Frame.Shapes, which is
// the drawing order, back to front. In the side view the left limbs are far and drawn
// first, the right limbs near and drawn after the trunk; each arm is drawn after the leg on
// its side so hands holding the knees lie over them; the head comes after all limbs.
type Part int

// The parts, in drawing order.
const (
	PartLeftThigh Part = iota
	PartLeftShin
	PartLeftFoot
	PartLeftUpperArm
	PartLeftForearm
	PartLeftHand
	PartPelvis // the line across the hips
	PartLowerTrunk
	PartUpperTrunk
	PartShoulders // the line across the shoulders
	PartRightThigh
	PartRightShin
	PartRightFoot
	PartRightUpperArm
	PartRightForearm
	PartRightHand
	// The head is drawn after the arms, so arms overhead pass beside or behind it and
	// it stays a clear circle.
	PartNeck
	PartHead
	// PartGrip and PartGrip2 ring the points the hands hold (a wrist, the knees).
	PartGrip
	PartGrip2
	// The stretch marks: a chevron of two short lines beyond each hand and foot, pointing
	// the way the limb reaches.
	PartMarkLeftHand
	PartMarkLeftHand2
	PartMarkRightHand
	PartMarkRightHand2
	PartMarkLeftFoot
	PartMarkLeftFoot2
	PartMarkRightFoot
	PartMarkRightFoot2
	// NumParts is the number of shapes in every frame.
	NumParts
)

var partNames = [NumParts]string{
	"left_thigh", "left_shin", "left_foot", "left_upper_arm", "left_forearm", "left_hand",
	"pelvis", "lower_trunk", "upper_trunk", "shoulders",
	"right_thigh", "right_shin", "right_foot", "right_upper_arm", "right_forearm", "right_hand",
	"neck", "head",
	"grip", "grip2",
	"mark_left_hand", "mark_left_hand2", "mark_right_hand", "mark_right_hand2",
	"mark_left_foot", "mark_left_foot2", "mark_right_foot", "mark_right_foot2",
}

// String returns the part's name, such as "left_shin".
func (p Part) String() string {
	if p < 0 || p >= NumParts {
		return "part?"
	}
	return partNames[p]
}

// Kind returns how the part is drawn; it is the same in every frame.
func (p Part) Kind() Kind {
	switch p {
	case PartHead:
		return Disc
	case PartGrip, PartGrip2:
		return Ring
	}
	return Line
}

// boneParts maps each part drawn as a bone to the joint that turns it.
var boneParts = [...]struct {
	part  Part
	joint Joint
}{
	{PartLeftThigh, LeftHip}, {PartLeftShin, LeftKnee}, {PartLeftFoot, LeftAnkle},
	{PartLeftUpperArm, LeftShoulder}, {PartLeftForearm, LeftElbow}, {PartLeftHand, LeftWrist},
	{PartLowerTrunk, Pelvis}, {PartUpperTrunk, Spine}, {PartNeck, Neck},
	{PartRightThigh, RightHip}, {PartRightShin, RightKnee}, {PartRightFoot, RightAnkle},
	{PartRightUpperArm, RightShoulder}, {PartRightForearm, RightElbow}, {PartRightHand, RightWrist},
}

// markParts are the first line of each stretch mark, with the limb end it sits beyond.
var markParts = [...]struct {
	part  Part
	end   Limb
	joint Joint // the bone whose direction the mark points along
}{
	{PartMarkLeftHand, LeftHand, LeftElbow},
	{PartMarkRightHand, RightHand, RightElbow},
	{PartMarkLeftFoot, LeftFoot, LeftKnee},
	{PartMarkRightFoot, RightFoot, RightKnee},
}
