package journal

import "time"

// Summary is every stat the history screen shows, computed in one pass over the days.
type Summary struct {
	Streak        Streak
	Calendar      []Week     // the last Weeks ISO weeks, for the heat map
	Pain          []PainWeek // the same weeks
	Exercises     []ExerciseTally
	LastCompleted time.Time // zero if no session was finished
}

// Summarize computes the Summary for now's local day in loc, with target sessions a day and
// a calendar of the last weeks ISO weeks.
func Summarize(records []Record, loc *time.Location, now time.Time, target, weeks int) Summary {
	ix := newIndex(records, loc)
	today := DayOf(now, loc)
	s := Summary{
		Streak:    ix.streak(today),
		Calendar:  ix.calendar(today, weeks, target),
		Exercises: ExerciseTallies(records),
	}
	if len(s.Calendar) > 0 {
		s.Pain = PainTrend(records, loc, s.Calendar[0].Monday, today)
	}
	s.LastCompleted, _ = LastCompleted(records)
	return s
}
