package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
)

// exportJournal writes a journal of three finished sessions into a new data folder: 1 hour,
// 10 days and 100 days ago, each with two exercises, the second stopped for pain at level 4.
func exportJournal(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	j, err := journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().Round(0)
	exs := program.Builtin().Exercises
	for i, ago := range []time.Duration{100 * 24 * time.Hour, 10 * 24 * time.Hour, time.Hour} {
		start := now.Add(-ago)
		s := journal.Session{
			ID: "s" + string(rune('1'+i)), Program: "lumbar", Start: start, End: start.Add(35 * time.Minute), Completed: true,
			PainBefore: journal.Pain(5), PainAfter: journal.Pain(3),
			Exercises: []journal.ExerciseRecord{
				exerciseRecord(exs[0], exs[0].Dose.Reps.Max, coach.Done, nil),
				exerciseRecord(exs[1], 12, coach.PainStopped, journal.Pain(4)),
			},
		}
		if err := j.Append(journal.NewSessionRecord(s)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// exerciseRecord is what a session records of the program's exercise e.
func exerciseRecord(e program.Exercise, done int, status coach.Status, pain *int) journal.ExerciseRecord {
	return journal.ExerciseRecord{
		ID: e.ID, Title: e.Title, Kind: program.Reps, Sides: e.Sides,
		Target: e.Dose.Reps.Max, Done: done, Status: status, Pain: pain,
	}
}

func runExport(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExportCSV(t *testing.T) {
	dir := exportJournal(t)
	file := filepath.Join(t.TempDir(), "sessions.csv")
	code, out, errOut := runExport("--data-dir", dir, "export", "--csv", file)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if want := "wrote " + file + " (3 sessions)\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+3*2 { // a header, then two exercises for each of three sessions
		t.Fatalf("%d rows, want 7:\n%v", len(rows), rows)
	}
	if rows[0][0] != "date" || rows[0][len(rows[0])-1] != "pain" {
		t.Errorf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	last := rows[6] // the latest session's pain stop
	if last[col["session_id"]] != "s3" || last[col["exercise_id"]] != "side-stretch" || last[col["status"]] != "pain" ||
		last[col["pain"]] != "4" || last[col["done"]] != "12" || last[col["pain_before"]] != "5" {
		t.Errorf("last row %v", last)
	}
}

func TestExportHTML(t *testing.T) {
	dir := exportJournal(t)
	file := filepath.Join(t.TempDir(), "report.html")
	// The flags may also follow the command.
	code, out, errOut := runExport("export", "--data-dir", dir, "--html", file)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// The session 100 days ago is older than the report's 8 weeks.
	if want := "wrote " + file + " (2 sessions)\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	html := string(data)
	p := program.Builtin()
	reps := func(r *program.Range) string { return fmt.Sprintf("%d–%d times", r.Min, r.Max) }
	third, last := p.Exercises[2].Dose, p.Exercises[len(p.Exercises)-1].Dose
	for _, want := range []string{
		p.Title, p.Exercises[0].Title, fmt.Sprintf("%d times", p.Exercises[0].Dose.Reps.Max),
		reps(third.Reps) + "; right, then left, is one repetition",
		fmt.Sprintf("%s, hold %d–%d s", reps(last.Holds), last.HoldSeconds.Min, last.HoldSeconds.Max),
		p.Exercises[1].Title + " (4)",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if n := strings.Count(html, "<svg xmlns"); n != 7 {
		t.Errorf("report has %d exercise figures, want 7", n)
	}
	for _, bad := range []string{"<script", "http://", "https://", "<link", "src="} {
		if strings.Contains(strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("report is not self-contained: it has %q", bad)
		}
	}
}

func TestExportDataFromEnvironment(t *testing.T) {
	t.Setenv("SPINECOACH_DATA", exportJournal(t))
	file := filepath.Join(t.TempDir(), "s.csv")
	if code, out, errOut := runExport("export", "--csv", file); code != 0 || !strings.Contains(out, "(3 sessions)") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestExportFails(t *testing.T) {
	dir := exportJournal(t)
	out := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no file named", []string{"--data-dir", dir, "export"}, "nothing to export"},
		{"no such data folder", []string{"--data-dir", filepath.Join(out, "nope"), "export", "--csv", filepath.Join(out, "a.csv")}, "no data folder at"},
		{"no such output folder", []string{"--data-dir", dir, "export", "--csv", filepath.Join(out, "missing", "a.csv")}, "cannot write"},
		{"a stray argument", []string{"--data-dir", dir, "export", "--csv", filepath.Join(out, "a.csv"), "extra"}, `unexpected "extra"`},
		{"a broken program", []string{"--data-dir", dir, "--program", filepath.Join(out, "none.json"), "export", "--html", filepath.Join(out, "a.html")}, "program file cannot be used"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runExport(tc.args...)
			if code != 1 || !strings.Contains(stderr, tc.want) || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, stdout, stderr, tc.want)
			}
		})
	}
	if left, _ := filepath.Glob(filepath.Join(out, "*")); len(left) != 0 {
		t.Errorf("failed exports left files: %v", left)
	}
}
