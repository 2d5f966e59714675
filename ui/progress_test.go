package ui

import (
	"bytes"
	"encoding/csv"
	"errors"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/schedule"
)

// progressZone is two hours east of UTC, so a session at 01:00 local is on the day before in UTC.
var progressZone = time.FixedZone("UTC+2", 2*3600)

// progressNow is Wednesday 11 March 2026, 15:00 local.
var progressNow = time.Date(2026, 3, 11, 15, 0, 0, 0, progressZone)

// progressFixture is a known journal, with a target of 3 sessions a day:
//
//	Mon 23 Feb – Fri 27 Feb  1 finished session a day         (a run of 5 days)
//	Sat 28 Feb, Sun 1 Mar     nothing                          (the run ends)
//	Mon 2 Mar, Tue 3 Mar      1 a day
//	Wed 4 Mar                 nothing                          (the run ends)
//	Thu 5 Mar                 2; pain 6 → 4 and 4 → 2
//	Fri 6 – Sun 8 Mar         flare-up rest, no sessions       (forgiven)
//	Mon 9 Mar                 1, at 01:00 local (still Sunday in UTC)
//	Tue 10 Mar                3; one stopped exercise 4 for pain at level 5; pain 4 → 3 each
//	Wed 11 Mar (today)        2 finished, 1 ended early after exercise 3
//
// 16 sessions: 15 finished with all seven exercises done, except the pain stop; one ended early.
func progressFixture() []journal.Record {
	var recs []journal.Record
	session := func(d, h int, m time.Month, completed bool, before, after *int, pain bool) {
		start := time.Date(2026, m, d, h, 0, 0, 0, progressZone)
		s := journal.Session{ID: start.Format("0102T15"), Program: "lumbar", Start: start, End: start.Add(40 * time.Minute),
			Completed: completed, PainBefore: before, PainAfter: after}
		for i, ex := range program.Builtin().Exercises {
			e := journal.ExerciseRecord{ID: ex.ID, Title: "old title " + ex.ID, Kind: journal.Reps, Sides: journal.OneSide, Target: 30, Done: 30, Status: journal.StatusDone}
			switch {
			case !completed && i >= 3:
				e.Done, e.Status = 0, journal.StatusNotStarted
			case pain && i == 3:
				e.Done, e.Status, e.Pain = 4, journal.StatusPain, journal.Pain(5)
			}
			s.Exercises = append(s.Exercises, e)
		}
		recs = append(recs, journal.NewSessionRecord(s))
	}
	for d := 23; d <= 27; d++ {
		session(d, 9, time.February, true, nil, nil, false)
	}
	session(2, 9, time.March, true, nil, nil, false)
	session(3, 9, time.March, true, nil, nil, false)
	session(5, 9, time.March, true, journal.Pain(6), journal.Pain(4), false)
	session(5, 15, time.March, true, journal.Pain(4), journal.Pain(2), false)
	recs = append(recs, journal.NewFlareRecord(journal.Flare{
		From: time.Date(2026, 3, 6, 7, 0, 0, 0, progressZone), Until: time.Date(2026, 3, 9, 0, 0, 0, 0, progressZone)}))
	session(9, 1, time.March, true, nil, nil, false)
	session(10, 8, time.March, true, journal.Pain(4), journal.Pain(3), false)
	session(10, 13, time.March, true, journal.Pain(4), journal.Pain(3), true)
	session(10, 19, time.March, true, journal.Pain(4), journal.Pain(3), false)
	session(11, 8, time.March, true, nil, nil, false)
	session(11, 10, time.March, false, nil, nil, false)
	session(11, 13, time.March, true, nil, nil, false)
	return recs
}

// newProgressTest opens the shell with the fixture journal and shows the Progress screen as at progressNow.
func newProgressTest(t *testing.T, records []journal.Record) (*progress, fyne.Window) {
	t.Helper()
	set := testSettings()
	set.SessionsPerDay = 3
	s, w := newTestShell(t, Options{
		Settings: set,
		Journal:  func() ([]journal.Record, error) { return records, nil },
		Outlook:  func() Outlook { return Outlook{Due: schedule.Due{At: progressNow.Add(3*time.Hour + 30*time.Minute)}} },
	})
	p := newProgressAt(s, progressNow, progressZone, s.readProgress())
	s.show(p, p.content)
	return p, w
}

