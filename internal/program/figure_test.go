package program

import (
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/figure"
)

// TestBuiltinHasFigures checks that every shipped exercise carries a drawing, and that a
// hold exercise's drawing is marked as a hold.
func TestBuiltinHasFigures(t *testing.T) {
	for i, e := range Builtin().Exercises {
		if e.Figure == nil {
			t.Errorf("exercises[%d] (%s) has no figure", i, e.ID)
			continue
		}
		if hold := e.Dose.Kind() == Holds; e.Figure.Hold != hold {
			t.Errorf("exercises[%d] (%s): figure.hold = %v, want %v", i, e.ID, e.Figure.Hold, hold)
		}
	}
}

func TestProgramWithoutFigures(t *testing.T) {
	p, err := Parse([]byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range p.Exercises {
		if e.Figure != nil {
			t.Errorf("%s: figure %+v from a file that gives none", e.ID, e.Figure)
		}
	}
}

const figureA = `"dose": {"reps": {"min": 10, "max": 15}}, "figure": {"view": "side",
  "start": {"angles": {"left_knee": 10}}, "end": {"angles": {"left_knee": 90}}}}`

func TestFigureParsed(t *testing.T) {
	p, err := Parse([]byte(strings.Replace(valid, `"dose": {"reps": {"min": 10, "max": 15}}}`, figureA, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if f := p.Exercises[0].Figure; f == nil || f.End.Angle[figure.LeftKnee] != 90 {
		t.Errorf("figure = %+v, want the end pose's left knee at 90", f)
	}
}

func TestFigureErrorsNameTheField(t *testing.T) {
	tests := []struct {
		old, new, want string
	}{
		{`"left_knee": 90`, `"left_knee": 400`, "exercises[0].figure.end.angles.left_knee: angle 400 is out of range"},
		{`"left_knee": 90`, `"left_knew": 90`, "exercises[0].figure.end.angles.left_knew: unknown name"},
		{`"view": "side"`, `"view": "front"`, `exercises[0].figure.view: "front" is not a view`},
		{`"end": {`, `"end": {"grip": "both_hands", `, `exercises[0].figure.end.grip: "both_hands" is not a grip`},
		{`"end": {`, `"end": {"raise": -1, `, "exercises[0].figure.end.raise: -1 is out of range"},
		{`"view": "side"`, `"view": "side", "accent": ["tail"]`, `exercises[0].figure.accent[0]: "tail" is not a part`},
		{`"view": "side"`, `"view": "side", "arrows": [{"joint": "hips", "reach": 1}]`, `exercises[0].figure.arrows[0].joint: "hips" is not a joint`},
		{`"view": "side"`, `"view": "side", "arrows": [{"joint": "pelvis", "reach": -1}]`, `exercises[0].figure.arrows[0].reach: -1 is out of range`},
		{`"view": "side"`, `"view": "side", "arrows": [{"joint": "pelvis", "reech": 1}]`, `unknown field "reech"`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			file := strings.Replace(valid, `"dose": {"reps": {"min": 10, "max": 15}}}`, strings.Replace(figureA, tt.old, tt.new, 1), 1)
			_, err := Parse([]byte(file))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to start with %q", err, tt.want)
			}
		})
	}
}
