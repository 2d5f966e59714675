package journal

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
)

func TestCheckpointResume(t *testing.T) {
	dir := t.TempDir()
	if r, err := LoadCheckpoint(dir); r != nil || err != nil {
		t.Fatalf("LoadCheckpoint with none = %v, %v", r, err)
	}
	start := time.Date(2026, 3, 29, 1, 50, 0, 0, berlin) // 10 minutes before the clocks jump
	rec := sampleSession(t, NewSessionID(start), start)
	rec.Session.Completed = false
	rec.Session.Exercises[1].Status, rec.Session.Exercises[1].Done = coach.NotStarted, 0
	rec.Session.PainAfter = nil

	// The app checkpoints after each exercise; the last save wins.
	first := rec
	first.Session = &Session{ID: rec.Session.ID, Program: "lumbar", Start: start, End: start}
	for _, r := range []Record{first, rec} {
		if err := SaveCheckpoint(dir, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := LoadCheckpoint(dir)
	if err != nil || got == nil {
		t.Fatalf("LoadCheckpoint = %v, %v", got, err)
	}
	if g, w := encode(t, *got), encode(t, rec); g[0] != w[0] {
		t.Errorf("resumed\n%s\nwant\n%s", g[0], w[0])
	}

	// "Save as it stands": append what was resumed, then clear.
	j, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Append(*got); err != nil {
		t.Fatal(err)
	}
	if err := ClearCheckpoint(dir); err != nil {
		t.Fatal(err)
	}
	if r, err := LoadCheckpoint(dir); r != nil || err != nil {
		t.Errorf("after clear: %v, %v", r, err)
	}
	if err := ClearCheckpoint(dir); err != nil {
		t.Errorf("second clear: %v", err)
	}
	recs, _, err := j.Load()
	if err != nil || len(recs) != 1 || recs[0].Session.Completed || recs[0].Session.ID != rec.Session.ID {
		t.Errorf("journal after saving the resumed session: %+v, %v", recs, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}

func TestCheckpointRejectsOtherKinds(t *testing.T) {
	err := SaveCheckpoint(t.TempDir(), NewSkipRecord(Skip{At: time.Now(), Due: time.Now()}))
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("SaveCheckpoint(skip) = %v, want ErrInvalid", err)
	}
}

func TestCheckpointDamaged(t *testing.T) {
	tests := []struct {
		name, content string
		want          error
		movedAside    bool
	}{
		{"torn", `{"v":1,"kind":"session","sess`, ErrCheckpointCorrupt, true},
		{"not a session", `{"v":1,"kind":"skip","skip":{"at":"2026-01-01T00:00:00Z","due":"2026-01-01T00:00:00Z"}}`, ErrCheckpointCorrupt, true},
		{"newer version", `{"v":7,"kind":"session"}`, ErrCheckpointNewer, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, CheckpointName)
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			r, err := LoadCheckpoint(dir)
			if r != nil || !errors.Is(err, tt.want) {
				t.Fatalf("LoadCheckpoint = %v, %v; want %v", r, err, tt.want)
			}
			aside, _ := filepath.Glob(path + ".corrupt-*")
			_, stillThere := os.Stat(path)
			if tt.movedAside != (len(aside) == 1) || tt.movedAside == (stillThere == nil) {
				t.Fatalf("moved aside %v, original still there %v", aside, stillThere == nil)
			}
			if tt.movedAside {
				if b, _ := os.ReadFile(aside[0]); string(b) != tt.content || !strings.Contains(err.Error(), aside[0]) {
					t.Errorf("aside copy %q, error %v", b, err)
				}
			}
		})
	}
}

// TestDamagedCheckpointsKeptApart: two damaged checkpoints found one after the other (within
// the same second, as a crash loop would) are both kept, each with its own content.
func TestDamagedCheckpointsKeptApart(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, CheckpointName)
	for _, content := range []string{"first damaged", "second damaged"} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadCheckpoint(dir); !errors.Is(err, ErrCheckpointCorrupt) {
			t.Fatalf("LoadCheckpoint = %v, want ErrCheckpointCorrupt", err)
		}
	}
	aside, _ := filepath.Glob(path + ".corrupt-*")
	var got []string
	for _, name := range aside {
		b, _ := os.ReadFile(name)
		got = append(got, string(b))
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"first damaged", "second damaged"}) {
		t.Errorf("kept aside %v holding %q; want both damaged checkpoints", aside, got)
	}
}