func TestProgressNumbers(t *testing.T) {
	_, w := newProgressTest(t, progressFixture())
	shown := texts(w)
	for _, want := range []string{
		"Today: 2 of 3 sessions done. 1 ended early.",
		", in 3 h 30 min.",
		// 5, 9 (after the forgiven rest), 10 and 11 March; 23 to 27 February.
		"4 days in a row with a session. Your longest run: 5 days. Flare-up rest days do not break a run.",
		"The last 8 weeks, from 19 Jan",
		"Export for your doctor  [E]", "Save as a spreadsheet  [C]", "Back  [Esc]",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("progress does not show %q; it shows:\n%s", want, shown)
		}
	}
}

func TestProgressTally(t *testing.T) {
	p, _ := newProgressTest(t, progressFixture())
	var cells []string
	for _, o := range p.tally.Objects {
		cells = append(cells, o.(*widget.Label).Text)
	}
	// Three columns: the program's title (not the one recorded), done in full, stopped for pain.
	ex := program.Builtin().Exercises
	want := [][3]string{
		{"Exercise", "Done in full", "Stopped: it hurt"},
		{ex[0].Title, "16", "0"}, // in every one of the 16 sessions
		{ex[1].Title, "16", "0"}, // ditto
		{ex[2].Title, "16", "0"}, // the early end came after exercise 3
		{ex[3].Title, "14", "1"}, // 15 finished sessions, one stopped for pain
		{ex[4].Title, "15", "0"}, // 15 finished sessions
		{ex[5].Title, "15", "0"}, //
		{ex[6].Title, "15", "0"}, //
	}
	for i, row := range want {
		for c, text := range row {
			if i*3+c >= len(cells) {
				t.Fatalf("table has %d cells, want %d", len(cells), len(want)*3)
			}
			if got := strings.TrimSpace(cells[i*3+c]); got != text {
				t.Errorf("row %d column %d = %q, want %q", i, c+1, got, text)
			}
		}
	}
}

func TestProgressCalendarCells(t *testing.T) {
	p, _ := newProgressTest(t, progressFixture())
	r := test.WidgetRenderer(p.heat).(*heatMapRenderer)
	if len(r.cells) != 8 {
		t.Fatalf("calendar has %d weeks, want 8", len(r.cells))
	}
	// The first row is the week of Monday 19 January; the last that of 9 March.
	week := r.cells[7]
	if _, _, _, a := theme.Color(theme.ColorNamePrimary).RGBA(); a != 0xffff {
		t.Fatalf("the primary colour is not opaque (alpha %#x): the expected shades assume it is", a)
	}
	alpha := func(c *dayCell) uint8 { return color.NRGBAModel.Convert(c.rect.FillColor).(color.NRGBA).A }
	for _, tc := range []struct {
		name  string
		cell  *dayCell
		alpha uint8
		day   string
	}{
		{"Tue 10 Mar, 3 of 3: full", week[1], 0xff, "10"},
		{"Mon 9 Mar, 1 of 3: a third", week[0], 0x50, "9"},
		{"Wed 11 Mar, 2 of 3 and one ended early: two thirds", week[2], 0xa0, "11"},
		{"Thu 12 Mar, to come", week[3], 0, "12"},
	} {
		if got := alpha(tc.cell); got != tc.alpha {
			t.Errorf("%s: fill alpha %#x, want %#x", tc.name, got, tc.alpha)
		}
		if tc.cell.num.Text != tc.day {
			t.Errorf("%s: shows day %q", tc.name, tc.cell.num.Text)
		}
	}
	if week[2].rect.StrokeWidth != 3 {
		t.Errorf("today is not outlined: stroke %v", week[2].rect.StrokeWidth)
	}
	rest := r.cells[6] // week of 2 March: Fri 6, Sat 7, Sun 8 rest; Wed 4 nothing
	for d, wantHatch := range []bool{false, false, false, false, true, true, true} {
		if shown := !rest[d].hatch[0].Hidden; shown != wantHatch {
			t.Errorf("week of 2 Mar, day %d: hatched %v, want %v", d+1, shown, wantHatch)
		}
	}
	if a := alpha(rest[2]); a == 0 || rest[2].rect.FillColor != theme.Color(theme.ColorNameInputBackground) {
		t.Errorf("Wed 4 Mar, nothing done: fill %v, want the empty-cell colour", rest[2].rect.FillColor)
	}
	var months []string
	for _, m := range r.months {
		months = append(months, m.Text)
	}
	// Rows begin 19 Jan, 26 Jan (1 Feb is its Sunday), 2, 9, 16, 23 Feb (1 Mar is its Sunday), 2, 9 Mar.
	if got, want := strings.Join(months, ","), "Jan,Feb,,,,Mar,,"; got != want {
		t.Errorf("month labels %q, want %q", got, want)
	}
}

