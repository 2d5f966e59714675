package figure

import (
	"encoding/json"
	"errors"
	"image"
	"math"
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/field"
)

func TestValidateNamesField(t *testing.T) {
	for _, tt := range []struct {
		name, json string
		edit       func(*Motion)
		field      string
		problem    string
	}{
		{name: "bad view", json: `{"view":"front","start":{},"end":{}}`, field: "figure.view", problem: `"front" is not a view`},
		{name: "missing view", json: `{"start":{},"end":{}}`, field: "figure.view"},
		{name: "angle out of range", json: `{"view":"side","start":{},"end":{"angles":{"left_knee":400}}}`,
			field: "figure.end.angles.left_knee", problem: "angle 400 is out of range"},
		{name: "lift out of range", json: `{"view":"top","start":{"lift":{"right_hip":-200}},"end":{}}`,
			field: "figure.start.lift.right_hip", problem: "lift -200"},
		{name: "unknown joint", json: `{"view":"side","start":{"angles":{"left_kne":10}},"end":{}}`,
			field: "figure.start.angles.left_kne", problem: "unknown name"},
		{name: "unknown pose field", json: `{"view":"side","start":{},"end":{"grp":1}}`, field: "figure.end.grp"},
		{name: "raise below mat", json: `{"view":"side","start":{},"end":{"raise":-0.1}}`, field: "figure.end.raise"},
		{name: "bad grip", json: `{"view":"top","start":{"grip":"both_hands"},"end":{}}`, field: "figure.start.grip"},
		{name: "bad stretch", json: `{"view":"top","stretch":["nose"],"start":{},"end":{}}`, field: "figure.stretch[0]"},
		{name: "turn a hand", json: `{"view":"top","turn":["left_hand"],"start":{},"end":{}}`, field: "figure.turn[0]", problem: "not a foot"},
		{name: "stretch twice", json: `{"view":"top","stretch":["left_hand","left_hand"],"start":{},"end":{}}`,
			field: "figure.stretch[1]", problem: "twice"},
		{name: "NaN angle", json: `{"view":"side","start":{},"end":{}}`, edit: func(m *Motion) { m.End.Angle[Spine] = math.NaN() },
			field: "figure.end.angles.spine"},
		{name: "three-quarter view is gone", json: `{"view":"three_quarter","start":{},"end":{}}`, field: "figure.view"},
		{name: "bad accent", json: `{"view":"side","accent":["left_arm","tail"],"start":{},"end":{}}`, field: "figure.accent[1]", problem: `"tail"`},
		{name: "arrow joint", json: `{"view":"side","arrows":[{"joint":"elbow","reach":1}],"start":{},"end":{}}`, field: "figure.arrows[0].joint"},
		{name: "arrow reach", json: `{"view":"side","arrows":[{"joint":"left_elbow","reach":9}],"start":{},"end":{}}`, field: "figure.arrows[0].reach"},
		{name: "arrow offset", json: `{"view":"side","arrows":[{"joint":"left_elbow","reach":1,"offset":[0,2]}],"start":{},"end":{}}`, field: "figure.arrows[0].offset[1]"},
		{name: "via angle out of range", json: `{"view":"side","start":{},"via":{"angles":{"right_hip":500}},"end":{}}`,
			field: "figure.via.angles.right_hip", problem: "angle 500 is out of range"},
		{name: "unknown via field", json: `{"view":"side","start":{},"via":{"knees":1},"end":{}}`, field: "figure.via.knees"},
		{name: "slack", json: `{"view":"side","start":{},"end":{}}`, edit: func(m *Motion) { m.Start.Slack = 2 },
			field: "figure.start.slack"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var m Motion
			if err := json.Unmarshal([]byte(tt.json), &m); err != nil {
				t.Fatalf("decode: %v", err)
			}
			if tt.edit != nil {
				tt.edit(&m)
			}
			err := m.Validate()
			var fe field.Error
			if !errors.As(err, &fe) {
				t.Fatalf("Validate() = %v, want a field.Error", err)
			}
			if fe.Field != tt.field || !strings.Contains(fe.Problem, tt.problem) {
				t.Errorf("Validate() = %q, want field %q with %q", err, tt.field, tt.problem)
			}
		})
	}
}

func TestValidateAcceptsMinimal(t *testing.T) {
	var m Motion
	if err := json.Unmarshal([]byte(`{"view":"side","start":{},"end":{"angles":{"left_hip":90}}}`), &m); err != nil {
		t.Fatal(err)
	}
	if err := m.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	if m.End.Angle[LeftHip] != 90 || m.End.Angle[RightHip] != 0 {
		t.Errorf("missing joints should stay neutral: %+v", m.End)
	}
}

func TestPoseJSONTypeError(t *testing.T) {
	var p Pose
	if err := json.Unmarshal([]byte(`{"angles":{"left_hip":"ninety"}}`), &p); err == nil {
		t.Error("a string angle decoded without error")
	}
}

// Bad data must never panic: solve and draw whatever numbers come.
func TestNoPanicOnWildPoses(t *testing.T) {
	var p Pose
	for j := range NumJoints {
		p.Angle[j], p.Lift[j] = math.Inf(1), math.NaN()
	}
	for _, g := range []Grip{GripRightHoldsLeftWrist, GripHandsOnKnees, "nonsense"} {
		p.Grip = g
		for _, v := range []View{Side, Top, "front"} {
			m := Motion{View: v, Start: p, End: Pose{Raise: math.NaN()}}
			_ = m.At(0.5, true)
			_ = SVG(&strings.Builder{}, m.At(0, false), SVGOptions{})
			_ = CardSVG(&strings.Builder{}, m, true, SVGOptions{})
			var r Raster
			r.Draw(image.NewRGBA(image.Rect(0, 0, 40, 20)), NewCard(m, true), &DarkPalette)
		}
	}
}
