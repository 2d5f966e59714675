package notify

import (
	"context"
	"errors"
)

// Notification is one desktop notification.
type Notification struct {
	Title string
	Body  string
}

// Notifier shows desktop notifications.
type Notifier interface {
	// Notify shows n. It returns once the notification service has taken it, or with an error.
	Notify(ctx context.Context, n Notification) error
}

// ErrNoAnswer means the notification service did not answer in time; the notification may or may not show.
var ErrNoAnswer = errors.New("no answer from the notification service")

// ErrNoService means no desktop notification service could be reached.
var ErrNoService = errors.New("no desktop notification service")
