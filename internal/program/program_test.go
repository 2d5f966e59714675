package program

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/field"
)

// TestBuiltinMatchesArticle checks the shipped program against the source article, exercise by
// exercise: order, doses, hold seconds and sides are the article's and nothing else.
func TestBuiltinMatchesArticle(t *testing.T) {
	type want struct {
		id          string
		sides       Sides
		reps        *Range
		holds       *Range
		holdSeconds *Range
	}
	r := func(min, max int) *Range { return &Range{Min: min, Max: max} }
	article := []want{
		{id: "arms-up-toes", sides: OneSide, reps: r(30, 30)},
		{id: "side-stretch", sides: BothSides, reps: r(30, 30)},
		{id: "side-stretch-toes", sides: BothSides, reps: r(15, 20)},
		{id: "knees-bent-twist", sides: BothSides, reps: r(30, 30)},
		{id: "knees-to-chest", sides: OneSide, reps: r(30, 30)},
		{id: "static-stretch", sides: OneSide, holds: r(5, 7), holdSeconds: r(3, 5)},
		{id: "pelvic-lift", sides: OneSide, holds: r(5, 7), holdSeconds: r(10, 15)},
	}
	p := Builtin()
	if p.SessionMinutes != 40 {
		t.Errorf("session_minutes = %d, the article says about 40", p.SessionMinutes)
	}
	if p.RepeatAfterHours != (Range{Min: 5, Max: 6}) {
		t.Errorf("repeat_after_hours = %+v, the article says 5–6", p.RepeatAfterHours)
	}
	if len(p.Exercises) != len(article) {
		t.Fatalf("%d exercises, the article has %d", len(p.Exercises), len(article))
	}
	eq := func(a, b *Range) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
	for i, w := range article {
		e := p.Exercises[i]
		if e.ID != w.id || e.Sides != w.sides {
			t.Errorf("exercise %d = %s (%s), want %s (%s)", i+1, e.ID, e.Sides, w.id, w.sides)
		}
		if !eq(e.Dose.Reps, w.reps) || !eq(e.Dose.Holds, w.holds) || !eq(e.Dose.HoldSeconds, w.holdSeconds) {
			t.Errorf("exercise %d (%s) dose = %+v, want reps %v holds %v hold_seconds %v",
				i+1, e.ID, e.Dose, w.reps, w.holds, w.holdSeconds)
		}
	}
}

// valid is a small correct program that the broken cases below each damage in one place.
const valid = `{
  "format": 1, "id": "p", "title": "P", "source": "", "session_minutes": 40,
  "repeat_after_hours": {"min": 5, "max": 6},
  "exercises": [
    {"id": "a", "title": "A", "position": "Lie down.", "action": "Move.", "sides": "one",
     "dose": {"reps": {"min": 10, "max": 15}}},
    {"id": "b", "title": "B", "position": "Lie down.", "action": "Hold.", "sides": "both",
     "dose": {"holds": {"min": 5, "max": 7}, "hold_seconds": {"min": 3, "max": 5}}}
  ]
}`

