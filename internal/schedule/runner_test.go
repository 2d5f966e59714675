package schedule

import (
	"context"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/settings"
)

func TestRunnerSuspendGivesOneReminder(t *testing.T) {
	tests := []struct {
		name    string
		suspend string // wall time the laptop goes to sleep for 9 h
		want    []string
	}{
		// Due 14:10 (and, had a session been done, 19:40) is swallowed by a sleep 09:00–18:00.
		{"sleep over the due time", "2024-03-25 09:00", []string{"Mon 18:00 after-gap", "Mon 18:20 follow-up", "Tue 08:00 first-of-day", "Tue 08:20 follow-up"}},
		// A sleep 14:11–23:11 right after the reminder: the window closed, so no follow-up.
		{"sleep after the reminder", "2024-03-25 14:11", []string{"Mon 14:10 after-gap", "Tue 08:00 first-of-day", "Tue 08:20 follow-up"}},
		// A sleep 02:00–11:00 over the morning: one reminder at 11:00 for 08:00.
		{"sleep over the night", "2024-03-26 02:00", []string{"Mon 14:10 after-gap", "Mon 14:30 follow-up", "Tue 11:00 first-of-day", "Tue 11:20 follow-up"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				loc := berlin(t)
				at := func(s string) time.Time { return local(t, loc, s) }
				s := newSim(t, loc, at("2024-03-25 08:45"), standardRules())
				s.state.Finished = []time.Time{at("2024-03-25 08:40")}
				s.atWall(at(tt.suspend), func() { s.shiftClock(9 * time.Hour) })
				// 30 h of fake time; the wall clock ends 9 h further on.
				assertReminders(t, s.run(30*time.Hour), tt.want)
			})
		})
	}
}

func TestRunnerClockSetBackFollowsTheWallClock(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 12:00"), standardRules())
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		// Reminded at 14:10; at 14:15 the clock is set back to 13:15, so 14:10 comes round again
		// and the reminder with it: no "still due" at 13:35 for a session due at 14:10 (issue 14).
		s.atWall(at("2024-03-25 14:15"), func() { s.shiftClock(-time.Hour) })
		assertReminders(t, s.run(8*time.Hour), []string{"Mon 14:10 after-gap", "Mon 14:10 after-gap", "Mon 14:30 follow-up"})
	})
}

func TestRunnerClockSetBackBeforeFollowUp(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 12:00"), standardRules())
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		// Follow-up sent at 14:30; the clock set back to 13:40 then: by the wall clock the session
		// is not due yet, so 14:10 and its follow-up come again; nothing comes early.
		s.atWall(at("2024-03-25 14:40"), func() { s.shiftClock(-time.Hour) })
		assertReminders(t, s.run(8*time.Hour), []string{"Mon 14:10 after-gap", "Mon 14:30 follow-up", "Mon 14:10 after-gap", "Mon 14:30 follow-up"})
	})
}

func TestRunnerRestoresMemory(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 14:12"), standardRules())
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		s.runner.LastReminded = Memory{Due: at("2024-03-25 14:10"), At: at("2024-03-25 14:10")}
		var saved []Memory
		s.runner.OnRemember = func(m Memory) { saved = append(saved, m) }
		// The agent restarted at 14:12 after reminding at 14:10: only the follow-up at 14:30 is left.
		assertReminders(t, s.run(6*time.Hour), []string{"Mon 14:30 follow-up"})
		want := Memory{Due: at("2024-03-25 14:10"), At: at("2024-03-25 14:10"), FollowUp: true}
		if len(saved) != 1 || !sameMemory(saved[0], want) || !sameMemory(s.runner.Reminded(), want) {
			t.Fatalf("saved %v, Reminded %v; want one save of %v", saved, s.runner.Reminded(), want)
		}
	})
}

func sameMemory(a, b Memory) bool {
	return a.Due.Equal(b.Due) && a.At.Equal(b.At) && a.FollowUp == b.FollowUp
}

func TestRunnerIgnoresMemoryFromAFastClock(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 07:00"), standardRules())
		s.runner.LastReminded = Memory{Due: at("2024-03-28 08:00"), At: at("2024-03-28 08:00"), FollowUp: true}
		assertReminders(t, s.run(2*time.Hour), []string{"Mon 08:00 first-of-day", "Mon 08:20 follow-up"})
	})
}

