package coach

import (
	"slices"
	"sync"
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// Session walks a user through a program. Its methods are safe for concurrent use; the
// listener given to New receives a snapshot after every change, in order, on the goroutine that
// made the change (a caller's or the session's timer), so it must hand the work on (fyne.Do)
// rather than call back into the session.
type Session struct {
	prog     program.Program
	cfg      Config
	listener func(Snapshot)

	mu      sync.Mutex
	idx     int
	phase   Phase
	side    Side
	count   int
	target  program.Target
	clock   phaseClock
	results []Result
	pain    int // exercise index in PainCheck
	started time.Time
	ended   time.Time
	seq     uint64
	timer   *time.Timer
	gen     uint64 // invalidates a timer callback that lost the race with a reschedule

	deliverMu sync.Mutex
	delivered uint64
}

// New starts a session of p at its first exercise's get-ready countdown. listener may be nil.
func New(p program.Program, cfg Config, listener func(Snapshot)) *Session {
	return Resume(p, cfg, nil, time.Time{}, listener)
}

// Resume continues a session interrupted after some exercises: the results of those that were
// reached are kept, and the session starts at the get-ready countdown of the first exercise
// not reached. started is when the interrupted session began (zero for now). A session whose
// every exercise was reached resumes finished.
func Resume(p program.Program, cfg Config, previous []Result, started time.Time, listener func(Snapshot)) *Session {
	s := &Session{prog: p, cfg: cfg.WithDefaults(), listener: listener}
	s.results = make([]Result, len(p.Exercises))
	next := 0
	for i, e := range p.Exercises {
		s.results[i] = Result{ExerciseID: e.ID, Target: e.Target(s.cfg.Targets[e.ID]), Status: NotStarted, Pain: NoPain}
		if r, ok := find(previous, e.ID); ok && r.Status != NotStarted {
			r.Target = e.Target(r.Target)
			s.results[i] = r
			next = i + 1
		}
	}
	s.started = started
	if s.started.IsZero() {
		s.started = time.Now()
	}
	s.change(func(now time.Time) {
		if next >= len(p.Exercises) {
			s.idx = len(p.Exercises) - 1
			s.finish(now)
			return
		}
		s.enter(next, now)
	})
	return s
}

func find(results []Result, id string) (Result, bool) {
	for _, r := range results {
		if r.ExerciseID == id {
			return r, true
		}
	}
	return Result{}, false
}

// Snapshot returns the session's state now.
func (s *Session) Snapshot() Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snapshot(time.Now())
}

// Stop releases the session's timer without changing its state, for a window that closes.
func (s *Session) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	if s.timer != nil {
		s.timer.Stop()
	}
}

// TogglePause pauses a running countdown or paced movement, or resumes it. A paused countdown
// does not move.
func (s *Session) TogglePause() {
	s.change(func(now time.Time) {
		if s.phase == PainCheck || s.phase == Finished {
			return
		}
		s.clock.togglePause(now)
	})
}

// Count records one movement in counted mode, and during the get-ready countdown starts the
// exercise at once. While a paced exercise moves it does nothing: the coach counts.
func (s *Session) Count() {
	s.change(func(now time.Time) {
		switch {
		case s.phase == Between:
			s.enter(s.idx+1, now)
		case s.phase == Ready:
			s.begin(now)
		case s.phase == Moving && s.cfg.Counting == Counted:
			s.moved(now)
		}
	})
}

// StartNow ends the get-ready countdown early; between exercises it goes on to the next
// one's get-ready.
func (s *Session) StartNow() {
	s.change(func(now time.Time) {
		switch s.phase {
		case Ready:
			s.begin(now)
		case Between:
			s.enter(s.idx+1, now)
		}
	})
}

// Next leaves the current exercise as it stands and goes to the next one.
func (s *Session) Next() {
	s.change(func(now time.Time) {
		switch s.phase {
		case Finished:
			return
		case PainCheck:
			s.advance(s.pain, now)
			return
		case Between:
			s.enter(s.idx+1, now)
			return
		}
		s.leave(s.leftStatus())
		s.advance(s.idx, now)
	})
}

// Back restarts the current exercise once it is under way or just done (Between); during its
// get-ready countdown it goes to the previous one. After a pain stop it returns to the exercise that was stopped.
func (s *Session) Back() {
	s.change(func(now time.Time) {
		prev := s.idx
		switch s.phase {
		case Finished:
			return
		case Ready:
			prev = max(0, s.idx-1)
		case PainCheck:
			prev = s.pain
		}
		for i := prev; i < len(s.results); i++ {
			s.results[i].Status, s.results[i].Count, s.results[i].Pain = NotStarted, 0, NoPain
		}
		s.enter(prev, now)
	})
}

