package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"

	"github.com/spinecoach/spinecoach/assets"
)

// The fonts every text of the window is drawn in: the theme's, which are Fyne's bundled Noto Sans.
// A character none of them has is drawn from a system font if the system has one, and as a box
// if not (Wine, a minimal Linux): so every character must be in all four styles.
var textStyles = []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}}

// symbolLiterals are the literals the ui draws in the theme's symbol font (canvas.Text with
// TextStyle.Symbol): the phase band's arrows. They are checked against that font instead.
var symbolLiterals = map[string]bool{"→": true, "←": true}

// browserOnly are the translation keys whose text is written into the HTML report, which a web
// browser draws with its own fonts, never into the window.
const browserOnly = "report."

// glyphFace is one of the theme's fonts, ready to ask for a character.
type glyphFace struct {
	name string
	face *font.Face
}

func themeFaces(t *testing.T) []glyphFace {
	t.Helper()
	th := &Theme{Scale: 1}
	var faces []glyphFace
	for _, s := range textStyles {
		res := th.Font(s)
		f, err := font.ParseTTF(bytes.NewReader(res.Content()))
		if err != nil {
			t.Fatalf("theme font %s: %v", res.Name(), err)
		}
		faces = append(faces, glyphFace{res.Name(), f})
	}
	return faces
}

// missingGlyphs lists the characters of text that one of faces cannot draw, with the font.
func missingGlyphs(faces []glyphFace, text string) []string {
	var missing []string
	seen := map[rune]bool{}
	for _, r := range text {
		if seen[r] || unicode.IsControl(r) {
			continue // a newline or a tab is laid out, not drawn
		}
		seen[r] = true
		for _, f := range faces {
			if _, ok := f.face.NominalGlyph(r); !ok {
				missing = append(missing, fmt.Sprintf("%q (%U, not in %s)", r, r, f.name))
				break
			}
		}
	}
	return missing
}

// jsonStrings calls fn with every string value in a JSON document and the path to it.
func jsonStrings(v any, path string, fn func(path, s string)) {
	switch v := v.(type) {
	case string:
		fn(path, v)
	case map[string]any:
		for k, x := range v {
			jsonStrings(x, path+"."+k, fn)
		}
	case []any:
		for i, x := range v {
			jsonStrings(x, fmt.Sprintf("%s[%d]", path, i), fn)
		}
	}
}

// TestGlyphsInBundledFont fails on any character of the user's text that the app's own fonts
// lack: every value of every translation, every text of the built-in program, and every string
// and rune literal of the ui package's code (labels built there, key hints). Arrows and other
// symbols belong in theme icons, or in characters Noto Sans has.
func TestGlyphsInBundledFont(t *testing.T) {
	faces := themeFaces(t)
	sym := (&Theme{Scale: 1}).Font(fyne.TextStyle{Symbol: true})
	symFace, err := font.ParseTTF(bytes.NewReader(sym.Content()))
	if err != nil {
		t.Fatalf("theme symbol font %s: %v", sym.Name(), err)
	}
	symbols := []glyphFace{{sym.Name(), symFace}}
	var problems []string
	checkIn := func(in []glyphFace, where, text string) {
		if m := missingGlyphs(in, text); len(m) > 0 {
			problems = append(problems, fmt.Sprintf("%s: %q: %s", where, text, strings.Join(m, ", ")))
		}
	}
	check := func(where, text string) { checkIn(faces, where, text) }

	// Translations: every value, plural forms included.
	files, err := fs.Glob(assets.Translations, "translations/*.json")
	if err != nil || len(files) < 2 {
		t.Fatalf("translation files: %v, %v", files, err)
	}
	for _, name := range files {
		data, err := fs.ReadFile(assets.Translations, name)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for key, v := range doc {
			if strings.HasPrefix(key, browserOnly) {
				continue
			}
			jsonStrings(v, key, func(path, s string) { check(name+" "+path, s) })
		}
	}

	// The built-in program: every string in it (titles, instructions, notes).
	var prog any
	if err := json.Unmarshal(assets.LumbarProgram, &prog); err != nil {
		t.Fatalf("programs/lumbar.json: %v", err)
	}
	jsonStrings(prog, "programs/lumbar.json", check)

	// Labels built in code: the string and rune literals of the ui package (tests aside).
	fset := token.NewFileSet()
	paths, _ := filepath.Glob("*.go")
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
				return true
			}
			var s string
			if lit.Kind == token.CHAR {
				r, _, _, err := strconv.UnquoteChar(strings.Trim(lit.Value, "'"), '\'')
				if err != nil {
					return true
				}
				s = string(r)
			} else if s, err = strconv.Unquote(lit.Value); err != nil {
				return true
			}
			if symbolLiterals[s] {
				checkIn(symbols, fset.Position(lit.Pos()).String(), s)
			} else {
				check(fset.Position(lit.Pos()).String(), s)
			}
			return true
		})
	}

	sort.Strings(problems)
	for _, p := range problems {
		t.Errorf("drawn as a box where the system has no fallback font: %s", p)
	}
}

// TestMissingGlyphsFound keeps TestGlyphsInBundledFont honest: characters Noto Sans lacks are
// reported, and the ones it has are not.
func TestMissingGlyphsFound(t *testing.T) {
	faces := themeFaces(t)
	for _, s := range []string{"←", "→", "↑ ↓", "−", "≤"} {
		if len(missingGlyphs(faces, s)) == 0 {
			t.Errorf("%q: reported as present; the bundled fonts have no such glyph", s)
		}
	}
	if m := missingGlyphs(faces, "Назад  [˂]  – — « » ° × … ˄ ˅ - + Ёё\n"); len(m) > 0 {
		t.Errorf("reported missing, but the bundled fonts have them: %v", m)
	}
}
