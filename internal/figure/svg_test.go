package figure

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata/golden")

// wellFormed decodes every token of an SVG and checks its root.
func wellFormed(t *testing.T, name string, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
			if se.Name.Space != "http://www.w3.org/2000/svg" {
				t.Errorf("%s: root namespace %q", name, se.Name.Space)
			}
		}
	}
	if root != "svg" {
		t.Errorf("%s: root element %q, want svg", name, root)
	}
}

// TestSVGGolden draws every exercise of the shipped program at the start, middle and end
// of its movement, and its card, and compares them with testdata/golden (go test -update
// rewrites them; look at them with rsvg-convert before committing).
func TestSVGGolden(t *testing.T) {
	var words [NumWords]string
	words[WordRight], words[WordLeft], words[WordToRight], words[WordToLeft] = "Right side", "Left side", "To the right", "To the left"
	words[WordRightHoldsLeft], words[WordLeftHoldsRight], words[WordHoldTime], words[WordDose] = "Right hand holds left wrist", "Left hand holds right wrist", "9–9 s", "99 times"
	words[WordToesTurn], words[WordKneesTurn], words[WordKneesUp] = "Toes turn the same way", "Knees turn the same way", "Knees bent, feet on the mat"
	words[WordToesUp], words[WordToesRight], words[WordToesToYou], words[WordTenseStill], words[WordHandsOnKnees], words[WordYourFeet], words[WordRelax], words[WordBendKneesFirst] = "Toes to the ceiling", "Toes to the right", "Toes towards you", "Tense the muscles, keep still", "Hands wrap round the knees", "Your feet, as you see them", "Relax", "Bend your knees first"
	words[WordLeanForearms], words[WordElbowsKneesBent] = "Lean on your forearms and feet", "Elbows and knees bent"
	words[WordFromAbove], words[WordForearmsOnMat] = "Seen from above", "Elbows bent, forearms on the mat"
	for i, e := range loadShipped(t) {
		m := e.Figure
		for _, g := range []struct {
			suffix string
			write  func(io.Writer) error
		}{
			{"start", func(w io.Writer) error { return SVG(w, m.At(0, false), SVGOptions{Words: words}) }},
			{"mid", func(w io.Writer) error { return SVG(w, m.At(0.5, false), SVGOptions{Words: words}) }},
			{"end", func(w io.Writer) error { return SVG(w, m.At(1, false), SVGOptions{Words: words}) }},
			{"card", func(w io.Writer) error { return CardSVG(w, m, e.Sides == "both", SVGOptions{Words: words}) }},
		} {
			var buf bytes.Buffer
			if err := g.write(&buf); err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%d-%s-%s.svg", i+1, e.ID, g.suffix)
			wellFormed(t, name, buf.Bytes())
			golden(t, filepath.Join("testdata", "golden", name), buf.Bytes())
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		failed := filepath.Join("testdata", "failed", filepath.Base(path))
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, got, 0o644)
		t.Errorf("%s differs from the golden file; got written to %s (go test -update accepts it)", path, failed)
	}
}

func TestSVGOptions(t *testing.T) {
	d := loadFigures(t)["static-stretch"].At(1, false)
	var buf bytes.Buffer
	pal := NewPalette(color.Black, color.NRGBA{1, 2, 3, 255}, color.NRGBA{0xff, 0, 0, 0xff}, color.NRGBA{9, 9, 9, 255})
	var words [NumWords]string
	words[WordRight] = "R & <r>"
	if err := SVG(&buf, d, SVGOptions{Width: 200, Palette: &pal, Words: words}); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	wellFormed(t, "options", buf.Bytes())
	for _, want := range []string{`width="200" height="100"`, `viewBox="0 0 1000 500"`, `fill="#010203"`,
		`fill="#ff0000"`, `<rect width="100%" height="100%" fill="#000000"/>`, `R &amp; &lt;r&gt;</text>`} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	if strings.Contains(s, "Left") {
		t.Error("an empty word was written")
	}
	buf.Reset()
	if err := SVG(&buf, d, SVGOptions{Transparent: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<rect") {
		t.Error("a transparent SVG has a background")
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n--; w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestSVGWriteError(t *testing.T) {
	m := loadFigures(t)["pelvic-lift"]
	if err := SVG(&failWriter{n: 3}, m.At(0, false), SVGOptions{}); err == nil {
		t.Error("SVG hid a write error")
	}
	if err := CardSVG(&failWriter{n: 3}, m, true, SVGOptions{}); err == nil {
		t.Error("CardSVG hid a write error")
	}
}

// TestLongWordsFitTheDrawing: a word longer than a drawing is wide, as Russian grips and
// notes are, is written smaller so that it fits; a short word keeps its size.
func TestLongWordsFitTheDrawing(t *testing.T) {
	long := "Колени поворачиваются в ту же сторону"
	if got := fitWidth("To the right", cardWord); got != cardWord {
		t.Errorf("a short word's size %g, want %g", got, cardWord)
	}
	got := fitWidth(long, cardGrip)
	if got >= cardGrip {
		t.Fatalf("a long word's size %g, want it below %g", got, cardGrip)
	}
	if w := boldEm * got * float64(len([]rune(long))); w > 0.97+1e-9 {
		t.Errorf("the long word is %.3f drawings wide at its new size, want at most 0.97", w)
	}
	var words [NumWords]string
	words[WordKneesTurn] = long
	var b strings.Builder
	if err := CardSVG(&b, loadFigures(t)["knees-bent-twist"], true, SVGOptions{Words: words}); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`font-size="%.0f"`, got*svgScale)
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, long) && !strings.Contains(line, want) {
			t.Errorf("the long word written as %s, want %s", line, want)
		}
	}
}
