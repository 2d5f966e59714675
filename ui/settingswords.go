package ui

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/field"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// SettingsNotice tells the user, in their language, what happened to their settings file when
// the app started, or "" when all was well. The log keeps the details in English.
func SettingsNotice(r settings.LoadReport) string {
	var msg string
	switch {
	case r.Corrupt:
		msg = lang.L("The settings file could not be read, so the default settings are used.")
	case len(r.Reset) > 0:
		names := settingNames(r.Reset)
		msg = lang.N("One setting was not valid and was set back to its default: {{.Names}}.", len(names),
			data{"Names": strings.Join(names, ", ")})
	default:
		return ""
	}
	if r.KeptAside != "" {
		msg += " " + lang.L("The old file was kept as {{.File}}.", data{"File": filepath.Base(r.KeptAside)})
	}
	return msg
}

// settingsError says in the user's language why a change to the settings was refused; other
// errors, such as a file that could not be written, come already worded.
func settingsError(err error) error {
	var fields field.Errors
	if !errors.As(err, &fields) {
		return err
	}
	if slices.Contains(fields.Fields(), "day_end") {
		return errors.New(lang.L("Reminders must end at least an hour after they start."))
	}
	return errors.New(lang.L("This value cannot be used: {{.Names}}.", data{"Names": strings.Join(settingNames(fields), ", ")}))
}

// settingNames names the settings of errs as the Settings screen does, each once.
func settingNames(errs []field.Error) []string {
	var names []string
	for _, e := range errs {
		if n := settingName(e.Field); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

func settingName(field string) string {
	switch field {
	case "day_start", "day_end":
		return lang.L("Reminder hours")
	case "gap_minutes":
		return lang.L("Next session after")
	case "sessions_per_day":
		return lang.L("Sessions a day")
	case "snooze_minutes":
		return lang.L("Snooze for")
	case "follow_up_minutes":
		return lang.L("Remind again after")
	case "flare_rest_days":
		return lang.L("Flare-up rest")
	case "volume":
		return lang.L("Volume")
	case "start_at_login", "start_at_login_asked":
		return lang.L("Start reminders when I log in")
	case "sound":
		return lang.L("Sound cues")
	case "voice":
		return lang.L("Voice")
	case "voice_volume":
		return lang.L("Voice volume")
	case "count_aloud":
		return lang.L("Count aloud")
	case "pace_seconds":
		return lang.L("Pace")
	case "counting":
		return lang.L("I count with Space")
	case "ready_seconds":
		return lang.L("Get-ready countdown")
	case "position_seconds":
		return lang.L("Get-ready for a new position")
	case "relax_seconds":
		return lang.L("Rest between holds")
	case "text_size":
		return lang.L("Text size")
	case "high_contrast":
		return lang.L("High contrast")
	case "language":
		return lang.L("Language")
	}
	if strings.HasPrefix(field, "targets.") {
		return lang.L("Your targets")
	}
	return field
}
