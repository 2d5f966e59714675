package figure

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
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

func TestSVGGolden(t *testing.T) {
	figs := loadFigures(t)
	for _, id := range exerciseIDs {
		m := figs[id]
		for _, g := range []struct {
			suffix string
			write  func(io.Writer) error
		}{
			{"mid", func(w io.Writer) error { return SVG(w, m.At(0.5, false), SVGOptions{}) }},
			{"card", func(w io.Writer) error { return StartEndSVG(w, m, SVGOptions{Background: DefaultBackground}) }},
		} {
			var buf bytes.Buffer
			if err := g.write(&buf); err != nil {
				t.Fatal(err)
			}
			name := id + "-" + g.suffix + ".svg"
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
	f := loadFigures(t)["static-stretch"].At(1, false)
	var buf bytes.Buffer
	err := SVG(&buf, f, SVGOptions{Width: 200, Foreground: color.NRGBA{1, 2, 3, 255},
		Accent: color.NRGBA{0xff, 0, 0, 0x80}, Background: color.Black})
	if err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	wellFormed(t, "options", buf.Bytes())
	for _, want := range []string{`width="200" height="100"`, `viewBox="0 0 1000 500"`, `stroke-linecap="round"`,
		`#010203`, `stroke="#ff0000" stroke-width="10.0" stroke-opacity="0.50"`, `fill="#000000"`} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %s", want)
		}
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
	if err := StartEndSVG(&failWriter{n: 3}, m, SVGOptions{}); err == nil {
		t.Error("StartEndSVG hid a write error")
	}
}
