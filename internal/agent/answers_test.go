package agent

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/notify"
	"github.com/spinecoach/spinecoach/internal/notify/notifytest"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

func keysOf(actions []notify.Action) []string {
	var keys []string
	for _, a := range actions {
		keys = append(keys, a.Key)
	}
	return keys
}

// TestReminderOffersActions: the reminder says which session of the day it is (the count
// schedule.Today keeps), carries the click and three buttons, and stays on screen only while no
// tray host shows the icon.
func TestReminderOffersActions(t *testing.T) {
	f := newFixture(t, "2026-03-10 14:30", session(t, "2026-03-10 08:00", "2026-03-10 08:40"))
	f.a.minutes = 40
	r := schedule.Reminder{Due: f.a.Due(), At: f.now}
	n := f.a.notification(r)
	if n.Title != "Time for your back exercises" || n.Body != "Session 2 of 3 today, about 40 minutes." {
		t.Fatalf("reminder %q: %q", n.Title, n.Body)
	}
	if want := "Session 2 of 3 today, about 40 minutes. Open Spine Coach to start it."; n.PlainBody != want {
		t.Fatalf("plain body without a tray %q", n.PlainBody)
	}
	if got, want := keysOf(n.Actions), []string{notify.ActionDefault, ActionStart, ActionSnooze, ActionSkip}; !slices.Equal(got, want) {
		t.Fatalf("actions %q, want %q", got, want)
	}
	if n.Actions[1].Label != "Start now" || n.Actions[2].Label != "In 15 minutes" || n.Actions[3].Label != "Skip this one" {
		t.Fatalf("buttons %+v", n.Actions)
	}
	if !n.Resident {
		t.Fatal("without a tray host the reminder is not resident")
	}
	f.a.SetTrayHost(true)
	if n := f.a.notification(r); n.Resident || n.PlainBody != "Session 2 of 3 today, about 40 minutes. Start it, snooze or skip it from the Spine Coach icon." {
		t.Fatalf("with a tray host the reminder is resident (%v) or does not point to the icon: %q", n.Resident, n.PlainBody)
	}
	if n := f.a.notification(schedule.Reminder{Due: r.Due, At: f.now, FollowUp: true}); n.Title != "Your back exercises are still due" {
		t.Fatalf("follow-up %q", n.Title)
	}
}

// TestRussianReminderAndTray: Russian chosen in Settings reaches the tray and the reminder,
// with the plural forms a count needs.
func TestRussianReminderAndTray(t *testing.T) {
	f := newFixture(t, "2026-03-10 14:30", session(t, "2026-03-10 08:00", "2026-03-10 08:40"))
	t.Cleanup(func() { f.a.speak(settings.LanguageEnglish) })
	set := f.a.Settings()
	set.Language = settings.LanguageRussian
	set.SnoozeMinutes = 5
	set.FlareRestDays = 2
	if err := settings.Save(f.dir, set); err != nil {
		t.Fatal(err)
	}
	f.a.Wake()
	f.a.minutes = 40
	n := f.a.notification(schedule.Reminder{Due: f.a.Due(), At: f.now})
	if n.Title != "Пора сделать упражнения для спины" || n.Body != "Занятие 2 из 3 на сегодня, около 40 минут." {
		t.Fatalf("reminder %q: %q", n.Title, n.Body)
	}
	if n.Actions[1].Label != "Начать" || n.Actions[2].Label != "Через 5 минут" || n.Actions[3].Label != "Пропустить занятие" {
		t.Fatalf("buttons %+v", n.Actions)
	}
	m := f.a.MenuState()
	if m.Flare != "Обострение: отдых на 2 дня" || m.Done != "Сегодня: 1 из 3 занятий." || m.Snooze != "Отложить на 5 мин" {
		t.Fatalf("tray %+v", m)
	}
	for n, want := range map[int]string{1: "Через 1 минуту", 3: "Через 3 минуты", 15: "Через 15 минут", 21: "Через 21 минуту"} {
		set.SnoozeMinutes = n
		f.a.mu.Lock()
		f.a.settings = set
		f.a.mu.Unlock()
		if got := f.a.notification(schedule.Reminder{Due: f.a.Due(), At: f.now}).Actions[2].Label; got != want {
			t.Errorf("snooze %d: %q, want %q", n, got, want)
		}
	}
}

// windowOpener records the window's launches.
type windowOpener struct {
	mu     sync.Mutex
	starts []bool
}

func (w *windowOpener) open(start bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.starts = append(w.starts, start)
}

func (w *windowOpener) opened() []bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.starts)
}

