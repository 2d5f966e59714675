package schedule

import (
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/settings"
)

func TestNext(t *testing.T) {
	loc := berlin(t)
	at := func(s string) time.Time { return local(t, loc, s) }
	times := func(ss ...string) []time.Time {
		out := make([]time.Time, len(ss))
		for i, s := range ss {
			out[i] = at(s)
		}
		return out
	}
	// 2024-03-25 is a Monday.
	tests := []struct {
		name   string
		now    string
		st     State
		want   string // "" means a zero At
		reason Reason
	}{
		{"first of day, before the window", "2024-03-25 06:00", State{}, "2024-03-25 08:00", ReasonFirstOfDay},
		{"first of day, overdue", "2024-03-25 10:00", State{}, "2024-03-25 08:00", ReasonFirstOfDay},
		{"window closed, nothing done", "2024-03-25 21:30", State{}, "2024-03-26 08:00", ReasonFirstOfDay},
		{"due a gap after a session", "2024-03-25 09:00", State{Finished: times("2024-03-25 08:45")}, "2024-03-25 14:15", ReasonAfterGap},
		{"overdue after gap", "2024-03-25 16:00", State{Finished: times("2024-03-25 08:45")}, "2024-03-25 14:15", ReasonAfterGap},
		{"third of day", "2024-03-25 15:00", State{Finished: times("2024-03-25 08:45", "2024-03-25 14:50")}, "2024-03-25 20:20", ReasonAfterGap},
		{"target met", "2024-03-25 20:40", State{Finished: times("2024-03-25 08:45", "2024-03-25 14:15", "2024-03-25 20:00")}, "2024-03-26 08:00", ReasonFirstOfDay},
		{"gap ends after the window", "2024-03-25 16:00", State{Finished: times("2024-03-25 16:00")}, "2024-03-26 08:00", ReasonFirstOfDay},
		{"gap ends at the window's end", "2024-03-25 16:00", State{Finished: times("2024-03-25 15:30")}, "2024-03-25 21:00", ReasonAfterGap},
		{"yesterday's session", "2024-03-25 07:00", State{Finished: times("2024-03-24 20:00")}, "2024-03-25 08:00", ReasonFirstOfDay},
		{"unordered, old ones", "2024-03-25 15:00", State{Finished: times("2024-03-25 14:50", "2024-03-20 10:00", "2024-03-25 08:45")}, "2024-03-25 20:20", ReasonAfterGap},
		{"after midnight counts for the new day", "2024-03-26 07:00", State{Finished: times("2024-03-26 00:30")}, "2024-03-26 08:00", ReasonFirstOfDay},
		{"late night session delays the morning", "2024-03-26 07:00", State{Finished: times("2024-03-26 03:00")}, "2024-03-26 08:30", ReasonAfterGap},
		{"snoozed", "2024-03-25 08:02", State{SnoozedUntil: at("2024-03-25 08:17")}, "2024-03-25 08:17", ReasonSnoozed},
		{"old snooze does nothing", "2024-03-25 09:00", State{SnoozedUntil: at("2024-03-25 07:00")}, "2024-03-25 08:00", ReasonFirstOfDay},
		{"snooze after a later session does nothing", "2024-03-25 09:00", State{SnoozedUntil: at("2024-03-25 08:15"), Finished: times("2024-03-25 08:55")}, "2024-03-25 14:25", ReasonAfterGap},
		{"snooze past the window's end", "2024-03-25 20:55", State{Finished: times("2024-03-25 15:00"), SnoozedUntil: at("2024-03-25 21:10")}, "2024-03-26 08:00", ReasonFirstOfDay},
		{"skip moves on by a gap", "2024-03-25 14:16", State{Finished: times("2024-03-25 08:45"), Skipped: Skip{At: at("2024-03-25 14:16"), Due: at("2024-03-25 14:15")}}, "2024-03-25 19:45", ReasonAfterGap},
		{"skip counts toward the target", "2024-03-25 19:51", State{Finished: times("2024-03-25 08:45", "2024-03-25 14:20"), Skipped: Skip{At: at("2024-03-25 19:51"), Due: at("2024-03-25 19:50")}}, "2024-03-26 08:00", ReasonFirstOfDay},
		{"skip without a due time uses its time", "2024-03-25 10:00", State{Skipped: Skip{At: at("2024-03-25 10:00")}}, "2024-03-25 15:30", ReasonAfterGap},
		{"paused for today", "2024-03-25 10:00", State{PausedUntil: at("2024-03-26 08:00")}, "2024-03-26 08:00", ReasonAfterPause},
		{"pause over at the window start", "2024-03-26 09:00", State{PausedUntil: at("2024-03-26 08:00")}, "2024-03-26 08:00", ReasonAfterPause},
		{"flare-up rest", "2024-03-27 13:42", State{Finished: times("2024-03-27 08:10"), RestUntil: at("2024-03-29 08:00")}, "2024-03-29 08:00", ReasonAfterRest},
		{"rest ends inside the window", "2024-03-27 13:42", State{RestUntil: at("2024-03-29 12:00")}, "2024-03-29 12:00", ReasonAfterRest},
		{"rest ends before the window", "2024-03-27 13:42", State{RestUntil: at("2024-03-29 05:00")}, "2024-03-29 08:00", ReasonFirstOfDay},
		{"rest ends after the window", "2024-03-27 13:42", State{RestUntil: at("2024-03-29 22:00")}, "2024-03-30 08:00", ReasonFirstOfDay},
		{"rest and a later pause", "2024-03-29 09:00", State{RestUntil: at("2024-03-29 08:00"), PausedUntil: at("2024-03-30 08:00")}, "2024-03-30 08:00", ReasonAfterPause},
		{"in session", "2024-03-25 08:30", State{Active: at("2024-03-25 08:05")}, "", ReasonInSession},
		{"abandoned session", "2024-03-25 10:30", State{Active: at("2024-03-25 08:05")}, "2024-03-25 08:00", ReasonFirstOfDay},
		{"session start already finished", "2024-03-25 09:00", State{Active: at("2024-03-25 08:05"), Finished: times("2024-03-25 08:45")}, "2024-03-25 14:15", ReasonAfterGap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Next(at(tt.now), tt.st, standardRules(), loc)
			var want time.Time
			if tt.want != "" {
				want = at(tt.want)
			}
			if !got.At.Equal(want) || got.Reason != tt.reason {
				t.Fatalf("Next = %s %v, want %s %v", got.At.In(loc).Format(time.DateTime), got.Reason, tt.want, tt.reason)
			}
		})
	}
}

