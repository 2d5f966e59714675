package schedule

import "time"

// Reason says why the next session is due when it is, for the tray and the window.
type Reason int

// The reasons a session is due.
const (
	// ReasonNone: nothing is due (the rules leave no day window).
	ReasonNone Reason = iota
	// ReasonFirstOfDay: the first session of a day, at the window's start.
	ReasonFirstOfDay
	// ReasonAfterGap: a Gap after the last finished (or skipped) session.
	ReasonAfterGap
	// ReasonSnoozed: the user snoozed the reminder.
	ReasonSnoozed
	// ReasonAfterPause: reminders were paused for the day and start again.
	ReasonAfterPause
	// ReasonAfterRest: a flare-up rest ends.
	ReasonAfterRest
	// ReasonInSession: a session is in progress; nothing is due until it ends.
	ReasonInSession
)

var reasonNames = [...]string{"none", "first-of-day", "after-gap", "snoozed", "after-pause", "after-rest", "in-session"}

// String names the reason for logs and tests ("after-gap").
func (r Reason) String() string {
	if r < 0 || int(r) >= len(reasonNames) {
		return "unknown"
	}
	return reasonNames[r]
}

// Due is when the next session is due and why. At is a wall-clock instant without a monotonic
// reading; it is zero when nothing is due (ReasonNone, ReasonInSession).
type Due struct {
	At     time.Time
	Reason Reason
}

// IsZero reports whether no time is due.
func (d Due) IsZero() bool { return d.At.IsZero() }

// Until is the wall-clock time left until the session is due; negative when it is overdue.
func (d Due) Until(now time.Time) time.Duration { return d.At.Sub(now.Round(0)) }

// Overdue reports whether the session is due at now or was due earlier.
func (d Due) Overdue(now time.Time) bool { return !d.IsZero() && !d.At.After(now.Round(0)) }