func TestProgressPainChart(t *testing.T) {
	p, _ := newProgressTest(t, progressFixture())
	r := test.WidgetRenderer(p.chart).(*painChartRenderer)
	if len(r.before.markers) != 8 {
		t.Fatalf("chart has %d weeks, want 8", len(r.before.markers))
	}
	y0 := r.grid[0].Position1.Y  // pain 0
	y10 := r.grid[5].Position1.Y // pain 10
	centre := func(c fyne.CanvasObject) float32 { return c.Position().Y + c.Size().Height/2 }
	near := func(a, b float32) bool { return a-b < 0.5 && b-a < 0.5 }
	// Week of 2 March: before (6+4)/2 = 5, after (4+2)/2 = 3. Week of 9 March: before 4, after 3.
	for _, tc := range []struct {
		name   string
		marker *canvas.Circle
		pain   float32
	}{
		{"before, week of 2 Mar", r.before.markers[6], 5},
		{"after, week of 2 Mar", r.after.markers[6], 3},
		{"before, week of 9 Mar", r.before.markers[7], 4},
		{"after, week of 9 Mar", r.after.markers[7], 3},
	} {
		want := y0 + (y10-y0)*tc.pain/10
		if !tc.marker.Visible() || !near(centre(tc.marker), want) {
			t.Errorf("%s: marker at y %v (hidden %v), want %v", tc.name, centre(tc.marker), tc.marker.Hidden, want)
		}
	}
	for i := range 6 {
		if !r.before.markers[i].Hidden || !r.after.markers[i].Hidden {
			t.Errorf("week %d has no pain levels but shows a marker", i+1)
		}
	}
	if r.before.lines[6].Hidden || !r.before.lines[5].Hidden {
		t.Error("the line should join the last two weeks only")
	}
	var stops []string
	for _, s := range r.stops {
		stops = append(stops, s.Text)
	}
	if got, want := strings.Join(stops, ","), ",,,,,,,1"; got != want {
		t.Errorf("pain stops per week %q, want %q", got, want)
	}
	var ticks []string
	for _, tk := range r.ticks {
		ticks = append(ticks, tk.Text)
	}
	if got := strings.Join(ticks, ","); got != "0,2,4,6,8,10" {
		t.Errorf("axis labels %q", got)
	}
}

func TestProgressEmptyJournal(t *testing.T) {
	_, w := newProgressTest(t, nil)
	shown := texts(w)
	for _, want := range []string{"Today: 0 of 3 sessions done.", "Finish a session today to start a new run. Flare-up", "No sessions yet."} {
		if !strings.Contains(shown, want) {
			t.Errorf("empty progress does not show %q:\n%s", want, shown)
		}
	}
}

// openProgress shows Progress as the home screen's button does, and waits until the journal
// is read and the screen shown.
func openProgress(s *Shell) {
	s.showProgress()
	s.loads.Wait()
}

