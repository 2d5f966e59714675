package schedule

import "time"

// maxDays bounds the search for a day with room for a session; only broken rules reach it.
const maxDays = 400

// Next says when the next session is due, given what was done (st) and the rules, at now; days are
// local days in loc (nil means time.Local). It is pure: same input, same answer.
//
// The first session of a day is due at the window's start, each next one a Gap after the last finished
// or skipped session. A day whose target (r.PerDay sessions, skipped ones included) is met, or whose
// window has closed, or where the due time would fall after the window's end, passes to the next day.
// A pause or a flare-up rest holds everything until it ends, and a snooze moves the due time to
// SnoozedUntil when that is later; each is then kept inside a window like any due time (a snooze past
// the window's end moves the session to the next day). The Gap is real elapsed time, also across a
// DST change. The returned time may be in the past: the session is overdue.
func Next(now time.Time, st State, r Rules, loc *time.Location) Due {
	loc = orLocal(loc)
	now = now.Round(0).In(loc)
	if !r.DayStart.Valid() || !r.DayEnd.Valid() || r.DayEnd <= r.DayStart {
		return Due{}
	}
	if inSession(now, st) {
		return Due{Reason: ReasonInSession}
	}
	slots := slotsOf(st)
	last := latest(slots)
	hold, holdReason := holdOf(st)
	from := now
	if hold.After(from) {
		from = hold
	}
	y, m, d := from.Date()
	for i := range maxDays {
		start, end := windowOn(y, m, d+i, r, loc)
		if now.After(end) || countOnDay(slots, y, m, d+i, loc) >= max(r.PerDay, 1) {
			continue
		}
		due := Due{At: start, Reason: ReasonFirstOfDay}
		if !last.IsZero() && last.Add(r.Gap).After(due.At) {
			due = Due{At: last.Add(r.Gap), Reason: ReasonAfterGap}
		}
		if !hold.IsZero() && !hold.Before(due.At) {
			due = Due{At: hold, Reason: holdReason}
		}
		if st.SnoozedUntil.After(due.At) {
			due = Due{At: st.SnoozedUntil.Round(0), Reason: ReasonSnoozed}
		}
		if due.At.After(end) {
			continue
		}
		return due
	}
	return Due{}
}

// inSession reports whether a session started recently and has not finished.
func inSession(now time.Time, st State) bool {
	if st.Active.IsZero() || st.Active.After(now.Add(FutureSkew)) {
		return false // a start in the future is a clock that was wrong, not a session
	}
	for _, f := range st.Finished {
		if !f.Before(st.Active) {
			return false // the journal already has its end
		}
	}
	return now.Sub(st.Active) < StaleSession
}

// slotsOf lists the sessions that count: finished ones and the skipped due time.
func slotsOf(st State) []time.Time {
	slots := make([]time.Time, 0, len(st.Finished)+1)
	for _, f := range st.Finished {
		if !f.IsZero() {
			slots = append(slots, f.Round(0))
		}
	}
	if skipped := st.Skipped.Due; !skipped.IsZero() {
		slots = append(slots, skipped.Round(0))
	} else if !st.Skipped.At.IsZero() {
		slots = append(slots, st.Skipped.At.Round(0))
	}
	return slots
}

func latest(ts []time.Time) time.Time {
	var last time.Time
	for _, t := range ts {
		if t.After(last) {
			last = t
		}
	}
	return last
}

// holdOf is the time before which nothing is due, from a pause or a rest, whichever ends later.
func holdOf(st State) (time.Time, Reason) {
	hold, reason := st.RestUntil.Round(0), ReasonAfterRest
	if st.PausedUntil.After(hold) {
		hold, reason = st.PausedUntil.Round(0), ReasonAfterPause
	}
	return hold, reason
}

// countOnDay counts the slots on local day y-m-d (d may overflow the month, as in time.Date).
func countOnDay(slots []time.Time, y int, m time.Month, d int, loc *time.Location) int {
	from := time.Date(y, m, d, 0, 0, 0, 0, loc)
	to := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
	n := 0
	for _, t := range slots {
		if !t.Before(from) && t.Before(to) {
			n++
		}
	}
	return n
}
