package agent

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/schedule"
)

// ErrNothingDue is returned by Skip when no session is due (a session runs, or the rules leave none).
var ErrNothingDue = errors.New("no session is due")

// ErrResting is returned by Snooze and Skip during a flare-up rest: there is no reminder to move.
var ErrResting = errors.New("a flare-up rest runs")

// Snooze puts the due session off by the snooze time, counted from now or from the due time if
// that is later, so it always moves the reminder.
func (a *Agent) Snooze() error {
	now := a.clock()
	due := a.Due()
	st, rules := a.snapshot()
	if isResting(st, now) {
		return fmt.Errorf("snooze: %w", ErrResting)
	}
	if due.IsZero() {
		return fmt.Errorf("snooze: %w", ErrNothingDue)
	}
	from := now
	if due.At.After(from) {
		from = due.At
	}
	return a.record("snooze", journal.NewSnoozeRecord(journal.Snooze{At: now, Until: from.Add(rules.Snooze)}))
}

// Skip skips the session that is due next (or overdue): it counts as a slot, and the next one
// is due a Gap after its due time.
func (a *Agent) Skip() error {
	due := a.Due()
	if st, _ := a.snapshot(); isResting(st, a.clock()) {
		return fmt.Errorf("skip: %w", ErrResting)
	}
	if due.IsZero() {
		return fmt.Errorf("skip: %w", ErrNothingDue)
	}
	return a.record("skip", journal.NewSkipRecord(journal.Skip{At: a.clock(), Due: due.At}))
}

// PauseToday pauses reminders until the start of the next day window.
func (a *Agent) PauseToday() error {
	now := a.clock()
	_, rules := a.snapshot()
	return a.record("pause", journal.NewPauseRecord(journal.Pause{At: now, Until: schedule.PauseEnd(now, rules, a.loc)}))
}

// Flare starts a flare-up rest of days days, today counting as the first: no reminders until the
// window starts on the first day back (schedule.RestEnd).
func (a *Agent) Flare(days int) error {
	_, rules := a.snapshot()
	rec, err := schedule.StartFlare(a.clock(), days, rules, a.loc)
	if err != nil {
		return err
	}
	return a.record("flare", rec)
}

// EndFlare ends the running flare-up rest now (schedule.ErrNotResting when none runs).
func (a *Agent) EndFlare() error {
	st, _ := a.snapshot()
	rec, err := schedule.EndFlare(st, a.clock())
	if err != nil {
		return err
	}
	return a.record("flare-end", rec)
}

// record appends r to the journal, logs it, re-reads the folder and lets the Runner look again.
func (a *Agent) record(what string, r journal.Record) error {
	if err := a.journal.Append(r); err != nil {
		a.log.Printf("%s: %v", what, err)
		return fmt.Errorf("%s: %w", what, err)
	}
	a.log.Printf("%s written to the journal", what)
	a.Wake()
	return nil
}

// timeLabel writes t for the tray: "14:05" today, "tomorrow 08:00", else "2026-03-12 08:00".
// Call it with textMu held.
func (a *Agent) timeLabel(t time.Time) string {
	now := a.clock().In(a.loc)
	t = t.In(a.loc)
	y, m, d := now.Date()
	switch ty, tm, td := t.Date(); {
	case ty == y && tm == m && td == d:
		return t.Format("15:04")
	case time.Date(y, m, d+1, 0, 0, 0, 0, a.loc).Equal(time.Date(ty, tm, td, 0, 0, 0, 0, a.loc)):
		return lang.L("tomorrow {{.Time}}", map[string]any{"Time": t.Format("15:04")})
	}
	return t.Format("2006-01-02 15:04")
}

func isResting(st schedule.State, now time.Time) bool {
	_, ok := st.Resting(now)
	return ok
}