// TestProgressLoadsOffTheWindow: while the journal is read the window stays on the screen it
// was on and answers (the read runs on its own goroutine); Progress shows, filled, once it is
// read. A read the user left behind (Esc meanwhile) shows nothing.
func TestProgressLoadsOffTheWindow(t *testing.T) {
	reading, release := make(chan struct{}, 2), make(chan struct{})
	s, w := newTestShell(t, Options{Journal: func() ([]journal.Record, error) {
		reading <- struct{}{}
		<-release
		return progressFixture(), nil
	}})
	press(w, fyne.KeyG)
	<-reading // the read has begun, and press returned: the window is not waiting on it
	if s.cur != s.home {
		t.Fatalf("while the journal is read the window shows %T, want home", s.cur)
	}
	release <- struct{}{}
	s.loads.Wait()
	p, ok := s.cur.(*progress)
	if !ok {
		t.Fatalf("after the read the window shows %T, want Progress", s.cur)
	}
	if len(p.records) != len(progressFixture()) {
		t.Errorf("Progress shows %d records, want the journal's %d", len(p.records), len(progressFixture()))
	}

	s.showHome()
	s.showProgress() // asked from home, then the user goes to About before it is read
	<-reading
	s.showAbout()
	release <- struct{}{}
	s.loads.Wait()
	if _, ok := s.cur.(*about); !ok {
		t.Errorf("a read the user left behind replaced About with %T", s.cur)
	}
}

func TestProgressKeys(t *testing.T) {
	s, w := newTestShell(t, Options{Journal: func() ([]journal.Record, error) { return progressFixture(), nil }})
	press(w, fyne.KeyG)
	s.loads.Wait()
	if _, ok := s.cur.(*progress); !ok {
		t.Fatalf("G on home shows %T, want the progress screen", s.cur)
	}
	press(w, fyne.KeyEscape)
	if s.cur != s.home {
		t.Fatalf("Esc on progress shows %T, want home", s.cur)
	}
	for _, key := range []fyne.KeyName{fyne.KeyE, fyne.KeyC} {
		press(w, fyne.KeyG)
		s.loads.Wait()
		press(w, key)
		if w.Canvas().Overlays().Top() == nil {
			t.Errorf("%s on progress opens no save dialog", key)
		}
		press(w, fyne.KeyEscape) // ignored under the dialog
		if _, ok := s.cur.(*progress); !ok {
			t.Errorf("a key under the save dialog left the screen")
		}
		w.Canvas().Overlays().Top().Hide()
		w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
		press(w, fyne.KeyEscape)
	}
}

func TestProgressSaveReport(t *testing.T) {
	p, w := newProgressTest(t, progressFixture())
	var b bytes.Buffer
	if err := p.writeReport(&b); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	if n := strings.Count(html, "<svg xmlns"); n != 7 {
		t.Errorf("report has %d exercise figures, want 7", n)
	}
	ex := program.Builtin().Exercises
	toesTurned, static := ex[2].Dose, ex[5].Dose
	for _, want := range []string{"Back exercise journal", ex[0].Title, dash(*toesTurned.Reps) + " times; right, then left, is one repetition",
		dash(*static.Holds) + " times, hold " + dash(*static.HoldSeconds) + " s", "2026-01-19", "2026-03-11"} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}

	b.Reset()
	if err := p.writeCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+16*7 { // a header, then 7 exercises for each of 16 sessions
		t.Errorf("csv has %d rows, want %d", len(rows), 1+16*7)
	}

	// What the save dialog's callback does with the file chosen, and what the user is told.
	path := filepath.Join(t.TempDir(), "report.html")
	fw, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	p.writeChosen(fw, nil, p.writeReport, "Saved for your doctor", func(name string) string { return "saved as " + name })
	if data, err := os.ReadFile(path); err != nil || !bytes.Contains(data, []byte("<html")) {
		t.Errorf("chosen file: %v, %d bytes", err, len(data))
	}
	if shown := texts(w); !strings.Contains(shown, "Saved for your doctor") || !strings.Contains(shown, "saved as report.html") {
		t.Errorf("after saving the user reads:\n%s", shown)
	}
	press(w, fyne.KeyReturn)
	if p.shell.modal != nil {
		t.Error("Enter does not close the message")
	}
}

