package figure

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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

var momentsDir = flag.String("moments", "", "write SVGs of every exercise at the start, middle and end of a repetition, to each side it is done, into this folder (scripts/figures-sheet.sh)")

// TestWriteMoments writes the drawings scripts/figures-sheet.sh puts on its contact sheet:
// what the session's figure shows at the start, the middle and the end of a repetition or
// hold, to the right and, for two-sided exercises, to the left.
func TestWriteMoments(t *testing.T) {
	if *momentsDir == "" {
		t.Skip("no -moments folder given")
	}
	if err := os.MkdirAll(*momentsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	var words [NumWords]string
	words[WordRight], words[WordLeft] = "Right side", "Left side"
	for i, e := range loadShipped(t) {
		sides := []bool{false}
		if e.Sides == "both" {
			sides = append(sides, true)
		}
		for _, mirrored := range sides {
			for k, at := range []float64{0, 0.5, 1} {
				name := fmt.Sprintf("%02d-%s-%d.svg", i+1, map[bool]string{false: "right", true: "left"}[mirrored], k)
				var b bytes.Buffer
				if err := SVG(&b, e.Figure.At(at, mirrored), SVGOptions{Words: words}); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(*momentsDir, name), b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
