package agent

import (
	"fmt"

	"github.com/spinecoach/spinecoach/internal/schedule"
)

// MenuState is everything the tray shows, as text ready to render, and which items apply.
type MenuState struct {
	// Status is the first, disabled line: "Next session: 14:05", "A session is due now",
	// "Session in progress", "Resting until 2026-03-12 08:00", "No session planned".
	Status string
	// Tooltip is the icon's tooltip: Status, and why reminders cannot be shown, if they cannot.
	Tooltip string
	// Due is the due time behind Status; Overdue is set when it has come.
	Due     schedule.Due
	Overdue bool
	// Resting is set during a flare-up rest: the tray offers "End flare-up rest" instead of the
	// flare-up item, and hides snooze, skip and pause.
	Resting bool
	// CanSnooze and CanSkip are set when a session is due (now or later) and no rest runs.
	CanSnooze, CanSkip bool
	// Labels of the items, translated.
	Start, Snooze, Skip, Pause, Flare, EndFlare, Open, Quit string
	// FlareDays is N in "Flare-up: rest for N days" (settings.FlareRestDays).
	FlareDays int
}

// MenuState is what the tray should show now.
func (a *Agent) MenuState() MenuState {
	now := a.clock()
	st, rules := a.snapshot()
	due := schedule.Next(now, st, rules, a.loc)
	a.mu.Lock()
	tx, days, problem := a.text, a.settings.FlareRestDays, a.lastError
	snoozeMin := a.settings.SnoozeMinutes
	a.mu.Unlock()

	m := MenuState{
		Due: due, Overdue: due.Overdue(now), FlareDays: days,
		Start:    tx.L("Start session now"),
		Snooze:   tx.L("Snooze {{.N}} min", "N", fmt.Sprint(snoozeMin)),
		Skip:     tx.L("Skip this one"),
		Pause:    tx.L("Pause reminders for today"),
		Flare:    tx.L("Flare-up: rest for {{.N}} days", "N", fmt.Sprint(days)),
		EndFlare: tx.L("End flare-up rest"),
		Open:     tx.L("Open Spine Coach"),
		Quit:     tx.L("Quit reminders"),
	}
	if days == 1 {
		m.Flare = tx.L("Flare-up: rest for today")
	}
	until, resting := st.Resting(now)
	switch {
	case resting:
		m.Resting = true
		m.Status = tx.L("Resting until {{.Time}}", "Time", a.timeLabel(until, tx))
	case due.Reason == schedule.ReasonInSession:
		m.Status = tx.L("Session in progress")
	case due.IsZero():
		m.Status = tx.L("No session planned")
	case m.Overdue:
		m.Status = tx.L("A session is due now")
	default:
		m.Status = tx.L("Next session: {{.Time}}", "Time", a.timeLabel(due.At, tx))
	}
	m.CanSnooze = !resting && !due.IsZero()
	m.CanSkip = m.CanSnooze
	m.Tooltip = tx.L("Spine Coach: {{.Status}}", "Status", m.Status)
	if problem != "" && m.Overdue {
		m.Tooltip += "\n" + tx.L("Reminders cannot be shown: {{.Error}}", "Error", problem)
	}
	return m
}
