package notify

import (
	"context"
	"errors"
)

// Notification is one desktop notification.
type Notification struct {
	Title string
	Body  string
	// PlainBody replaces Body where the service cannot show Actions; "" means Body.
	PlainBody string
	// Actions are the answers offered, in order: buttons, and ActionDefault for a click on the
	// notification itself. A service without actions shows the notification without them.
	Actions []Action
	// Resident keeps the notification on screen until it is answered or withdrawn.
	Resident bool
}

// Action is an answer a notification offers; Key comes back on Answers when it is chosen.
type Action struct {
	Key, Label string
}

// ActionDefault is the key of a click on the notification's body.
const ActionDefault = "default"

// Actionable is a Notifier whose notifications can be answered and withdrawn. Each notification
// replaces the one shown before it, so a follow-up does not stack under its reminder.
type Actionable interface {
	Notifier
	// Answers delivers the Key of each action chosen on the notification shown last.
	Answers() <-chan string
	// Withdraw takes the notification shown last off the screen, if it is still there.
	Withdraw(ctx context.Context) error
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
