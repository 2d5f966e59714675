package coach

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// The transitions below run with s.mu held. Each starts the next phase's clock at the instant
// the last one ended, not at the instant the timer fired, so a late wake-up cannot add drift.

// enter starts exercise i's get-ready countdown.
func (s *Session) enter(i int, now time.Time) {
	s.idx, s.phase, s.side, s.count = i, Ready, NoSide, 0
	s.target = s.results[i].Target
	s.clock = startClock(now, s.cfg.ReadyFor(s.exercise()))
}

// begin starts the current exercise's first movement or hold.
func (s *Session) begin(at time.Time) {
	if s.exercise().Dose.Kind() == program.Holds {
		s.phase = Holding
		s.clock = startClock(at, s.holdLength())
		return
	}
	s.phase = Moving
	if s.exercise().Sides == program.BothSides {
		s.side = Right
	}
	s.startMovement(at)
}

func (s *Session) startMovement(at time.Time) {
	if s.cfg.Counting == Counted {
		s.clock = phaseClock{}
		return
	}
	s.clock = startClock(at, s.cfg.Pace)
}

// moved completes one movement: a side of a two-sided repetition, or a whole repetition.
func (s *Session) moved(at time.Time) {
	if s.side == Right {
		s.side = Left
		s.startMovement(at)
		return
	}
	s.count++
	s.results[s.idx].Count = s.count
	if s.count >= s.target.Reps {
		s.completed(at)
		return
	}
	if s.side == Left {
		s.side = Right
	}
	s.startMovement(at)
}

// tick moves the session past every countdown or paced movement that has ended by now.
func (s *Session) tick(now time.Time) {
	for s.clock.running() && !s.clock.ends().After(now) {
		at := s.clock.ends()
		switch s.phase {
		case Ready:
			s.begin(at)
		case Moving:
			s.moved(at)
		case Holding:
			s.count++
			s.results[s.idx].Count = s.count
			if s.count >= s.target.Holds {
				s.completed(at)
			} else {
				s.phase = Relaxing
				s.clock = startClock(at, s.cfg.Relax)
			}
		case Relaxing:
			s.phase = Holding
			s.clock = startClock(at, s.holdLength())
		case Between:
			s.enter(s.idx+1, at)
		default:
			s.clock = phaseClock{}
		}
	}
}

// completed records the current exercise as done and shows it as done for a moment before the
// next one's get-ready; after the last exercise the session finishes.
func (s *Session) completed(at time.Time) {
	s.leave(Done)
	if s.idx+1 >= len(s.prog.Exercises) {
		s.finish(at)
		return
	}
	s.phase, s.side = Between, NoSide
	s.clock = startClock(at, s.cfg.Between)
}

// leave records how the current exercise ended.
func (s *Session) leave(st Status) {
	r := &s.results[s.idx]
	r.Status, r.Count, r.Target = st, s.count, s.target
}

// leftStatus is the status of an exercise left before its end.
func (s *Session) leftStatus() Status {
	if s.count > 0 {
		return Partial
	}
	return Skipped
}

// advance goes to the exercise after i, or finishes the session after the last one.
func (s *Session) advance(i int, at time.Time) {
	if i+1 >= len(s.prog.Exercises) {
		s.finish(at)
		return
	}
	s.enter(i+1, at)
}

func (s *Session) finish(at time.Time) {
	s.phase, s.side, s.clock, s.ended = Finished, NoSide, phaseClock{}, at
}

func (s *Session) holdLength() time.Duration {
	return time.Duration(s.target.HoldSeconds) * time.Second
}
