package figure

import (
	"encoding/json"
	"testing"

	"github.com/spinecoach/spinecoach/assets"
)

// shipped is one exercise's figure as the shipped program file gives it.
type shipped struct {
	ID     string `json:"id"`
	Sides  string `json:"sides"`
	Figure Motion `json:"figure"`
}

// loadShipped reads the figures from the program the app ships (assets/programs/lumbar.json),
// in the program's order: the tests draw what users see, not a copy.
func loadShipped(t testing.TB) []shipped {
	t.Helper()
	var p struct {
		Exercises []shipped `json:"exercises"`
	}
	if err := json.Unmarshal(assets.LumbarProgram, &p); err != nil {
		t.Fatalf("decode the shipped program: %v", err)
	}
	if len(p.Exercises) == 0 {
		t.Fatal("the shipped program has no exercises")
	}
	return p.Exercises
}

// loadFigures maps each shipped exercise's id to its figure.
func loadFigures(t testing.TB) map[string]Motion {
	t.Helper()
	out := map[string]Motion{}
	for _, e := range loadShipped(t) {
		out[e.ID] = e.Figure
	}
	return out
}

func TestShippedFiguresValid(t *testing.T) {
	for _, e := range loadShipped(t) {
		if err := e.Figure.Validate(); err != nil {
			t.Errorf("%s: %v", e.ID, err)
		}
	}
}
