package journal_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/journal/journaltest"
)

func TestAppendAndLoad(t *testing.T) {
	j, err := journal.Open(filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	want := journaltest.Records(time.Date(2026, 3, 1, 0, 0, 0, 0, zone), 21, zone, 1)
	for _, r := range want {
		if err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	got, rep, err := j.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	g, err1 := json.Marshal(got)
	w, err2 := json.Marshal(want)
	if err1 != nil || err2 != nil || !slices.Equal(g, w) {
		t.Fatalf("reloaded records differ from appended ones")
	}
	if rep != (journal.LoadReport{Records: len(want)}) {
		t.Errorf("report = %+v, want only %d records", rep, len(want))
	}
	// Times come back with the offset they were written with.
	if s := got[0].Session; s == nil || s.Start.Format(time.RFC3339) != want[0].Session.Start.Format(time.RFC3339) {
		t.Errorf("first start = %v, want %v", s.Start, want[0].Session.Start)
	}
}
