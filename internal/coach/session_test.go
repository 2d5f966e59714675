package coach

import (
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// recorder keeps every snapshot a session delivers.
type recorder struct {
	mu    sync.Mutex
	snaps []Snapshot
}

func (r *recorder) listen(s Snapshot) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.snaps = append(r.snaps, s)
}

func (r *recorder) all() []Snapshot {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Snapshot(nil), r.snaps...)
}

// sleep lets fake time pass in the bubble and waits for the session's timer to settle.
func sleep(d time.Duration) {
	time.Sleep(d)
	synctest.Wait()
}

func cfg(c Counting) Config {
	return Config{Counting: c, Pace: 2 * time.Second, Ready: 5 * time.Second, Reposition: 12 * time.Second, Relax: 4 * time.Second, Between: 3 * time.Second}
}

func wantState(t *testing.T, s *Session, phase Phase, index, count int, side Side) Snapshot {
	t.Helper()
	got := s.Snapshot()
	if got.Phase != phase || got.Index != index || got.Count != count || got.Side != side {
		t.Fatalf("state = %s ex %d count %d side %s, want %s ex %d count %d side %s",
			got.Phase, got.Index, got.Count, got.Side, phase, index, count, side)
	}
	return got
}

// TestWholeSessionPaced runs all seven exercises unattended and checks that the session takes
// exactly the estimated time and does every exercise's lower-bound dose.
func TestWholeSessionPaced(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := program.Builtin()
		c := cfg(Paced)
		start := time.Now()
		s := New(p, c, nil)
		defer s.Stop()
		want := Estimate(p, c)
		sleep(want - time.Millisecond)
		if ph := s.Snapshot().Phase; ph == Finished {
			t.Fatalf("finished before the estimate %v", want)
		}
		sleep(time.Millisecond)
		got := s.Snapshot()
		if got.Phase != Finished || got.Ended.Sub(start) != want {
			t.Fatalf("phase %s after %v, ended after %v; want finished after exactly %v",
				got.Phase, time.Since(start), got.Ended.Sub(start), want)
		}
		for i, r := range got.Results {
			e := p.Exercises[i]
			wantCount := e.Dose.Reps
			if e.Dose.Kind() == program.Holds {
				wantCount = e.Dose.Holds
			}
			if r.Status != Done || r.Count != wantCount.Min || r.Pain != NoPain {
				t.Errorf("%s: %+v, want done with %d", e.ID, r, wantCount.Min)
			}
		}
	})
}

func TestEstimate(t *testing.T) {
	p := program.Builtin()
	c := cfg(Paced)
	// By hand from the article's lower bounds: 4 get-ready countdowns of 5 s and 3 of 12 s where
	// the position is new (exercises 1, 4 and 7); 6 pauses of 3 s between exercises; reps
	// 30+15+30 to both sides and 30+30 to one at 2 s a movement; 5 holds of 3 s and 5 of 10 s
	// with 4 s rests.
	want := 4*5*time.Second + 3*12*time.Second + 6*3*time.Second +
		(2*(30+15+30)+30+30)*2*time.Second +
		(5*3+4*4)*time.Second + (5*10+4*4)*time.Second
	if got := Estimate(p, c); got != want {
		t.Errorf("Estimate = %v, want %v", got, want)
	}
	c.Targets = map[string]program.Target{"side-stretch-toes": {Reps: 20}, "pelvic-lift": {Holds: 7, HoldSeconds: 15}}
	want += 2*5*2*time.Second + (7*15+6*4-5*10-4*4)*time.Second
	if got := Estimate(p, c); got != want {
		t.Errorf("Estimate with raised targets = %v, want %v", got, want)
	}
}

func TestPacedBothSides(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Paced), nil)
		defer s.Stop()
		s.Next() // to exercise 2, two-sided
		wantState(t, s, Ready, 1, 0, NoSide)
		sleep(5 * time.Second)
		wantState(t, s, Moving, 1, 0, Right)
		sleep(2 * time.Second)
		wantState(t, s, Moving, 1, 0, Left)
		sleep(2 * time.Second)
		wantState(t, s, Moving, 1, 1, Right)
		sleep(11*2*time.Second + time.Second) // 11 more movements and half of the next
		snap := wantState(t, s, Moving, 1, 6, Left)
		if snap.Progress() != 0.5 {
			t.Errorf("movement progress = %v, want 0.5", snap.Progress())
		}
	})
}

