package program

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// programFacts returns what the shipped program file owns and no Go source or test fixture may copy:
// every exercise's title, position and action in every language, and each dose range as the
// article writes it ("15–20").
func programFacts(p Program) []string {
	var facts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			facts = append(facts, s)
		}
	}
	ranges := func(r *Range) {
		if r != nil && !r.Fixed() {
			add(fmt.Sprintf("%d–%d", r.Min, r.Max))
			add(fmt.Sprintf("%d-%d", r.Min, r.Max))
		}
	}
	for _, e := range p.Exercises {
		add(e.Title)
		add(e.Position)
		add(e.Action)
		for _, tr := range e.Translations {
			add(tr.Title)
			add(tr.Position)
			add(tr.Action)
		}
		ranges(e.Dose.Reps)
		ranges(e.Dose.Holds)
		ranges(e.Dose.HoldSeconds)
	}
	slices.Sort(facts)
	return slices.Compact(facts) // two exercises may share a dose: report a copy once
}

// copiedFacts returns where the facts appear, as "name:line: fact": in the string literals of Go
// source (comments may name an exercise), or anywhere in a fixture's text.
func copiedFacts(name string, src []byte, facts []string) ([]string, error) {
	type text struct {
		line int
		s    string
	}
	var texts []text
	if strings.HasSuffix(name, ".go") {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					texts = append(texts, text{fset.Position(lit.Pos()).Line, s})
				}
			}
			return true
		})
	} else {
		for i, line := range strings.Split(string(src), "\n") {
			texts = append(texts, text{i + 1, line})
		}
	}
	var found []string
	for _, t := range texts {
		for _, fact := range facts {
			if strings.Contains(t.s, fact) {
				found = append(found, fmt.Sprintf("%s:%d: %q", name, t.line, fact))
			}
		}
	}
	return found, nil
}

// TestCopiedFactsAreFound checks the scanner itself: literals are found, with their lines, in
// either dash; a comment is not.
func TestCopiedFactsAreFound(t *testing.T) {
	facts := []string{"Side stretch", "15–20", "15-20"}
	src := []byte("package x\n\n// Side stretch in a comment is fine\nvar a = \"Side stretch\"\nvar b = `5 to 15–20 times`\nvar c = \"15-20\"\n")
	found, err := copiedFacts("x.go", src, facts)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`x.go:4: "Side stretch"`, `x.go:5: "15–20"`, `x.go:6: "15-20"`}
	if !slices.Equal(found, want) {
		t.Errorf("found %q, want %q", found, want)
	}
	found, _ = copiedFacts("f.json", []byte("{\n  \"title\": \"Side stretch\"\n}\n"), facts)
	if want := []string{`f.json:2: "Side stretch"`}; !slices.Equal(found, want) {
		t.Errorf("fixture: found %q, want %q", found, want)
	}
}

// TestNoCopiesOfTheProgram keeps the program file the one owner of its exercises: a title, a
// text or a dose range from it that appears as a literal in Go code or in a test fixture is a
// copy that will drift. Generated goldens (*.golden.*, images) are outputs, not copies: they are
// made from the program and fail when it changes.
func TestNoCopiesOfTheProgram(t *testing.T) {
	facts := programFacts(Builtin())
	if len(facts) == 0 {
		t.Fatal("the program has no titles or dose ranges to look for")
	}
	root := filepath.Join("..", "..")
	var found []string
	scanned := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			switch d.Name() {
			case ".git", "bin", "build", "dist", "failed", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		inTestdata := slices.Contains(strings.Split(filepath.ToSlash(filepath.Dir(rel)), "/"), "testdata")
		switch {
		case filepath.Dir(rel) == filepath.Join("internal", "program") && strings.HasSuffix(rel, "_test.go"):
			return nil // the program's own tests check the file against the article
		case strings.HasSuffix(rel, ".go"):
		case inTestdata && !strings.Contains(d.Name(), ".golden.") && isText(d.Name()):
		default:
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		scanned++
		f, err := copiedFacts(rel, src, facts)
		found = append(found, f...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if scanned < 100 {
		t.Fatalf("scanned %d files under %s, want the whole module's (over 100)", scanned, root)
	}
	for _, f := range found {
		t.Errorf("a copy of the program file: %s (read it from program.Program instead)", f)
	}
}

// isText reports whether a fixture's name says it holds text worth scanning.
func isText(name string) bool {
	switch filepath.Ext(name) {
	case ".json", ".jsonl", ".csv", ".html", ".txt", ".svg", ".md", ".tmpl":
		return true
	}
	return false
}
