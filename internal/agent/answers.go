package agent

import (
	"context"
	"time"

	"github.com/spinecoach/spinecoach/internal/notify"
	"github.com/spinecoach/spinecoach/internal/schedule"
)

// The keys of a reminder's buttons; a click on the reminder itself is notify.ActionDefault.
const (
	ActionStart  = "start"
	ActionSnooze = "snooze"
	ActionSkip   = "skip"
)

// withdrawTimeout bounds taking a reminder off the screen.
const withdrawTimeout = 2 * time.Second

// SetTrayHost says whether a tray host shows the icon now. Without one, reminders stay on
// screen until they are answered, since their buttons are the way in.
func (a *Agent) SetTrayHost(ok bool) {
	if a.trayHost.Swap(ok) != ok {
		a.changed()
	}
}

// TrayHost reports what SetTrayHost was last told.
func (a *Agent) TrayHost() bool { return a.trayHost.Load() }

// serveAnswers answers the reminders' actions, until ctx is done or the notifier stops.
func (a *Agent) serveAnswers(ctx context.Context) {
	act, ok := a.notifier.(notify.Actionable)
	if !ok {
		return
	}
	answers := act.Answers()
	if answers == nil {
		return
	}
	for {
		select {
		case <-ctx.Done():
			return
		case key, ok := <-answers:
			if !ok {
				return
			}
			a.Answer(key)
		}
	}
}

// Answer does what the reminder's action key asks, as the tray's items do: a click or "Start
// now" opens the window on the start of a session, "In N minutes" snoozes, "Skip this one"
// skips. The reminder is then withdrawn: a resident one stays on screen otherwise.
func (a *Agent) Answer(key string) {
	a.log.Printf("reminder answered: %s", key)
	var err error
	switch key {
	case notify.ActionDefault, ActionStart:
		if a.openWindow != nil {
			a.openWindow(true)
		}
	case ActionSnooze:
		err = a.Snooze()
	case ActionSkip:
		err = a.Skip()
	default:
		a.log.Printf("reminder: unknown action %q ignored", key)
		return
	}
	if err != nil {
		a.log.Printf("reminder: %v", err)
	}
	a.withdraw("answered")
}

// withdrawIfMoot takes the reminder off the screen once nothing is due now: the session was
// started or saved from the window, or snoozed or skipped from the tray.
func (a *Agent) withdrawIfMoot() {
	if !a.shown.Load() {
		return
	}
	now := a.clock()
	due := a.Due()
	if due.Reason == schedule.ReasonInSession || due.IsZero() || !due.Overdue(now) {
		a.withdraw("no session is due now")
	}
}

func (a *Agent) withdraw(why string) {
	act, ok := a.notifier.(notify.Actionable)
	if !ok || !a.shown.Swap(false) {
		return
	}
	// Short: the agent may be stopping, and a hung service must not hold it up.
	ctx, cancel := context.WithTimeout(context.Background(), withdrawTimeout)
	defer cancel()
	if err := act.Withdraw(ctx); err != nil {
		a.log.Printf("reminder not withdrawn: %v", err)
		return
	}
	a.log.Printf("reminder withdrawn: %s", why)
}
