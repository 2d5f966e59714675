package notify

import (
	"context"
	"slices"
	"sync"
)

// Recorder is a Notifier that keeps notifications in memory, for tests. It is safe for concurrent use.
// The zero value is ready.
type Recorder struct {
	mu   sync.Mutex
	sent []Notification
	err  error
}

var _ Notifier = (*Recorder)(nil)

// Notify records n, or returns the error set with FailWith (then n is not recorded) or ctx's error.
func (r *Recorder) Notify(ctx context.Context, n Notification) error {
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
func (r *Recorder) Sent() []Notification {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.sent)
}
