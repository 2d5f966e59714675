package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/spinecoach/spinecoach/internal/field"
)

// labels name the settings in the user's words, for fields that could not be read at all.
var labels = map[string]string{
	"day_start": "Day start", "day_end": "Day end", "gap_minutes": "Gap after a session",
	"sessions_per_day": "Sessions per day", "snooze_minutes": "Snooze", "follow_up_minutes": "Follow-up reminder",
	"start_at_login": "Start at login", "start_at_login_asked": "Start at login (asked)", "sound": "Sound",
	"volume": "Volume", "pace_seconds": "Pace", "counting": "Counting", "ready_seconds": "Get-ready countdown",
	"position_seconds": "Get-ready for a new position", "relax_seconds": "Rest between holds", "text_size": "Text size", "high_contrast": "High contrast",
	"language": "Language", "targets": "Targets", "flare_rest_days": "Flare-up rest",
	"voice": "Voice", "voice_volume": "Voice volume", "count_aloud": "Counting aloud",
}

// decodeFields starts from the defaults and takes each field of the file that decodes; a field of the
// wrong type keeps its default and is reported.
func decodeFields(raw map[string]json.RawMessage) (Settings, []field.Error) {
	s := Default()
	var reset []field.Error
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		if strings.EqualFold(key, "targets") {
			reset = append(reset, decodeTargets(&s, raw[key])...)
			continue
		}
		one, err := json.Marshal(map[string]json.RawMessage{key: raw[key]})
		if err != nil {
			reset = append(reset, unreadable(key, raw[key]))
			continue
		}
		next := s
		if err := json.Unmarshal(one, &next); err != nil {
			reset = append(reset, unreadable(key, raw[key]))
			continue
		}
		s = next
	}
	return s, reset
}

// decodeTargets keeps each exercise's target that decodes and drops the others.
func decodeTargets(s *Settings, raw json.RawMessage) []field.Error {
	var byID map[string]json.RawMessage
	if err := json.Unmarshal(raw, &byID); err != nil {
		return []field.Error{unreadable("targets", raw)}
	}
	var reset []field.Error
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		if len(s.Targets) >= MaxTargets {
			reset = append(reset, field.Error{Field: "targets", Problem: fmt.Sprintf("Targets: only %d exercises keep one; the others were dropped.", MaxTargets)})
			break
		}
		var t Target
		if err := json.Unmarshal(byID[id], &t); err != nil {
			reset = append(reset, unreadable("targets."+id, byID[id]))
			continue
		}
		s.Targets[id] = t
	}
	return reset
}

func unreadable(name string, raw json.RawMessage) field.Error {
	label, ok := labels[strings.ToLower(name)]
	if !ok {
		label = "Target for " + strings.TrimPrefix(name, "targets.")
	}
	got := string(raw)
	if len(got) > 40 {
		got = got[:37] + "..."
	}
	return field.Error{Field: name, Problem: fmt.Sprintf("%s could not be read (got %s).", label, got)}
}

// repair sets every invalid field back to its default and returns what it reset.
func repair(s *Settings) []field.Error {
	var bad field.Errors
	if !errors.As(s.Validate(), &bad) {
		return nil
	}
	def := Default()
	for _, e := range bad {
		resetField(s, def, e.Field)
	}
	// A day start and end valid alone may still clash with the other one's default: reset both.
	if s.Validate() != nil {
		for _, f := range []string{"day_start", "day_end"} {
			if !slices.Contains(bad.Fields(), f) {
				bad = append(bad, field.Error{Field: f, Problem: fmt.Sprintf(
					"%s was reset too, so that the day is at least 1 h long.", labels[f])})
			}
		}
		s.DayStart, s.DayEnd = def.DayStart, def.DayEnd
	}
	if s.Validate() != nil {
		*s = def
	}
	return bad
}

// resetField sets one field, named as in field.Error, back to its default (a target value to 0, unset).
func resetField(s *Settings, def Settings, field string) {
	switch field {
	case "day_start":
		s.DayStart = def.DayStart
	case "day_end":
		s.DayEnd = def.DayEnd
	case "gap_minutes":
		s.GapMinutes = def.GapMinutes
	case "sessions_per_day":
		s.SessionsPerDay = def.SessionsPerDay
	case "snooze_minutes":
		s.SnoozeMinutes = def.SnoozeMinutes
	case "follow_up_minutes":
		s.FollowUpMinutes = def.FollowUpMinutes
	case "volume":
		s.Volume = def.Volume
	case "voice_volume":
		s.VoiceVolume = def.VoiceVolume
	case "count_aloud":
		s.CountAloud = def.CountAloud
	case "pace_seconds":
		s.PaceSeconds = def.PaceSeconds
	case "counting":
		s.Counting = def.Counting
	case "ready_seconds":
		s.ReadySeconds = def.ReadySeconds
	case "position_seconds":
		s.PositionSeconds = def.PositionSeconds
	case "relax_seconds":
		s.RelaxSeconds = def.RelaxSeconds
	case "text_size":
		s.TextSize = def.TextSize
	case "language":
		s.Language = def.Language
	case "flare_rest_days":
		s.FlareRestDays = def.FlareRestDays
	case "targets":
		delete(s.Targets, "")
	default:
		resetTarget(s, field)
	}
}

func resetTarget(s *Settings, field string) {
	rest, ok := strings.CutPrefix(field, "targets.")
	i := strings.LastIndex(rest, ".")
	if !ok || i < 0 || s.Targets == nil {
		return
	}
	id, name := rest[:i], rest[i+1:]
	t := s.Targets[id]
	switch name {
	case "reps":
		t.Reps = 0
	case "holds":
		t.Holds = 0
	case "hold_seconds":
		t.HoldSeconds = 0
	}
	s.Targets[id] = t
}
