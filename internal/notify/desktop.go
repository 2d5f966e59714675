package notify

import (
	"context"
	"fmt"
	"time"

	"github.com/gen2brain/beeep"
)

// DefaultTimeout is how long Desktop waits for the notification service.
const DefaultTimeout = 5 * time.Second

// Desktop is the Notifier for the user's desktop, through beeep (D-Bus on Linux, toast on Windows,
// Notification Center on macOS). A hung notification service blocks beeep without limit, so each call
// runs in its own goroutine and Notify gives up after the timeout. At most one call is in flight: while
// one hangs, later ones fail at once with the same error instead of piling up goroutines.
type Desktop struct {
	icon    string
	timeout time.Duration
	send    func(title, body, icon string) error // beeep.Notify; tests substitute a fake
	slot    chan struct{}                        // holds a token while a call is in flight
	bus     *Bus                                 // the service's actions, when it has them (NewActionable)
}

var _ Actionable = (*Desktop)(nil)

// NewDesktop returns a Desktop notifier. appName is shown as the sender ("Spine Coach"); it sets
// beeep's process-wide AppName, so make one Desktop per process. iconPath names a PNG file that
// outlives the call (beeep passes the path to the service), or "" for none. A timeout <= 0 means
// DefaultTimeout.
func NewDesktop(appName, iconPath string, timeout time.Duration) *Desktop {
	beeep.AppName = appName
	return newDesktop(iconPath, timeout, func(title, body, icon string) error {
		return beeep.Notify(title, body, icon) // icon must be a string: beeep rejects nil
	})
}

// NewActionable returns a Desktop notifier that sends through b: with the service's actions
// where it has them, else as NewDesktop does, with the same timeout and one call in flight.
func NewActionable(b *Bus, appName, iconPath string, timeout time.Duration) *Desktop {
	d := NewDesktop(appName, iconPath, timeout)
	d.bus = b
	return d
}

func newDesktop(iconPath string, timeout time.Duration, send func(title, body, icon string) error) *Desktop {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Desktop{icon: iconPath, timeout: timeout, send: send, slot: make(chan struct{}, 1)}
}

// Notify shows n, waiting at most the timeout (or until ctx is done). Errors wrap ErrNoAnswer or
// ErrNoService, with the service's own error where there is one.
func (d *Desktop) Notify(ctx context.Context, n Notification) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	select {
	case d.slot <- struct{}{}:
	default:
		return d.noAnswer() // the previous call still hangs
	}
	return waitFor(ctx, d.timeout, func() error {
		defer func() { <-d.slot }()
		return d.deliver(n)
	})
}

func (d *Desktop) noAnswer() error { return noAnswer(d.timeout) }

func noAnswer(timeout time.Duration) error {
	return fmt.Errorf("notify: %w after %s", ErrNoAnswer, timeout)
}

// waitFor runs send in a goroutine and waits for it at most timeout: a notification service
// that hangs must not hold the caller. The goroutine is left to finish on its own.
func waitFor(ctx context.Context, timeout time.Duration, send func() error) error {
	done := make(chan error, 1)
	go func() { done <- send() }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("notify: %w: %w", ErrNoService, err)
		}
		return nil
	case <-timer.C:
		return noAnswer(timeout)
	case <-ctx.Done():
		return fmt.Errorf("notify: %w", ctx.Err())
	}
}

// deliver sends n through the bus when the service shows actions, else plainly through beeep.
func (d *Desktop) deliver(n Notification) error {
	if d.bus != nil {
		ctx, cancel := context.WithTimeout(context.Background(), d.timeout+time.Second)
		defer cancel()
		if acts, err := d.bus.Acts(ctx); err != nil || acts {
			if err != nil {
				return err
			}
			return d.bus.Notify(ctx, n, d.icon)
		}
	}
	body := n.Body
	if n.PlainBody != "" {
		body = n.PlainBody
	}
	return d.send(n.Title, body, d.icon)
}

// Answers delivers the actions chosen on the notification shown last; nil without a bus.
func (d *Desktop) Answers() <-chan string {
	if d.bus == nil {
		return nil
	}
	return d.bus.Answers()
}

// Withdraw takes the notification shown last off the screen (through the bus; beeep's cannot be).
func (d *Desktop) Withdraw(ctx context.Context) error {
	if d.bus == nil {
		return nil
	}
	return d.bus.Withdraw(ctx)
}
