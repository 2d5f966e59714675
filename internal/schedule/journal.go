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
// Active (a session in progress) is not in the journal; the caller sets it from the checkpoint.
func FromJournal(records []journal.Record, now time.Time) State {
	now = now.Round(0)
	horizon := now.Add(-Recent)
	var st State
	var snoozeAt, pauseAt, flareFrom, flareEnd time.Time
	var flareUntil time.Time
	for i := range records {
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
