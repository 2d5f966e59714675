package journal

import (
	"maps"
	"slices"
)

// englishLabels are the report's user-visible strings, keyed as the app's translation files are.
var englishLabels = map[string]string{
	"report.title":             "Back exercise journal",
	"report.period":            "Period",
	"report.generated":         "Generated",
	"report.timezone":          "Time zone",
	"report.program":           "Program",
	"report.start_position":    "Starting position",
	"report.action":            "Movement",
	"report.dose":              "Dose",
	"report.no_figure":         "Figure to come",
	"report.summary":           "Summary",
	"report.finished":          "Sessions finished",
	"report.ended_early":       "Sessions ended early",
	"report.ended_early_short": "ended early",
	"report.active_days":       "Days with a finished session",
	"report.streak":            "Current streak (days)",
	"report.daily_target":      "Daily target (sessions)",
	"report.adherence":         "Adherence",
	"report.adherence_note":    "Each cell is one day: sessions finished, then +sessions ended early. Darker means closer to the daily target.",
	"report.week_of":           "Week of",
	"report.mon":               "Mon",
	"report.tue":               "Tue",
	"report.wed":               "Wed",
	"report.thu":               "Thu",
	"report.fri":               "Fri",
	"report.sat":               "Sat",
	"report.sun":               "Sun",
	"report.legend_none":       "no session",
	"report.legend_partial":    "ended early only",
	"report.legend_some":       "part of target",
	"report.legend_full":       "target met",
	"report.legend_rest":       "flare-up rest",
	"report.pain":              "Pain trend",
	"report.pain_note":         "Weekly average of the pain the user reported, 0 (none) to 10 (worst).",
	"report.pain_before":       "Before session",
	"report.pain_after":        "After session",
	"report.pain_stops":        "Pain stops",
	"report.no_pain_data":      "No pain levels recorded in this period.",
	"report.by_exercise":       "By exercise",
	"report.exercise":          "Exercise",
	"report.done":              "Done",
	"report.partial":           "Partial",
	"report.skipped":           "Skipped",
	"report.stop_level":        "Average stop level",
	"report.sessions":          "Sessions",
	"report.date":              "Date",
	"report.time":              "Time",
	"report.duration":          "Duration",
	"report.exercises_done":    "Exercises done",
	"report.pain_before_after": "Pain before → after",
	"report.minutes":           "min",
	"report.no_sessions":       "No sessions in this period.",
	"report.rests":             "Flare-up rests",
	"report.footer":            "Recorded by the user with Spine Coach. Pain levels are self-reported.",
}

// English returns the report's English text for key, or key itself if it has none.
// It is the default translation for Report.T.
func English(key string) string {
	if s, ok := englishLabels[key]; ok {
		return s
	}
	return key
}

// LabelKeys returns every key the report asks Report.T for, sorted, so the app can keep its
// translation files complete.
func LabelKeys() []string { return slices.Sorted(maps.Keys(englishLabels)) }

// labeler returns a lookup that falls back to English where t has no text:
// Fyne's lang.L answers a missing key with the key itself.
func labeler(t func(string) string) func(string) string {
	if t == nil {
		return English
	}
	return func(key string) string {
		if s := t(key); s != "" && s != key {
			return s
		}
		return English(key)
	}
}
