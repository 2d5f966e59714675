package ui

import (
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
)

var updateTranslations = flag.Bool("update-translations", false, "add missing keys to assets/translations/en.json")

// translators are the lang functions whose first argument is a translation key.
var translators = map[string]bool{"L": true, "N": true, "X": true, "XN": true, "Localize": true, "LocalizePlural": true}

// agentTexts are the names the reminder agent gives its own translator (it may not load Fyne).
var agentTexts = map[string]bool{"t": true, "tx": true}

// usedKeys finds every string literal passed to lang.L, lang.N or lang.X in the Go files of
// dirs, with whether it is used as a plural.
func usedKeys(t *testing.T, dirs ...string) map[string]bool {
	t.Helper()
	keys := map[string]bool{}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				pkg, ok := sel.X.(*ast.Ident)
				if !ok || !(pkg.Name == "lang" && translators[sel.Sel.Name] || agentTexts[pkg.Name] && sel.Sel.Name == "L") {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Errorf("%s: lang.%s with a key that is not a string literal", fset.Position(call.Pos()), sel.Sel.Name)
					return true
				}
				key, _ := strconv.Unquote(lit.Value)
				keys[key] = keys[key] || sel.Sel.Name == "N" || sel.Sel.Name == "XN" || sel.Sel.Name == "LocalizePlural"
				return true
			})
		}
	}
	return keys
}

func loadTranslations(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// TestEnglishComplete fails when a string shown to the user is missing from en.json, or when
// en.json keeps a string nothing uses.
func TestEnglishComplete(t *testing.T) {
	const path = "../assets/translations/en.json"
	used := usedKeys(t, ".", "../cmd/spinecoach", "../internal/agent")
	have := loadTranslations(t, path)
	if *updateTranslations {
		for k, plural := range used {
			if _, ok := have[k]; !ok {
				have[k] = k
				if plural {
					have[k] = map[string]string{"one": k, "other": k}
				}
			}
		}
		writeTranslations(t, path, have)
	}
	var missing, unused []string
	for k, plural := range used {
		v, ok := have[k]
		if !ok {
			missing = append(missing, k)
			continue
		}
		if forms, isMap := v.(map[string]any); plural && (!isMap || forms["one"] == nil || forms["other"] == nil) {
			t.Errorf("%q is a plural: en.json needs its \"one\" and \"other\" forms", k)
		}
	}
	for k := range have {
		if _, ok := used[k]; !ok {
			unused = append(unused, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(unused)
	for _, k := range missing {
		t.Errorf("missing from en.json: %q", k)
	}
	for _, k := range unused {
		t.Errorf("unused in en.json: %q", k)
	}
}

func writeTranslations(t *testing.T, path string, m map[string]any) {
	t.Helper()
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}
