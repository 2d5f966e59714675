package figure

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var figsDir = flag.String("figs", "", "write SVGs of every exercise (start, middle, end, mirrored, card) to this folder")

// exerciseIDs are the program's exercises, in the article's order.
var exerciseIDs = []string{
	"arms-up-toes", "side-stretch", "side-stretch-toes", "knees-bent-twist",
	"knees-to-chest", "static-stretch", "pelvic-lift",
}

func loadFigures(t testing.TB) map[string]Motion {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "lumbar_figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	var figs map[string]Motion
	if err := json.Unmarshal(data, &figs); err != nil {
		t.Fatalf("decode lumbar_figures.json: %v", err)
	}
	return figs
}

func TestLumbarFiguresValid(t *testing.T) {
	figs := loadFigures(t)
	if len(figs) != len(exerciseIDs) {
		t.Errorf("lumbar_figures.json has %d figures, want %d", len(figs), len(exerciseIDs))
	}
	for _, id := range exerciseIDs {
		m, ok := figs[id]
		if !ok {
			t.Errorf("no figure for %s", id)
			continue
		}
		if err := m.Validate(); err != nil {
			t.Errorf("%s: %v", id, err)
		}
	}
}

func TestWriteFigures(t *testing.T) {
	if *figsDir == "" {
		t.Skip("no -figs folder given")
	}
	if err := os.MkdirAll(*figsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, id := range exerciseIDs {
		m := loadFigures(t)[id]
		for _, v := range []struct {
			name     string
			t        float64
			mirrored bool
		}{{"a-start", 0, false}, {"b-mid", 0.5, false}, {"c-end", 1, false}, {"d-mirror-end", 1, true}} {
			writeSVG(t, filepath.Join(*figsDir, fmt.Sprintf("%d-%s-%s.svg", i+1, id, v.name)), func(f *os.File) error {
				return SVG(f, m.At(v.t, v.mirrored), SVGOptions{Background: DefaultBackground})
			})
		}
		writeSVG(t, filepath.Join(*figsDir, fmt.Sprintf("%d-%s-card.svg", i+1, id)), func(f *os.File) error {
			return StartEndSVG(f, m, SVGOptions{Background: DefaultBackground})
		})
	}
}

func writeSVG(t *testing.T, path string, write func(*os.File) error) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := write(f); err != nil {
		t.Error(err)
	}
	if err := f.Close(); err != nil {
		t.Error(err)
	}
}
