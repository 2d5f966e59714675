package store

import (
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// TestRecordRoundTrip saves a session stopped part-way as a checkpoint record, checks the
// record says what happened, and resumes from it with nothing lost.
func TestRecordRoundTrip(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := program.Builtin()
		s := coach.New(p, coach.Config{Counting: coach.Counted}, nil)
		defer s.Stop()
		s.StartNow()
		for range 30 {
			s.Count()
		}
		s.StartNow()  // past "done" to exercise 2's get-ready
		for range 3 { // start it, then one repetition to both sides
			s.Count()
		}
		s.PainStop()
		s.SetPain(4)
		time.Sleep(time.Minute)
		snap := s.Snapshot()

		rec := sessionRecord("id-1", p, snap)
		if err := rec.Validate(); err != nil {
			t.Fatalf("record does not validate: %v", err)
		}
		got := rec.Session
		if got.Completed || got.Program != "lumbar" || got.End.Sub(got.Start) != time.Minute {
			t.Errorf("session = completed %v, program %q, %v long; want not completed, lumbar, 1m", got.Completed, got.Program, got.End.Sub(got.Start))
		}
		want := []journal.ExerciseRecord{
			{ID: "arms-up-toes", Kind: program.Reps, Sides: program.OneSide, Target: 30, Done: 30, Status: coach.Done},
			{ID: "side-stretch", Kind: program.Reps, Sides: program.BothSides, Target: 30, Done: 1, Status: coach.PainStopped},
			{ID: "side-stretch-toes", Kind: program.Reps, Sides: program.BothSides, Target: 15, Status: coach.NotStarted},
		}
		for i, w := range want {
			e := got.Exercises[i]
			if e.ID != w.ID || e.Kind != w.Kind || e.Sides != w.Sides || e.Target != w.Target || e.Done != w.Done || e.Status != w.Status {
				t.Errorf("exercise %d = %+v, want %+v", i+1, e, w)
			}
		}
		if p := got.Exercises[1].Pain; p == nil || *p != 4 {
			t.Errorf("pain level of exercise 2 = %v, want 4", p)
		}
		if e := got.Exercises[6]; e.Kind != program.Holds || e.Target != 5 || e.HoldSeconds != 10 {
			t.Errorf("pelvic lift = %+v, want 5 holds of 10 s", e)
		}

		resumed := coach.Resume(p, coach.Config{Counting: coach.Counted}, ResumeResults(got), got.Start, nil)
		defer resumed.Stop()
		r := resumed.Snapshot()
		if r.Index != 2 || r.Started != got.Start {
			t.Fatalf("resumed at exercise %d started %v, want exercise 3 and the original start", r.Index+1, r.Started)
		}
		for i := range 2 {
			if r.Results[i] != snap.Results[i] {
				t.Errorf("resumed result %d = %+v, want %+v", i+1, r.Results[i], snap.Results[i])
			}
		}
	})
}

func TestRecordCompleted(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := program.Builtin()
		s := coach.New(p, coach.Config{}, nil)
		defer s.Stop()
		for range 7 {
			s.Next()
		}
		rec := sessionRecord("id-2", p, s.Snapshot())
		if !rec.Session.Completed || rec.Session.Exercises[0].Status != coach.Skipped {
			t.Errorf("a session passed through to the end = %+v, want completed with skips", rec.Session)
		}
	})
}

// TestEmptySessionNotKept ends a session in which nothing was done: no journal record, and no
// checkpoint left to be offered back, and the reminders are not told of a change.
func TestEmptySessionNotKept(t *testing.T) {
	dir := t.TempDir()
	p := program.Builtin()
	changed := 0
	st, err := Open(dir, p, settings.Default(), Hooks{Changed: func() { changed++ }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := coach.New(p, coach.Config{Counting: coach.Counted}, nil)
	defer s.Stop()
	s.StartNow()
	s.Count()
	st.Checkpoint(s.Snapshot(), 3)
	if cp, _ := journal.LoadCheckpoint(dir); cp == nil {
		t.Fatal("a session with a repetition done left no checkpoint")
	}
	s.Back() // exercise 1 starts over: nothing done again
	s.Next() // passed over: a checkpoint moment, with nothing done
	st.Checkpoint(s.Snapshot(), 3)
	s.End()
	st.Save(s.Snapshot(), 3, coach.NoPain)
	if cp, _ := journal.LoadCheckpoint(dir); cp != nil {
		t.Errorf("an empty session left a checkpoint: %+v", cp)
	}
	if recs, _, _ := st.journal.Load(); len(recs) != 0 {
		t.Errorf("an empty session was kept: %d records", len(recs))
	}
	if changed != 0 {
		t.Errorf("an empty session told the reminders %d times of a change", changed)
	}
}
