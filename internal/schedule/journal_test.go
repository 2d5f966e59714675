package schedule

import (
	"reflect"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

func TestFromJournal(t *testing.T) {
	loc := berlin(t)
	at := func(s string) time.Time { return local(t, loc, s) }
	session := func(start, end string, completed bool) journal.Record {
		return journal.NewSessionRecord(journal.Session{ID: start, Program: "lumbar", Start: at(start), End: at(end), Completed: completed})
	}
	snooze := func(a, until string) journal.Record {
		return journal.NewSnoozeRecord(journal.Snooze{At: at(a), Until: at(until)})
	}
	pause := func(a, until string) journal.Record {
		return journal.NewPauseRecord(journal.Pause{At: at(a), Until: at(until)})
	}
	skip := func(a, due string) journal.Record {
		return journal.NewSkipRecord(journal.Skip{At: at(a), Due: at(due)})
	}
	flare := func(from, until string) journal.Record {
		return journal.NewFlareRecord(journal.Flare{From: at(from), Until: at(until)})
	}
	flareEnd := func(a string) journal.Record { return journal.NewFlareEndRecord(journal.FlareEnd{At: at(a)}) }
	now := "2026-03-10 12:00"

	tests := []struct {
		name    string
		records []journal.Record
		want    State
	}{
		{"empty journal", nil, State{}},
		{
			"sessions of the last three days, finished or ended early",
			[]journal.Record{
				session("2026-03-06 08:00", "2026-03-06 08:40", true), // too old
				session("2026-03-07 11:00", "2026-03-07 11:40", true), // 72 h 20 min ago
				session("2026-03-07 12:00", "2026-03-07 12:40", true), // 71 h 20 min ago
				session("2026-03-10 08:00", "2026-03-10 08:15", false),
			},
			State{Finished: []time.Time{at("2026-03-07 12:40"), at("2026-03-10 08:15")}, EndedEarly: []time.Time{at("2026-03-10 08:15")}},
		},
		{
			"the latest snooze, pause and skip win, whatever the file order",
			[]journal.Record{
				snooze("2026-03-10 11:00", "2026-03-10 11:15"),
				snooze("2026-03-09 14:00", "2026-03-09 14:15"),
				pause("2026-03-10 09:00", "2026-03-11 08:00"),
				pause("2026-03-08 09:00", "2026-03-09 08:00"),
				skip("2026-03-10 08:05", "2026-03-10 08:00"),
				skip("2026-03-09 08:05", "2026-03-09 08:00"),
			},
			State{
				SnoozedUntil: at("2026-03-10 11:15"),
				PausedUntil:  at("2026-03-11 08:00"),
				Skipped:      Skip{At: at("2026-03-10 08:05"), Due: at("2026-03-10 08:00")},
			},
		},
		{
			"a tie goes to the later line",
			[]journal.Record{
				snooze("2026-03-10 11:00", "2026-03-10 11:15"),
				snooze("2026-03-10 11:00", "2026-03-10 11:30"),
			},
			State{SnoozedUntil: at("2026-03-10 11:30")},
		},
		{
			"a flare-up rest",
			[]journal.Record{flare("2026-03-09 10:00", "2026-03-12 08:00")},
			State{RestUntil: at("2026-03-12 08:00")},
		},
		{
			"a flare-up rest ended early",
			[]journal.Record{flare("2026-03-09 10:00", "2026-03-12 08:00"), flareEnd("2026-03-10 09:00")},
			State{},
		},
		{
			"a flare-end before a new rest does not end it",
			[]journal.Record{
				flare("2026-03-01 10:00", "2026-03-03 08:00"),
				flareEnd("2026-03-02 09:00"),
				flare("2026-03-09 10:00", "2026-03-12 08:00"),
			},
			State{RestUntil: at("2026-03-12 08:00")},
		},
		{
			"a rest that is over is kept: Next ignores it",
			[]journal.Record{flare("2026-03-01 10:00", "2026-03-03 08:00")},
			State{RestUntil: at("2026-03-03 08:00")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FromJournal(tt.records, at(now))
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("FromJournal =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

// TestFromJournalDrivesNext checks the derived state through Next: a session that ended early
// still starts the Gap, a snooze moves the due time, and a rest holds it.
func TestFromJournalDrivesNext(t *testing.T) {
	loc := berlin(t)
	at := func(s string) time.Time { return local(t, loc, s) }
	r := standardRules() // 08:00–21:00, gap 5 h 30 min
	records := []journal.Record{
		journal.NewSessionRecord(journal.Session{ID: "a", Program: "lumbar", Start: at("2026-03-10 08:00"), End: at("2026-03-10 08:20")}),
	}
	now := at("2026-03-10 09:00")
	if due := Next(now, FromJournal(records, now), r, loc); !due.At.Equal(at("2026-03-10 13:50")) || due.Reason != ReasonAfterGap {
		t.Fatalf("after a session: due %v", due)
	}
	records = append(records, journal.NewSnoozeRecord(journal.Snooze{At: at("2026-03-10 13:50"), Until: at("2026-03-10 14:05")}))
	now = at("2026-03-10 13:51")
	if due := Next(now, FromJournal(records, now), r, loc); !due.At.Equal(at("2026-03-10 14:05")) || due.Reason != ReasonSnoozed {
		t.Fatalf("after a snooze: due %v", due)
	}
	records = append(records, journal.NewFlareRecord(journal.Flare{From: now, Until: RestEnd(now, 2, r, loc)}))
	st := FromJournal(records, now)
	if until, ok := st.Resting(now); !ok || !until.Equal(at("2026-03-12 08:00")) {
		t.Fatalf("Resting = %v, %v", until, ok)
	}
	if due := Next(now, st, r, loc); !due.At.Equal(at("2026-03-12 08:00")) || due.Reason != ReasonAfterRest {
		t.Fatalf("during a rest: due %v", due)
	}
	records = append(records, journal.NewFlareEndRecord(journal.FlareEnd{At: at("2026-03-10 15:00")}))
	now = at("2026-03-10 15:00")
	st = FromJournal(records, now)
	if _, ok := st.Resting(now); ok {
		t.Fatal("still resting after flare-end")
	}
	if due := Next(now, st, r, loc); !due.At.Equal(at("2026-03-10 14:05")) || due.Reason != ReasonSnoozed {
		t.Fatalf("after the rest was ended: due %v", due)
	}
}