func TestNextRules(t *testing.T) {
	loc := berlin(t)
	now := local(t, loc, "2024-03-25 09:00")
	st := State{Finished: []time.Time{local(t, loc, "2024-03-25 08:30")}}
	tests := []struct {
		name string
		r    Rules
		want string
	}{
		{"longer gap", Rules{DayStart: settings.ClockOf(8, 0), DayEnd: settings.ClockOf(21, 0), Gap: 8 * time.Hour, PerDay: 3}, "2024-03-25 16:30"},
		{"one a day", Rules{DayStart: settings.ClockOf(8, 0), DayEnd: settings.ClockOf(21, 0), Gap: 5 * time.Hour, PerDay: 1}, "2024-03-26 08:00"},
		{"later window", Rules{DayStart: settings.ClockOf(10, 0), DayEnd: settings.ClockOf(12, 0), Gap: 4 * time.Hour, PerDay: 2}, "2024-03-26 10:00"},
		{"no window", Rules{DayStart: settings.ClockOf(10, 0), DayEnd: settings.ClockOf(9, 0), Gap: 4 * time.Hour, PerDay: 2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Next(now, st, tt.r, loc)
			if tt.want == "" {
				if !got.IsZero() || got.Reason != ReasonNone {
					t.Fatalf("Next = %v, want nothing", got)
				}
				return
			}
			if want := local(t, loc, tt.want); !got.At.Equal(want) {
				t.Fatalf("Next = %s, want %s", got.At.In(loc), want)
			}
		})
	}
}

