package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestAsideNeverOverwrites: three damaged files set aside in the same second, by copy or by
// move, are three files, each with its own content.
func TestAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	at := time.Date(2026, 3, 1, 9, 30, 15, 0, time.UTC)
	first, err := KeepAsideBytes(path, at, []byte("one"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("two"), 0o600); err != nil {
		t.Fatal(err)
	}
	second, err := MoveAside(path, at)
	if err != nil {
		t.Fatal(err)
	}
	third, err := KeepAsideBytes(path, at, []byte("three"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"settings.json.corrupt-20260301-093015":   "one",
		"settings.json.corrupt-20260301-093015-2": "two",
		"settings.json.corrupt-20260301-093015-3": "three",
	}
	for i, name := range []string{first, second, third} {
		base := filepath.Base(name)
		got, err := os.ReadFile(name)
		if err != nil || string(got) != want[base] {
			t.Errorf("copy %d: %s holds %q, %v; want %q", i+1, base, got, err, want[base])
		}
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s is still there after MoveAside: %v", path, err)
	}
	assertOnly(t, dir, "settings.json.corrupt-20260301-093015", "settings.json.corrupt-20260301-093015-2", "settings.json.corrupt-20260301-093015-3")
}

// TestKeepAsideFailedWriteLeavesNothing: a copy that could not be written whole (a full disk)
// is removed, and the error says so.
func TestKeepAsideFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	full := errors.New("no space left on device")
	_, err := KeepAside(filepath.Join(dir, "journal.jsonl"), time.Now(), false, func(f *os.File) error {
		_, _ = f.Write([]byte("half"))
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("KeepAside = %v, want the writer's error", err)
	}
	assertOnly(t, dir)
}

func TestMoveAsideMissingFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := MoveAside(filepath.Join(dir, "settings.json"), time.Now()); err == nil {
		t.Error("moving a missing file aside succeeded")
	}
	assertOnly(t, dir)
}
