package report

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/journal/journaltest"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var berlin = mustZone("Europe/Berlin")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // test set-up only
	}
	return loc
}

// TestMain makes lang speak the app's English, from assets/translations, as a window on an
// English system does.
func TestMain(m *testing.M) {
	if _, err := language.Load("en"); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// inLanguage makes lang speak the app's translation code for the rest of the test.
func inLanguage(t *testing.T, code settings.Language) {
	t.Helper()
	if _, err := language.Load(code); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = language.Load("en") })
}

// sampleSession is a finished session of two exercises.
func sampleSession(id string, start time.Time) journal.Record {
	return journal.NewSessionRecord(journal.Session{
		ID: id, Program: "lumbar", Start: start, End: start.Add(38 * time.Minute), Completed: true,
		PainBefore: journal.Pain(4), PainAfter: journal.Pain(2),
		Exercises: []journal.ExerciseRecord{
			{ID: "arms-up-toes", Title: "Arms up, toes to you", Kind: program.Reps, Sides: program.OneSide, Target: 30, Done: 30, Status: coach.Done},
			{ID: "static-stretch", Title: "Static stretch", Kind: program.Holds, Sides: program.OneSide, Target: 7, HoldSeconds: 5, Done: 7, Status: coach.Done},
		},
	})
}

// golden compares got with testdata/name, or rewrites it with -update. The exercises' titles
// are written there as {{title of ID}}: the program file owns them, and renaming an exercise
// changes no golden.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	got = maskTitles(got)
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		failed := filepath.Join("testdata", "failed", name)
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, got, 0o644)
		t.Errorf("%s differs from the golden file; got written to %s (run with -update if the change is intended)", path, failed)
	}
}

// maskTitles replaces each exercise title of the shipped program in b with {{title of ID}},
// longest first, so that a title inside another is not cut.
func maskTitles(b []byte) []byte {
	exs := slices.Clone(program.Builtin().Exercises)
	slices.SortFunc(exs, func(a, b program.Exercise) int { return len(b.Title) - len(a.Title) })
	for _, e := range exs {
		b = bytes.ReplaceAll(b, []byte(e.Title), []byte("{{title of "+e.ID+"}}"))
	}
	return b
}

// goldenRecords is four weeks of sample data around the autumn DST change in Berlin.
func goldenRecords() []journal.Record {
	return journaltest.Records(time.Date(2026, 10, 5, 0, 0, 0, 0, berlin), 28, berlin, 2026)
}

func TestWriteCSVGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, goldenRecords(), berlin); err != nil {
		t.Fatal(err)
	}
	golden(t, "sessions.golden.csv", buf.Bytes())
}

func TestWriteCSVRows(t *testing.T) {
	start := time.Date(2026, 10, 25, 2, 30, 0, 0, time.FixedZone("", 3600)) // the second 02:30 of the night
	withTitle := sampleSession("=cmd", start)
	withTitle.Session.Exercises[0].Title = "Arms up, \"toes\" to you"
	withTitle.Session.PainAfter = nil
	empty := journal.NewSessionRecord(journal.Session{ID: "empty", Start: start.Add(-time.Hour), End: start.Add(-time.Hour), Completed: false})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []journal.Record{withTitle, journal.NewSkipRecord(journal.Skip{At: start, Due: start}), empty}, mustZone("America/New_York")); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("rows = %q", rows)
	}
	col := func(row []string, name string) string {
		for i, h := range CSVHeader {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	// Sorted by start: the empty session first, with blank exercise columns.
	if col(rows[1], "session_id") != "empty" || col(rows[1], "exercise_id") != "" || col(rows[1], "completed") != "false" {
		t.Errorf("first row %q", rows[1])
	}
	// 2026-10-25 02:30 +01:00 is 2026-10-24 21:30 in New York (EDT, -04:00).
	r := rows[2]
	checks := map[string]string{
		"date": "2026-10-24", "start": "2026-10-24T21:30:00-04:00", "end": "2026-10-24T22:08:00-04:00",
		"session_id": "'=cmd", "exercise": `Arms up, "toes" to you`, "pain_before": "4", "pain_after": "",
		"kind": "reps", "sides": "one", "target": "30", "hold_seconds": "0", "done": "30", "status": "done",
	}
	for name, want := range checks {
		if got := col(r, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if col(rows[3], "exercise_id") != "static-stretch" || col(rows[3], "hold_seconds") != "5" {
		t.Errorf("second exercise row %q", rows[3])
	}
}

// goldenReport is the report the HTML golden file shows: the shipped program's exercises, with
// the doses in a test's own plain words (the app's wording is the window's to test), two
// figures standing in for the real ones and one unsafe figure that must be refused.
func goldenReport(records []journal.Record) Report {
	span := func(r *program.Range) string {
		if r.Fixed() {
			return strconv.Itoa(r.Min)
		}
		return fmt.Sprintf("%d–%d", r.Min, r.Max)
	}
	var exs []Exercise
	for _, e := range program.Builtin().Exercises {
		var dose string
		if e.Dose.Kind() == program.Holds {
			dose = span(e.Dose.Holds) + " times, " + span(e.Dose.HoldSeconds) + " seconds each"
		} else {
			dose = span(e.Dose.Reps) + " times"
		}
		exs = append(exs, Exercise{ID: e.ID, Title: e.Title, StartPosition: e.Position, Action: e.Action, Dose: dose})
	}
	exs[len(exs)-2].SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60"><line x1="10" y1="40" x2="90" y2="40" stroke="#000" stroke-width="3"/><circle cx="12" cy="36" r="5" fill="none" stroke="#000" stroke-width="2"/></svg>`
	exs[len(exs)-1].SVG = `<svg onload="alert(1)"></svg>` // refused: shows the placeholder
	return Report{
		Generated:    time.Date(2026, 11, 1, 18, 45, 0, 0, berlin),
		Location:     berlin,
		ProgramTitle: program.Builtin().Title,
		Exercises:    exs,
		Records:      records,
		Target:       3,
		Weeks:        6,
	}
}

func TestWriteHTMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, goldenReport(goldenRecords())); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.golden.html", buf.Bytes())
}

func TestWriteHTMLIsSelfContained(t *testing.T) {
	var buf bytes.Buffer
	r := goldenReport(goldenRecords())
	r.ProgramTitle = `<script>alert("x")</script>`
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	html := strings.ToLower(buf.String())
	for _, banned := range []string{"<script", "onload", "src=", "http://", "https://", "@import", "<link"} {
		// The one allowed URL is the SVG namespace, which is a name, not a fetch.
		text := strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, "")
		if strings.Contains(text, banned) {
			t.Errorf("report contains %q", banned)
		}
	}
	if !strings.Contains(buf.String(), "&lt;script&gt;") {
		t.Error("program title not escaped")
	}
}

