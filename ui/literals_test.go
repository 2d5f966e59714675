package ui

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// notText are the string literals of the ui package that hold letters but are not text for the
// user, each with why. Keep it short: a literal that is drawn, shown in a dialog or offered as
// a file name is text, and belongs in assets/translations/en.json.
var notText = map[string]string{
	"M":                        "a height sample for fyne.MeasureText (the weekday header of the calendar), never drawn",
	".html":                    "a file extension, the same in every language",
	".csv":                     "a file extension, the same in every language",
	"English":                  "a language's own name in the Language setting, the same in every language",
	"Русский":                  "a language's own name in the Language setting, the same in every language",
	"spinecoach-phase-ready":   "a theme colour name (phaseband.go), never drawn",
	"spinecoach-phase-move":    "a theme colour name (phaseband.go), never drawn",
	"spinecoach-phase-hold":    "a theme colour name (phaseband.go), never drawn",
	"spinecoach-phase-relax":   "a theme colour name (phaseband.go), never drawn",
	"spinecoach-phase-between": "a theme colour name (phaseband.go), never drawn",
	".jsonl":                   "a file extension, the same in every language",
}

// sameInEveryLanguage are the literals the reminder agent and the window may show as they are.
var sameInEveryLanguage = map[string]string{
	"Spine Coach": "the product name, the same in every language",
}

// keyCaps is the function that adds a key hint to a label: its second argument is printed on the
// keyboard ("Enter", "Esc", "A"), the same in every language.
const keyCaps = "keyed"

// logFuncs are the log functions of package log: their text goes to the log, not to the user.
var logFuncs = map[string]bool{"Printf": true, "Print": true, "Println": true, "Fatalf": true}

// sinkPackages are the packages whose functions draw or show what they are given.
var sinkPackages = map[string]bool{"widget": true, "dialog": true, "canvas": true, "systray": true, "beeep": true}

// sinkMethods are methods that draw or show their arguments, whatever their receiver.
var sinkMethods = map[string]bool{
	"SetText": true, "SetTitle": true, "SetTooltip": true, "SetPlaceHolder": true,
	"ShowInformation": true, "ShowError": true,
}

// sinkFields are struct fields, set in a composite literal, whose value is shown.
var sinkFields = map[string]bool{"Title": true, "Body": true, "Text": true, "Label": true, "Tooltip": true, "Message": true}

// sinkAssigned are fields whose assigned value is shown.
var sinkAssigned = map[string]bool{"Text": true, "Title": true, "Body": true, "Tooltip": true}

// literal is a string literal with letters, found where text for the user should not be.
type literal struct {
	pos  token.Position
	text string // the literal's value, unquoted
}

func (l literal) String() string { return fmt.Sprintf("%s: %q", l.pos, l.text) }

// textLiterals are the string literals with letters in f, but for import paths, struct tags,
// translation keys and template names, key caps, what is only compared, and what goes to the log.
func textLiterals(fset *token.FileSet, f *ast.File) []literal {
	var found []literal
	walkText(fset, f, true, func(l literal) { found = append(found, l) })
	return found
}

// sinkLiterals are the string literals with letters in what f passes to the widgets, dialogs,
// tray and notifications (see sinkPackages and the rest), skipping what textLiterals skips.
func sinkLiterals(fset *token.FileSet, f *ast.File) []literal {
	var found []literal
	seen := map[token.Position]bool{} // a sink may sit inside another: widget.NewVBox(widget.NewLabel(…))
	scan := func(e ast.Expr) {
		walkText(fset, e, false, func(l literal) {
			if !seen[l.pos] {
				seen[l.pos] = true
				found = append(found, l)
			}
		})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				break
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && sinkPackages[pkg.Name] || sinkMethods[sel.Sel.Name] {
				for _, arg := range n.Args {
					scan(arg)
				}
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if key, ok := kv.Key.(*ast.Ident); ok && sinkFields[key.Name] {
						scan(kv.Value)
					}
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				sel, ok := lhs.(*ast.SelectorExpr)
				if !ok || !sinkAssigned[sel.Sel.Name] {
					continue
				}
				if len(n.Rhs) == len(n.Lhs) {
					scan(n.Rhs[i])
				} else {
					for _, rhs := range n.Rhs {
						scan(rhs)
					}
				}
			}
		}
		return true
	})
	sort.Slice(found, func(i, j int) bool { return found[i].pos.Offset < found[j].pos.Offset })
	return found
}

