package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

var berlin = mustZone("Europe/Berlin")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // test set-up only
	}
	return loc
}

// encode returns the journal lines of records, as Append writes them.
func encode(t testing.TB, records ...Record) []string {
	t.Helper()
	var out []string
	for _, r := range records {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func sampleSession(t testing.TB, id string, start time.Time) Record {
	t.Helper()
	return NewSessionRecord(Session{
		ID: id, Program: "lumbar", Start: start, End: start.Add(38 * time.Minute), Completed: true,
		PainBefore: Pain(4), PainAfter: Pain(2),
		Exercises: []ExerciseRecord{
			{ID: "arms-up-toes", Title: "Arms up, toes to you", Kind: program.Reps, Sides: program.OneSide, Target: 30, Done: 30, Status: coach.Done},
			{ID: "static-stretch", Title: "Static stretch", Kind: program.Holds, Sides: program.OneSide, Target: 7, HoldSeconds: 5, Done: 7, Status: coach.Done},
		},
	})
}

func openTemp(t *testing.T) *Journal {
	t.Helper()
	j, err := Open(filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	j.now = func() time.Time { return time.Date(2026, 11, 25, 9, 30, 15, 0, time.Local) }
	return j
}

func mustLoad(t *testing.T, j *Journal) ([]Record, LoadReport) {
	t.Helper()
	recs, rep, err := j.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return recs, rep
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLoadMissingJournal(t *testing.T) {
	recs, rep, err := Load(filepath.Join(t.TempDir(), "nothing-yet"))
	if err != nil || len(recs) != 0 || rep != (LoadReport{}) {
		t.Fatalf("Load of an empty folder = %d records, %+v, %v", len(recs), rep, err)
	}
}

func TestAppendRejectsInvalid(t *testing.T) {
	j := openTemp(t)
	bad := sampleSession(t, "s1", time.Date(2026, 1, 5, 8, 0, 0, 0, berlin))
	eleven := 11
	bad.Session.PainAfter = &eleven
	tests := map[string]Record{
		"pain out of range": bad,
		"no payload":        {V: Version, Kind: KindSession},
		"wrong payload":     {V: Version, Kind: KindSkip, Pause: &Pause{}},
		"old version":       {V: 0, Kind: KindSkip, Skip: &Skip{At: time.Now(), Due: time.Now()}},
	}
	for name, r := range tests {
		if err := j.Append(r); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Append error = %v, want ErrInvalid", name, err)
		}
	}
	if _, err := os.Stat(j.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("journal exists after only invalid appends: %v", err)
	}
}

// writeJournal writes lines (each followed by a newline) plus tail (no newline) as the journal.
func writeJournal(t *testing.T, j *Journal, lines []string, tail string) {
	t.Helper()
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	b.WriteString(tail)
	if err := os.WriteFile(j.Path(), []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestLoadSetsAsideBadLines(t *testing.T) {
	day := time.Date(2026, 5, 4, 8, 0, 0, 0, berlin)
	good := encode(t, sampleSession(t, "a", day), sampleSession(t, "b", day.Add(5*time.Hour)), sampleSession(t, "c", day.Add(24*time.Hour)))
	painEleven := strings.Replace(good[1], `"pain_after":2`, `"pain_after":11`, 1)
	tests := []struct {
		name      string
		lines     []string
		tail      string
		wantBad   []string
		wantKept  []string
		wantCount int
	}{
		{"torn last line", good, good[0][:40], []string{good[0][:40]}, good, 3},
		{"garbage in the middle", []string{good[0], "#$%!garbage", good[1], good[2]}, "", []string{"#$%!garbage"}, good, 3},
		{"bad hand edit", []string{good[0], painEleven, good[2]}, "", []string{painEleven}, []string{good[0], good[2]}, 2},
		{"two bad, blank lines dropped", []string{"", good[0], "{", " ", good[1], `{"v":1,"kind":"flare"}`, good[2]}, "", []string{"{", `{"v":1,"kind":"flare"}`}, good, 3},
		{"unterminated good last line", good[:2], good[2], nil, good, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := openTemp(t)
			writeJournal(t, j, tt.lines, tt.tail)
			recs, rep := mustLoad(t, j)
			if len(recs) != tt.wantCount || rep.Records != tt.wantCount || !rep.Rewritten || rep.SetAside != len(tt.wantBad) {
				t.Fatalf("got %d records, report %+v; want %d records, %d set aside, rewritten", len(recs), rep, tt.wantCount, len(tt.wantBad))
			}
			if got, want := readFile(t, j.Path()), strings.Join(tt.wantKept, "\n")+"\n"; got != want {
				t.Errorf("journal after repair:\n%s\nwant:\n%s", got, want)
			}
			if len(tt.wantBad) > 0 {
				wantPath := j.Path() + ".corrupt-20261125-093015"
				if rep.CorruptPath != wantPath {
					t.Errorf("CorruptPath = %q, want %q", rep.CorruptPath, wantPath)
				}
				if got, want := readFile(t, rep.CorruptPath), strings.Join(tt.wantBad, "\n")+"\n"; got != want {
					t.Errorf("set-aside file = %q, want %q", got, want)
				}
			}
			next := sampleSession(t, "next", day.Add(48*time.Hour))
			if err := j.Append(next); err != nil {
				t.Fatal(err)
			}
			recs, rep = mustLoad(t, j)
			if len(recs) != tt.wantCount+1 || recs[len(recs)-1].Session.ID != "next" || rep.Rewritten || rep.SetAside != 0 {
				t.Errorf("after append: %d records, report %+v; want %d clean", len(recs), rep, tt.wantCount+1)
			}
		})
	}
}

func TestAppendAfterTornLineStartsNewLine(t *testing.T) {
	j := openTemp(t)
	day := time.Date(2026, 5, 4, 8, 0, 0, 0, berlin)
	good := encode(t, sampleSession(t, "a", day))
	writeJournal(t, j, good, `{"v":1,"kind":"sess`)
	if err := j.Append(sampleSession(t, "b", day.Add(time.Hour))); err != nil {
		t.Fatal(err)
	}
	recs, rep := mustLoad(t, j)
	if len(recs) != 2 || recs[1].Session.ID != "b" || rep.SetAside != 1 {
		t.Fatalf("got %d records, report %+v; want a and b kept, the torn fragment set aside", len(recs), rep)
	}
	if got := readFile(t, rep.CorruptPath); got != `{"v":1,"kind":"sess`+"\n" {
		t.Errorf("set aside %q", got)
	}
}

func TestLoadKeepsNewerVersions(t *testing.T) {
	j := openTemp(t)
	day := time.Date(2026, 5, 4, 8, 0, 0, 0, berlin)
	good := encode(t, sampleSession(t, "a", day))[0]
	newer := []string{
		`{"v":2,"kind":"session","session":"a shape we cannot read"}`,
		`{"v":3,"kind":"mood","mood":{"at":"2030-01-01T00:00:00Z","level":"fine"}}`,
	}
	writeJournal(t, j, []string{newer[0], good, "garbage", newer[1]}, "")
	recs, rep := mustLoad(t, j)
	if len(recs) != 1 || rep.Newer != 2 || rep.SetAside != 1 {
		t.Fatalf("got %d records, report %+v; want 1 record, 2 newer, 1 set aside", len(recs), rep)
	}
	if got, want := readFile(t, j.Path()), newer[0]+"\n"+good+"\n"+newer[1]+"\n"; got != want {
		t.Errorf("journal after repair:\n%s\nwant newer lines kept verbatim:\n%s", got, want)
	}
}

func TestRepairNeverOverwritesEarlierCopy(t *testing.T) {
	j := openTemp(t) // fixed clock: both repairs get the same second
	var paths []string
	for _, garbage := range []string{"first", "second"} {
		writeJournal(t, j, []string{garbage}, "")
		_, rep := mustLoad(t, j)
		paths = append(paths, rep.CorruptPath)
		if got := readFile(t, rep.CorruptPath); got != garbage+"\n" {
			t.Errorf("%s: set aside %q", rep.CorruptPath, got)
		}
	}
	if paths[0] == paths[1] || !strings.HasPrefix(paths[1], paths[0]) {
		t.Errorf("set-aside paths %q", paths)
	}
}

// A journal longer than one goroutine's run of lines loads in file order, whichever goroutine
// decoded each line, and odd lines on the runs' edges are set aside, kept or counted as in a
// short journal.
func TestLongJournalLoadsInOrder(t *testing.T) {
	const run = linesPerGoroutine
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, berlin)
	painEleven := strings.Replace(encode(t, sampleSession(t, "pain", start))[0], `"pain_after":2`, `"pain_after":11`, 1)
	type oddLine struct {
		text string
		bad  bool // set aside; otherwise kept in the file
	}
	odd := map[int]oddLine{
		0:         {"garbage", true},
		run - 1:   {`{"v":2,"kind":"mood","mood":{"level":"fine"}}`, false},
		run:       {`{"v":1,"kind":"flare"}`, true},
		run + 1:   {encode(t, sampleSession(t, "s0002", start))[0], false}, // a copy of line 2's session
		2 * run:   {painEleven, true},
		3*run + 6: {"{", true},
	}
	var lines, kept, bad, wantIDs []string
	for i := range 3*run + 7 {
		o, isOdd := odd[i]
		switch {
		case !isOdd:
			id := fmt.Sprintf("s%04d", i)
			o.text = encode(t, sampleSession(t, id, start.Add(time.Duration(i)*time.Hour)))[0]
			wantIDs = append(wantIDs, id)
			kept = append(kept, o.text)
		case o.bad:
			bad = append(bad, o.text)
		default:
			kept = append(kept, o.text)
		}
		lines = append(lines, o.text)
	}
	j := openTemp(t)
	writeJournal(t, j, lines, "")
	recs, rep := mustLoad(t, j)
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.Session.ID)
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("loaded %d sessions, want %d in file order; first differences: %v", len(ids), len(wantIDs), firstDiff(ids, wantIDs))
	}
	if rep.Records != len(wantIDs) || rep.Newer != 1 || rep.Duplicates != 1 || rep.SetAside != 4 || !rep.Rewritten {
		t.Errorf("report %+v; want %d records, 1 newer, 1 duplicate, 4 set aside, rewritten", rep, len(wantIDs))
	}
	if got, want := readFile(t, j.Path()), strings.Join(kept, "\n")+"\n"; got != want {
		t.Error("journal after repair is not the kept lines in file order")
	}
	if got, want := readFile(t, rep.CorruptPath), strings.Join(bad, "\n")+"\n"; got != want {
		t.Error("set-aside file is not the bad lines in file order")
	}
}

// firstDiff describes where two lists of ids part.
func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("at %d got %s, want %s", i, got[i], want[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(got), len(want))
}

func TestConcurrentAppends(t *testing.T) {
	j := openTemp(t)
	const writers, each = 8, 25
	var wg sync.WaitGroup
	start := time.Date(2026, 5, 4, 8, 0, 0, 0, berlin)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				r := sampleSession(t, NewSessionID(start), start.Add(time.Duration(w*each+i)*time.Minute))
				if err := j.Append(r); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	// A reader repairing at the same time must not lose appends.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 20 {
			if _, _, err := j.Load(); err != nil {
				t.Error(err)
			}
		}
	}()
	wg.Wait()
	recs, rep := mustLoad(t, j)
	ids := map[string]bool{}
	for _, r := range recs {
		ids[r.Session.ID] = true
	}
	if len(recs) != writers*each || len(ids) != writers*each || rep.SetAside != 0 {
		t.Fatalf("%d records, %d distinct ids, report %+v; want %d", len(recs), len(ids), rep, writers*each)
	}
	if n := bytes.Count([]byte(readFile(t, j.Path())), []byte("\n")); n != writers*each {
		t.Errorf("%d lines", n)
	}
}