func TestCountedReps(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Counted), nil)
		defer s.Stop()
		s.Count() // starts at once, skipping the get-ready countdown
		wantState(t, s, Moving, 0, 0, NoSide)
		sleep(time.Hour)
		wantState(t, s, Moving, 0, 0, NoSide) // nothing is counted without the user
		for range 29 {
			s.Count()
		}
		wantState(t, s, Moving, 0, 29, NoSide)
		s.Count()
		wantState(t, s, Between, 0, 30, NoSide)
		sleep(3 * time.Second)
		wantState(t, s, Ready, 1, 0, NoSide)
		sleep(5 * time.Second)
		wantState(t, s, Moving, 1, 0, Right)
		s.Count()
		wantState(t, s, Moving, 1, 0, Left)
		s.Count()
		wantState(t, s, Moving, 1, 1, Right)
		if r := s.Snapshot().Results[0]; r.Status != Done || r.Count != 30 {
			t.Errorf("exercise 1 result = %+v, want done 30", r)
		}
	})
}

// TestHolds checks the hold, relax, hold rhythm of exercise 7 to the second.
func TestHolds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Paced), nil)
		defer s.Stop()
		for range 6 {
			s.Next()
		}
		wantState(t, s, Ready, 6, 0, NoSide)
		sleep(12 * time.Second) // a new position: the longer get-ready
		snap := wantState(t, s, Holding, 6, 0, NoSide)
		if snap.Remaining() != 10*time.Second {
			t.Errorf("hold countdown starts at %v, want 10s", snap.Remaining())
		}
		sleep(10 * time.Second)
		wantState(t, s, Relaxing, 6, 1, NoSide)
		sleep(4 * time.Second)
		wantState(t, s, Holding, 6, 1, NoSide)
		sleep(3*14*time.Second + 10*time.Second)
		wantState(t, s, Finished, 6, 5, NoSide)
	})
}

// TestPauseFreezesCountdown pauses a hold for an hour: no time passes on it.
func TestPauseFreezesCountdown(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Paced), nil)
		defer s.Stop()
		for range 5 {
			s.Next()
		}
		sleep(5*time.Second + 1500*time.Millisecond) // 1.5 s into the first 3 s hold
		s.TogglePause()
		before := s.Snapshot()
		sleep(time.Hour)
		after := wantState(t, s, Holding, 5, 0, NoSide)
		if !after.Paused || after.Remaining() != before.Remaining() || after.Remaining() != 1500*time.Millisecond {
			t.Fatalf("paused hold: remaining %v then %v, want 1.5s both times", before.Remaining(), after.Remaining())
		}
		if !after.Deadline().IsZero() {
			t.Errorf("a paused countdown has deadline %v, want none", after.Deadline())
		}
		s.TogglePause()
		sleep(1499 * time.Millisecond)
		wantState(t, s, Holding, 5, 0, NoSide)
		sleep(time.Millisecond)
		wantState(t, s, Relaxing, 5, 1, NoSide)
	})
}

func TestPausePacedMovement(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Paced), nil)
		defer s.Stop()
		s.StartNow()
		sleep(3 * time.Second) // one rep and half a movement
		s.TogglePause()
		sleep(time.Minute)
		wantState(t, s, Moving, 0, 1, NoSide)
		s.TogglePause()
		sleep(time.Second)
		wantState(t, s, Moving, 0, 2, NoSide)
	})
}

func TestNextAndBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Counted), nil)
		defer s.Stop()
		s.StartNow()
		for range 4 {
			s.Count()
		}
		s.Next() // leaves exercise 1 with 4 of 30
		wantState(t, s, Ready, 1, 0, NoSide)
		s.Next() // passes over exercise 2
		s.StartNow()
		s.Count()
		s.Back() // under way: restarts exercise 3
		snap := wantState(t, s, Ready, 2, 0, NoSide)
		if got := snap.Results[:3]; got[0].Status != Partial || got[0].Count != 4 || got[1].Status != Skipped || got[2].Status != NotStarted {
			t.Errorf("results = %+v, want partial 4, skipped, not started", got)
		}
		s.Back() // in get-ready: back to exercise 2
		wantState(t, s, Ready, 1, 0, NoSide)
		s.Back()
		s.Back()
		wantState(t, s, Ready, 0, 0, NoSide)
		if r := s.Snapshot().Results[0]; r.Status != NotStarted || r.Count != 0 {
			t.Errorf("going back before exercise 1 left %+v, want it reset", r)
		}
	})
}

