package schedule

import (
	"context"
	"errors"
	"sync"
	"time"
)

// DefaultPoll is how often the Runner looks at the clock while it waits. Go timers stop while the
// machine sleeps, so the Runner never trusts one timer for longer than this.
const DefaultPoll = 30 * time.Second

// Reminder is one reminder to send: the session's Due, whether it is the single follow-up,
// and the wall-clock time it was sent.
type Reminder struct {
	Due      Due
	FollowUp bool
	At       time.Time
}

// Memory is what the Runner last reminded about. The agent stores it in the data folder and gives
// it back through Runner.LastReminded, so neither a restart nor a clock set back repeats a reminder.
type Memory struct {
	// Due is the due instant reminded, zero if none.
	Due time.Time `json:"due"`
	// At is the wall-clock time of that reminder; the follow-up counts from it.
	At time.Time `json:"at"`
	// FollowUp is true once the follow-up for Due was sent.
	FollowUp bool `json:"follow_up"`
}

// Runner sends reminders when sessions are due. It runs in the background agent: it wakes at the due
// time or every Poll, whichever is first, re-reads the state, and compares wall-clock times, so a
// suspend or a night off that swallowed several due times gives one reminder, not a burst. A due time
// gets one reminder and, if the user does nothing, one follow-up after Rules.FollowUp; then silence.
//
// Set the fields before Run and call Run once; do not change the fields while it runs.
type Runner struct {
	// Now is the wall clock; nil means time.Now.
	Now func() time.Time
	// Load returns the current state and rules; it is called at every wake-up.
	Load func() (State, Rules)
	// Notify sends a reminder. It is called from Run's goroutine and should return promptly.
	Notify func(Reminder)
	// OnDue, if set, is called from Run's goroutine whenever the next due time or its reason changes.
	OnDue func(Due)
	// OnRemember, if set, is called from Run's goroutine when the memory changes, to persist it.
	OnRemember func(Memory)
	// LastReminded restores the memory from an earlier run.
	LastReminded Memory
	// Location holds the local days; nil means time.Local.
	Location *time.Location
	// Poll is the longest single wait; zero means DefaultPoll.
	Poll time.Duration

	init sync.Once
	wake chan struct{}

	mu      sync.Mutex
	current Due
	memory  Memory
}

// memoryHorizon: a remembered due time further ahead than this came from a clock that ran fast; it is
// forgotten rather than silencing reminders until then.
const memoryHorizon = 24 * time.Hour

// Run sends reminders until ctx is done, then returns nil. It returns an error at once if Load or
// Notify is missing.
func (r *Runner) Run(ctx context.Context) error {
	if r.Load == nil || r.Notify == nil {
		return errors.New("schedule: the reminder runner needs Load and Notify")
	}
	r.setup()
	r.mu.Lock()
	r.memory = r.LastReminded
	r.mu.Unlock()
	for {
		timer := time.NewTimer(r.step())
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case <-timer.C:
		case <-r.wake:
			timer.Stop()
		}
	}
}

// Wake makes Run look at the state again at once, e.g. when the data folder changed.
// It is safe to call from any goroutine and never blocks.
func (r *Runner) Wake() {
	r.setup()
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// Current is the next due time as last computed, for the tray.
func (r *Runner) Current() Due {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.current
}

// Reminded is the current memory of what was reminded.
func (r *Runner) Reminded() Memory {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.memory
}

func (r *Runner) setup() {
	r.init.Do(func() { r.wake = make(chan struct{}, 1) })
}

// step looks at the clock and the state, sends what is due, and says how long to wait.
func (r *Runner) step() time.Duration {
	st, rules := r.Load()
	now := r.now()
	due := Next(now, st, rules, r.Location)
	r.setCurrent(due)
	poll := r.Poll
	if poll <= 0 {
		poll = DefaultPoll
	}
	mem := r.Reminded()
	switch {
	case due.IsZero():
		return poll
	case r.alreadyReminded(mem, due, now):
		return r.followUp(mem, due, now, rules.FollowUp, poll)
	case now.Before(due.At):
		return min(due.At.Sub(now), poll)
	}
	r.remember(Memory{Due: due.At, At: now})
	r.Notify(Reminder{Due: due, At: now})
	return poll
}

// alreadyReminded reports whether due (or a later one) was reminded: the clock may have been set
// back, or the rules changed so the due time moved earlier after its reminder.
func (r *Runner) alreadyReminded(mem Memory, due Due, now time.Time) bool {
	if mem.Due.IsZero() || mem.Due.After(now.Add(memoryHorizon)) {
		return false
	}
	return !due.At.After(mem.Due)
}

// followUp sends the single follow-up for the reminded due time once FollowUp has passed.
func (r *Runner) followUp(mem Memory, due Due, now time.Time, after, poll time.Duration) time.Duration {
	if !due.At.Equal(mem.Due) || mem.FollowUp || after <= 0 {
		return poll
	}
	if now.Before(mem.At) { // the clock was set back: count from now, not from the future
		mem.At = now
		r.remember(mem)
	}
	if at := mem.At.Add(after); now.Before(at) {
		return min(at.Sub(now), poll)
	}
	mem.FollowUp = true
	r.remember(mem)
	r.Notify(Reminder{Due: due, FollowUp: true, At: now})
	return poll
}

func (r *Runner) now() time.Time {
	if r.Now == nil {
		return time.Now().Round(0)
	}
	return r.Now().Round(0)
}

func (r *Runner) setCurrent(due Due) {
	r.mu.Lock()
	changed := !due.At.Equal(r.current.At) || due.Reason != r.current.Reason
	r.current = due
	r.mu.Unlock()
	if changed && r.OnDue != nil {
		r.OnDue(due)
	}
}

func (r *Runner) remember(mem Memory) {
	r.mu.Lock()
	r.memory = mem
	r.mu.Unlock()
	if r.OnRemember != nil {
		r.OnRemember(mem)
	}
}
