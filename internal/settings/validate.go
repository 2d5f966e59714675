package settings

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/field"
	"github.com/spinecoach/spinecoach/internal/program"
)

// The allowed range of each numeric setting, for validation and for the choices a screen offers.
var (
	// GapMinutes: the article says five or six hours; the user may choose four to eight.
	GapMinutes      = program.Range{Min: 240, Max: 480}
	SessionsPerDay  = program.Range{Min: 1, Max: 4}
	SnoozeMinutes   = program.Range{Min: 5, Max: 120}
	FollowUpMinutes = program.Range{Min: 5, Max: 120}
	Volume          = program.Range{Min: 0, Max: 100}
	PaceSeconds     = program.Range{Min: 2, Max: 15}
	ReadySeconds    = program.Range{Min: 3, Max: 15}
	PositionSeconds = program.Range{Min: 5, Max: 60}
	RelaxSeconds    = program.Range{Min: 3, Max: 30}
	FlareRestDays   = program.Range{Min: 1, Max: 30}
)

// maxTarget bounds a target value; the program clamps further to its own range.
const maxTarget = 999

// Validate checks every setting and returns nil or a field.Errors listing each bad one.
func (s Settings) Validate() error {
	var errs field.Errors
	add := func(name, msg string) {
		if msg != "" {
			errs = append(errs, field.Error{Field: name, Problem: msg})
		}
	}
	add("day_start", clockMessage("Day start", s.DayStart))
	add("day_end", dayEndMessage(s.DayStart, s.DayEnd))
	add("gap_minutes", rangeMessage("Gap after a session", s.GapMinutes, GapMinutes, hoursMinutes))
	add("sessions_per_day", rangeMessage("Sessions per day", s.SessionsPerDay, SessionsPerDay, plain))
	add("snooze_minutes", rangeMessage("Snooze", s.SnoozeMinutes, SnoozeMinutes, hoursMinutes))
	add("follow_up_minutes", rangeMessage("Follow-up reminder", s.FollowUpMinutes, FollowUpMinutes, hoursMinutes))
	add("volume", rangeMessage("Volume", s.Volume, Volume, plain))
	add("voice_volume", rangeMessage("Voice volume", s.VoiceVolume, Volume, plain))
	add("count_aloud", choiceMessage("Counting aloud", string(s.CountAloud), "every", "fives", "never"))
	add("pace_seconds", rangeMessage("Pace", s.PaceSeconds, PaceSeconds, secondsText))
	add("counting", choiceMessage("Counting", string(s.Counting), string(coach.Paced), string(coach.Counted)))
	add("ready_seconds", rangeMessage("Get-ready countdown", s.ReadySeconds, ReadySeconds, secondsText))
	add("position_seconds", rangeMessage("Get-ready for a new position", s.PositionSeconds, PositionSeconds, secondsText))
	add("relax_seconds", rangeMessage("Rest between holds", s.RelaxSeconds, RelaxSeconds, secondsText))
	add("text_size", choiceMessage("Text size", string(s.TextSize), "normal", "large", "extra-large"))
	add("language", languageMessage(s.Language))
	add("flare_rest_days", rangeMessage("Flare-up rest", s.FlareRestDays, FlareRestDays, daysText))
	errs = append(errs, targetErrors(s.Targets)...)
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func clockMessage(label string, c Clock) string {
	if c.Valid() {
		return ""
	}
	return fmt.Sprintf("%s must be a time between 00:00 and 23:59 (got %s).", label, c)
}

func dayEndMessage(start, end Clock) string {
	if msg := clockMessage("Day end", end); msg != "" {
		return msg
	}
	if !start.Valid() {
		return ""
	}
	if end <= start {
		return fmt.Sprintf("Day end must be later than day start %s (got %s).", start, end)
	}
	if end-start < 60 {
		return fmt.Sprintf("The day from start to end must be at least 1 h long (got %s).", hoursMinutes(int(end-start)))
	}
	return ""
}

func rangeMessage(label string, got int, r program.Range, unit func(int) string) string {
	if got >= r.Min && got <= r.Max {
		return ""
	}
	return fmt.Sprintf("%s must be between %s and %s (got %s).", label, unit(r.Min), unit(r.Max), unit(got))
}

func choiceMessage(label, got string, choices ...string) string {
	if slices.Contains(choices, got) {
		return ""
	}
	return fmt.Sprintf("%s must be %s (got %q).", label, orList(choices), got)
}

func languageMessage(l Language) string {
	switch l {
	case LanguageSystem, LanguageEnglish, LanguageRussian:
		return ""
	}
	return fmt.Sprintf("Language must be the system language, en or ru (got %q).", string(l))
}

func targetErrors(targets map[string]Target) field.Errors {
	var errs field.Errors
	ids := make([]string, 0, len(targets))
	for id := range targets {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if id == "" {
			errs = append(errs, field.Error{Field: "targets", Problem: "A target must name its exercise."})
			continue
		}
		t := targets[id]
		for _, v := range []struct {
			name, label string
			got         int
		}{{"reps", "repetitions", t.Reps}, {"holds", "holds", t.Holds}, {"hold_seconds", "hold seconds", t.HoldSeconds}} {
			if v.got < 0 || v.got > maxTarget {
				errs = append(errs, field.Error{
					Field:   "targets." + id + "." + v.name,
					Problem: fmt.Sprintf("Target %s for %s must be between 0 and %d (got %d).", v.label, id, maxTarget, v.got),
				})
			}
		}
	}
	return errs
}

func orList(choices []string) string {
	if len(choices) == 1 {
		return choices[0]
	}
	return strings.Join(choices[:len(choices)-1], ", ") + " or " + choices[len(choices)-1]
}

func plain(n int) string { return fmt.Sprint(n) }

func secondsText(n int) string { return fmt.Sprintf("%d s", n) }

func daysText(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// hoursMinutes writes a number of minutes as "45 min", "4 h" or "5 h 30 min".
func hoursMinutes(n int) string {
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	h, m := n/60, n%60
	switch {
	case h == 0:
		return fmt.Sprintf("%s%d min", sign, m)
	case m == 0:
		return fmt.Sprintf("%s%d h", sign, h)
	}
	return fmt.Sprintf("%s%d h %d min", sign, h, m)
}