func TestPainStopMovesToNext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Paced), nil)
		defer s.Stop()
		for range 3 {
			s.Next()
		}
		s.StartNow()
		sleep(7 * 2 * time.Second) // 3.5 reps to both sides
		s.PainStop()
		wantState(t, s, PainCheck, 3, 3, Left)
		sleep(time.Hour) // the question waits; nothing moves
		s.SetPain(6)
		wantState(t, s, Ready, 4, 0, NoSide)
		r := s.Snapshot().Results[3]
		if r.Status != PainStopped || r.Count != 3 || r.Pain != 6 {
			t.Errorf("result = %+v, want pain stop at 3 with level 6", r)
		}

		// Skipping the question records no level.
		s.StartNow()
		s.PainStop()
		s.Next()
		wantState(t, s, Ready, 5, 0, NoSide)
		if r := s.Snapshot().Results[4]; r.Status != PainStopped || r.Pain != NoPain {
			t.Errorf("skipped question: result = %+v, want pain stop with no level", r)
		}

		// A pain stop on the last exercise ends the session.
		s.Next()
		s.PainStop()
		s.SetPain(11) // out of range: nothing recorded
		if snap := s.Snapshot(); snap.Phase != Finished || snap.Results[6].Pain != NoPain {
			t.Errorf("after the last pain stop: %s, pain %d; want finished, no level", snap.Phase, snap.Results[6].Pain)
		}
	})
}

func TestEndEarly(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		s := New(program.Builtin(), cfg(Counted), nil)
		defer s.Stop()
		s.StartNow()
		for range 30 {
			s.Count()
		}
		s.StartNow()
		s.Count()
		s.Count()
		s.Count()
		sleep(time.Minute)
		s.End()
		snap := s.Snapshot()
		if snap.Phase != Finished || snap.Ended.Sub(start) != time.Minute {
			t.Fatalf("phase %s ended %v, want finished after 1m", snap.Phase, snap.Ended.Sub(start))
		}
		want := []Status{Done, Partial, NotStarted, NotStarted, NotStarted, NotStarted, NotStarted}
		for i, r := range snap.Results {
			if r.Status != want[i] {
				t.Errorf("exercise %d: %s, want %s", i+1, r.Status, want[i])
			}
		}
		if snap.Results[1].Count != 1 {
			t.Errorf("exercise 2 count = %d, want 1 full repetition", snap.Results[1].Count)
		}
		s.Next()
		s.End()
		if got := s.Snapshot(); got.Seq <= snap.Seq || got.Ended != snap.Ended || got.Phase != Finished {
			t.Error("actions after the end changed the session")
		}
	})
}

func TestAdjustTargetStaysInDose(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(program.Builtin(), cfg(Counted), nil)
		defer s.Stop()
		s.AdjustTarget(+5) // 30 is fixed
		if got := s.Snapshot().Target.Reps; got != 30 {
			t.Errorf("exercise 1 target = %d, want the fixed 30", got)
		}
		s.Next()
		s.Next()
		for range 10 {
			s.AdjustTarget(+1)
		}
		if got := s.Snapshot().Target.Reps; got != 20 {
			t.Errorf("exercise 3 target = %d, want the article's ceiling 20", got)
		}
		s.StartNow()
		for range 2 * 17 {
			s.Count()
		}
		s.AdjustTarget(-10)
		if got := s.Snapshot().Target.Reps; got != 18 {
			t.Errorf("target after 17 done = %d, want it kept above what is done (18)", got)
		}
		s.Next()
		s.Next()
		s.Next() // exercise 6: 5–7 holds of 3–5 s
		s.AdjustTarget(+1)
		s.AdjustHoldSeconds(+9)
		if got := s.Snapshot().Target; got.Holds != 6 || got.HoldSeconds != 5 {
			t.Errorf("exercise 6 target = %+v, want 6 holds of 5 s", got)
		}
		s.StartNow()
		sleep(4 * time.Second)
		s.AdjustHoldSeconds(-1) // 4 s have passed of a hold now 4 s long: it ends
		wantState(t, s, Relaxing, 5, 1, NoSide)
		if r := s.Snapshot().Results[5].Target; r.HoldSeconds != 4 {
			t.Errorf("recorded target = %+v, want 4 s holds", r)
		}
	})
}

