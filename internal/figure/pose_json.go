package figure

import (
	"encoding/json"
	"fmt"
	"sort"
)

// poseJSON is a pose as written in a program file: only the joints that differ from the
// neutral lying pose, by name.
type poseJSON struct {
	Angles map[string]float64 `json:"angles,omitempty"`
	Lift   map[string]float64 `json:"lift,omitempty"`
	Raise  float64            `json:"raise,omitempty"`
	Grip   Grip               `json:"grip,omitempty"`
}

// MarshalJSON writes the pose in the program-file form, with only its non-zero joints.
func (p Pose) MarshalJSON() ([]byte, error) {
	out := poseJSON{Raise: p.Raise, Grip: p.Grip}
	for j := range NumJoints {
		if a := p.Angle[j]; a != 0 {
			if out.Angles == nil {
				out.Angles = map[string]float64{}
			}
			out.Angles[Joint(j).String()] = a
		}
		if l := p.Lift[j]; l != 0 {
			if out.Lift == nil {
				out.Lift = map[string]float64{}
			}
			out.Lift[Joint(j).String()] = l
		}
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads the program-file form. Joints not given stay neutral. Unknown joint
// and field names do not fail here: Motion.Validate reports them with their place in the file.
func (p *Pose) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("pose: %w", err)
	}
	var in poseJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("pose: %w", err)
	}
	*p = Pose{Raise: in.Raise, Grip: in.Grip}
	for k := range raw {
		if k != "angles" && k != "lift" && k != "raise" && k != "grip" {
			p.unknown = append(p.unknown, k)
		}
	}
	p.setJoints(in.Angles, &p.Angle, "angles.")
	p.setJoints(in.Lift, &p.Lift, "lift.")
	sort.Strings(p.unknown)
	return nil
}

func (p *Pose) setJoints(in map[string]float64, dst *[NumJoints]float64, field string) {
	for name, v := range in {
		if j, ok := ParseJoint(name); ok {
			dst[j] = v
		} else {
			p.unknown = append(p.unknown, field+name)
		}
	}
}
