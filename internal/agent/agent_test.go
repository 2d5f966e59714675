package agent

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/notify/notifytest"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// fixture is an Agent over a temp data folder with a settable clock, in UTC, 08:00–21:00,
// a 5 h 30 min gap, 3 sessions a day, snooze 15 min, follow-up 20 min, flare rest 3 days.
type fixture struct {
	t   *testing.T
	dir string
	now time.Time
	rec *notifytest.Recorder
	a   *Agent
}

func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func newFixture(t *testing.T, now string, records ...journal.Record) *fixture {
	t.Helper()
	f := &fixture{t: t, dir: t.TempDir(), now: at(t, now), rec: &notifytest.Recorder{}}
	set := settings.Default()
	set.Language = settings.LanguageEnglish // whatever the machine's language
	if err := settings.Save(f.dir, set); err != nil {
		t.Fatal(err)
	}
	f.append(records...)
	a, err := New(Options{Dir: f.dir, Notifier: f.rec, Now: func() time.Time { return f.now }, Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	f.a = a
	return f
}

func (f *fixture) append(records ...journal.Record) {
	f.t.Helper()
	j, err := journal.Open(f.dir)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, r := range records {
		if err := j.Append(r); err != nil {
			f.t.Fatal(err)
		}
	}
}

// records reads the journal back as another process would.
func (f *fixture) records() []journal.Record {
	f.t.Helper()
	rs, _, err := loadJournal(f.dir)
	if err != nil {
		f.t.Fatal(err)
	}
	return rs
}

func (f *fixture) last() journal.Record {
	f.t.Helper()
	rs := f.records()
	if len(rs) == 0 {
		f.t.Fatal("journal is empty")
	}
	return rs[len(rs)-1]
}

func session(t *testing.T, start, end string) journal.Record {
	return journal.NewSessionRecord(journal.Session{ID: start, Program: "lumbar", Start: at(t, start), End: at(t, end), Completed: true})
}

func TestActionsWriteJournalRecords(t *testing.T) {
	f := newFixture(t, "2026-03-10 14:00", session(t, "2026-03-10 08:00", "2026-03-10 08:40"))
	// Due 14:10 (08:40 + 5 h 30 min).
	if due := f.a.Due(); !due.At.Equal(at(t, "2026-03-10 14:10")) || due.Reason != schedule.ReasonAfterGap {
		t.Fatalf("Due = %v", due)
	}

	// Snooze before the due time counts from the due time.
	if err := f.a.Snooze(); err != nil {
		t.Fatal(err)
	}
	if r := f.last(); r.Kind != journal.KindSnooze || !r.Snooze.At.Equal(f.now) || !r.Snooze.Until.Equal(at(t, "2026-03-10 14:25")) {
		t.Fatalf("snooze record %+v", r.Snooze)
	}
	if due := f.a.Due(); !due.At.Equal(at(t, "2026-03-10 14:25")) || due.Reason != schedule.ReasonSnoozed {
		t.Fatalf("after snooze: Due = %v", due)
	}
	// Snooze when overdue counts from now.
	f.now = at(t, "2026-03-10 14:40")
	if err := f.a.Snooze(); err != nil {
		t.Fatal(err)
	}
	if r := f.last(); !r.Snooze.Until.Equal(at(t, "2026-03-10 14:55")) {
		t.Fatalf("second snooze until %v", r.Snooze.Until)
	}

	// Skip records the due time it skipped; the next one is a gap after it.
	if err := f.a.Skip(); err != nil {
		t.Fatal(err)
	}
	if r := f.last(); r.Kind != journal.KindSkip || !r.Skip.Due.Equal(at(t, "2026-03-10 14:55")) || !r.Skip.At.Equal(f.now) {
		t.Fatalf("skip record %+v", r.Skip)
	}
	if due := f.a.Due(); !due.At.Equal(at(t, "2026-03-10 20:25")) {
		t.Fatalf("after skip: Due = %v", due)
	}

	// Pause until tomorrow's window.
	if err := f.a.PauseToday(); err != nil {
		t.Fatal(err)
	}
	if r := f.last(); r.Kind != journal.KindPause || !r.Pause.Until.Equal(at(t, "2026-03-11 08:00")) {
		t.Fatalf("pause record %+v", r.Pause)
	}
	if due := f.a.Due(); !due.At.Equal(at(t, "2026-03-11 08:00")) || due.Reason != schedule.ReasonAfterPause {
		t.Fatalf("after pause: Due = %v", due)
	}
}

func TestFlareAndEndFlare(t *testing.T) {
	f := newFixture(t, "2026-03-10 14:00")
	if err := f.a.EndFlare(); !errors.Is(err, schedule.ErrNotResting) {
		t.Fatalf("EndFlare without a rest: %v", err)
	}
	if err := f.a.Flare(0); err == nil {
		t.Fatal("a rest of 0 days accepted")
	}
	if err := f.a.Flare(3); err != nil {
		t.Fatal(err)
	}
	if r := f.last(); r.Kind != journal.KindFlare || !r.Flare.From.Equal(f.now) || !r.Flare.Until.Equal(at(t, "2026-03-13 08:00")) {
		t.Fatalf("flare record %+v", r.Flare)
	}
	m := f.a.MenuState()
	if !m.Resting || m.Status != "Resting until 2026-03-13 08:00" || m.CanSnooze || m.CanSkip {
		t.Fatalf("menu while resting: %+v", m)
	}
	if err := f.a.Skip(); !errors.Is(err, ErrResting) {
		t.Fatalf("Skip while resting: %v", err)
	}
	if err := f.a.Snooze(); !errors.Is(err, ErrResting) {
		t.Fatalf("Snooze while resting: %v", err)
	}
	f.now = at(t, "2026-03-11 10:00")
	if err := f.a.EndFlare(); err != nil {
		t.Fatal(err)
	}
	if r := f.last(); r.Kind != journal.KindFlareEnd || !r.FlareEnd.At.Equal(f.now) {
		t.Fatalf("flare-end record %+v", r)
	}
	if m := f.a.MenuState(); m.Resting || m.Status != "A session is due now" {
		t.Fatalf("menu after the rest: %+v", m)
	}
}

func TestMenuState(t *testing.T) {
	f := newFixture(t, "2026-03-10 10:00", session(t, "2026-03-10 08:00", "2026-03-10 08:40"))
	m := f.a.MenuState()
	want := MenuState{
		Status: "Next session: 14:10", Tooltip: "Spine Coach: Next session: 14:10",
		Due: schedule.Due{At: at(t, "2026-03-10 14:10"), Reason: schedule.ReasonAfterGap}, CanSnooze: true, CanSkip: true,
		Start: "Start session now", Snooze: "Snooze 15 min", Skip: "Skip this one", Pause: "Pause reminders for today",
		Flare: "Flare-up: rest for 3 days", EndFlare: "End flare-up rest", Open: "Open Spine Coach", Quit: "Quit reminders",
		FlareDays: 3, Today: schedule.Count{Sessions: 1, Target: 3}, Done: "Today: 1 of 3 sessions done.",
	}
	if m != want {
		t.Fatalf("MenuState =\n %+v\nwant\n %+v", m, want)
	}
	f.now = at(t, "2026-03-10 20:00")
	f.append(session(t, "2026-03-10 14:10", "2026-03-10 14:50"), session(t, "2026-03-10 19:00", "2026-03-10 19:40"))
	f.a.Wake()
	if m := f.a.MenuState(); m.Status != "Next session: tomorrow 08:00" {
		t.Fatalf("after the day's target: %q", m.Status)
	}
	// A session in progress (the window's checkpoint) keeps the tray quiet.
	cp := journal.NewSessionRecord(journal.Session{ID: "x", Program: "lumbar", Start: f.now.Add(-5 * time.Minute), End: f.now})
	if err := journal.SaveCheckpoint(f.dir, cp); err != nil {
		t.Fatal(err)
	}
	f.a.Wake()
	if m := f.a.MenuState(); m.Status != "Session in progress" || m.CanSkip {
		t.Fatalf("during a session: %+v", m)
	}
}

// TestRereadsChangedFiles: the Runner's Load re-reads a file only when its size or time changed.
func TestRereadsChangedFiles(t *testing.T) {
	f := newFixture(t, "2026-03-10 10:00")
	s := settings.Default()
	s.FlareRestDays = 5
	if err := settings.Save(f.dir, s); err != nil {
		t.Fatal(err)
	}
	f.a.load()
	if got := f.a.Settings().FlareRestDays; got != 5 {
		t.Fatalf("settings not re-read: FlareRestDays = %d", got)
	}
	f.append(session(t, "2026-03-10 09:00", "2026-03-10 09:40"))
	st, _ := f.a.load()
	if len(st.Finished) != 1 {
		t.Fatalf("journal not re-read: %+v", st)
	}
}

// TestRunnerSendsReminderAndFollowUp runs the real Runner in a synctest bubble: one reminder at the
// due time, one follow-up 20 minutes later, then silence; the memory survives a restart.
func TestRunnerSendsReminderAndFollowUp(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		s := settings.Default()
		s.DayStart, s.DayEnd = settings.ClockOf(0, 0), settings.ClockOf(23, 59)
		s.GapMinutes = 240
		if err := settings.Save(dir, s); err != nil {
			t.Fatal(err)
		}
		start := time.Now() // 2000-01-01 00:00 UTC in the bubble
		j, _ := journal.Open(dir)
		ended := start.Add(-240*time.Minute + 5*time.Second)
		if err := j.Append(journal.NewSessionRecord(journal.Session{ID: "s", Program: "lumbar", Start: ended.Add(-40 * time.Minute), End: ended, Completed: true})); err != nil {
			t.Fatal(err)
		}
		rec := &notifytest.Recorder{}
		a, err := New(Options{Dir: dir, Notifier: rec, Location: time.UTC})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { _ = a.Run(ctx); close(done) }()
		time.Sleep(4 * time.Second)
		synctest.Wait()
		if n := len(rec.Sent()); n != 0 {
			t.Fatalf("%d reminders before the due time", n)
		}
		time.Sleep(2 * time.Second)
		synctest.Wait()
		sent := rec.Sent()
		if len(sent) != 1 || sent[0].Title != "Time for your back exercises" || !strings.Contains(sent[0].Body, "Session 1 of 3") { // the last one was yesterday
			t.Fatalf("at the due time: %+v", sent)
		}
		time.Sleep(20 * time.Minute)
		synctest.Wait()
		if sent := rec.Sent(); len(sent) != 2 || sent[1].Title != "Your back exercises are still due" {
			t.Fatalf("after the follow-up time: %+v", sent)
		}
		time.Sleep(3 * time.Hour)
		synctest.Wait()
		if n := len(rec.Sent()); n != 2 {
			t.Fatalf("%d reminders after 3 h, want silence after the follow-up", n)
		}
		cancel()
		<-done

		// A restarted agent remembers: no repeat.
		if _, err := os.Stat(filepath.Join(dir, MemoryName)); err != nil {
			t.Fatal(err)
		}
		rec2 := &notifytest.Recorder{}
		b, err := New(Options{Dir: dir, Notifier: rec2, Location: time.UTC})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel = context.WithCancel(context.Background())
		done = make(chan struct{})
		go func() { _ = b.Run(ctx); close(done) }()
		time.Sleep(time.Minute)
		synctest.Wait()
		cancel()
		<-done
		if n := len(rec2.Sent()); n != 0 {
			t.Fatalf("restarted agent repeated %d reminders", n)
		}
	})
}

// TestFailedReminderIsLoggedAndShown: when the notification service fails, the log says why and
// the tray still says a session is due.
func TestFailedReminderIsLoggedAndShown(t *testing.T) {
	var logged strings.Builder
	f := newFixture(t, "2026-03-10 15:00", session(t, "2026-03-10 08:00", "2026-03-10 08:40"))
	f.a.log.SetOutput(&logged)
	f.rec.FailWith(errors.New("notify: no answer from the notification service after 5s"))
	f.a.remind(schedule.Reminder{Due: f.a.Due(), At: f.now})
	if !strings.Contains(logged.String(), "not shown: notify: no answer from the notification service after 5s") {
		t.Fatalf("log: %q", logged.String())
	}
	m := f.a.MenuState()
	if m.Status != "A session is due now" || !strings.Contains(m.Tooltip, "Reminders cannot be shown") {
		t.Fatalf("menu: %+v", m)
	}
}

// loadJournal opens the journal in dir and loads it, as the agent's folder does.
func loadJournal(dir string) ([]journal.Record, journal.LoadReport, error) {
	j, err := journal.Open(dir)
	if err != nil {
		return nil, journal.LoadReport{}, err
	}
	return j.Load()
}