// TestCountdownRedraws checks the listener is told about every whole second of a countdown
// and no more often than a few times a second.
func TestCountdownRedraws(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var rec recorder
		start := time.Now()
		s := New(program.Builtin(), cfg(Paced), rec.listen)
		defer s.Stop()
		sleep(12 * time.Second)
		var shown []int
		for _, snap := range rec.all() {
			if snap.Phase != Ready {
				continue
			}
			secs := int((snap.Remaining() + time.Second - 1) / time.Second)
			if len(shown) == 0 || shown[len(shown)-1] != secs {
				shown = append(shown, secs)
			}
		}
		if want := []int{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}; !slices.Equal(shown, want) {
			t.Errorf("countdown showed %v, want %v", shown, want)
		}
		if n := len(rec.all()); n > 4*int(time.Since(start)/time.Second) {
			t.Errorf("%d snapshots in %v, want at most 4 a second", n, time.Since(start))
		}
	})
}

// TestListenerInOrder drives a session from several goroutines while its timer runs; the
// listener must see every change in order.
func TestListenerInOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var rec recorder
		s := New(program.Builtin(), cfg(Paced), rec.listen)
		defer s.Stop()
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Go(func() {
				for i := range 50 {
					switch (g + i) % 4 {
					case 0:
						s.TogglePause()
					case 1:
						s.AdjustTarget(1)
					case 2:
						s.StartNow()
					}
					time.Sleep(700 * time.Millisecond)
				}
			})
		}
		wg.Wait()
		snaps := rec.all()
		for i := 1; i < len(snaps); i++ {
			if snaps[i].Seq <= snaps[i-1].Seq {
				t.Fatalf("snapshot %d has seq %d after %d", i, snaps[i].Seq, snaps[i-1].Seq)
			}
		}
		if last := snaps[len(snaps)-1]; last.Seq != s.Snapshot().Seq {
			t.Errorf("last delivered snapshot has seq %d, the session is at %d", last.Seq, s.Snapshot().Seq)
		}
	})
}

// TestResume continues a session that stopped after two exercises: their results are kept and
// the session goes on at the third.
func TestResume(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		started := time.Now().Add(-10 * time.Minute)
		previous := []Result{
			{ExerciseID: "arms-up-toes", Target: program.Target{Reps: 30}, Count: 30, Status: Done, Pain: NoPain},
			{ExerciseID: "side-stretch", Target: program.Target{Reps: 30}, Count: 4, Status: PainStopped, Pain: 5},
			{ExerciseID: "no-longer-in-the-program", Count: 3, Status: Done},
		}
		s := Resume(program.Builtin(), cfg(Counted), previous, started, nil)
		defer s.Stop()
		snap := wantState(t, s, Ready, 2, 0, NoSide)
		if snap.Started != started {
			t.Errorf("resumed session started %v, want the original %v", snap.Started, started)
		}
		if got := snap.Results[:3]; got[0] != previous[0] || got[1] != previous[1] || got[2].Status != NotStarted {
			t.Errorf("results = %+v, want the first two kept and the third not started", got)
		}
		s.End()
		if r := s.Snapshot().Results[1]; r.Pain != 5 {
			t.Errorf("after the end the kept pain level is %d, want 5", r.Pain)
		}

		all := make([]Result, 0, 7)
		for _, e := range program.Builtin().Exercises {
			all = append(all, Result{ExerciseID: e.ID, Status: Done, Count: 1})
		}
		done := Resume(program.Builtin(), cfg(Paced), all, started, nil)
		if got := done.Snapshot().Phase; got != Finished {
			t.Errorf("a session with every exercise reached resumes as %s, want finished", got)
		}
	})
}

