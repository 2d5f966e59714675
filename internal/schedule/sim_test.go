package schedule

import (
	"context"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// sim plays the agent and the user around a Runner inside a synctest bubble. The wall clock the
// Runner sees is the bubble's fake clock plus offset, so a suspend (offset jumps, timers do not run)
// and a clock set back can be simulated. User actions write State as the app would, then Wake.
type sim struct {
	t      *testing.T
	loc    *time.Location
	runner *Runner
	plan   map[string]func(Reminder)

	mu     sync.Mutex
	offset time.Duration
	state  State
	rules  Rules
	got    []string
	fails  int // how many of the next notifications fail
}

// newSim makes the wall clock read start in loc; it must be called inside the bubble.
func newSim(t *testing.T, loc *time.Location, start time.Time, rules Rules) *sim {
	s := &sim{t: t, loc: loc, rules: rules, plan: map[string]func(Reminder){}, offset: time.Until(start)}
	s.runner = &Runner{Now: s.now, Load: s.load, Notify: s.notify, Location: loc}
	return s
}

func (s *sim) now() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return time.Now().Add(s.offset)
}

func (s *sim) load() (State, Rules) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.state
	st.Finished = slices.Clone(st.Finished)
	return st, s.rules
}

// label names a reminder by its local minute and kind, e.g. "Mon 14:35 follow-up".
func (s *sim) label(rem Reminder) string {
	kind := rem.Due.Reason.String()
	if rem.FollowUp {
		kind = "follow-up"
	}
	return rem.At.In(s.loc).Format("Mon 15:04") + " " + kind
}

func (s *sim) notify(rem Reminder) error {
	label := s.label(rem)
	s.mu.Lock()
	if s.fails > 0 {
		s.fails--
		s.got = append(s.got, label+" failed")
		s.mu.Unlock()
		return errNoService
	}
	s.got = append(s.got, label)
	s.mu.Unlock()
	if act := s.plan[label]; act != nil {
		act(rem)
	}
	return nil
}

// change edits the state as the app would, then tells the Runner.
func (s *sim) change(edit func(st *State, now time.Time)) {
	now := s.now()
	s.mu.Lock()
	edit(&s.state, now)
	s.mu.Unlock()
	s.runner.Wake()
}

// after runs fn once d has passed on the fake clock.
func (s *sim) after(d time.Duration, fn func()) { time.AfterFunc(d, fn) }

// atWall runs fn when the wall clock reads at (given the offset as it is now).
func (s *sim) atWall(at time.Time, fn func()) { s.after(at.Sub(s.now()), fn) }

// session: the user starts a session after wait and finishes it length later.
func (s *sim) session(wait, length time.Duration) func(Reminder) {
	return func(Reminder) {
		s.after(wait, func() {
			s.change(func(st *State, now time.Time) { st.Active = now })
			s.after(length, func() {
				s.change(func(st *State, now time.Time) {
					st.Finished = append(st.Finished, now)
					st.Active = time.Time{}
				})
			})
		})
	}
}

func (s *sim) snooze(wait time.Duration) func(Reminder) {
	return func(Reminder) {
		s.after(wait, func() {
			s.change(func(st *State, now time.Time) { st.SnoozedUntil = now.Add(s.rules.Snooze) })
		})
	}
}

func (s *sim) skip(wait time.Duration) func(Reminder) {
	return func(rem Reminder) {
		s.after(wait, func() {
			s.change(func(st *State, now time.Time) { st.Skipped = Skip{At: now, Due: rem.Due.At} })
		})
	}
}

func (s *sim) flareUp(wait time.Duration, days int) func(Reminder) {
	return func(Reminder) {
		s.after(wait, func() {
			s.change(func(st *State, now time.Time) { st.RestUntil = RestEnd(now, days, s.rules, s.loc) })
		})
	}
}

func (s *sim) pause(wait time.Duration) func(Reminder) {
	return func(Reminder) {
		s.after(wait, func() {
			s.change(func(st *State, now time.Time) { st.PausedUntil = PauseEnd(now, s.rules, s.loc) })
		})
	}
}

// shiftClock moves the wall clock by d without the fake clock moving: a suspend (d > 0, the timers
// did not run meanwhile) or the clock set back (d < 0).
func (s *sim) shiftClock(d time.Duration) {
	s.mu.Lock()
	s.offset += d
	s.mu.Unlock()
}

// run runs the Runner for d of fake time and returns the reminders sent.
func (s *sim) run(d time.Duration) []string {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.runner.Run(ctx) }()
	time.Sleep(d) // the bubble's fake clock
	cancel()
	if err := <-done; err != nil {
		s.t.Fatalf("Run: %v", err)
	}
	synctest.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.got)
}

func assertReminders(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("reminders:\n got %q\nwant %q", got, want)
	}
}
