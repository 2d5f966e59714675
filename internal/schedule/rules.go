package schedule

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/settings"
)

// Rules are the user's timing settings as the schedule needs them.
type Rules struct {
	// DayStart and DayEnd bound the day window in local time; reminders come only inside it.
	DayStart, DayEnd settings.Clock
	// Gap is the time from the end of a finished session to the next one (the program says 5–6 h).
	Gap time.Duration
	// PerDay is how many sessions make a day's target.
	PerDay int
	// Snooze is how far "Snooze" puts a reminder off; the app sets State.SnoozedUntil from it.
	Snooze time.Duration
	// FollowUp is how long after an unanswered reminder the single follow-up comes; 0 means none.
	FollowUp time.Duration
}

// RulesFrom takes the timing rules out of the user's settings.
func RulesFrom(s settings.Settings) Rules {
	return Rules{
		DayStart: s.DayStart,
		DayEnd:   s.DayEnd,
		Gap:      s.Gap(),
		PerDay:   s.SessionsPerDay,
		Snooze:   s.Snooze(),
		FollowUp: s.FollowUp(),
	}
}

// State is what the user has done, as the app derives it from the journal and the data folder.
type State struct {
	// Finished holds the end times of finished sessions, in any order; old ones do no harm.
	Finished []time.Time
	// EndedEarly holds the end times of the sessions in Finished that ended early (a pain stop,
	// the user stopped); they count as Finished does, and Today tells them apart.
	EndedEarly []time.Time
	// Active is the start of a session in progress, zero if none. A start older than StaleSession
	// is taken for an abandoned session and ignored.
	Active time.Time
	// SnoozedUntil is set by "Snooze": the due time moves to it when it is later.
	SnoozedUntil time.Time
	// Skipped is the last "skip this one".
	Skipped Skip
	// PausedUntil is set by "Pause reminders for today" (see PauseEnd).
	PausedUntil time.Time
	// RestUntil is the end of a flare-up rest (see RestEnd); zero means none. Clearing it ends the rest early.
	RestUntil time.Time
	// Future counts the records FromJournal left out because they carry a date in the future.
	Future int
}

// Skip records a skipped session: when the user skipped it and the due time it had (when Due is
// zero, At stands for it).
//
// A skipped session counts as a slot: it counts toward the day's target and the next one is due a Gap
// after the skipped due time, as if the session had been done then. So skipping moves the day on instead
// of bringing the same reminder back, and never squeezes two sessions closer than the Gap.
type Skip struct {
	At  time.Time
	Due time.Time
}

// StaleSession is how long a session start without an end keeps reminders quiet.
// A session takes about 40 minutes; after this long it was abandoned (or the app crashed).
const StaleSession = 2 * time.Hour

// windowOn returns the start and end of the day window on local day y-m-d. A start that does not
// exist on a DST day (02:30 when clocks jump 02:00→03:00) becomes the same instant written in the new
// offset (03:30); a start that happens twice (clocks go back) is the second one, as time.Date does.
func windowOn(y int, m time.Month, d int, r Rules, loc *time.Location) (start, end time.Time) {
	start = time.Date(y, m, d, r.DayStart.Hour(), r.DayStart.Minute(), 0, 0, loc)
	end = time.Date(y, m, d, r.DayEnd.Hour(), r.DayEnd.Minute(), 0, 0, loc)
	return start, end
}

// PauseEnd is when "Pause reminders for today" pressed at now ends: the start of the next day window
// that has not begun yet (so a pause pressed after midnight but before the window keeps that day).
func PauseEnd(now time.Time, r Rules, loc *time.Location) time.Time {
	loc = orLocal(loc)
	now = now.Round(0).In(loc)
	y, m, d := now.Date()
	start, _ := windowOn(y, m, d, r, loc)
	if start.After(now) {
		return start
	}
	start, _ = windowOn(y, m, d+1, r, loc)
	return start
}

// RestEnd is when "Flare-up: rest for N days" pressed at now ends: the window start N local days later.
// Today counts as the first day, so N = 2 pressed on Wednesday rests the rest of Wednesday and Thursday.
func RestEnd(now time.Time, days int, r Rules, loc *time.Location) time.Time {
	loc = orLocal(loc)
	y, m, d := now.Round(0).In(loc).Date()
	start, _ := windowOn(y, m, d+max(days, 1), r, loc)
	return start
}

func orLocal(loc *time.Location) *time.Location {
	if loc == nil {
		return time.Local
	}
	return loc
}