// TestBetweenExercises follows the end of a paced exercise: "done" for Config.Between with the
// finished exercise's index and result, then the next one's get-ready, longer where the
// program marks a new starting position; the last exercise finishes without a pause.
func TestBetweenExercises(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := program.Builtin()
		var rec recorder
		s := New(p, cfg(Paced), rec.listen)
		defer s.Stop()
		for range 2 {
			s.Next()
		}
		s.StartNow() // exercise 3, 15 reps to both sides at 2 s a movement
		sleep(15*2*2*time.Second - time.Millisecond)
		wantState(t, s, Moving, 2, 14, Left)
		sleep(time.Millisecond)
		snap := wantState(t, s, Between, 2, 15, NoSide)
		if r := snap.Results[2]; r.Status != Done || r.Count != 15 || r.Target.Reps != 15 {
			t.Errorf("between: result %+v, want done 15 of 15", r)
		}
		if snap.Exercise.ID != p.Exercises[2].ID || snap.Remaining() != 3*time.Second {
			t.Errorf("between shows %s with %v left, want %s with 3s", snap.Exercise.ID, snap.Remaining(), p.Exercises[2].ID)
		}
		s.AdjustTarget(+5)
		s.PainStop()
		wantState(t, s, Between, 2, 15, NoSide) // a done exercise is not changed or pain-stopped
		sleep(3 * time.Second)
		snap = wantState(t, s, Ready, 3, 0, NoSide)
		if !p.Exercises[3].NewPosition || snap.Length != 12*time.Second {
			t.Errorf("get-ready before %s lasts %v, want the longer 12s for a new position", p.Exercises[3].ID, snap.Length)
		}
		if r := snap.Results[2]; r.Status != Done || r.Count != 15 {
			t.Errorf("after between: exercise 3 result %+v, want done 15", r)
		}

		// Every phase the listener saw between the two exercises, in order.
		var phases []Phase
		for _, sn := range rec.all() {
			if sn.Index >= 2 && (len(phases) == 0 || phases[len(phases)-1] != sn.Phase) {
				phases = append(phases, sn.Phase)
			}
		}
		if want := []Phase{Ready, Moving, Between, Ready}; !slices.Equal(phases, want) {
			t.Errorf("phases from exercise 3 on: %v, want %v", phases, want)
		}

		// Next, Count and StartNow cut the pause short; Back redoes the finished exercise.
		s.Back() // to exercise 3's get-ready
		for _, act := range []func(){s.Next, s.Count, s.StartNow} {
			s.Back() // to exercise 2's get-ready, then start it and let it run through
			s.StartNow()
			sleep(30 * 2 * 2 * time.Second)
			wantState(t, s, Between, 1, 30, NoSide)
			act()
			wantState(t, s, Ready, 2, 0, NoSide)
		}
		s.Back()
		s.StartNow()
		sleep(30 * 2 * 2 * time.Second)
		wantState(t, s, Between, 1, 30, NoSide)
		s.Back()
		if snap := wantState(t, s, Ready, 1, 0, NoSide); snap.Results[1].Status != NotStarted {
			t.Errorf("Back between exercises left %+v, want exercise 2 to start over", snap.Results[1])
		}

		// End between exercises keeps the finished one done.
		s.StartNow()
		sleep(30 * 2 * 2 * time.Second)
		s.End()
		if snap := wantState(t, s, Finished, 1, 30, NoSide); snap.Results[1].Status != Done {
			t.Errorf("End between exercises left %+v, want done", snap.Results[1])
		}

		// The last exercise ends the session at once.
		last := New(p, cfg(Counted), nil)
		defer last.Stop()
		for range 6 {
			last.Next()
		}
		last.StartNow()
		sleep(5 * (10 + 4) * time.Second)
		wantState(t, last, Finished, 6, 5, NoSide)
	})
}

// TestDefaultPaceFitsProgram checks the default timings give a session of the built-in program
// within 15% of the length the program gives (the article's "about 40 minutes").
func TestDefaultPaceFitsProgram(t *testing.T) {
	p := program.Builtin()
	want := time.Duration(p.SessionMinutes) * time.Minute
	got := Estimate(p, Config{})
	if d := got - want; d < -want*15/100 || d > want*15/100 {
		t.Errorf("default estimate %v, want within 15%% of the program's %v", got, want)
	}
	faster := Estimate(p, Config{Pace: DefaultPace / 2})
	if faster >= got {
		t.Errorf("estimate at half the pace %v, want it below the default %v", faster, got)
	}
}
