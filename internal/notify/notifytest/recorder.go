package notifytest

import (
	"context"
	"slices"
	"sync"

	"github.com/spinecoach/spinecoach/internal/notify"
)

// Recorder is a notify.Actionable that keeps notifications in memory, for tests: Press answers the
// notification shown last as a user would. It is safe for concurrent use. The zero value is ready.
type Recorder struct {
	mu        sync.Mutex
	sent      []notify.Notification
	err       error
	withdrawn int
	answers   chan string
}

var _ notify.Actionable = (*Recorder)(nil)

// Notify records n, or returns the error set with FailWith (then n is not recorded) or ctx's error.
func (r *Recorder) Notify(ctx context.Context, n notify.Notification) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return r.err
	}
	r.sent = append(r.sent, n)
	return nil
}

// FailWith makes later calls to Notify return err; nil makes them succeed again.
func (r *Recorder) FailWith(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.err = err
}

// Sent returns a copy of the notifications recorded so far, oldest first.
func (r *Recorder) Sent() []notify.Notification {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.sent)
}

// Answers delivers what Press is given.
func (r *Recorder) Answers() <-chan string { return r.answerCh() }

func (r *Recorder) answerCh() chan string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.answers == nil {
		r.answers = make(chan string, 8)
	}
	return r.answers
}

// Press answers the notification shown last with the action key, as a click would.
func (r *Recorder) Press(key string) { r.answerCh() <- key }

// Withdraw counts the withdrawals.
func (r *Recorder) Withdraw(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.withdrawn++
	return ctx.Err()
}

// Withdrawn is how many times Withdraw was called.
func (r *Recorder) Withdrawn() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.withdrawn
}