// walkText calls add for each string literal with a letter under root that is not exempt.
// With intoFuncs unset it does not enter function literals: a callback passed to a widget is
// not text, and the sinks in its body are scanned on their own.
func walkText(fset *token.FileSet, root ast.Node, intoFuncs bool, add func(literal)) {
	exempt := map[*ast.BasicLit]bool{}
	skip := func(e ast.Expr) {
		if lit, ok := e.(*ast.BasicLit); ok {
			exempt[lit] = true
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.FuncLit:
			return intoFuncs
		case *ast.Field:
			if n.Tag != nil {
				skip(n.Tag)
			}
		case *ast.BinaryExpr: // compared, never shown: field == "day_end"
			if n.Op == token.EQL || n.Op == token.NEQ {
				skip(n.X)
				skip(n.Y)
			}
		case *ast.CaseClause: // compared, never shown: case "day_start", "day_end":
			for _, e := range n.List {
				skip(e)
			}
		case *ast.CallExpr:
			if isLog(n) {
				return false
			}
			if isComparison(n) {
				for _, arg := range n.Args {
					skip(arg)
				}
			}
			if ident, ok := n.Fun.(*ast.Ident); ok && ident.Name == keyCaps && len(n.Args) == 2 {
				skip(n.Args[1])
			}
			if len(n.Args) == 0 {
				break
			}
			switch translatorKind(n) {
			case "lang":
				skip(n.Args[0])
				for _, arg := range n.Args[1:] { // the template data: lang.L(key, map[string]any{"Error": err})
					if m, ok := arg.(*ast.CompositeLit); ok {
						if _, isMap := m.Type.(*ast.MapType); isMap {
							skipKeys(m, skip)
						}
					}
				}
			}
		case *ast.CompositeLit:
			if ident, ok := n.Type.(*ast.Ident); ok && ident.Name == "data" {
				skipKeys(n, skip)
			}
		case *ast.BasicLit:
			if n.Kind != token.STRING || exempt[n] {
				break
			}
			s, err := strconv.Unquote(n.Value)
			if err != nil {
				s = n.Value
			}
			if strings.IndexFunc(fmtVerb.ReplaceAllString(s, ""), unicode.IsLetter) >= 0 {
				add(literal{pos: fset.Position(n.Pos()), text: s})
			}
		}
		return true
	})
}

// fmtVerb is a verb of package fmt, such as %d or %-5.2f: its letter is not a word ("%d–%d").
var fmtVerb = regexp.MustCompile(`%[-+# 0-9.*\[\]]*[a-zA-Z%]`)

// skipKeys skips the string keys of a map literal: template names such as "N" and "Total".
func skipKeys(m *ast.CompositeLit, skip func(ast.Expr)) {
	for _, elt := range m.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			skip(kv.Key)
		}
	}
}

// translatorKind is "lang" for a call of lang.L, lang.N, … (key first, then template data), else "".
// It knows them as usedKeys in i18n_test.go does.
func translatorKind(call *ast.CallExpr) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	pkg, ok := sel.X.(*ast.Ident)
	switch {
	case !ok:
		return ""
	case pkg.Name == "lang" && translators[sel.Sel.Name]:
		return "lang"
	}
	return ""
}

// comparisons are the functions that only compare strings: what they are given is never shown.
var comparisons = map[string]map[string]bool{
	"strings": {"HasPrefix": true, "HasSuffix": true, "Contains": true, "EqualFold": true},
	"slices":  {"Contains": true, "Index": true},
}

// isComparison is a call of strings.HasPrefix and the like, which give a bool or an index.
func isComparison(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && comparisons[pkg.Name][sel.Sel.Name]
}

// isLog is a call of log.Printf and the like.
func isLog(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "log" && logFuncs[sel.Sel.Name]
}

