package journal

import (
	"os"
	"testing"
	"time"
)

// TestCacheReadsOnlyWhenChanged: an unchanged journal is served from memory (the same slice, no
// read), an append or a hand edit is seen at the next Load, and a damaged line is still set aside.
func TestCacheReadsOnlyWhenChanged(t *testing.T) {
	j, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c := NewCache(j)
	start := time.Date(2026, 3, 2, 8, 0, 0, 0, berlin)
	if recs, _, err := c.Load(); err != nil || len(recs) != 0 {
		t.Fatalf("empty journal: %d records, %v", len(recs), err)
	}
	if err := j.Append(sampleSession(t, "a", start)); err != nil {
		t.Fatal(err)
	}
	first, _, err := c.Load()
	if err != nil || len(first) != 1 {
		t.Fatalf("after one append: %d records, %v; want 1", len(first), err)
	}
	again, rep, err := c.Load()
	if err != nil || len(again) != 1 || &again[0] != &first[0] || rep.Records != 1 {
		t.Errorf("unchanged journal was read again (or lost): %d records, %+v, %v", len(again), rep, err)
	}

	// The cache trusts the stamp: garbage of the journal's size with its modification time is
	// not read, which shows an unchanged journal costs no read.
	data, err := os.ReadFile(j.Path())
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(j.Path())
	if err != nil {
		t.Fatal(err)
	}
	garbage := make([]byte, len(data))
	for i := range garbage {
		garbage[i] = 'x'
	}
	if err := os.WriteFile(j.Path(), garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(j.Path(), fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if recs, rep, _ := c.Load(); len(recs) != 1 || rep.SetAside != 0 {
		t.Fatalf("same size and time: the cache read the file (%d records, %+v)", len(recs), rep)
	}

	// Now a real change: the damaged content with one more line and a new time.
	if err := os.WriteFile(j.Path(), append(garbage, '\n'), 0o600); err != nil {
		t.Fatal(err)
	}
	recs, rep, err := c.Load()
	if err != nil || len(recs) != 0 || rep.SetAside != 1 || rep.CorruptPath == "" {
		t.Fatalf("damaged journal: %d records, %+v, %v; want its line set aside", len(recs), rep, err)
	}
	if err := j.Append(sampleSession(t, "b", start.Add(6*time.Hour))); err != nil {
		t.Fatal(err)
	}
	if recs, _, err := c.Load(); err != nil || len(recs) != 1 || recs[0].Session.ID != "b" {
		t.Fatalf("after the repair and an append: %d records, %v; want session b", len(recs), err)
	}
}