func TestParseValid(t *testing.T) {
	p, err := Parse([]byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Exercises[1].Dose.Kind(); got != Holds {
		t.Errorf("kind of b = %v, want Holds", got)
	}
}

func TestParseBroken(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"bad JSON", `"format": 1,`, `"format": 1`, "line 2, column 16: not valid JSON"},
		{"empty", valid, "", "the file is empty"},
		{"truncated", valid, valid[:60], "ends in the middle"},
		{"wrong type", `"session_minutes": 40`, `"session_minutes": "40"`, "session_minutes: want int, got string"},
		{"unknown field", `"sides": "one"`, `"sides": "one", "repz": 3`, `unknown field "repz"`},
		{"format", `"format": 1`, `"format": 2`, "format: is 2"},
		{"missing id", `{"id": "a",`, `{`, "exercises[0].id: is missing"},
		{"bad id", `"id": "a"`, `"id": "A b"`, `exercises[0].id: "A b" should be`},
		{"duplicate id", `"id": "b"`, `"id": "a"`, `exercises[1].id: "a" is already used by exercises[0]`},
		{"missing title", `"title": "A", `, ``, "exercises[0].title: is missing"},
		{"min above max", `{"min": 10, "max": 15}`, `{"min": 20, "max": 15}`, "exercises[0].dose.reps: min 20 is above max 15"},
		{"negative", `{"min": 10, "max": 15}`, `{"min": -1, "max": 15}`, "exercises[0].dose.reps.min: -1 is outside 1–500"},
		{"absurd reps", `{"min": 10, "max": 15}`, `{"min": 10, "max": 100000}`, "exercises[0].dose.reps.max: 100000 is outside 1–500"},
		{"absurd hold", `"hold_seconds": {"min": 3, "max": 5}`, `"hold_seconds": {"min": 3, "max": 5000}`, "exercises[1].dose.hold_seconds.max: 5000 is outside 1–600"},
		{"zero range", `{"min": 10, "max": 15}`, `{}`, "exercises[0].dose.reps: is missing or zero"},
		{"unknown side", `"sides": "one"`, `"sides": "left"`, `exercises[0].sides: is "left": use "one" or "both"`},
		{"missing side", `"sides": "one",`, ``, `exercises[0].sides: is missing`},
		{"no dose", `"dose": {"reps": {"min": 10, "max": 15}}`, `"dose": {}`, "exercises[0].dose: is missing"},
		{"both kinds", `"dose": {"reps": {"min": 10, "max": 15}}`, `"dose": {"reps": {"min": 1, "max": 1}, "holds": {"min": 1, "max": 1}}`, `exercises[0].dose: has both "reps" and "holds"`},
		{"holds without seconds", `, "hold_seconds": {"min": 3, "max": 5}`, ``, `exercises[1].dose.hold_seconds: is missing`},
		{"no exercises", valid[strings.Index(valid, `[`) : strings.LastIndex(valid, `]`)+1], `[]`, "exercises: the program has no exercises"},
		{"bad repeat", `"repeat_after_hours": {"min": 5, "max": 6}`, `"repeat_after_hours": {"min": 5, "max": 48}`, "repeat_after_hours.max: 48 is outside 1–24"},
		{"trailing data", valid, valid + `{}`, "unexpected data after the program"},
		{"new_position not a yes or no", `"sides": "one"`, `"sides": "one", "new_position": "yes"`, "new_position: want bool, got string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(valid, tt.old) {
				t.Fatalf("test case does not apply: %q not in the valid program", tt.old)
			}
			_, err := Parse([]byte(strings.Replace(valid, tt.old, tt.new, 1)))
			if err == nil {
				t.Fatalf("Parse accepted a broken program, want error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestFieldErrorNamesField(t *testing.T) {
	_, err := Parse([]byte(strings.Replace(valid, `{"min": 10, "max": 15}`, `{"min": 20, "max": 15}`, 1)))
	var fe field.Error
	if !errors.As(err, &fe) || fe.Field != "exercises[0].dose.reps" {
		t.Fatalf("error %v is not a field.Error for exercises[0].dose.reps", err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	if err := os.WriteFile(good, []byte(valid), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(good); err != nil {
		t.Errorf("Load(good) = %v", err)
	}
	_, err := Load(filepath.Join(dir, "missing.json"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want a not-exist error", err)
	}
	huge := filepath.Join(dir, "huge.json")
	if err := os.WriteFile(huge, make([]byte, maxFileSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(huge); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load(huge) = %v, want a size error", err)
	}
}

func TestTargetClampsToDose(t *testing.T) {
	p := Builtin()
	tests := []struct {
		id   string
		in   Target
		want Target
	}{
		{"side-stretch-toes", Target{}, Target{Reps: 15}},
		{"side-stretch-toes", Target{Reps: 18}, Target{Reps: 18}},
		{"side-stretch-toes", Target{Reps: 99}, Target{Reps: 20}},
		{"arms-up-toes", Target{Reps: 10}, Target{Reps: 30}},
		{"pelvic-lift", Target{}, Target{Holds: 5, HoldSeconds: 10}},
		{"pelvic-lift", Target{Holds: 9, HoldSeconds: 12}, Target{Holds: 7, HoldSeconds: 12}},
		{"static-stretch", Target{Reps: 30, HoldSeconds: 1}, Target{Holds: 5, HoldSeconds: 3}},
	}
	for _, tt := range tests {
		e, ok := p.Exercise(tt.id)
		if !ok {
			t.Fatalf("no exercise %s", tt.id)
		}
		if got := e.Target(tt.in); got != tt.want {
			t.Errorf("%s.Target(%+v) = %+v, want %+v", tt.id, tt.in, got, tt.want)
		}
	}
}

func TestLocalized(t *testing.T) {
	p, err := Parse([]byte(strings.Replace(valid, `"sides": "one",`,
		`"sides": "one", "translations": {"ru": {"title": "А"}},`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	ru := p.Localized("ru")
	if ru.Exercises[0].Title != "А" || ru.Exercises[0].Action != "Move." {
		t.Errorf("ru exercise = %+v, want translated title and English action", ru.Exercises[0])
	}
	if p.Exercises[0].Title != "A" {
		t.Error("Localized changed the original program")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(`{"format":1,"exercises":[{"dose":{"holds":{"min":1,"max":1}}}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err == nil {
			if verr := p.Validate(); verr != nil {
				t.Fatalf("Parse returned a program that does not validate: %v", verr)
			}
		}
	})
}
