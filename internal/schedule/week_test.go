package schedule

import (
	"testing"
	"testing/synctest"
	"time"
)

// TestRunnerWeek plays a week of realistic use, Monday 2024-03-25 to Sunday 2024-03-31 (the spring
// DST change) in Berlin, with the default rules: window 08:00–21:00, gap 5 h 30 min, 3 a day,
// snooze 15 min, follow-up 20 min. Sessions last 40 min. The expected list is worked out by hand.
func TestRunnerWeek(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := berlin(t)
		at := func(s string) time.Time { return local(t, loc, s) }
		s := newSim(t, loc, at("2024-03-25 00:00"), standardRules())
		const session = 40 * time.Minute
		m := time.Minute
		s.plan = map[string]func(Reminder){
			// Mon: sessions 08:05–08:45 → 14:15; ignored, follow-up 14:35; 14:40–15:20 → 20:50; 20:52–21:32 makes 3.
			"Mon 08:00 first-of-day": s.session(5*m, session),
			"Mon 14:15 after-gap":    s.session(25*m, session),
			"Mon 20:50 after-gap":    s.session(2*m, session),
			// Tue: snooze at 08:01 → 08:16; 08:20–09:00 → 14:30; skipped → 20:00 (third slot); ignored → follow-up 20:20.
			"Tue 08:00 first-of-day": s.snooze(1 * m),
			"Tue 08:16 snoozed":      s.session(4*m, session),
			"Tue 14:30 after-gap":    s.skip(1 * m),
			// Wed: an own session 07:30–08:10 (no 08:00 reminder) → 13:40; flare-up at 13:42, rest 2 days → Fri 08:00.
			"Wed 13:40 after-gap": s.flareUp(2*m, 2),
			// Fri: ignored, follow-up 08:20; 09:00–09:40 → 15:10; paused for today at 15:12 → Sat 08:00.
			"Fri 08:00 after-rest": s.session(60*m, session),
			"Fri 15:10 after-gap":  s.pause(2 * m),
			// Sat: the laptop sleeps 07:00–10:30, the 08:00 reminder comes once at 10:30; 10:35–11:15 → 16:45;
			// 16:50–17:30 → 23:00 is past the window → Sun 08:00.
			"Sat 10:30 after-pause": s.session(5*m, session),
			"Sat 16:45 after-gap":   s.session(5*m, session),
			// Sun (23 h day): 08:00–08:40 → 14:10; 14:10–14:50 → 20:20; ignored → follow-up 20:40.
			"Sun 08:00 first-of-day": s.session(0, session),
			"Sun 14:10 after-gap":    s.session(0, session),
		}
		s.atWall(at("2024-03-27 07:30"), func() { s.session(0, session)(Reminder{}) })
		s.atWall(at("2024-03-30 07:00"), func() { s.shiftClock(3*time.Hour + 30*time.Minute) })

		got := s.run(at("2024-04-01 00:00").Sub(at("2024-03-25 00:00")))

		assertReminders(t, got, []string{
			"Mon 08:00 first-of-day", "Mon 14:15 after-gap", "Mon 14:35 follow-up", "Mon 20:50 after-gap",
			"Tue 08:00 first-of-day", "Tue 08:16 snoozed", "Tue 14:30 after-gap", "Tue 20:00 after-gap", "Tue 20:20 follow-up",
			"Wed 13:40 after-gap",
			"Fri 08:00 after-rest", "Fri 08:20 follow-up", "Fri 15:10 after-gap",
			"Sat 10:30 after-pause", "Sat 16:45 after-gap",
			"Sun 08:00 first-of-day", "Sun 14:10 after-gap", "Sun 20:20 after-gap", "Sun 20:40 follow-up",
		})
		if due := s.runner.due(); !due.At.Equal(at("2024-04-01 08:00")) || due.Reason != ReasonFirstOfDay {
			t.Errorf("Current at the end = %s %v, want Mon 08:00 first-of-day", due.At.In(loc), due.Reason)
		}
	})
}