func TestProgressSaveFails(t *testing.T) {
	p, w := newProgressTest(t, progressFixture())
	path := filepath.Join(t.TempDir(), "report.csv")
	fw, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	failing := func(w io.Writer) error { return errors.New("disk full") }
	p.writeChosen(fw, nil, failing, "Saved", func(string) string { return "saved" })
	if shown := texts(w); !strings.Contains(shown, "Not saved") || !strings.Contains(shown, "could not be saved there") {
		t.Errorf("after a failed save the user reads:\n%s", shown)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the half-written file is left behind: %v", err)
	}
}

// TestGoldenProgress draws the calendar and the pain chart of the fixture on their own, small.
func TestGoldenProgress(t *testing.T) {
	p, _ := newProgressTest(t, progressFixture())
	for _, tc := range []struct {
		name string
		obj  fyne.CanvasObject
		size fyne.Size
	}{
		{"progress_calendar.png", NewHeatMap(p.sum.Calendar, journal.DayOf(progressNow, progressZone)), fyne.NewSize(560, 380)},
		{"progress_chart.png", NewPainChart(p.sum.Pain), fyne.NewSize(520, 300)},
	} {
		w := test.NewTempWindow(t, tc.obj)
		w.SetPadded(false)
		w.Resize(tc.size)
		test.AssertImageMatches(t, tc.name, w.Canvas().Capture())
	}
}

// TestSideBySide: the Progress screen's two columns share the width where both fit, and stack
// where they do not, rather than run off the right edge.
func TestSideBySide(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b := canvas.NewRectangle(nil), canvas.NewRectangle(nil)
	a.SetMinSize(fyne.NewSize(300, 200))
	b.SetMinSize(fyne.NewSize(200, 100))
	objs := []fyne.CanvasObject{a, b}
	width := float32(1000)
	l := &sideBySide{width: func() float32 { return width }}

	if got := l.MinSize(objs); got != fyne.NewSize(300, 200) {
		t.Errorf("side by side, min size %v, want the wider column and the taller", got)
	}
	l.Layout(objs, fyne.NewSize(width, 400))
	if a.Size().Width != (width-pad)/2 || b.Position().X != (width-pad)/2+pad || b.Size().Height != 400 {
		t.Errorf("wide: columns at %v %v and %v %v, want halves", a.Position(), a.Size(), b.Position(), b.Size())
	}
	width = 560 // both fit, but not at half each: the first keeps its own width
	l.Layout(objs, fyne.NewSize(width, 400))
	if a.Size().Width != 300 || b.Size().Width != width-300-pad {
		t.Errorf("snug: widths %v and %v, want 300 and the rest", a.Size().Width, b.Size().Width)
	}
	width = 450 // too narrow for both: stacked
	if got := l.MinSize(objs); got != fyne.NewSize(300, 300+pad) {
		t.Errorf("stacked, min size %v, want both heights", got)
	}
	l.Layout(objs, fyne.NewSize(width, 300+pad))
	if a.Size().Width != width || b.Position() != fyne.NewPos(0, 200+pad) || b.Size().Width != width {
		t.Errorf("narrow: %v %v and %v %v, want one under the other at full width", a.Position(), a.Size(), b.Position(), b.Size())
	}
}

// TestPainChartThinsLabels: week labels that do not fit side by side show every second one,
// always including this week's.
func TestPainChartThinsLabels(t *testing.T) {
	p, w := newProgressTest(t, progressFixture())
	c := NewPainChart(p.sum.Pain)
	w.SetContent(c)
	r := test.WidgetRenderer(c).(*painChartRenderer)
	shown := func() (n int) {
		for _, l := range r.weekLabels {
			if l.Visible() {
				n++
			}
		}
		return n
	}
	w.Resize(fyne.NewSize(1000, 300))
	if n := shown(); n != len(r.weekLabels) {
		t.Errorf("wide: %d of %d labels shown, want all", n, len(r.weekLabels))
	}
	c.Resize(fyne.NewSize(300, 300))
	r.Layout(c.Size())
	last := r.weekLabels[len(r.weekLabels)-1]
	if n := shown(); n >= len(r.weekLabels) || n == 0 || !last.Visible() {
		t.Errorf("narrow: %d of %d labels shown, this week's shown %v; want fewer, with this week's", n, len(r.weekLabels), last.Visible())
	}
}
