package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// snapshotDir maps each file in dir to its content.
func snapshotDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(b)
	}
	return files
}

// Finding 4: `spinecoach export` repaired the journal and the settings it read.
func TestExportChangesNothing(t *testing.T) {
	dir := exportJournal(t)
	f, err := os.OpenFile(filepath.Join(dir, "journal.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("{garbage\n{\"v\":1,\"kind\":\"sess"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.WriteFile(filepath.Join(dir, "settings.json"), []byte(`{"volume": 400}`), 0o600); err != nil {
		t.Fatal(err)
	}
	before := snapshotDir(t, dir)
	out := t.TempDir()
	code, _, errOut := runExport("--data-dir", dir, "export", "--csv", filepath.Join(out, "s.csv"), "--html", filepath.Join(out, "r.html"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "2 lines of the journal could not be read") {
		t.Errorf("stderr %q: want the unreadable lines counted", errOut)
	}
	after := snapshotDir(t, dir)
	if len(after) != len(before) {
		t.Fatalf("export changed the data folder: %d files before, %d after", len(before), len(after))
	}
	for name, content := range before {
		if after[name] != content {
			t.Errorf("export changed %s", name)
		}
	}
}

// Finding 5: `--csv -` writes the CSV to standard output, and says what it wrote on stderr.
func TestExportCSVToStdout(t *testing.T) {
	dir := exportJournal(t)
	code, out, errOut := runExport("--data-dir", dir, "export", "--csv", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 1+3*2 {
		t.Fatalf("stdout is not the CSV of 3 sessions of 2 exercises: %d rows, %v\n%s", len(rows), err, out)
	}
	if _, err := os.Stat("-"); err == nil {
		t.Fatal("a file named - was written")
	}
	if !strings.Contains(errOut, "3 sessions") {
		t.Errorf("stderr %q: want the count", errOut)
	}
}