func TestRunnerDSTDays(t *testing.T) {
	tests := []struct {
		name, start string
		dayStart    settings.Clock
		wantUTC     []string
	}{
		{"spring 08:00 CEST", "2024-03-30 22:00", settings.ClockOf(8, 0), []string{"2024-03-31 06:00", "2024-03-31 06:20"}},
		{"autumn 08:00 CET", "2024-10-26 22:00", settings.ClockOf(8, 0), []string{"2024-10-27 07:00", "2024-10-27 07:20"}},
		{"spring 02:30 is 03:30 CEST", "2024-03-30 22:00", settings.ClockOf(2, 30), []string{"2024-03-31 01:30", "2024-03-31 01:50"}},
		{"autumn 02:30 twice, reminded once", "2024-10-26 22:00", settings.ClockOf(2, 30), []string{"2024-10-27 01:30", "2024-10-27 01:50"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				loc := berlin(t)
				r := standardRules()
				r.DayStart = tt.dayStart
				s := newSim(t, loc, local(t, loc, tt.start), r)
				s.state.Finished = []time.Time{local(t, loc, tt.start[:11]+"20:30")}
				var gotUTC []string
				s.runner.Notify = func(rem Reminder) error {
					gotUTC = append(gotUTC, rem.At.UTC().Format("2006-01-02 15:04"))
					return nil
				}
				s.run(12 * time.Hour)
				assertReminders(t, gotUTC, tt.wantUTC)
			})
		})
	}
}

func TestRunnerWakeAndCurrent(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 10:00"), standardRules())
		s.runner.Poll = 24 * time.Hour // only Wake or the due time can wake it
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		var dues []Due
		s.runner.OnDue = func(d Due) { dues = append(dues, d) }
		// At 10:00:07 the user clears a rest and snoozes to 10:05: Wake must pick it up.
		s.after(7*time.Second, func() {
			s.change(func(st *State, now time.Time) {
				st.Finished = nil
				st.SnoozedUntil = at("2024-03-25 10:05")
			})
		})
		ctx, cancel := context.WithCancel(context.Background())
		go func() { _ = s.runner.Run(ctx) }()
		synctest.Wait()
		if d := s.runner.due(); !d.At.Equal(at("2024-03-25 14:10")) || d.Reason != ReasonAfterGap {
			t.Fatalf("Current = %v", d)
		}
		time.Sleep(6 * time.Minute)
		cancel()
		synctest.Wait()
		assertReminders(t, s.got, []string{"Mon 10:05 snoozed"})
		if len(dues) != 2 || dues[1].Reason != ReasonSnoozed {
			t.Fatalf("OnDue calls %v, want after-gap then snoozed", dues)
		}
	})
}

func TestRunnerInSessionIsQuiet(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 07:50"), standardRules())
		s.state.Active = at("2024-03-25 07:50") // started early and never finished
		// Quiet while in session; after StaleSession (09:50) the 08:00 due time is reminded once.
		assertReminders(t, s.run(3*time.Hour), []string{"Mon 09:50 first-of-day", "Mon 10:10 follow-up"})
	})
}

func TestRunnerNeedsLoadAndNotify(t *testing.T) {
	if err := (&Runner{}).Run(context.Background()); err == nil {
		t.Fatal("Run without Load and Notify returned nil")
	}
	r := &Runner{Load: func() (State, Rules) { return State{}, standardRules() }}
	if err := r.Run(context.Background()); err == nil {
		t.Fatal("Run without Notify returned nil")
	}
}

func TestRunnerDefaultClock(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// Inside the bubble time.Now is 2000-01-01 00:00 UTC, a Saturday.
		var got []Reminder
		r := &Runner{
			Load:     func() (State, Rules) { return State{}, standardRules() },
			Notify:   func(rem Reminder) error { got = append(got, rem); return nil },
			Location: time.UTC,
		}
		ctx, cancel := context.WithCancel(context.Background())
		go func() { _ = r.Run(ctx) }()
		time.Sleep(8*time.Hour + time.Minute)
		cancel()
		synctest.Wait()
		want := time.Date(2000, 1, 1, 8, 0, 0, 0, time.UTC)
		if len(got) != 1 || !got[0].At.Equal(want) || !got[0].Due.At.Equal(want) || got[0].FollowUp {
			t.Fatalf("reminders %+v, want one at %s", got, want)
		}
	})
}
