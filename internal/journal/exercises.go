package journal

import (
	"github.com/spinecoach/spinecoach/internal/coach"
)

// ExerciseTally counts how each exercise went across sessions.
type ExerciseTally struct {
	ID         string
	Title      string // the latest title recorded for the id
	Done       int
	Partial    int
	Skipped    int
	Pain       int  // stopped for pain
	NotStarted int  // the session ended before it
	PainLevel  Mean // the levels given at pain stops
}

// ExerciseTallies returns one tally per exercise id, in the order the ids first appear.
func ExerciseTallies(records []Record) []ExerciseTally {
	var out []ExerciseTally
	at := map[string]int{}
	for i := range records {
		s := records[i].Session
		if records[i].Kind != KindSession || s == nil {
			continue
		}
		for _, e := range s.Exercises {
			k, ok := at[e.ID]
			if !ok {
				k = len(out)
				at[e.ID] = k
				out = append(out, ExerciseTally{ID: e.ID})
			}
			out[k].add(e)
		}
	}
	return out
}

func (t *ExerciseTally) add(e ExerciseRecord) {
	if e.Title != "" {
		t.Title = e.Title
	}
	switch e.Status {
	case coach.Done:
		t.Done++
	case coach.Partial:
		t.Partial++
	case coach.Skipped:
		t.Skipped++
	case coach.PainStopped:
		t.Pain++
		t.PainLevel.Add(e.Pain)
	case coach.NotStarted:
		t.NotStarted++
	}
}
