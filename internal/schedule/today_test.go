package schedule

import (
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

func TestToday(t *testing.T) {
	loc := berlin(t)
	at := func(s string) time.Time { return local(t, loc, s) }
	session := func(start, end string, completed bool) journal.Record {
		return journal.NewSessionRecord(journal.Session{ID: start, Program: "lumbar", Start: at(start), End: at(end), Completed: completed})
	}
	skip := func(a, due string) journal.Record {
		return journal.NewSkipRecord(journal.Skip{At: at(a), Due: at(due)})
	}
	tests := []struct {
		name     string
		records  []journal.Record
		now      string
		want     Count
		next     int
		met      bool
		nextFree bool // Next finds a session today (the target is not met)
	}{
		{"nothing yet", nil, "2026-03-10 09:00", Count{Target: 3}, 1, false, true},
		{
			"yesterday's sessions do not count; one finished, one ended early today",
			[]journal.Record{
				session("2026-03-09 20:00", "2026-03-09 20:40", true),
				session("2026-03-10 08:00", "2026-03-10 08:40", true),
				session("2026-03-10 14:00", "2026-03-10 14:10", false),
			},
			"2026-03-10 15:00", Count{Sessions: 2, EndedEarly: 1, Target: 3}, 3, false, true,
		},
		{
			"a session that ends after midnight counts on the day it ends",
			[]journal.Record{session("2026-03-09 23:40", "2026-03-10 00:10", true)},
			"2026-03-10 09:00", Count{Sessions: 1, Target: 3}, 2, false, true,
		},
		{
			"a skipped session takes a place; the target is met",
			[]journal.Record{
				session("2026-03-10 08:00", "2026-03-10 08:40", true),
				skip("2026-03-10 14:20", "2026-03-10 14:10"),
				session("2026-03-10 19:40", "2026-03-10 20:20", true),
			},
			"2026-03-10 20:30", Count{Sessions: 2, Skipped: 1, Target: 3}, 3, true, false,
		},
		{
			"a skip due yesterday does not count today",
			[]journal.Record{skip("2026-03-10 07:00", "2026-03-09 20:00")},
			"2026-03-10 09:00", Count{Target: 3}, 1, false, true,
		},
	}
	rules := standardRules()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := at(tt.now)
			st := FromJournal(tt.records, now)
			got := Today(now, st, rules, loc)
			if got != tt.want {
				t.Fatalf("Today = %+v, want %+v", got, tt.want)
			}
			if got.Next() != tt.next || got.Met() != tt.met {
				t.Fatalf("Next() = %d, Met() = %v; want %d, %v", got.Next(), got.Met(), tt.next, tt.met)
			}
			// The count is the one Next holds against the target: a met target sends the next
			// session to another day.
			due := Next(now, st, rules, loc)
			y, m, d := now.Date()
			dy, dm, dd := due.At.In(loc).Date()
			if today := dy == y && dm == m && dd == d; today != tt.nextFree {
				t.Fatalf("Next = %v (today: %v), want a session today: %v", due.At, today, tt.nextFree)
			}
		})
	}
}

func TestTodayTargetAtLeastOne(t *testing.T) {
	r := standardRules()
	r.PerDay = 0
	c := Today(time.Now(), State{}, r, time.UTC)
	if c.Target != 1 || c.Next() != 1 {
		t.Fatalf("Today with PerDay 0 = %+v", c)
	}
}
