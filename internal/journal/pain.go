package journal

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// Mean accumulates pain levels for an average that knows when it has nothing to average.
type Mean struct {
	Sum int
	N   int
}

// Add counts one level; a nil level (not given) is left out.
func (m *Mean) Add(level *int) {
	if level != nil {
		m.Sum += *level
		m.N++
	}
}

// Value returns the average and whether there was anything to average.
func (m Mean) Value() (float64, bool) {
	if m.N == 0 {
		return 0, false
	}
	return float64(m.Sum) / float64(m.N), true
}

// PainWeek is the pain picture of one ISO week (Monday to Sunday in the given location).
type PainWeek struct {
	Monday    Day
	Year      int // ISO year
	Week      int // ISO week number
	Sessions  int
	Before    Mean // pain before sessions, 0..10
	After     Mean // pain after sessions, 0..10
	Stops     int  // exercises stopped for pain
	StopLevel Mean // the levels given at those stops
}

// PainTrend returns one PainWeek for every ISO week that overlaps from..to, empty weeks included,
// so a chart shows gaps as gaps. Sessions count in the week of their start's local day in loc.
func PainTrend(records []Record, loc *time.Location, from, to Day) []PainWeek {
	if to.Before(from) {
		return nil
	}
	first := from.Monday()
	out := make([]PainWeek, to.Monday().Sub(first)/7+1)
	for i := range out {
		m := first.AddDays(7 * i)
		out[i].Monday = m
		out[i].Year, out[i].Week = m.ISOWeek()
	}
	for i := range records {
		s := records[i].Session
		if records[i].Kind != KindSession || s == nil {
			continue
		}
		d := DayOf(s.Start, loc)
		if d.Before(from) || d.After(to) {
			continue
		}
		w := &out[d.Monday().Sub(first)/7]
		w.Sessions++
		w.Before.Add(s.PainBefore)
		w.After.Add(s.PainAfter)
		for _, e := range s.Exercises {
			if e.Status == coach.PainStopped {
				w.Stops++
				w.StopLevel.Add(e.Pain)
			}
		}
	}
	return out
}
