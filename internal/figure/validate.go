package figure

import (
	"fmt"
	"math"

	"github.com/spinecoach/spinecoach/internal/field"
)

// Limits on the numbers of a figure. They catch typos, not anatomy.
const (
	maxAngle = 360 // degrees, either way, for angles (a full turn)
	maxLift  = 180 // degrees, either way, for lifts
	maxRaise = 0.5 // body heights
	maxReach = 4   // bone lengths
)

func fieldErr(name, format string, args ...any) error {
	return field.Error{Field: "figure." + name, Problem: fmt.Sprintf(format, args...)}
}

// Validate checks the motion and returns the first problem found, as a field.Error.
func (m Motion) Validate() error {
	if !m.View.known() {
		return fieldErr("view", "%q is not a view; use %q or %q", m.View, Side, Top)
	}
	for i, l := range m.Turn {
		if l != LeftFoot && l != RightFoot && l != KneeLeft && l != KneeRight {
			return fieldErr(fmt.Sprintf("turn[%d]", i), "%q is not a foot or a knee; use left_foot, right_foot, left_knee or right_knee", l)
		}
	}
	seen := map[Limb]bool{}
	for i, l := range m.Stretch {
		field := fmt.Sprintf("stretch[%d]", i)
		if !l.known() {
			return fieldErr(field, "%q is not a limb end; use left_hand, right_hand, left_foot or right_foot", l)
		}
		if seen[l] {
			return fieldErr(field, "%q is listed twice", l)
		}
		seen[l] = true
	}
	for i, name := range m.Accent {
		if _, ok := parseMember(name); !ok {
			return fieldErr(fmt.Sprintf("accent[%d]", i), "%q is not a part; use left_arm, right_arm, left_leg, right_leg, left_foot, right_foot or trunk", name)
		}
	}
	for i, a := range m.Arrows {
		field := fmt.Sprintf("arrows[%d]", i)
		if _, ok := ParseJoint(a.Joint); !ok {
			return fieldErr(field+".joint", "%q is not a joint", a.Joint)
		}
		if math.IsNaN(a.Reach) || a.Reach < 0 || a.Reach > maxReach {
			return fieldErr(field+".reach", "%g is out of range 0..%g", a.Reach, float64(maxReach))
		}
		for k, o := range a.Offset {
			if math.IsNaN(o) || math.Abs(o) > maxRaise {
				return fieldErr(fmt.Sprintf("%s.offset[%d]", field, k), "%g is out of range %g..%g body heights", o, -maxRaise, maxRaise)
			}
		}
	}
	if err := m.Start.validate("start"); err != nil {
		return err
	}
	if m.Via != nil {
		if err := m.Via.validate("via"); err != nil {
			return err
		}
	}
	return m.End.validate("end")
}

func (p Pose) validate(field string) error {
	if len(p.unknown) > 0 {
		return fieldErr(field+"."+p.unknown[0], "unknown name")
	}
	for j := range NumJoints {
		if err := checkAngle(field+".angles."+Joint(j).String(), "angle", p.Angle[j], maxAngle); err != nil {
			return err
		}
		if err := checkAngle(field+".lift."+Joint(j).String(), "lift", p.Lift[j], maxLift); err != nil {
			return err
		}
	}
	if math.IsNaN(p.Raise) || p.Raise < 0 || p.Raise > maxRaise {
		return fieldErr(field+".raise", "%g is out of range 0..%g body heights", p.Raise, maxRaise)
	}
	if !p.Grip.known() {
		return fieldErr(field+".grip", "%q is not a grip; use %s, %s or %s",
			p.Grip, GripRightHoldsLeftWrist, GripLeftHoldsRightWrist, GripHandsOnKnees)
	}
	if math.IsNaN(p.Slack) || p.Slack < 0 || p.Slack > 1 {
		return fieldErr(field+".slack", "%g is out of range 0..1", p.Slack)
	}
	return nil
}

func checkAngle(field, what string, v, limit float64) error {
	if math.IsNaN(v) || v < -limit || v > limit {
		return fieldErr(field, "%s %g is out of range %g..%g degrees", what, v, -limit, limit)
	}
	return nil
}
