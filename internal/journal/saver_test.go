package journal

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Finding 3: on a full disk or in a read-only folder every checkpoint failed silently and the
// session was lost at the end. The Saver says so at the first failure, keeps the session in
// memory, and writes it once the folder can be written again.
func TestSaverKeepsTheSessionUntilItCanBeWritten(t *testing.T) {
	j := openTemp(t)
	s := NewSaver(j)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	rec := sampleSession(t, "20261125T070000Z-0000000a", start)

	// The checkpoint cannot be written: a folder stands where it goes (as a read-only folder refuses it).
	blocker := filepath.Join(j.dir, CheckpointName)
	if err := os.Mkdir(blocker, 0o700); err != nil {
		t.Fatal(err)
	}
	first, err := s.Checkpoint(rec)
	if err == nil || !first {
		t.Fatalf("first failed checkpoint: first=%v err=%v; want the user told", first, err)
	}
	if first, err := s.Checkpoint(rec); err == nil || first {
		t.Fatalf("second failed checkpoint: first=%v err=%v; want it quiet (already told)", first, err)
	}
	// The journal cannot be written either: the session stays in memory.
	j.write = fullDisk
	if first, err := s.Finish(rec); !errors.Is(err, syscall.ENOSPC) || first {
		t.Fatalf("finish on a full disk: first=%v err=%v", first, err)
	}
	if got := s.Pending(); len(got) != 1 || got[0].Session.ID != rec.Session.ID {
		t.Fatalf("pending = %v; want the session kept", got)
	}
	if err := s.Retry(); err == nil {
		t.Fatal("retry on a full disk succeeded")
	}
	// Space is back: the retry writes it, once, and clears the checkpoint.
	j.write = nil
	if err := os.Remove(blocker); err != nil {
		t.Fatal(err)
	}
	if err := s.Retry(); err != nil {
		t.Fatalf("retry: %v", err)
	}
	if got := s.Pending(); len(got) != 0 {
		t.Fatal("still pending after a successful retry")
	}
	recs, rep := mustLoad(t, j)
	if len(recs) != 1 || rep.Unreadable+rep.SetAside != 0 {
		t.Fatalf("journal: %d records, %+v; want the one session", len(recs), rep)
	}
	if cp, err := LoadCheckpoint(j.dir); err != nil || cp != nil {
		t.Fatalf("checkpoint after the save: %v, %v", cp, err)
	}
	// The next failure is told again.
	j.write = fullDisk
	if first, err := s.Finish(sampleSession(t, "b", start.Add(6*time.Hour))); err == nil || !first {
		t.Fatalf("a new failure after a success: first=%v err=%v", first, err)
	}
}

// A checkpoint that failed is written by the next retry.
func TestSaverRetriesTheCheckpoint(t *testing.T) {
	j := openTemp(t)
	s := NewSaver(j)
	rec := sampleSession(t, "id1", time.Date(2026, 11, 25, 8, 0, 0, 0, berlin))
	blocker := filepath.Join(j.dir, CheckpointName)
	if err := os.Mkdir(blocker, 0o700); err != nil {
		t.Fatal(err)
	}
	if first, err := s.Checkpoint(rec); err == nil || !first {
		t.Fatalf("checkpoint: first=%v err=%v", first, err)
	}
	if err := os.Remove(blocker); err != nil {
		t.Fatal(err)
	}
	if err := s.Retry(); err != nil {
		t.Fatal(err)
	}
	if cp, err := LoadCheckpoint(j.dir); err != nil || cp == nil || cp.Session.ID != "id1" {
		t.Fatalf("checkpoint after the retry: %v, %v", cp, err)
	}
	if got := s.Pending(); len(got) != 0 {
		t.Fatal("still pending after the retry")
	}
}

// Finding 6: the app died between the append and clearing the checkpoint; the saved session is
// not offered again.
func TestUnsavedDropsACheckpointAlreadyInTheJournal(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	rec := sampleSession(t, "20261125T070000Z-0000000a", start)
	if err := SaveCheckpoint(j.dir, rec); err != nil {
		t.Fatal(err)
	}
	if err := j.Append(rec); err != nil {
		t.Fatal(err)
	}
	recs, _ := mustLoad(t, j)
	cp, err := Unsaved(j.dir, recs)
	if err != nil || cp != nil {
		t.Fatalf("Unsaved = %v, %v; want nothing to offer", cp, err)
	}
	if _, err := os.Stat(filepath.Join(j.dir, CheckpointName)); !os.IsNotExist(err) {
		t.Fatalf("the checkpoint of a saved session is still there: %v", err)
	}
	// A checkpoint of a session not in the journal is offered.
	other := sampleSession(t, "20261125T130000Z-0000000b", start.Add(6*time.Hour))
	if err := SaveCheckpoint(j.dir, other); err != nil {
		t.Fatal(err)
	}
	if cp, err := Unsaved(j.dir, recs); err != nil || cp == nil || cp.Session.ID != other.Session.ID {
		t.Fatalf("Unsaved = %v, %v; want the other session", cp, err)
	}
}

// Finding 3: in a read-only folder the window said "new sessions are still saved". Writable tells.
func TestWritable(t *testing.T) {
	if err := openTemp(t).Writable(); err != nil {
		t.Fatalf("a fresh folder: %v", err)
	}
	j := openTemp(t)
	lockBlocked(t, j)
	if err := j.Writable(); err == nil {
		t.Fatal("a folder whose journal cannot be locked for writing counts as writable")
	}
}

// "Save elsewhere" writes journal lines that a journal reads back as the same sessions.
func TestWriteLinesReadsBack(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	want := []Record{sampleSession(t, "a", start), sampleSession(t, "b", start.Add(6*time.Hour))}
	f, err := os.Create(j.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteLines(f, want); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got, rep := mustLoad(t, j)
	if len(got) != 2 || rep.SetAside+rep.Unreadable != 0 || got[1].Session.ID != "b" {
		t.Fatalf("read back %d records, %+v", len(got), rep)
	}
}
