package journal

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// oldLine is a session as the journal wrote it before it reused coach.Status, program.Sides and
// program.Kind: every status, both sides, both kinds, pain given and not given.
const oldLine = `{"v":1,"kind":"session","session":{"id":"s1","program":"lumbar","start":"2026-11-24T08:00:00+01:00","end":"2026-11-24T08:38:00+01:00","completed":false,"pain_before":4,"exercises":[` +
	`{"id":"a","title":"A","kind":"reps","sides":"one","target":30,"hold_seconds":0,"done":30,"status":"done"},` +
	`{"id":"b","title":"B","kind":"reps","sides":"both","target":30,"hold_seconds":0,"done":4,"status":"partial"},` +
	`{"id":"c","title":"C","kind":"holds","sides":"one","target":7,"hold_seconds":5,"done":0,"status":"skipped"},` +
	`{"id":"d","title":"D","kind":"reps","sides":"both","target":15,"hold_seconds":0,"done":2,"status":"pain","pain":6},` +
	`{"id":"e","title":"E","kind":"reps","sides":"one","target":30,"hold_seconds":0,"done":0,"status":"not-started"}]}}`

// TestOldLineReadsAndWritesBack checks that an existing journal still loads into the shared
// types and is written back byte for byte.
func TestOldLineReadsAndWritesBack(t *testing.T) {
	var r Record
	if err := json.Unmarshal([]byte(oldLine), &r); err != nil {
		t.Fatal(err)
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	var statuses []coach.Status
	var sides []program.Sides
	var kinds []program.Kind
	for _, e := range r.Session.Exercises {
		statuses, sides, kinds = append(statuses, e.Status), append(sides, e.Sides), append(kinds, e.Kind)
	}
	if want := []coach.Status{coach.Done, coach.Partial, coach.Skipped, coach.PainStopped, coach.NotStarted}; !slices.Equal(statuses, want) {
		t.Errorf("statuses = %v, want %v", statuses, want)
	}
	if want := []program.Sides{program.OneSide, program.BothSides, program.OneSide, program.BothSides, program.OneSide}; !slices.Equal(sides, want) {
		t.Errorf("sides = %v, want %v", sides, want)
	}
	if want := []program.Kind{program.Reps, program.Reps, program.Holds, program.Reps, program.Reps}; !slices.Equal(kinds, want) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}
	got, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != oldLine {
		t.Errorf("written back as\n%s\nwant\n%s", got, oldLine)
	}
}

// TestUnknownWordsStayInvalid: a status, sides or kind this version does not know, or none,
// still makes the line invalid (it is set aside), as before the types were shared.
func TestUnknownWordsStayInvalid(t *testing.T) {
	for name, edit := range map[string][2]string{
		"unknown status": {`"status":"done"`, `"status":"abandoned"`},
		"no status":      {`,"status":"done"`, ``},
		"unknown sides":  {`"sides":"both"`, `"sides":"left"`},
		"no sides":       {`"sides":"both",`, ``},
		"unknown kind":   {`"kind":"holds"`, `"kind":"minutes"`},
		"no kind":        {`"kind":"holds",`, ``},
	} {
		var r Record
		if err := json.Unmarshal([]byte(strings.Replace(oldLine, edit[0], edit[1], 1)), &r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := r.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Validate() = %v, want ErrInvalid", name, err)
		}
	}
}

// TestPainCrossing checks the one crossing between the coach's pain level (an int, coach.NoPain
// when not given) and the journal's (an optional number).
func TestPainCrossing(t *testing.T) {
	for _, level := range []int{coach.NoPain, -2, 11} {
		if p := Pain(level); p != nil {
			t.Errorf("Pain(%d) = %d, want nil", level, *p)
		}
	}
	for _, level := range []int{0, 5, 10} {
		if p := Pain(level); p == nil || *p != level || PainLevel(p) != level {
			t.Errorf("Pain(%d) does not keep the level", level)
		}
	}
	if got := PainLevel(nil); got != coach.NoPain {
		t.Errorf("PainLevel(nil) = %d, want coach.NoPain", got)
	}
}