// goFiles parses the Go files of dir, tests left out, keeping those keep accepts (nil: all).
func goFiles(t *testing.T, fset *token.FileSet, dir string, keep func(*ast.File) bool) []*ast.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") { // a test's texts are not shown to the user
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		if keep == nil || keep(f) {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatalf("no Go files in %s", dir)
	}
	return files
}

// importsFyne keeps the files that import Fyne or one of its packages: the window's code.
func importsFyne(f *ast.File) bool {
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if path == "fyne.io/fyne/v2" || strings.HasPrefix(path, "fyne.io/fyne/v2/") {
			return true
		}
	}
	return false
}

// allowed drops the literals allow lists, and marks the entries it used.
func allowed(found []literal, allow map[string]string, used map[string]bool) []literal {
	var left []literal
	for _, l := range found {
		if _, ok := allow[l.text]; ok {
			used[l.text] = true
			continue
		}
		left = append(left, l)
	}
	return left
}

// checkAllowList fails on the entries of an allow list nothing needs any more, so that it
// cannot hide a literal that comes back later as text.
func checkAllowList(t *testing.T, name string, allow map[string]string, used map[string]bool) {
	t.Helper()
	for lit, reason := range allow {
		if reason == "" {
			t.Errorf("%s[%q] gives no reason", name, lit)
		}
		if !used[lit] {
			t.Errorf("%s[%q] matches no literal any more: remove it", name, lit)
		}
	}
}

// TestNoTextOutsideTranslations fails when the ui package writes, in Go, a string the user may
// read: every text goes through the translation files, so that every language has it.
func TestNoTextOutsideTranslations(t *testing.T) {
	fset := token.NewFileSet()
	used := map[string]bool{}
	for _, f := range goFiles(t, fset, ".", nil) {
		for _, l := range allowed(textLiterals(fset, f), notText, used) {
			t.Errorf("%s: %q is written in Go: put it in assets/translations/en.json (and ru.json) and use lang.L(%q); "+
				"if it is never shown to the user, add it to notText in literals_test.go with the reason", l.pos, l.text, l.text)
		}
	}
	checkAllowList(t, "notText", notText, used)
}

// TestNoTextPassedToWidgets fails when the reminder agent (tray menu, notifications) or the
// window code of the command gives a widget, dialog, tray or notification a string written in Go.
func TestNoTextPassedToWidgets(t *testing.T) {
	fset := token.NewFileSet()
	used := map[string]bool{}
	var files []*ast.File
	files = append(files, goFiles(t, fset, "../internal/agent", nil)...)
	files = append(files, goFiles(t, fset, "../cmd/spinecoach", importsFyne)...) // the command-line help is not the GUI
	for _, f := range files {
		for _, l := range allowed(sinkLiterals(fset, f), sameInEveryLanguage, used) {
			t.Errorf("%s: %q is shown to the user but written in Go: put it in assets/translations/en.json (and ru.json) "+
				"and look it up with lang.L(%q)", l.pos, l.text, l.text)
		}
	}
	checkAllowList(t, "sameInEveryLanguage", sameInEveryLanguage, used)
}

