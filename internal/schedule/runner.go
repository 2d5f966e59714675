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
	// Notify sends a reminder and says whether it was shown. It is called from Run's goroutine and
	// should return promptly. A reminder that failed is not remembered as sent: it is tried again
	// RetryAfter later, at most RetryLimit times in all.
	Notify func(Reminder) error
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
	failed  attempts // the reminder that could not be shown, while it is retried
}

// RetryAfter is how long the Runner waits before trying a reminder again that could not be
// shown (no notification service yet, a bus that is restarting).
const RetryAfter = time.Minute

// RetryLimit is how many times in all a reminder is tried. After that it counts as sent, so the
// follow-up (or the next due time) still comes, and the agent does not knock every minute all day.
const RetryLimit = 5

// attempts is what the Runner knows about a reminder that failed.
type attempts struct {
	due      time.Time // the due time the failed reminder was for
	followUp bool
	first    time.Time // when it was first tried
	n        int       // how many times it was tried
	next     time.Time // when to try again
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

// due is the next due time as last computed.
func (r *Runner) due() Due {
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
	if !mem.Due.IsZero() && now.Before(mem.Due) {
		// The clock was set back before the reminded due time: by this clock it has not come
		// yet, so the reminder comes again at its time (and its follow-up after it), rather than
		// a "still due" for a session that is not due.
		mem = Memory{}
		r.remember(mem)
	}
	switch {
	case due.IsZero():
		return poll
	case r.alreadyReminded(mem, due, now):
		return r.followUp(mem, due, now, rules.FollowUp, poll)
	case now.Before(due.At):
		return min(due.At.Sub(now), poll)
	}
	return r.send(Reminder{Due: due, At: now}, Memory{Due: due.At, At: now}, poll)
}

// send shows rem and remembers mem once it was shown. A reminder that failed is tried again
// RetryAfter later; after RetryLimit tries it is remembered as sent (from its first try).
func (r *Runner) send(rem Reminder, mem Memory, poll time.Duration) time.Duration {
	f := r.failed
	if !f.due.Equal(rem.Due.At) || f.followUp != rem.FollowUp {
		f = attempts{due: rem.Due.At, followUp: rem.FollowUp, first: rem.At}
	}
	if rem.At.Before(f.next) {
		return min(f.next.Sub(rem.At), poll)
	}
	if err := r.Notify(rem); err != nil {
		f.n++
		f.next = rem.At.Add(RetryAfter)
		r.failed = f
		if f.n < RetryLimit {
			return min(RetryAfter, poll)
		}
		if !mem.FollowUp { // give up: the first try stands for the reminder
			mem.At = f.first
		}
	}
	r.failed = attempts{}
	r.remember(mem)
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
	return r.send(Reminder{Due: due, FollowUp: true, At: now}, mem, poll)
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