// PainStop is the program's rule for pain: stop this exercise and go on to the next. The
// session waits in PainCheck for a pain level (SetPain) or for Next.
func (s *Session) PainStop() {
	s.change(func(now time.Time) {
		if s.phase == PainCheck || s.phase == Finished || s.phase == Between {
			return
		}
		s.leave(PainStopped)
		s.pain = s.idx
		s.phase = PainCheck
		s.clock = phaseClock{}
	})
}

// SetPain records the pain level 0–10 for the exercise stopped for pain and goes on to the next
// exercise. A level out of range records nothing, as does skipping the question with Next.
func (s *Session) SetPain(level int) {
	s.change(func(now time.Time) {
		if s.phase != PainCheck {
			return
		}
		if level >= 0 && level <= 10 {
			s.results[s.pain].Pain = level
		}
		s.advance(s.pain, now)
	})
}

// End finishes the session early, keeping what was done.
func (s *Session) End() {
	s.change(func(now time.Time) {
		if s.phase == Finished {
			return
		}
		if s.phase != PainCheck && s.phase != Between {
			s.leave(s.leftStatus())
			if s.results[s.idx].Status == Skipped {
				s.results[s.idx].Status = NotStarted
			}
		}
		s.finish(now)
	})
}

// AdjustTarget raises or lowers the current exercise's repetitions or holds by delta, within
// its dose and never below what is already done.
func (s *Session) AdjustTarget(delta int) {
	s.change(func(now time.Time) {
		if s.phase == PainCheck || s.phase == Finished || s.phase == Between {
			return
		}
		dose := s.exercise().Dose
		if dose.Kind() == program.Holds {
			s.target.Holds = clampAbove(s.target.Holds+delta, *dose.Holds, s.count)
		} else {
			s.target.Reps = clampAbove(s.target.Reps+delta, *dose.Reps, s.count)
		}
		s.results[s.idx].Target = s.target
	})
}

// AdjustHoldSeconds lengthens or shortens each hold of the current exercise by delta seconds,
// within its dose; a hold under way changes too.
func (s *Session) AdjustHoldSeconds(delta int) {
	s.change(func(now time.Time) {
		dose := s.exercise().Dose
		if dose.Kind() != program.Holds || s.phase == PainCheck || s.phase == Finished || s.phase == Between {
			return
		}
		s.target.HoldSeconds = dose.HoldSeconds.Clamp(s.target.HoldSeconds + delta)
		s.results[s.idx].Target = s.target
		if s.phase == Holding {
			s.clock.length = s.holdLength() // a hold now past its new length ends in schedule
		}
	})
}

// clampAbove clamps v into r, and above done so a target never falls to what is already done.
func clampAbove(v int, r program.Range, done int) int {
	return max(r.Clamp(v), min(done+1, r.Max))
}

// change runs f under the lock with the current time, reschedules the timer and delivers the
// new snapshot.
func (s *Session) change(f func(now time.Time)) {
	s.mu.Lock()
	now := time.Now()
	f(now)
	s.seq++
	s.schedule(now)
	snap := s.snapshot(now)
	s.mu.Unlock()
	s.deliver(snap)
}

// deliver hands snap to the listener unless a newer one went first, so the listener sees
// changes in order even when the timer and a key press race.
func (s *Session) deliver(snap Snapshot) {
	if s.listener == nil {
		return
	}
	s.deliverMu.Lock()
	defer s.deliverMu.Unlock()
	if snap.Seq <= s.delivered {
		return
	}
	s.delivered = snap.Seq
	s.listener(snap)
}

func (s *Session) snapshot(now time.Time) Snapshot {
	return Snapshot{
		Seq: s.seq, Phase: s.phase, Paused: s.clock.paused,
		Index: s.idx, Total: len(s.prog.Exercises), Exercise: s.exercise(), Target: s.target,
		Count: s.count, Side: s.side, Counting: s.cfg.Counting,
		Length: s.clock.length, Elapsed: s.clock.elapsed(now), At: now,
		PainIndex: s.pain, Results: slices.Clone(s.results), Started: s.started, Ended: s.ended,
	}
}

func (s *Session) exercise() program.Exercise { return s.prog.Exercises[s.idx] }
