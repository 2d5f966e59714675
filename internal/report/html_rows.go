package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

func totals(records []journal.Record, loc *time.Location, streak int) reportTotals {
	t := reportTotals{Streak: streak}
	days := map[journal.Day]bool{}
	for _, s := range sessionsByStart(records) {
		if s.Completed {
			t.Finished++
			days[journal.DayOf(s.Start, loc)] = true
		} else {
			t.EndedEarly++
		}
	}
	t.ActiveDays = len(days)
	return t
}

func tallyViews(tallies []journal.ExerciseTally) []tallyView {
	out := make([]tallyView, len(tallies))
	for i, t := range tallies {
		out[i] = tallyView{Title: t.Title, Done: t.Done, Partial: t.Partial, Skipped: t.Skipped, Pain: t.Pain, StopLevel: "–"}
		if t.Title == "" {
			out[i].Title = t.ID
		}
		if avg, ok := t.PainLevel.Value(); ok {
			out[i].StopLevel = fmt.Sprintf("%.1f", avg)
		}
	}
	return out
}

func sessionViews(records []journal.Record, loc *time.Location) []sessionView {
	var out []sessionView
	for _, s := range sessionsByStart(records) {
		start, end := s.Start.In(loc), s.End.In(loc)
		v := sessionView{
			Date:     journal.DayOf(start, loc).String(),
			Time:     start.Format("15:04") + "–" + end.Format("15:04"),
			Duration: fmt.Sprintf("%d %s", int(end.Sub(start).Round(time.Minute).Minutes()), label("report.minutes")),
			Pain:     orDash(painText(s.PainBefore)) + " → " + orDash(painText(s.PainAfter)),
			Early:    !s.Completed,
		}
		if s.PainBefore == nil && s.PainAfter == nil {
			v.Pain = ""
		}
		done := 0
		var stops []string
		for _, e := range s.Exercises {
			if e.Status == journal.StatusDone {
				done++
			}
			if e.Status == journal.StatusPain {
				stop := e.Title
				if e.Pain != nil {
					stop += fmt.Sprintf(" (%d)", *e.Pain)
				}
				stops = append(stops, stop)
			}
		}
		v.Exercises = fmt.Sprintf("%d/%d", done, len(s.Exercises))
		v.PainStops = strings.Join(stops, ", ")
		out = append(out, v)
	}
	return out
}

// restViews lists the rests as first and last local day, as they actually ran.
func restViews(records []journal.Record, loc *time.Location) []string {
	var out []string
	for _, r := range journal.RestSpans(records) {
		last := journal.DayOf(r.Until.Add(-time.Nanosecond), loc)
		if first := journal.DayOf(r.From, loc); last.Before(first) {
			last = first
		}
		out = append(out, journal.DayOf(r.From, loc).String()+" – "+last.String())
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
