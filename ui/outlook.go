package ui

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/schedule"
)

// Outlook is what the reminders say now: when the next session is due, or that a flare-up rest
// runs. The app computes it from the settings and the journal.
type Outlook struct {
	Due schedule.Due
	// RestUntil is the end of a flare-up rest, zero when none runs.
	RestUntil time.Time
	// Today is today's count of sessions, as the reminders and the tray count them; a zero
	// Target means the app did not count.
	Today schedule.Count
	// NoTray is set when the desktop shows no tray icon: the reminders are then the way in, and
	// the home screen says they are on.
	NoTray bool
}

// todayText is today's count against the target, as Progress, the home screen and the tray say
// it: "Today: 1 of 3 sessions done. 1 ended early."
func todayText(t schedule.Count) string {
	text := lang.N("Today: {{.Done}} of {{.Target}} sessions done.", t.Target, data{"Done": t.Finished(), "Target": t.Target})
	if t.EndedEarly > 0 {
		text += " " + lang.L("{{.N}} ended early.", data{"N": t.EndedEarly})
	}
	if t.Skipped > 0 {
		text += " " + lang.L("One skipped.")
	}
	if t.Met() && t.Finished() > 0 {
		text += " " + lang.L("Well done.")
	}
	return text
}

// Resting reports whether a flare-up rest runs.
func (o Outlook) Resting() bool { return !o.RestUntil.IsZero() }

// outlookText says when the next session is due, in the user's words:
// "Next session at 14:30, in 2 h 05 min".
func outlookText(o Outlook, now time.Time) string {
	switch {
	case o.Resting():
		return lang.L("Resting for your back until {{.Day}}. During a flare-up the program advises complete rest: no exercises, no reminders.",
			data{"Day": dayText(o.RestUntil, now)})
	case o.Due.IsZero():
		return lang.L("No session is planned.")
	case !o.Due.At.After(now):
		return lang.L("A session is due now.")
	case sameDay(o.Due.At, now):
		return lang.L("Next session at {{.Time}}, in {{.In}}.", data{"Time": o.Due.At.In(now.Location()).Format("15:04"), "In": durationText(o.Due.At.Sub(now))})
	}
	return lang.L("Next session {{.Day}} at {{.Time}}.", data{"Day": dayText(o.Due.At, now), "Time": o.Due.At.In(now.Location()).Format("15:04")})
}

// durationText is a wait in hours and minutes: "2 h 05 min", "45 min".
func durationText(d time.Duration) string {
	m := int((d + time.Minute - 1) / time.Minute)
	if m < 60 {
		return lang.L("{{.M}} min", data{"M": m})
	}
	return lang.L("{{.H}} h {{.M}} min", data{"H": m / 60, "M": twoDigits(m % 60)})
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// dayText names a day near now: "today", "tomorrow", or "Friday 28 November".
func dayText(t, now time.Time) string {
	t = t.In(now.Location())
	switch {
	case sameDay(t, now):
		return lang.L("today")
	case sameDay(t, now.AddDate(0, 0, 1)):
		return lang.L("tomorrow")
	}
	return lang.L("{{.Weekday}} {{.Day}} {{.Month}}", data{"Weekday": weekdayName(t.Weekday()), "Day": t.Day(), "Month": monthName(t.Month())})
}

// weekdayName and monthName spell out their keys so the translation check can see them.
func weekdayName(d time.Weekday) string {
	return [...]string{lang.L("Sunday"), lang.L("Monday"), lang.L("Tuesday"), lang.L("Wednesday"),
		lang.L("Thursday"), lang.L("Friday"), lang.L("Saturday")}[d]
}

func monthName(m time.Month) string {
	return [...]string{lang.L("January"), lang.L("February"), lang.L("March"), lang.L("April"),
		lang.L("May"), lang.L("June"), lang.L("July"), lang.L("August"), lang.L("September"),
		lang.L("October"), lang.L("November"), lang.L("December")}[m-1]
}

func sameDay(a, b time.Time) bool {
	a = a.In(b.Location())
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// askFlare confirms a flare-up rest of the settings' length: the program's complete rest.
func (h *home) askFlare() {
	s := h.shell
	days := s.set.FlareRestDays
	s.confirm(lang.N("Rest for {{.N}} days?", days, data{"N": days}),
		lang.L("During a flare-up, when the pain suddenly gets worse, the program advises complete rest. Reminders stop until the rest ends; you can end it sooner."),
		lang.L("Cancel"), lang.L("Rest"),
		func() {},
		func() {
			if s.opts.Flare != nil {
				if err := s.opts.Flare(days); err != nil {
					s.ShowError(err)
				}
			}
			h.refreshOutlook()
		})
}

// endFlare ends the flare-up rest now.
func (h *home) endFlare() {
	if h.shell.opts.EndFlare != nil {
		if err := h.shell.opts.EndFlare(); err != nil {
			h.shell.ShowError(err)
		}
	}
	h.refreshOutlook()
}
