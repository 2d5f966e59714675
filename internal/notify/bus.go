package notify

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/godbus/dbus/v5"
)

// The freedesktop.org notification service (Desktop Notifications Specification 1.2).
const (
	busName   = "org.freedesktop.Notifications"
	busPath   = dbus.ObjectPath("/org/freedesktop/Notifications")
	busIface  = "org.freedesktop.Notifications"
	sigAction = busIface + ".ActionInvoked"
	sigClosed = busIface + ".NotificationClosed"
)

// Bus talks to the desktop's notification service over D-Bus itself, for what beeep cannot do:
// actions (buttons and the click on the body, reported by the ActionInvoked signal), replacing
// the notification shown last, and withdrawing it. It has its own connection to the session bus:
// fyne.io/systray reads every signal on the shared one, and stops watching for a tray host when
// one of them is not the kind it expects.
type Bus struct {
	conn    *dbus.Conn
	obj     dbus.BusObject
	appName string
	answers chan string

	mu    sync.Mutex
	shown uint32 // id of the notification shown last, 0 when none is on screen
}

// DialBus connects to the session bus for appName ("Spine Coach"). Close it when done.
func DialBus(appName string) (*Bus, error) {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return nil, fmt.Errorf("notify: %w: %w", ErrNoService, err)
	}
	b := newBus(conn, appName)
	if err := conn.AddMatchSignal(dbus.WithMatchObjectPath(busPath), dbus.WithMatchInterface(busIface)); err != nil {
		conn.Close()
		return nil, fmt.Errorf("notify: watch the notification service: %w", err)
	}
	signals := make(chan *dbus.Signal, 16)
	conn.Signal(signals)
	go b.listen(signals)
	return b, nil
}

func newBus(conn *dbus.Conn, appName string) *Bus {
	return &Bus{conn: conn, obj: conn.Object(busName, busPath), appName: appName, answers: make(chan string, 4)}
}

// Close ends the connection; Answers is closed.
func (b *Bus) Close() error { return b.conn.Close() }

// Acts reports whether the service shows actions ("actions" in its capabilities). It asks each
// time: the service can be replaced while the agent runs. Errors are the bus's own: Desktop,
// which calls Acts and Notify, wraps them.
func (b *Bus) Acts(ctx context.Context) (bool, error) {
	var caps []string
	if err := b.obj.CallWithContext(ctx, busIface+".GetCapabilities", 0).Store(&caps); err != nil {
		return false, err
	}
	return slices.Contains(caps, "actions"), nil
}

// Notify shows n with its actions, in place of the notification shown last if it is still on
// screen. A resident notification stays until it is answered or withdrawn.
func (b *Bus) Notify(ctx context.Context, n Notification, icon string) error {
	p := notifyArgs(b.appName, icon, n)
	b.mu.Lock()
	replaces := b.shown
	b.mu.Unlock()
	var id uint32
	err := b.obj.CallWithContext(ctx, busIface+".Notify", 0,
		p.appName, replaces, p.icon, p.summary, p.body, p.actions, p.hints, p.timeout).Store(&id)
	if err != nil {
		return err
	}
	b.mu.Lock()
	b.shown = id
	b.mu.Unlock()
	return nil
}

// Withdraw closes the notification shown last, if it is still on screen.
func (b *Bus) Withdraw(ctx context.Context) error {
	b.mu.Lock()
	id := b.shown
	b.shown = 0
	b.mu.Unlock()
	if id == 0 {
		return nil
	}
	if err := b.obj.CallWithContext(ctx, busIface+".CloseNotification", 0, id).Err; err != nil {
		return fmt.Errorf("notify: withdraw: %w", err)
	}
	return nil
}

// Answers delivers the key of each action chosen on the notification shown last.
func (b *Bus) Answers() <-chan string { return b.answers }

// listen turns the service's signals into answers, until the connection closes.
func (b *Bus) listen(signals <-chan *dbus.Signal) {
	defer close(b.answers)
	for sig := range signals {
		if key, ok := b.signal(sig); ok {
			select {
			case b.answers <- key:
			default: // nobody reads: a user cannot press faster than a few a second
			}
		}
	}
}

// signal handles one signal: the key of an action chosen on the notification shown last, or
// that it is gone.
func (b *Bus) signal(sig *dbus.Signal) (key string, ok bool) {
	if sig == nil || len(sig.Body) < 2 {
		return "", false
	}
	id, _ := sig.Body[0].(uint32)
	b.mu.Lock()
	defer b.mu.Unlock()
	if id == 0 || id != b.shown {
		return "", false // another program's, or one replaced since
	}
	switch sig.Name {
	case sigAction:
		key, ok = sig.Body[1].(string)
		return key, ok
	case sigClosed:
		b.shown = 0
	}
	return "", false
}

// busArgs are the arguments of one Notify call.
type busArgs struct {
	appName, icon, summary, body string
	actions                      []string
	hints                        map[string]dbus.Variant
	timeout                      int32
}

// notifyArgs builds the Notify call for n: actions as key, label pairs; the "resident" hint
// and no expiry for a resident notification, the service's own expiry otherwise.
func notifyArgs(appName, icon string, n Notification) busArgs {
	p := busArgs{appName: appName, icon: icon, summary: n.Title, body: n.Body, timeout: -1,
		hints: map[string]dbus.Variant{"urgency": dbus.MakeVariant(byte(1)), "category": dbus.MakeVariant("reminder")}}
	p.actions = []string{}
	for _, a := range n.Actions {
		p.actions = append(p.actions, a.Key, a.Label)
	}
	if n.Resident {
		p.hints["resident"] = dbus.MakeVariant(true)
		p.timeout = 0
	}
	return p
}
