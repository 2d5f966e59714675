package settings

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// Counting says how repetitions are counted during an exercise.
type Counting string

// The ways of counting repetitions.
const (
	// CountingPaced lets the app count at PaceSeconds per movement.
	CountingPaced Counting = "paced"
	// CountingCounted lets the user tap for each repetition.
	CountingCounted Counting = "counted"
)

// TextSize is the size of the text in the coach window.
type TextSize string

// The text sizes offered.
const (
	TextNormal     TextSize = "normal"
	TextLarge      TextSize = "large"
	TextExtraLarge TextSize = "extra-large"
)

// CountAloud says which repetitions the voice counts aloud.
type CountAloud string

// The choices of counting aloud.
const (
	CountEvery CountAloud = "every"
	CountFives CountAloud = "fives"
	CountNever CountAloud = "never"
)

// Language is the language of the interface; LanguageSystem follows the system.
type Language string

// The languages offered.
const (
	LanguageSystem  Language = ""
	LanguageEnglish Language = "en"
	LanguageRussian Language = "ru"
)

// Target is the user's chosen dose for one exercise within the program's range; 0 means unset.
// The program clamps it to its own range; settings only checks it is sane. It is the program's
// own type, so a target moves between the session and the settings file without conversion.
type Target = program.Target

// Settings is everything the user can set. It is stored as settings.json in the data folder.
type Settings struct {
	DayStart          Clock             `json:"day_start"`
	DayEnd            Clock             `json:"day_end"`
	GapMinutes        int               `json:"gap_minutes"`
	SessionsPerDay    int               `json:"sessions_per_day"`
	SnoozeMinutes     int               `json:"snooze_minutes"`
	FollowUpMinutes   int               `json:"follow_up_minutes"`
	StartAtLogin      bool              `json:"start_at_login"`
	StartAtLoginAsked bool              `json:"start_at_login_asked"`
	Sound             bool              `json:"sound"`
	Volume            int               `json:"volume"`
	Voice             bool              `json:"voice"`
	VoiceVolume       int               `json:"voice_volume"`
	CountAloud        CountAloud        `json:"count_aloud"`
	PaceSeconds       int               `json:"pace_seconds"`
	Counting          Counting          `json:"counting"`
	ReadySeconds      int               `json:"ready_seconds"`
	PositionSeconds   int               `json:"position_seconds"`
	RelaxSeconds      int               `json:"relax_seconds"`
	TextSize          TextSize          `json:"text_size"`
	HighContrast      bool              `json:"high_contrast"`
	Language          Language          `json:"language"`
	Targets           map[string]Target `json:"targets"`
	FlareRestDays     int               `json:"flare_rest_days"`
}

// Default returns the settings a new user starts with.
func Default() Settings {
	return Settings{
		DayStart:        ClockOf(8, 0),
		DayEnd:          ClockOf(21, 0),
		GapMinutes:      330,
		SessionsPerDay:  3,
		SnoozeMinutes:   15,
		FollowUpMinutes: 20,
		StartAtLogin:    true,
		Sound:           true,
		Volume:          70,
		Voice:           true,
		VoiceVolume:     80,
		CountAloud:      CountFives,
		PaceSeconds:     wholeSeconds(coach.DefaultPace),
		Counting:        CountingPaced,
		ReadySeconds:    wholeSeconds(coach.DefaultReady),
		PositionSeconds: wholeSeconds(coach.DefaultReposition),
		RelaxSeconds:    wholeSeconds(coach.DefaultRelax),
		TextSize:        TextLarge,
		Language:        LanguageSystem,
		Targets:         map[string]Target{},
		FlareRestDays:   3,
	}
}

// Gap is the time from the end of a finished session to the next one.
func (s Settings) Gap() time.Duration { return minutes(s.GapMinutes) }

// Snooze is how long "Snooze" puts a reminder off.
func (s Settings) Snooze() time.Duration { return minutes(s.SnoozeMinutes) }

// FollowUp is how long after an unanswered reminder the single follow-up comes.
func (s Settings) FollowUp() time.Duration { return minutes(s.FollowUpMinutes) }

// Pace is the time per movement when counting is paced.
func (s Settings) Pace() time.Duration { return seconds(s.PaceSeconds) }

// Ready is the get-ready countdown before each exercise.
func (s Settings) Ready() time.Duration { return seconds(s.ReadySeconds) }

// Reposition is the longer get-ready before an exercise in a new starting position.
func (s Settings) Reposition() time.Duration { return seconds(s.PositionSeconds) }

// Relax is the rest between holds.
func (s Settings) Relax() time.Duration { return seconds(s.RelaxSeconds) }

// Coach is how sessions are coached with these settings: the counting, the timings and the
// targets to start from. (It lives here, not in coach, as settings already imports coach.)
func (s Settings) Coach() coach.Config {
	c := coach.Paced
	if s.Counting == CountingCounted {
		c = coach.Counted
	}
	return coach.Config{Counting: c, Pace: s.Pace(), Ready: s.Ready(), Reposition: s.Reposition(), Relax: s.Relax(), Targets: s.Targets}
}

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }
func seconds(n int) time.Duration { return time.Duration(n) * time.Second }

// wholeSeconds is d in whole seconds: the coach owns the default timings, settings offers them.
func wholeSeconds(d time.Duration) int { return int(d / time.Second) }
