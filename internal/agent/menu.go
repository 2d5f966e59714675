package agent

import (
	"fyne.io/fyne/v2/lang"

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
	// Today is today's count of sessions; Done says it as Progress does: "Today: 1 of 3 sessions done.".
	Today schedule.Count
	Done  string
}

// MenuState is what the tray should show now.
func (a *Agent) MenuState() MenuState {
	now := a.clock()
	st, rules := a.snapshot()
	due := schedule.Next(now, st, rules, a.loc)
	count := schedule.Today(now, st, rules, a.loc)
	a.mu.Lock()
	days, problem := a.settings.FlareRestDays, a.lastError
	snoozeMin := a.settings.SnoozeMinutes
	a.mu.Unlock()
	a.textMu.Lock()
	defer a.textMu.Unlock()

	m := MenuState{
		Due: due, Overdue: due.Overdue(now), FlareDays: days, Today: count,
		Start:    lang.L("Start session now"),
		Snooze:   lang.L("Snooze {{.N}} min", map[string]any{"N": snoozeMin}),
		Skip:     lang.L("Skip this one"),
		Pause:    lang.L("Pause reminders for today"),
		Flare:    lang.N("Flare-up: rest for {{.N}} days", days, map[string]any{"N": days}),
		EndFlare: lang.L("End flare-up rest"),
		Open:     lang.L("Open Spine Coach"),
		Quit:     lang.L("Quit reminders"),
		Done:     lang.N("Today: {{.Done}} of {{.Target}} sessions done.", count.Target, map[string]any{"Done": count.Finished(), "Target": count.Target}),
	}
	if days == 1 {
		m.Flare = lang.L("Flare-up: rest for today")
	}
	until, resting := st.Resting(now)
	switch {
	case resting:
		m.Resting = true
		m.Status = lang.L("Resting until {{.Time}}", map[string]any{"Time": a.timeLabel(until)})
	case due.Reason == schedule.ReasonInSession:
		m.Status = lang.L("Session in progress")
	case due.IsZero():
		m.Status = lang.L("No session planned")
	case m.Overdue:
		m.Status = lang.L("A session is due now")
	default:
		m.Status = lang.L("Next session: {{.Time}}", map[string]any{"Time": a.timeLabel(due.At)})
	}
	m.CanSnooze = !resting && !due.IsZero()
	m.CanSkip = m.CanSnooze
	m.Tooltip = lang.L("Spine Coach: {{.Status}}", map[string]any{"Status": m.Status})
	if problem != "" && m.Overdue {
		m.Tooltip += "\n" + lang.L("Reminders cannot be shown: {{.Error}}", map[string]any{"Error": problem})
	}
	return m
}