// TestLiteralScanCatches makes sure the two scans above find what they are meant to, and let
// through what they are meant to, so that their passing means something.
func TestLiteralScanCatches(t *testing.T) {
	tests := []struct {
		code      string
		text      []string // what textLiterals finds (the whole ui package)
		sink      []string // what sinkLiterals finds (the agent and the window code)
		allowText bool     // apply notText
		allowSink bool     // apply sameInEveryLanguage
	}{
		{code: `widget.NewLabel("Hello")`, text: []string{"Hello"}, sink: []string{"Hello"}},
		{code: `widget.NewLabel(fmt.Sprintf("%d reps", n))`, text: []string{"%d reps"}, sink: []string{"%d reps"}},
		{code: `x.SetText("Done")`, text: []string{"Done"}, sink: []string{"Done"}},
		{code: `_ = notify.Notification{Title: "Hi", Body: lang.L("Go")}`, text: []string{"Hi"}, sink: []string{"Hi"}},
		{code: `m.Tooltip = "Spine Coach: " + m.Status`, text: []string{"Spine Coach: "}, sink: []string{"Spine Coach: "}},
		{code: `dialog.ShowError(fmt.Errorf("save: %w", err), w)`, text: []string{"save: %w"}, sink: []string{"save: %w"}},
		{code: `widget.NewVBox(widget.NewLabel("Twice"))`, text: []string{"Twice"}, sink: []string{"Twice"}},
		{code: `canvas.NewText(lang.L("x {{.N}}", data{"N": "five"}), nil)`, text: []string{"five"}, sink: []string{"five"}},
		{code: `widget.NewLabel(lang.X("key", "Fallback"))`, text: []string{"Fallback"}, sink: []string{"Fallback"}},
		{code: `fmt.Println("not drawn")`, text: []string{"not drawn"}},
		{code: `widget.NewButton(lang.L("Go"), func() { fmt.Println("in a callback") })`, text: []string{"in a callback"}},
		{code: `s := "assigned"; _ = s`, text: []string{"assigned"}},

		{code: `widget.NewLabel(lang.L("Hello"))`},
		{code: `_ = lang.L("a {{.N}}", data{"N": 1})`},
		{code: `_ = lang.N("{{.N}} days", n, data{"N": n})`},
		{code: `d := data{"Total": 3}; _ = d`},
		{code: `widget.NewButton(keyed(lang.L("Back"), "Esc"), nil)`},
		{code: `log.Printf("oops %v", err)`},
		{code: `log.Println("started", lang.L("x"))`},
		{code: `widget.NewButton(lang.L("Go"), func() { log.Printf("clicked %s", "button") })`},
		{code: `dialog.ShowError(errors.New(lang.L("This could not be saved: {{.Error}}", map[string]any{"Error": err})), w)`},
		{code: `item.SetTitle(lang.L("Snooze {{.N}} min", map[string]any{"N": n}))`},
		{code: `_ = lang.N("Flare-up: rest for {{.N}} days", n, map[string]any{"N": n})`},
		{code: `type s struct{ A int ` + "`json:\"a\"`" + ` }`},
		{code: `if field == "day_end" || "gap" != field { return }`},
		{code: `_ = strings.HasPrefix(field, "targets.") && slices.Contains(fields, "day_end")`},
		{code: `switch field { case "day_start", "day_end": widget.NewLabel("shown") }`, text: []string{"shown"}, sink: []string{"shown"}},
		{code: `_ = strings.TrimPrefix(field, "Mr ")`, text: []string{"Mr "}},
		{code: `widget.NewLabel("  12:00 – 3 ")`},
		{code: `widget.NewLabel(fmt.Sprintf("%d–%d", a, b))`},
		{code: `widget.NewLabel(fmt.Sprintf("%-3s%5.1f%%", a, b))`},
		{code: `systray.SetTitle("Spine Coach")`, text: []string{"Spine Coach"}, allowSink: true},
		{code: `_ = name + ".html"`, allowText: true},
	}
	for _, tt := range tests {
		src := "package p\n\nimport \"fyne.io/fyne/v2/widget\"\n\nfunc f() {\n" + tt.code + "\n}\n"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "snippet.go", src, 0)
		if err != nil {
			t.Fatalf("%s: %v", tt.code, err)
		}
		text, sink := textLiterals(fset, f), sinkLiterals(fset, f)
		if tt.allowText {
			text = allowed(text, notText, map[string]bool{})
		}
		if tt.allowSink {
			sink = allowed(sink, sameInEveryLanguage, map[string]bool{})
		}
		if got := literalTexts(text); !sameStrings(got, tt.text) {
			t.Errorf("textLiterals(%s) = %q, want %q", tt.code, got, tt.text)
		}
		if got := literalTexts(sink); !sameStrings(got, tt.sink) {
			t.Errorf("sinkLiterals(%s) = %q, want %q", tt.code, got, tt.sink)
		}
	}
}

func literalTexts(found []literal) []string {
	var s []string
	for _, l := range found {
		s = append(s, l.text)
	}
	return s
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