// TestWriteHTMLInRussian: the report's words come from ru.json when lang speaks Russian.
// (ui's TestEnglishComplete and TestRussianComplete keep every key the report asks for in both files.)
func TestWriteHTMLInRussian(t *testing.T) {
	inLanguage(t, "ru")
	var buf bytes.Buffer
	if err := WriteHTML(&buf, goldenReport(goldenRecords())); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"<h1>Журнал упражнений для спины</h1>", `aria-label="Динамика боли"`, "<h2>Занятия</h2>"} {
		if !strings.Contains(out, want) {
			t.Errorf("Russian report lacks %q", want)
		}
	}
	if strings.Contains(out, "report.") {
		t.Error("a label key leaked into the report")
	}
}

// TestWriteHTMLOnOtherSystem: on a system in a language Fyne has and we do not ship (German),
// the report is in English, word for word the English golden: no key shows through.
func TestWriteHTMLOnOtherSystem(t *testing.T) {
	inLanguage(t, "de")
	var buf bytes.Buffer
	if err := WriteHTML(&buf, goldenReport(goldenRecords())); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.golden.html", buf.Bytes())
}

func TestWriteHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, Report{Generated: time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC), Location: time.UTC}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{lang.L("report.no_sessions"), lang.L("report.no_pain_data"), "2025-11-10 – 2026-01-01"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
}

func TestRestViewsShowActualEnd(t *testing.T) {
	from := time.Date(2026, 5, 4, 8, 0, 0, 0, berlin)
	records := []journal.Record{
		journal.NewFlareRecord(journal.Flare{From: from, Until: journal.Day{Y: 2026, M: 5, D: 8}.Start(berlin)}),
		journal.NewFlareEndRecord(journal.FlareEnd{At: time.Date(2026, 5, 5, 17, 0, 0, 0, berlin)}),
		journal.NewFlareRecord(journal.Flare{From: time.Date(2026, 6, 1, 8, 0, 0, 0, berlin), Until: journal.Day{Y: 2026, M: 6, D: 3}.Start(berlin)}),
	}
	got := restViews(records, berlin)
	want := []string{"2026-05-04 – 2026-05-05", "2026-06-01 – 2026-06-02"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("restViews = %q, want %q", got, want)
	}
}

// TestSafeSVG: a drawing of our own is trusted into the report, whatever its words say
// ("feet on the mat" is not an event handler); one that could run code or load from the
// network is refused.
func TestSafeSVG(t *testing.T) {
	for _, tc := range []struct {
		svg  string
		safe bool
	}{
		{`<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="2">Knees bent, feet on the mat</text></svg>`, true},
		{`<svg xmlns="http://www.w3.org/2000/svg"><text>Стопы на полу</text></svg>`, true},
		{`<svg onload="alert(1)"></svg>`, false},
		{`<svg xmlns="http://www.w3.org/2000/svg"><rect onclick = "x()"/></svg>`, false},
		{`<svg><script>alert(1)</script></svg>`, false},
		{`<svg><a href="http://example.com">x</a></svg>`, false},
		{`<div></div>`, false},
	} {
		if got := safeSVG(tc.svg); got != tc.safe {
			t.Errorf("safeSVG(%q) = %v, want %v", tc.svg, got, tc.safe)
		}
	}
}
