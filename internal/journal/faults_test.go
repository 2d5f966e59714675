package journal

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fullDisk writes the first half of b, then fails as a full disk does.
func fullDisk(f *os.File, b []byte) (int, error) {
	n, _ := f.Write(b[:len(b)/2])
	return n, syscall.ENOSPC
}

// lockBlocked makes the journal's lock file impossible to open, as a read-only folder does
// (a folder, even for root).
func lockBlocked(t *testing.T, j *Journal) {
	t.Helper()
	if err := os.Mkdir(j.lockPath(), 0o700); err != nil {
		t.Fatal(err)
	}
}

func corruptFiles(t *testing.T, j *Journal) []string {
	t.Helper()
	m, err := filepath.Glob(j.path + ".corrupt-*")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Finding 3: a failed append on a full disk left half a line, which the next start reported as damage.
func TestFailedAppendLeavesNoTornLine(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	if err := j.Append(sampleSession(t, "a", start)); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, j.path)
	j.write = fullDisk
	err := j.Append(sampleSession(t, "b", start.Add(6*time.Hour)))
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("append on a full disk: err = %v, want ENOSPC", err)
	}
	if got := readFile(t, j.path); got != before {
		t.Fatalf("the failed append left %q after the journal", strings.TrimPrefix(got, before))
	}
	j.write = nil
	recs, rep := mustLoad(t, j)
	if rep.SetAside != 0 || rep.Unreadable != 0 || len(recs) != 1 {
		t.Fatalf("after a failed append: %d records, report %+v; want 1 record and no damage", len(recs), rep)
	}
	// The retry, once there is room, lands whole.
	if err := j.Append(sampleSession(t, "b", start.Add(6*time.Hour))); err != nil {
		t.Fatal(err)
	}
	if recs, rep := mustLoad(t, j); len(recs) != 2 || rep.SetAside != 0 {
		t.Fatalf("after the retry: %d records, report %+v", len(recs), rep)
	}
}

// Finding 4: a bad line made the journal unreadable when the folder could not be written.
func TestLoadReadsWhatItCanWhenItCannotRepair(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	lines := encode(t, sampleSession(t, "a", start), sampleSession(t, "b", start.Add(6*time.Hour)))
	writeJournal(t, j, []string{lines[0], "{garbage", lines[1]}, "")
	before := readFile(t, j.path)
	lockBlocked(t, j)
	recs, rep, err := j.Load()
	if err != nil {
		t.Fatalf("load in a folder that cannot be written: %v", err)
	}
	if len(recs) != 2 || rep.Unreadable != 1 || rep.SetAside != 0 || rep.Rewritten {
		t.Fatalf("got %d records, report %+v; want 2 records, 1 unreadable line left in place", len(recs), rep)
	}
	if readFile(t, j.path) != before {
		t.Fatal("the journal changed although it could not be repaired")
	}
}

// Finding 4: on a full disk every load left a 0-byte journal.jsonl.corrupt-* file.
func TestLoadOnFullDiskLeavesNoEmptyCopies(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	writeJournal(t, j, []string{encode(t, sampleSession(t, "a", start))[0], "{garbage"}, "")
	before := readFile(t, j.path)
	j.write = fullDisk
	for range 3 {
		recs, rep, err := j.Load()
		if err != nil || len(recs) != 1 || rep.Unreadable != 1 {
			t.Fatalf("load on a full disk: %d records, %+v, %v", len(recs), rep, err)
		}
	}
	if m := corruptFiles(t, j); len(m) != 0 {
		t.Fatalf("a full disk left %v", m)
	}
	if readFile(t, j.path) != before {
		t.Fatal("the journal changed although it could not be repaired")
	}
}

// Finding 4: reading (export) changes nothing, even with damage it could repair.
func TestReadChangesNothing(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	writeJournal(t, j, []string{encode(t, sampleSession(t, "a", start))[0], "{garbage"}, `{"v":1,"kind":"sess`)
	before := readFile(t, j.path)
	recs, rep, err := j.Read()
	if err != nil || len(recs) != 1 || rep.Unreadable != 2 {
		t.Fatalf("read: %d records, %+v, %v; want 1 record, 2 unreadable", len(recs), rep, err)
	}
	if readFile(t, j.path) != before || len(corruptFiles(t, j)) != 0 {
		t.Fatal("Read changed the folder")
	}
	if _, err := os.Stat(j.lockPath()); err == nil {
		t.Fatal("Read created the lock file")
	}
}

// Finding 6: a session saved twice (the app died between the append and clearing the
// checkpoint, then "save as it stands") is one session, on load and on save.
func TestSameSessionIDIsOneSession(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	s := sampleSession(t, "20261125T070000Z-0000000a", start)
	for range 2 {
		if err := j.Append(s); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(readFile(t, j.path), "\n"); n != 1 {
		t.Fatalf("saving the same session twice wrote %d lines", n)
	}
	// A journal that already holds two copies (from an older version) loads one.
	line := encode(t, s)[0]
	writeJournal(t, j, []string{line, line, encode(t, sampleSession(t, "b", start.Add(6*time.Hour)))[0]}, "")
	recs, rep := mustLoad(t, j)
	if len(recs) != 2 || rep.Duplicates != 1 || rep.SetAside != 0 {
		t.Fatalf("got %d records, report %+v; want 2 records and 1 duplicate", len(recs), rep)
	}
	if !HasSession(recs, s.Session.ID) || HasSession(recs, "nope") {
		t.Fatal("HasSession")
	}
}

// Also: a huge line is set aside, not decoded and carried everywhere.
func TestLoadSetsAsideAnOversizedLine(t *testing.T) {
	j := openTemp(t)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)
	s := sampleSession(t, "big", start)
	s.Session.Exercises[0].Title = strings.Repeat("x", MaxLineBytes)
	huge := encode(t, s)[0]
	writeJournal(t, j, []string{encode(t, sampleSession(t, "a", start))[0], huge}, "")
	recs, rep := mustLoad(t, j)
	if len(recs) != 1 || rep.SetAside != 1 {
		t.Fatalf("got %d records, report %+v; want the oversized line set aside", len(recs), rep)
	}
}