func TestNextStripsMonotonicAndIsPure(t *testing.T) {
	now := time.Now() // carries a monotonic reading
	st := State{Finished: []time.Time{now.Add(-time.Hour)}, SnoozedUntil: now.Add(time.Minute)}
	r := standardRules()
	r.DayStart, r.DayEnd = settings.ClockOf(0, 0), settings.ClockOf(23, 59)
	a := Next(now, st, r, time.UTC)
	b := Next(now, st, r, time.UTC)
	if a != b {
		t.Fatalf("two calls differ: %v, %v", a, b)
	}
	if a.At != a.At.Round(0) {
		t.Fatalf("due time keeps a monotonic reading: %#v", a.At)
	}
}

func TestNextNilLocationIsLocal(t *testing.T) {
	now := time.Date(2024, 3, 25, 6, 0, 0, 0, time.Local)
	if a, b := Next(now, State{}, standardRules(), nil), Next(now, State{}, standardRules(), time.Local); a != b {
		t.Fatalf("nil location %v, Local %v", a, b)
	}
}

func TestDueHelpers(t *testing.T) {
	loc := berlin(t)
	d := Due{At: local(t, loc, "2024-03-25 14:30"), Reason: ReasonAfterGap}
	now := local(t, loc, "2024-03-25 12:25")
	if got := d.Until(now); got != 2*time.Hour+5*time.Minute {
		t.Errorf("Until = %v", got)
	}
	if d.Overdue(now) || !d.Overdue(d.At) || (Due{}).Overdue(now) {
		t.Error("Overdue wrong")
	}
	if d.Reason.String() != "after-gap" || Reason(99).String() != "unknown" {
		t.Error("Reason.String wrong")
	}
}

func TestPauseAndRestEnd(t *testing.T) {
	loc := berlin(t)
	r := standardRules()
	tests := []struct {
		name, now string
		got       func(now time.Time) time.Time
		want      string
	}{
		{"pause in the afternoon", "2024-03-25 15:12", func(n time.Time) time.Time { return PauseEnd(n, r, loc) }, "2024-03-26 08:00"},
		{"pause after midnight keeps the day", "2024-03-26 01:00", func(n time.Time) time.Time { return PauseEnd(n, r, loc) }, "2024-03-26 08:00"},
		{"pause at the window start", "2024-03-26 08:00", func(n time.Time) time.Time { return PauseEnd(n, r, loc) }, "2024-03-27 08:00"},
		{"rest 2 days", "2024-03-27 13:42", func(n time.Time) time.Time { return RestEnd(n, 2, r, loc) }, "2024-03-29 08:00"},
		{"rest 1 day", "2024-03-27 07:00", func(n time.Time) time.Time { return RestEnd(n, 1, r, loc) }, "2024-03-28 08:00"},
		{"rest 0 days means 1", "2024-03-27 07:00", func(n time.Time) time.Time { return RestEnd(n, 0, r, loc) }, "2024-03-28 08:00"},
		{"rest across month and DST", "2024-03-30 10:00", func(n time.Time) time.Time { return RestEnd(n, 3, r, loc) }, "2024-04-02 08:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := tt.got(local(t, loc, tt.now)), local(t, loc, tt.want); !got.Equal(want) {
				t.Fatalf("got %s, want %s", got.In(loc), want)
			}
		})
	}
}

func BenchmarkNext(b *testing.B) {
	loc := berlin(b)
	now := local(b, loc, "2024-03-25 15:00")
	st := State{SnoozedUntil: now.Add(-time.Hour)}
	for i := range 300 { // about a hundred days of history
		st.Finished = append(st.Finished, now.Add(-time.Duration(i)*8*time.Hour))
	}
	r := standardRules()
	for b.Loop() {
		Next(now, st, r, loc)
	}
}
