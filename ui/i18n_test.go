package ui

import (
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var updateTranslations = flag.Bool("update-translations", false, "add missing keys to assets/translations/en.json")

// translators are the lang functions whose first argument is a translation key.
var translators = map[string]bool{"L": true, "N": true, "X": true, "XN": true, "Localize": true, "LocalizePlural": true}

// usedKeys finds every string literal passed to lang.L, lang.N or lang.X in the Go files of
// dirs, tests left out, with whether it is used as a plural.
func usedKeys(t *testing.T, dirs ...string) map[string]bool {
	t.Helper()
	keys := map[string]bool{}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") { // a test's texts are not shown to the user
				continue
			}
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
				if !ok || !(pkg.Name == "lang" && translators[sel.Sel.Name]) {
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

// reportKeys are the keys internal/report asks for by name: {{t "report.title"}} in its
// template, label("report.pain") in its Go files.
func reportKeys(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../internal/report/*.go")
	var keys []string
	for _, f := range append(files, "../internal/report/report.html.tmpl") {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reportKey.FindAllStringSubmatch(string(b), -1) {
			keys = append(keys, m[1])
		}
	}
	return keys
}

var reportKey = regexp.MustCompile(`(?:\{\{t |label\()"([^"]+)"`)

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
	used := usedKeys(t, ".", "../cmd/spinecoach", "../internal/agent", "../internal/report")
	for _, k := range reportKeys(t) {
		used[k] = false
	}
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

// fyneOverrides are keys of Fyne's own translations that ru.json corrects: Fyne v2.7.1's
// base.ru.json swaps Tuesday and Thursday, which its date picker shows.
var fyneOverrides = map[string]string{
	"tuesday": "Вторник", "tuesday.short": "Вт", "thursday": "Четверг", "thursday.short": "Чт",
}

// russianForms are the plural forms Russian needs: one (1, 21), few (2–4), many (5–20), and
// other, which go-i18n takes for fractions.
var russianForms = []string{"one", "few", "many", "other"}

// TestRussianComplete fails when ru.json and en.json do not have the same keys, when a plural
// lacks one of the Russian forms, or when a Russian text does not fill in the same values.
func TestRussianComplete(t *testing.T) {
	en := loadTranslations(t, "../assets/translations/en.json")
	ru := loadTranslations(t, "../assets/translations/ru.json")
	// Only the agent's texts may be plural in Russian alone: the agent picks the form by the value
	// N, while lang.L in the window would always show "other".
	window := usedKeys(t, ".", "../cmd/spinecoach", "../internal/report")
	for _, k := range sortedKeys(en) {
		if _, ok := ru[k]; !ok {
			t.Errorf("missing from ru.json: %q", k)
		}
	}
	for _, k := range sortedKeys(ru) {
		want, ok := en[k]
		if fix, isFix := fyneOverrides[k]; isFix {
			if ru[k] != fix {
				t.Errorf("ru.json: %q is %q, want %q", k, ru[k], fix)
			}
			continue
		}
		if !ok {
			t.Errorf("in ru.json but not in en.json: %q", k)
			continue
		}
		enForms, ruForms := forms(want), forms(ru[k])
		if ruForms == nil {
			t.Errorf("ru.json: %q is neither a text nor plural forms", k)
			continue
		}
		_, enPlural := want.(map[string]any)
		_, ruPlural := ru[k].(map[string]any)
		switch {
		case enPlural && !ruPlural:
			t.Errorf("ru.json: %q is a plural in en.json: give its forms %v", k, russianForms)
		case ruPlural && !enPlural && (window[k] || !strings.Contains(k, "{{.N}}")):
			t.Errorf("ru.json: %q is a plain text in en.json, used without a count: it cannot be a plural", k)
		}
		if ruPlural {
			for _, f := range russianForms {
				if ruForms[f] == "" {
					t.Errorf("ru.json: %q lacks its %q form", k, f)
				}
			}
		}
		// Every Russian form fills in what the English "other" does ("one" is also 21, 31, …),
		// and nothing the English does not.
		need, allowed := placeholders(enForms["other"]), map[string]bool{}
		for _, s := range enForms {
			for p := range placeholders(s) {
				allowed[p] = true
			}
		}
		for f, s := range ruForms {
			got := placeholders(s)
			for p := range need {
				if !got[p] {
					t.Errorf("ru.json: %q (%s) lacks %s", k, f, p)
				}
			}
			for p := range got {
				if !allowed[p] {
					t.Errorf("ru.json: %q (%s) has %s, which the English does not fill in", k, f, p)
				}
			}
		}
	}
}

// forms are a translation's texts by plural form; a plain text is the form "other".
func forms(v any) map[string]string {
	switch v := v.(type) {
	case string:
		return map[string]string{"other": v}
	case map[string]any:
		m := map[string]string{}
		for f, s := range v {
			text, _ := s.(string)
			m[f] = text
		}
		return m
	}
	return nil
}

var placeholderRE = regexp.MustCompile(`{{\s*\.\w+\s*}}`)

func placeholders(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range placeholderRE.FindAllString(s, -1) {
		m[p] = true
	}
	return m
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