// TestAnswersOnTheReminder: a click and "Start now" open the window on a session's start,
// "In 15 minutes" writes a snooze and brings the reminder back at the snooze time, "Skip this
// one" writes a skip; each answer withdraws the reminder. A session started from the window
// withdraws it too.
func TestAnswersOnTheReminder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		set := settings.Default()
		set.Language = settings.LanguageEnglish
		set.DayStart, set.DayEnd = 0, 23*60+30
		if err := settings.Save(dir, set); err != nil {
			t.Fatal(err)
		}
		start := time.Now() // 2000-01-01 00:00 UTC in the bubble
		j, _ := journal.Open(dir)
		ended := start.Add(-set.Gap() + 5*time.Second)
		if err := j.Append(journal.NewSessionRecord(journal.Session{ID: "s", Program: "lumbar", Start: ended.Add(-40 * time.Minute), End: ended, Completed: true})); err != nil {
			t.Fatal(err)
		}
		rec := &notifytest.Recorder{}
		win := &windowOpener{}
		a, err := New(Options{Dir: dir, Notifier: rec, Location: time.UTC, OpenWindow: win.open, SessionMinutes: 40})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { _ = a.Run(ctx); close(done) }()
		defer cancel()

		time.Sleep(6 * time.Second)
		synctest.Wait()
		if n := len(rec.Sent()); n != 1 {
			t.Fatalf("%d reminders at the due time", n)
		}

		// The click on the reminder: the window opens on a session's start.
		rec.Press(notify.ActionDefault)
		synctest.Wait()
		if got := win.opened(); !slices.Equal(got, []bool{true}) || rec.Withdrawn() != 1 {
			t.Fatalf("after the click: window %v, withdrawn %d", got, rec.Withdrawn())
		}

		// "In 15 minutes": a snooze record, and the next reminder at the snooze time.
		rec.Press(ActionSnooze)
		synctest.Wait()
		recs, _, _ := loadJournal(dir)
		last := recs[len(recs)-1]
		if last.Kind != journal.KindSnooze || !last.Snooze.Until.Equal(last.Snooze.At.Add(15*time.Minute)) {
			t.Fatalf("after snooze: last record %+v", last)
		}
		time.Sleep(15*time.Minute - time.Second)
		synctest.Wait()
		if n := len(rec.Sent()); n != 1 {
			t.Fatalf("%d reminders before the snooze ended", n)
		}
		time.Sleep(2 * time.Second)
		synctest.Wait()
		if n := len(rec.Sent()); n != 2 {
			t.Fatalf("%d reminders at the snooze's end, want 2", n)
		}

		// "Skip this one": a skip record, the reminder withdrawn.
		before := rec.Withdrawn()
		rec.Press(ActionSkip)
		synctest.Wait()
		recs, _, _ = loadJournal(dir)
		if last := recs[len(recs)-1]; last.Kind != journal.KindSkip || rec.Withdrawn() != before+1 {
			t.Fatalf("after skip: last record %+v, withdrawn %d", last, rec.Withdrawn())
		}
		if due := a.Due(); due.Overdue(time.Now()) {
			t.Fatalf("after skip the session is still due: %v", due)
		}

		// A reminder still on screen when the agent stops is withdrawn.
		time.Sleep(6 * time.Hour)
		synctest.Wait()
		sent, withdrawn := len(rec.Sent()), rec.Withdrawn()
		if sent != 4 {
			t.Fatalf("%d reminders after the skip's gap, want 4 (the next one and its follow-up)", sent)
		}
		cancel()
		<-done
		if rec.Withdrawn() != withdrawn+1 {
			t.Fatalf("withdrawn %d times after the agent stopped, want %d", rec.Withdrawn(), withdrawn+1)
		}
	})
}

// TestSessionFromWindowWithdrawsReminder: a session started from the window (its checkpoint)
// makes the reminder on screen moot.
func TestSessionFromWindowWithdrawsReminder(t *testing.T) {
	f := newFixture(t, "2026-03-10 15:00", session(t, "2026-03-10 08:00", "2026-03-10 08:40"))
	f.a.remind(schedule.Reminder{Due: f.a.Due(), At: f.now})
	if len(f.rec.Sent()) != 1 || f.rec.Withdrawn() != 0 {
		t.Fatalf("sent %d, withdrawn %d", len(f.rec.Sent()), f.rec.Withdrawn())
	}
	f.a.Wake() // nothing changed: the reminder stays
	if f.rec.Withdrawn() != 0 {
		t.Fatal("withdrawn while the session is still due")
	}
	cp := journal.NewSessionRecord(journal.Session{ID: "x", Program: "lumbar", Start: f.now, End: f.now})
	if err := journal.SaveCheckpoint(f.dir, cp); err != nil {
		t.Fatal(err)
	}
	f.a.Wake()
	if f.rec.Withdrawn() != 1 {
		t.Fatalf("withdrawn %d times after the window started a session, want 1", f.rec.Withdrawn())
	}
	_ = os.Remove(filepath.Join(f.dir, journal.CheckpointName))
}
