package settings

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/field"
)

func TestDefaultIsValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatalf("Default().Validate() = %v", err)
	}
}

func TestValidateEachField(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Settings)
		field  string
		msg    string // part of the message
	}{
		{"day start out of range", func(s *Settings) { s.DayStart = 24 * 60 }, "day_start", "Day start must be a time between 00:00 and 23:59"},
		{"day start negative", func(s *Settings) { s.DayStart = -1 }, "day_start", "Day start"},
		{"day end out of range", func(s *Settings) { s.DayEnd = 24 * 60 }, "day_end", "Day end must be a time"},
		{"day end before start", func(s *Settings) { s.DayEnd = ClockOf(7, 0) }, "day_end", "Day end must be later than day start 08:00 (got 07:00)"},
		{"day end equals start", func(s *Settings) { s.DayEnd = s.DayStart }, "day_end", "later than day start"},
		{"window under 1 h", func(s *Settings) { s.DayEnd = ClockOf(8, 59) }, "day_end", "at least 1 h long (got 59 min)"},
		{"gap too long", func(s *Settings) { s.GapMinutes = 600 }, "gap_minutes", "Gap after a session must be between 4 h and 8 h (got 10 h)"},
		{"gap too short", func(s *Settings) { s.GapMinutes = 239 }, "gap_minutes", "(got 3 h 59 min)"},
		{"no sessions", func(s *Settings) { s.SessionsPerDay = 0 }, "sessions_per_day", "Sessions per day must be between 1 and 4 (got 0)"},
		{"five sessions", func(s *Settings) { s.SessionsPerDay = 5 }, "sessions_per_day", "(got 5)"},
		{"snooze short", func(s *Settings) { s.SnoozeMinutes = 4 }, "snooze_minutes", "Snooze must be between 5 min and 2 h (got 4 min)"},
		{"snooze long", func(s *Settings) { s.SnoozeMinutes = 121 }, "snooze_minutes", "(got 2 h 1 min)"},
		{"follow-up short", func(s *Settings) { s.FollowUpMinutes = 0 }, "follow_up_minutes", "Follow-up reminder must be between 5 min and 2 h"},
		{"follow-up long", func(s *Settings) { s.FollowUpMinutes = 200 }, "follow_up_minutes", "Follow-up"},
		{"volume high", func(s *Settings) { s.Volume = 101 }, "volume", "Volume must be between 0 and 100 (got 101)"},
		{"volume negative", func(s *Settings) { s.Volume = -1 }, "volume", "(got -1)"},
		{"pace fast", func(s *Settings) { s.PaceSeconds = 1 }, "pace_seconds", "Pace must be between 2 s and 15 s (got 1 s)"},
		{"pace slow", func(s *Settings) { s.PaceSeconds = 16 }, "pace_seconds", "Pace"},
		{"counting unknown", func(s *Settings) { s.Counting = "fast" }, "counting", `Counting must be paced or counted (got "fast")`},
		{"ready short", func(s *Settings) { s.ReadySeconds = 2 }, "ready_seconds", "Get-ready countdown must be between 3 s and 15 s"},
		{"ready long", func(s *Settings) { s.ReadySeconds = 16 }, "ready_seconds", "Get-ready"},
		{"position short", func(s *Settings) { s.PositionSeconds = 4 }, "position_seconds", "Get-ready for a new position must be between 5 s and 60 s (got 4 s)"},
		{"relax short", func(s *Settings) { s.RelaxSeconds = 2 }, "relax_seconds", "Rest between holds must be between 3 s and 30 s"},
		{"relax long", func(s *Settings) { s.RelaxSeconds = 31 }, "relax_seconds", "Rest between holds"},
		{"text size unknown", func(s *Settings) { s.TextSize = "huge" }, "text_size", "Text size must be normal, large or extra-large"},
		{"language unknown", func(s *Settings) { s.Language = "de" }, "language", `Language must be the system language, en or ru (got "de")`},
		{"rest zero", func(s *Settings) { s.FlareRestDays = 0 }, "flare_rest_days", "Flare-up rest must be between 1 day and 30 days (got 0 days)"},
		{"rest long", func(s *Settings) { s.FlareRestDays = 31 }, "flare_rest_days", "Flare-up rest"},
		{"voice volume high", func(s *Settings) { s.VoiceVolume = 101 }, "voice_volume", "Voice volume must be between 0 and 100 (got 101)"},
		{"counting aloud unknown", func(s *Settings) { s.CountAloud = "tens" }, "count_aloud", `Counting aloud must be every, fives or never (got "tens")`},
		{"target reps negative", func(s *Settings) { s.Targets = map[string]Target{"bridge": {Reps: -1}} }, "targets.bridge.reps", "Target repetitions for bridge must be between 0 and 999 (got -1)"},
		{"target holds huge", func(s *Settings) { s.Targets = map[string]Target{"cat": {Holds: 1000}} }, "targets.cat.holds", "holds"},
		{"target hold seconds", func(s *Settings) { s.Targets = map[string]Target{"cat": {HoldSeconds: -5}} }, "targets.cat.hold_seconds", "hold seconds"},
		{"target without id", func(s *Settings) { s.Targets = map[string]Target{"": {Reps: 3}} }, "targets", "must name its exercise"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Default()
			tt.change(&s)
			err := s.Validate()
			var fe field.Errors
			if !errors.As(err, &fe) {
				t.Fatalf("Validate() = %v, want field.Errors", err)
			}
			if got := fe.Fields(); !slices.Equal(got, []string{tt.field}) {
				t.Fatalf("fields = %v, want [%s]", got, tt.field)
			}
			if !strings.Contains(err.Error(), tt.msg) || !strings.HasSuffix(err.Error(), ".") {
				t.Errorf("message %q does not contain %q as a sentence", err.Error(), tt.msg)
			}
		})
	}
}

