package journaltest

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

var berlin = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err) // test set-up only
	}
	return loc
}()

func TestSampleIsRealistic(t *testing.T) {
	start := time.Date(2026, 9, 1, 0, 0, 0, 0, berlin)
	const days = 42
	recs := Records(start, days, berlin, 7)
	g, err1 := json.Marshal(recs)
	w, err2 := json.Marshal(Records(start, days, berlin, 7))
	if err1 != nil || err2 != nil || !slices.Equal(g, w) {
		t.Fatal("Sample is not the same for the same seed")
	}
	perDay := map[journal.Day]int{}
	var flares, stops int
	var early, late journal.Mean
	for _, r := range recs {
		if err := r.Validate(); err != nil {
			t.Fatalf("invalid sample record: %v", err)
		}
		switch r.Kind {
		case journal.KindFlare:
			flares++
			if n := journal.DayOf(r.Flare.Until, berlin).Sub(journal.DayOf(r.Flare.From, berlin)); n != 3 {
				t.Errorf("flare of %d days, want 3", n)
			}
		case journal.KindSession:
			s := r.Session
			d := journal.DayOf(s.Start, berlin)
			perDay[d]++
			if d.Sub(journal.DayOf(start, berlin)) < days/3 {
				early.Add(s.PainBefore)
			} else if d.Sub(journal.DayOf(start, berlin)) >= 2*days/3 {
				late.Add(s.PainBefore)
			}
			for _, e := range s.Exercises {
				if e.Status == journal.StatusPain {
					stops++
					if e.ID != "knees-bent-twist" || *e.Pain < 3 || *e.Pain > 6 {
						t.Errorf("pain stop on %s at %d", e.ID, *e.Pain)
					}
				}
			}
		}
	}
	if flares != 1 || stops == 0 {
		t.Errorf("%d flares, %d pain stops", flares, stops)
	}
	missed := days - len(perDay) - 3
	if missed < 1 || missed > days/5 {
		t.Errorf("%d missed days outside the rest", missed)
	}
	for d, n := range perDay {
		if n < 2 || n > 3 {
			t.Errorf("%v has %d sessions", d, n)
		}
	}
	e, _ := early.Value()
	l, _ := late.Value()
	if e-l < 2 {
		t.Errorf("pain before: first third %.1f, last third %.1f; want a clear fall", e, l)
	}
}
