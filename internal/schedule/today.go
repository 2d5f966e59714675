package schedule

import "time"

// Count is today's sessions, as the reminder ("Session 2 of 3"), the tray, the home screen and
// Progress all show them. It is the count Next holds against the day's target, so what the user
// reads and when the next reminder comes never disagree.
type Count struct {
	// Sessions are the sessions saved today (by their end, in local time), finished or ended
	// early; EndedEarly is how many of them ended early.
	Sessions, EndedEarly int
	// Skipped is 1 when the last skipped session was due today: a skip takes a session's place.
	Skipped int
	// Target is the day's target, at least 1.
	Target int
}

// Finished is how many of today's sessions were done to the end: Progress, the home screen and
// the tray say "Today: 1 of 3 sessions done."
func (c Count) Finished() int { return c.Sessions - c.EndedEarly }

// Counted is what counts toward the day's target: the sessions saved and the one skipped.
func (c Count) Counted() int { return c.Sessions + c.Skipped }

// Next is the number of the session that is due next, for "Session N of M": one more than those
// counted, and never above the target.
func (c Count) Next() int { return min(c.Counted()+1, c.Target) }

// Met reports whether the day's target is reached, skipped sessions included.
func (c Count) Met() bool { return c.Counted() >= c.Target }

// Today counts the sessions of now's local day in loc (nil means time.Local) from st, with the
// rule Next uses for the day's target.
func Today(now time.Time, st State, r Rules, loc *time.Location) Count {
	loc = orLocal(loc)
	y, m, d := now.In(loc).Date()
	c := Count{Target: max(r.PerDay, 1)}
	c.Sessions = countOnDay(roundAll(st.Finished), y, m, d, loc)
	c.EndedEarly = countOnDay(roundAll(st.EndedEarly), y, m, d, loc)
	c.Skipped = countOnDay(slotsOf(State{Skipped: st.Skipped}), y, m, d, loc)
	return c
}

func roundAll(ts []time.Time) []time.Time {
	out := make([]time.Time, 0, len(ts))
	for _, t := range ts {
		if !t.IsZero() {
			out = append(out, t.Round(0))
		}
	}
	return out
}