func TestValidateAcceptsBounds(t *testing.T) {
	s := Default()
	s.DayStart, s.DayEnd = ClockOf(0, 0), ClockOf(23, 59)
	s.GapMinutes, s.SessionsPerDay, s.SnoozeMinutes, s.FollowUpMinutes = 480, 4, 120, 5
	s.Volume, s.PaceSeconds, s.ReadySeconds, s.RelaxSeconds, s.FlareRestDays = 0, 10, 3, 30, 30
	s.Counting, s.TextSize, s.Language = coach.Counted, TextExtraLarge, LanguageRussian
	s.Targets = map[string]Target{"bridge": {Reps: 999, Holds: 0, HoldSeconds: 30}}
	if err := s.Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	s.DayStart, s.DayEnd = ClockOf(20, 0), ClockOf(21, 0)
	if err := s.Validate(); err != nil {
		t.Fatalf("a 1 h window: Validate() = %v", err)
	}
}

func TestValidateListsEveryBadField(t *testing.T) {
	s := Default()
	s.GapMinutes, s.Volume, s.Counting = 10, 200, "x"
	var fe field.Errors
	if !errors.As(s.Validate(), &fe) {
		t.Fatal("no field.Errors")
	}
	if got, want := fe.Fields(), []string{"gap_minutes", "volume", "counting"}; !slices.Equal(got, want) {
		t.Fatalf("fields = %v, want %v", got, want)
	}
	for _, e := range fe {
		if !strings.Contains(fe.Error(), e.Problem) {
			t.Errorf("joined error misses %q", e.Problem)
		}
	}
}

func TestHoursMinutes(t *testing.T) {
	for in, want := range map[int]string{0: "0 min", 45: "45 min", 240: "4 h", 330: "5 h 30 min", -90: "-1 h 30 min"} {
		if got := hoursMinutes(in); got != want {
			t.Errorf("hoursMinutes(%d) = %q, want %q", in, got, want)
		}
	}
}
