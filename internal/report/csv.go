package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// CSVHeader is the first row WriteCSV writes.
var CSVHeader = []string{
	"date", "start", "end", "session_id", "completed", "pain_before", "pain_after",
	"exercise_id", "exercise", "kind", "sides", "target", "hold_seconds", "done", "status", "pain",
}

// WriteCSV writes one row per exercise per session, sessions in order of start, after a header row.
// The date is the start's local day in loc; start and end are RFC 3339 in loc, with its offset.
// A session without exercises gets one row with the exercise columns empty. Other kinds are left out.
func WriteCSV(w io.Writer, records []journal.Record, loc *time.Location) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	for _, s := range sessionsByStart(records) {
		head := []string{
			journal.DayOf(s.Start, loc).String(),
			s.Start.In(loc).Format(time.RFC3339),
			s.End.In(loc).Format(time.RFC3339),
			cell(s.ID),
			strconv.FormatBool(s.Completed),
			painText(s.PainBefore),
			painText(s.PainAfter),
		}
		if len(s.Exercises) == 0 {
			if err := cw.Write(append(head, make([]string, len(CSVHeader)-len(head))...)); err != nil {
				return fmt.Errorf("write csv session %s: %w", s.ID, err)
			}
			continue
		}
		for _, e := range s.Exercises {
			row := append(slices.Clip(head), cell(e.ID), cell(e.Title), string(e.Kind), string(e.Sides),
				strconv.Itoa(e.Target), strconv.Itoa(e.HoldSeconds), strconv.Itoa(e.Done), string(e.Status), painText(e.Pain))
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("write csv session %s: %w", s.ID, err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// sessionsByStart returns the sessions in records ordered by start; ties keep journal order.
func sessionsByStart(records []journal.Record) []*journal.Session {
	var out []*journal.Session
	for i := range records {
		if records[i].Kind == journal.KindSession && records[i].Session != nil {
			out = append(out, records[i].Session)
		}
	}
	slices.SortStableFunc(out, func(a, b *journal.Session) int { return a.Start.Compare(b.Start) })
	return out
}

// cell guards free text against spreadsheet formula injection: a leading = + - @ or tab
// is prefixed with an apostrophe, which spreadsheets show as text.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func painText(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
