package journal

import (
	"time"
)

// maxRestDays bounds one flare-up rest, so a mistyped Until cannot forgive years.
const maxRestDays = 366

// DayCount is what was done on one local day, for a calendar heat map.
type DayCount struct {
	Day       Day
	Completed int  // sessions finished
	Partial   int  // sessions ended early
	Target    int  // sessions wanted per day
	Rest      bool // inside a flare-up rest: forgiven in streaks
	Future    bool // after today: nothing to show yet
}

// Fraction is Completed/Target, capped at 1 (0 if Target is not positive).
func (c DayCount) Fraction() float64 {
	if c.Target <= 0 {
		return 0
	}
	return min(1, float64(c.Completed)/float64(c.Target))
}

// Level grades the day 0..4 for shading: 0 nothing saved, 1 only sessions ended early,
// then 2, 3, 4 as the completed sessions reach a third, two thirds and all of the target.
func (c DayCount) Level() int {
	switch {
	case c.Completed == 0 && c.Partial == 0:
		return 0
	case c.Completed == 0:
		return 1
	case c.Target <= 0:
		return 4
	}
	// 3*Completed/Target, compared in integers to avoid rounding at the edges.
	return min(4, 1+(3*c.Completed+c.Target-1)/c.Target)
}

// Week is one Monday-to-Sunday row of the calendar.
type Week struct {
	Monday Day
	Days   [7]DayCount
}

// Streak is the run of days with at least one finished session.
//
// The rule: walking day by day up to today, a day with a finished session extends the run; a day
// without one ends it, except today (the day is not over) and days inside a flare-up rest, which
// are forgiven: they neither break nor extend it. A session done during a rest still counts.
// Sessions ended early do not count.
type Streak struct {
	Current int
	Best    int
}

// index is the per-day view of the records that the stats share.
type index struct {
	loc       *time.Location
	completed map[Day]int
	partial   map[Day]int
	rest      map[Day]bool
	first     Day // earliest day with a session or a rest; zero if none
}

func newIndex(records []Record, loc *time.Location) *index {
	ix := &index{loc: loc, completed: map[Day]int{}, partial: map[Day]int{}, rest: RestDays(records, loc)}
	for i := range records {
		s := records[i].Session
		if records[i].Kind != KindSession || s == nil {
			continue
		}
		d := DayOf(s.Start, loc)
		if s.Completed {
			ix.completed[d]++
		} else {
			ix.partial[d]++
		}
		ix.noteFirst(d)
	}
	for d := range ix.rest {
		ix.noteFirst(d)
	}
	return ix
}

func (ix *index) noteFirst(d Day) {
	if ix.first.IsZero() || d.Before(ix.first) {
		ix.first = d
	}
}

func (ix *index) day(d Day, today Day, target int) DayCount {
	return DayCount{Day: d, Completed: ix.completed[d], Partial: ix.partial[d], Target: target, Rest: ix.rest[d], Future: d.After(today)}
}

// calendar returns the last weeks ISO weeks up to and including today's, Monday first,
// for a heat map with one cell per day.
func (ix *index) calendar(today Day, weeks, target int) []Week {
	if weeks <= 0 {
		return nil
	}
	out := make([]Week, weeks)
	monday := today.Monday().AddDays(-7 * (weeks - 1))
	for w := range out {
		out[w].Monday = monday
		for i := range 7 {
			out[w].Days[i] = ix.day(monday.AddDays(i), today, target)
		}
		monday = monday.AddDays(7)
	}
	return out
}

// streak returns the current and best streak up to today; see Streak for the rule.
func (ix *index) streak(today Day) Streak {
	var s Streak
	if ix.first.IsZero() {
		return s
	}
	for d := ix.first; !d.After(today); d = d.AddDays(1) {
		switch {
		case ix.completed[d] > 0:
			s.Current++
			s.Best = max(s.Best, s.Current)
		case d == today, ix.rest[d]:
			// forgiven
		default:
			s.Current = 0
		}
	}
	return s
}

// RestDays returns the local days in loc covered by flare-up rests. A rest covers each day from
// the day of From whose start is before its end: Until, or the At of the first flare-end within it.
func RestDays(records []Record, loc *time.Location) map[Day]bool {
	days := map[Day]bool{}
	for _, r := range RestSpans(records) {
		d := DayOf(r.From, loc)
		for n := 0; n < maxRestDays && d.Start(loc).Before(r.Until); n++ {
			days[d] = true
			d = d.AddDays(1)
		}
	}
	return days
}

// restSpans returns each flare-up rest with Until cut short by the earliest flare-end inside it.
func RestSpans(records []Record) []Flare {
	var flares []Flare
	var ends []time.Time
	for i := range records {
		switch r := &records[i]; {
		case r.Kind == KindFlare && r.Flare != nil:
			flares = append(flares, *r.Flare)
		case r.Kind == KindFlareEnd && r.FlareEnd != nil:
			ends = append(ends, r.FlareEnd.At)
		}
	}
	for i, f := range flares {
		for _, at := range ends {
			if !at.Before(f.From) && at.Before(flares[i].Until) {
				flares[i].Until = at
			}
		}
	}
	return flares
}

// LastCompleted returns the end of the latest finished session, for the reminder schedule.
func LastCompleted(records []Record) (time.Time, bool) {
	var last time.Time
	for i := range records {
		s := records[i].Session
		if records[i].Kind != KindSession || s == nil || !s.Completed {
			continue
		}
		if s.End.After(last) {
			last = s.End
		}
	}
	return last, !last.IsZero()
}
