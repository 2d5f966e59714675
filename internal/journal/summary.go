package journal

import "time"

// Summary is every stat the history screen shows, computed in one pass over the days.
type Summary struct {
	Today         Progress
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
		Today:     ix.today(today, target),
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

// ReminderState is what the reminder agent rebuilds from the journal after a restart.
// Each field is zero when it does not apply at now.
type ReminderState struct {
	LastSaved    time.Time // end of the latest session saved, finished or not
	SnoozedUntil time.Time // the latest snooze, if it runs past now
	PausedUntil  time.Time // the latest pause, if it runs past now
	LastSkipped  time.Time // the due time of the latest skip
	RestUntil    time.Time // the end of the flare-up rest running at now
}

// Reminders rebuilds the reminder state at now from the records made up to now. Later records
// win: a new snooze or pause replaces the previous one, and a flare-end ends the rest it falls in.
func Reminders(records []Record, now time.Time) ReminderState {
	var st ReminderState
	var snooze, pause *time.Time
	for i := range records {
		switch r := &records[i]; {
		case r.Kind == KindSnooze && r.Snooze != nil && !r.Snooze.At.After(now):
			snooze = &r.Snooze.Until
		case r.Kind == KindPause && r.Pause != nil && !r.Pause.At.After(now):
			pause = &r.Pause.Until
		case r.Kind == KindSkip && r.Skip != nil && !r.Skip.At.After(now) && r.Skip.Due.After(st.LastSkipped):
			st.LastSkipped = r.Skip.Due
		}
	}
	if snooze != nil && snooze.After(now) {
		st.SnoozedUntil = *snooze
	}
	if pause != nil && pause.After(now) {
		st.PausedUntil = *pause
	}
	for i := range records {
		if s := records[i].Session; records[i].Kind == KindSession && s != nil && !s.End.After(now) && s.End.After(st.LastSaved) {
			st.LastSaved = s.End
		}
	}
	st.RestUntil = restUntil(records, now)
	return st
}

// restUntil returns the end of the flare-up rest running at now, or zero.
func restUntil(records []Record, now time.Time) time.Time {
	var until time.Time
	for i := range records {
		r := &records[i]
		switch {
		case r.Kind == KindFlare && r.Flare != nil && !now.Before(r.Flare.From) && now.Before(r.Flare.Until):
			until = r.Flare.Until
		case r.Kind == KindFlareEnd && r.FlareEnd != nil && !until.IsZero() && !now.Before(r.FlareEnd.At):
			until = time.Time{}
		}
	}
	return until
}
