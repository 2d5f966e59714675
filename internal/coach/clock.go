package coach

import "time"

// phaseClock times one countdown or paced movement. Elapsed time is kept as a start instant
// while running and as a frozen duration while paused, so a paused countdown does not move.
type phaseClock struct {
	length  time.Duration
	start   time.Time     // when running: the instant elapsed was zero
	frozen  time.Duration // when paused: the elapsed time
	paused  bool
	started bool
}

func startClock(at time.Time, length time.Duration) phaseClock {
	return phaseClock{length: length, start: at, started: true}
}

func (c phaseClock) running() bool { return c.started && !c.paused }

func (c phaseClock) ends() time.Time { return c.start.Add(c.length) }

func (c phaseClock) elapsed(now time.Time) time.Duration {
	switch {
	case !c.started:
		return 0
	case c.paused:
		return c.frozen
	}
	return min(c.length, max(0, now.Sub(c.start)))
}

func (c *phaseClock) togglePause(now time.Time) {
	if !c.started {
		return
	}
	if c.paused {
		c.start, c.paused = now.Add(-c.frozen), false
		return
	}
	c.frozen, c.paused = c.elapsed(now), true
}

// schedule arms the timer for the next instant the session changes or its countdown shows a
// new whole second; countdowns therefore redraw once a second, paced movements once a movement.
func (s *Session) schedule(now time.Time) {
	s.tick(now)
	s.gen++
	if s.timer != nil {
		s.timer.Stop()
	}
	if !s.clock.running() {
		return
	}
	wait := s.clock.ends().Sub(now)
	if s.phase.Timed() {
		if frac := wait % time.Second; frac > 0 {
			wait = frac
		} else {
			wait = min(wait, time.Second)
		}
	}
	gen := s.gen
	s.timer = time.AfterFunc(wait, func() { s.wake(gen) })
}

func (s *Session) wake(gen uint64) {
	s.mu.Lock()
	if gen != s.gen {
		s.mu.Unlock()
		return
	}
	now := time.Now()
	s.seq++
	s.schedule(now)
	snap := s.snapshot(now)
	s.mu.Unlock()
	s.deliver(snap)
}
