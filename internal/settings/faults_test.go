package settings

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 14: a settings.json of 25 MB was accepted and carried everywhere. A file over MaxFileBytes
// is set aside unread, like one that does not parse.
func TestOversizedSettingsAreSetAside(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, `{"volume": 40, "padding": "`+strings.Repeat("x", MaxFileBytes)+`"}`)
	s, report, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !report.Corrupt || report.KeptAside == "" || s.Volume != Default().Volume {
		t.Fatalf("report %+v, volume %d: want the file set aside and the defaults", report, s.Volume)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); !os.IsNotExist(err) {
		t.Fatalf("the oversized file is still in place: %v", err)
	}
}

// Issue 14: targets for exercise ids without limit; only MaxTargets are kept.
func TestTooManyTargetsAreCut(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range MaxTargets + 50 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"ex-%04d": {"reps": 5}`, i)
	}
	writeFile(t, dir, `{"targets": {`+b.String()+`}}`)
	s, report, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Targets) != MaxTargets || len(report.Reset) == 0 {
		t.Fatalf("%d targets kept, report %+v; want %d and a reset reported", len(s.Targets), report, MaxTargets)
	}
}

// Issue 14 finding 4: `spinecoach export` reads the settings without changing them.
func TestReadChangesNothing(t *testing.T) {
	for _, text := range []string{`{"volume": 400, "sessions_per_day": 2}`, `{not json`} {
		dir := t.TempDir()
		writeFile(t, dir, text)
		s, _, err := Read(dir)
		if err != nil {
			t.Fatal(err)
		}
		if text[1] == '"' && s.SessionsPerDay != 2 {
			t.Errorf("Read %s: sessions per day %d, want 2", text, s.SessionsPerDay)
		}
		got, err := os.ReadFile(filepath.Join(dir, FileName))
		if err != nil || string(got) != text || len(asideFiles(t, dir)) != 0 {
			t.Errorf("Read %s changed the folder: %q, %v, %v", text, got, err, asideFiles(t, dir))
		}
	}
}
