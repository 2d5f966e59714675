package schedule

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// Recent is how far back FromJournal keeps session end times. Next needs today's sessions and the
// latest one (a Gap is hours, a day window under 24 h), so three days cover every time zone and
// DST change with room to spare, and the state stays small however long the journal grows.
const Recent = 72 * time.Hour

// FromJournal derives what the user has done, as the schedule needs it, from the journal's
// records at now:
//   - Finished: the end of every session saved in the last Recent, finished or ended early. A
//     session ended early (a pain stop, the user stopped) still moved the back, and the program
//     wants rest between sessions, so it counts as a slot and the Gap runs from its end.
//   - SnoozedUntil, PausedUntil and Skipped: from the latest snooze, pause and skip by the time
//     they were pressed (the later line in the file wins a tie). Old ones do no harm: Next only
//     uses a snooze or pause that ends after the due time it computes.
//   - RestUntil: the end of the latest flare-up rest, unless a flare-end was pressed at or after
//     that rest began.
//
// A record from the future (dated after now plus FutureSkew, or a snooze, pause or rest longer
// than any the app writes) is left out and counted in Future: a clock that was wrong once must not
// silence the reminders until that date.
//
// Active (a session in progress) is not in the journal; the caller sets it from the checkpoint.
func FromJournal(records []journal.Record, now time.Time) State {
	now = now.Round(0)
	horizon, ahead := now.Add(-Recent), now.Add(FutureSkew)
	var st State
	var snoozeAt, pauseAt, flareFrom, flareEnd time.Time
	var flareUntil time.Time
	for i := range records {
		if fromFuture(&records[i], ahead) {
			st.Future++
			continue
		}
		switch r := &records[i]; {
		case r.Kind == journal.KindSession && r.Session != nil:
			if end := r.Session.End.Round(0); !end.IsZero() && !end.Before(horizon) {
				st.Finished = append(st.Finished, end)
				if !r.Session.Completed {
					st.EndedEarly = append(st.EndedEarly, end)
				}
			}
		case r.Kind == journal.KindSnooze && r.Snooze != nil && !r.Snooze.At.Before(snoozeAt):
			snoozeAt, st.SnoozedUntil = r.Snooze.At, r.Snooze.Until.Round(0)
		case r.Kind == journal.KindPause && r.Pause != nil && !r.Pause.At.Before(pauseAt):
			pauseAt, st.PausedUntil = r.Pause.At, r.Pause.Until.Round(0)
		case r.Kind == journal.KindSkip && r.Skip != nil && !r.Skip.At.Before(st.Skipped.At):
			st.Skipped = Skip{At: r.Skip.At.Round(0), Due: r.Skip.Due.Round(0)}
		case r.Kind == journal.KindFlare && r.Flare != nil && !r.Flare.From.Before(flareFrom):
			flareFrom, flareUntil = r.Flare.From, r.Flare.Until.Round(0)
		case r.Kind == journal.KindFlareEnd && r.FlareEnd != nil && r.FlareEnd.At.After(flareEnd):
			flareEnd = r.FlareEnd.At
		}
	}
	if !flareUntil.IsZero() && flareEnd.Before(flareFrom) {
		st.RestUntil = flareUntil
	}
	return st
}

// Resting reports whether a flare-up rest runs at now, and until when.
func (st State) Resting(now time.Time) (until time.Time, ok bool) {
	if st.RestUntil.After(now.Round(0)) {
		return st.RestUntil, true
	}
	return time.Time{}, false
}

// FutureSkew is how far ahead of the clock a record may be dated and still count: two processes
// (or a clock corrected by a few minutes) may disagree a little.
const FutureSkew = 10 * time.Minute

// The longest snooze, pause and flare-up rest the app writes, with room to spare: settings allow a
// snooze of 2 h, a pause ends at the next day window, a rest lasts at most 30 days.
const (
	maxSnooze = 24 * time.Hour
	maxPause  = 48 * time.Hour
	maxRest   = 32 * 24 * time.Hour
)

// fromFuture reports whether r is dated after ahead, or spans longer than the app ever writes.
func fromFuture(r *journal.Record, ahead time.Time) bool {
	after := func(t time.Time) bool { return t.After(ahead) }
	switch {
	case r.Session != nil:
		return after(r.Session.Start) || after(r.Session.End)
	case r.Snooze != nil:
		return after(r.Snooze.At) || r.Snooze.Until.Sub(r.Snooze.At) > maxSnooze
	case r.Pause != nil:
		return after(r.Pause.At) || r.Pause.Until.Sub(r.Pause.At) > maxPause
	case r.Skip != nil:
		return after(r.Skip.At) || r.Skip.Due.Sub(r.Skip.At) > maxSnooze
	case r.Flare != nil:
		return after(r.Flare.From) || r.Flare.Until.Sub(r.Flare.From) > maxRest
	case r.FlareEnd != nil:
		return after(r.FlareEnd.At)
	}
	return false
}
