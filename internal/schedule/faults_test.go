package schedule

import (
	"errors"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// Finding 2: one record dated in the future silenced the reminders until that date.
func TestFutureRecordsDoNotSteerTheSchedule(t *testing.T) {
	loc := berlin(t)
	at := func(s string) time.Time { return local(t, loc, s) }
	now := at("2026-03-10 12:00")
	base := []journal.Record{journal.NewSessionRecord(journal.Session{ID: "a", Program: "lumbar", Start: at("2026-03-10 08:00"), End: at("2026-03-10 08:40")})}
	want := Next(now, FromJournal(base, now), standardRules(), loc)
	if want.IsZero() {
		t.Fatal("no due time without the future records")
	}
	tests := []struct {
		name   string
		record journal.Record
	}{
		{"a session dated 2031", journal.NewSessionRecord(journal.Session{ID: "f", Program: "lumbar", Start: at("2031-01-01 08:00"), End: at("2031-01-01 08:40")})},
		{"a snooze ending in 2099", journal.NewSnoozeRecord(journal.Snooze{At: at("2026-03-10 11:00"), Until: at("2099-01-01 08:00")})},
		{"a snooze pressed in 2031", journal.NewSnoozeRecord(journal.Snooze{At: at("2031-03-10 11:00"), Until: at("2031-03-10 11:15")})},
		{"a pause until 2099", journal.NewPauseRecord(journal.Pause{At: at("2026-03-10 11:00"), Until: at("2099-01-01 08:00")})},
		{"a skip dated 2031", journal.NewSkipRecord(journal.Skip{At: at("2031-03-10 11:00"), Due: at("2031-03-10 11:00")})},
		{"a flare-up rest from 2031", journal.NewFlareRecord(journal.Flare{From: at("2031-03-10 11:00"), Until: at("2031-03-12 08:00")})},
		{"a flare-up rest of 70 years", journal.NewFlareRecord(journal.Flare{From: at("2026-03-10 11:00"), Until: at("2096-03-12 08:00")})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := FromJournal(append(base, tt.record), now)
			if got := Next(now, st, standardRules(), loc); got != want {
				t.Errorf("Next = %v %v, want %v %v", got.At, got.Reason, want.At, want.Reason)
			}
			if st.Future != 1 {
				t.Errorf("State.Future = %d, want 1", st.Future)
			}
		})
	}
	// A clock a few minutes behind the one that wrote the record is no future.
	skewed := journal.NewSessionRecord(journal.Session{ID: "s", Program: "lumbar", Start: now.Add(-30 * time.Minute), End: now.Add(2 * time.Minute)})
	if st := FromJournal([]journal.Record{skewed}, now); st.Future != 0 || len(st.Finished) != 1 {
		t.Errorf("a session ending 2 min ahead: %+v; want it counted, not future", st)
	}
}

// Finding 2: a checkpoint with a future start kept the schedule "in session".
func TestFutureActiveSessionIsNoSession(t *testing.T) {
	loc := berlin(t)
	now := local(t, loc, "2026-03-10 12:00")
	st := State{Active: local(t, loc, "2031-01-01 08:00")}
	if got := Next(now, st, standardRules(), loc); got.Reason == ReasonInSession || got.IsZero() {
		t.Fatalf("a session starting in 2031: Next = %v %v", got.At, got.Reason)
	}
}

// Finding 7: the clock set back 3 h after a reminder sent "still due" at 11:30 for a session due at
// 14:10, and nothing at 14:10. Reminders follow the wall clock: the due one fires at its time.
func TestRunnerClockSetBackThreeHours(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 12:00"), standardRules())
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		s.atWall(at("2024-03-25 14:15"), func() { s.shiftClock(-3 * time.Hour) })
		assertReminders(t, s.run(8*time.Hour), []string{"Mon 14:10 after-gap", "Mon 14:10 after-gap", "Mon 14:30 follow-up"})
	})
}

// Finding 7: a failed notification was recorded as sent; it is retried soon, a bounded number of times.
func TestRunnerRetriesAFailedReminder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 12:00"), standardRules())
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		s.fails = 2
		assertReminders(t, s.run(3*time.Hour), []string{"Mon 14:10 after-gap failed", "Mon 14:11 after-gap failed", "Mon 14:12 after-gap", "Mon 14:32 follow-up"})
		if m := s.runner.Reminded(); !m.At.Equal(at("2024-03-25 14:12")) {
			t.Errorf("memory %+v: want the reminder remembered when it was shown, at 14:12", m)
		}
	})
}

func TestRunnerGivesUpRetryingAfterABound(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 12:00"), standardRules())
		s.state.Finished = []time.Time{at("2024-03-25 08:40")}
		s.fails = 100 // the notification service is gone for good
		got := s.run(3 * time.Hour)
		want := []string{
			"Mon 14:10 after-gap failed", "Mon 14:11 after-gap failed", "Mon 14:12 after-gap failed", "Mon 14:13 after-gap failed", "Mon 14:14 after-gap failed",
			"Mon 14:30 follow-up failed", "Mon 14:31 follow-up failed", "Mon 14:32 follow-up failed", "Mon 14:33 follow-up failed", "Mon 14:34 follow-up failed",
		}
		assertReminders(t, got, want)
	})
}

var errNoService = errors.New("no notification service")
