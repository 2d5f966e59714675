package store

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
)

// The coach runs a session, the journal keeps records; a record reuses the coach's Status and the
// program's Sides, and journal.Pain and journal.PainLevel carry a pain level across. These two
// functions translate a session between them, for saving and for resuming.

// sessionRecord is the journal record of a session as the snapshot shows it: finished, ended
// early, or in progress for a checkpoint. A session is completed when every exercise was
// reached, whether done, skipped or stopped for pain.
func sessionRecord(id string, p program.Program, snap coach.Snapshot) journal.Record {
	end := snap.Ended
	if end.IsZero() {
		end = snap.At
	}
	start, end := sessionSpan(snap.Started, end)
	s := journal.Session{
		ID: id, Program: p.ID, Start: start, End: end, Completed: true,
		Exercises: make([]journal.ExerciseRecord, 0, len(snap.Results)),
	}
	for i, r := range snap.Results {
		e := p.Exercises[i]
		er := journal.ExerciseRecord{
			ID: e.ID, Title: e.Title, Kind: e.Dose.Kind(), Sides: e.Sides,
			Target: r.Target.Reps, Done: r.Count, Status: r.Status, Pain: journal.Pain(r.Pain),
		}
		if e.Dose.Kind() == program.Holds {
			er.Target, er.HoldSeconds = r.Target.Holds, r.Target.HoldSeconds
		}
		if r.Status == coach.NotStarted {
			s.Completed = false
		}
		s.Exercises = append(s.Exercises, er)
	}
	return journal.NewSessionRecord(s)
}

// sessionSpan is a session's start and end as wall-clock instants. When the wall clock went back
// during the session, the end is the start plus the time that passed by the monotonic clock
// (ended.Sub(started) uses it when both carry a reading), never before the start.
func sessionSpan(started, ended time.Time) (time.Time, time.Time) {
	start, end := started.Round(0), ended.Round(0)
	if end.Before(start) {
		end = start.Add(max(ended.Sub(started), 0))
	}
	return start, end
}

// ResumeResults are the results a resumed session keeps from its checkpoint.
func ResumeResults(s *journal.Session) []coach.Result {
	results := make([]coach.Result, 0, len(s.Exercises))
	for _, e := range s.Exercises {
		r := coach.Result{ExerciseID: e.ID, Count: e.Done, Status: e.Status, Pain: journal.PainLevel(e.Pain)}
		if e.Kind == program.Holds {
			r.Target = program.Target{Holds: e.Target, HoldSeconds: e.HoldSeconds}
		} else {
			r.Target = program.Target{Reps: e.Target}
		}
		results = append(results, r)
	}
	return results
}
