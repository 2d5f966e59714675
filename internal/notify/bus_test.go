package notify

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/godbus/dbus/v5"
)

func TestNotifyArgs(t *testing.T) {
	n := Notification{Title: "Time", Body: "Session 2 of 3", PlainBody: "not this",
		Actions: []Action{{ActionDefault, "Start"}, {"start", "Start now"}, {"snooze", "In 15 minutes"}, {"skip", "Skip this one"}}}
	p := notifyArgs("Spine Coach", "/data/icon.png", n)
	if p.appName != "Spine Coach" || p.icon != "/data/icon.png" || p.summary != "Time" || p.body != "Session 2 of 3" {
		t.Fatalf("args %+v", p)
	}
	want := []string{"default", "Start", "start", "Start now", "snooze", "In 15 minutes", "skip", "Skip this one"}
	if !reflect.DeepEqual(p.actions, want) {
		t.Fatalf("actions %q, want %q", p.actions, want)
	}
	if _, ok := p.hints["resident"]; ok || p.timeout != -1 {
		t.Fatalf("a plain reminder is resident or has its own expiry: %v, %d", p.hints, p.timeout)
	}
	n.Resident = true
	p = notifyArgs("Spine Coach", "", n)
	if v, ok := p.hints["resident"]; !ok || v.Value() != true || p.timeout != 0 {
		t.Fatalf("resident: hints %v, timeout %d", p.hints, p.timeout)
	}
	if p := notifyArgs("x", "", Notification{}); p.actions == nil {
		t.Fatal("no actions must be an empty array, not nil (D-Bus type as)")
	}
}

func TestBusSignals(t *testing.T) {
	b := &Bus{answers: make(chan string, 4), shown: 7}
	sig := func(name string, body ...any) *dbus.Signal { return &dbus.Signal{Name: name, Body: body} }
	if _, ok := b.signal(sig(sigAction, uint32(3), "skip")); ok {
		t.Fatal("an action on another notification was taken")
	}
	if key, ok := b.signal(sig(sigAction, uint32(7), "snooze")); !ok || key != "snooze" {
		t.Fatalf("action on the shown one: %q %v", key, ok)
	}
	if _, ok := b.signal(sig(sigClosed, uint32(7), uint32(2))); ok || b.shown != 0 {
		t.Fatalf("closed: shown %d", b.shown)
	}
	if _, ok := b.signal(sig(sigAction, uint32(7), "skip")); ok {
		t.Fatal("an action after the notification closed was taken")
	}
	if _, ok := b.signal(nil); ok {
		t.Fatal("nil signal")
	}
}

// fakeBusService answers the bus calls Bus makes, as a notification service would.
type fakeBusService struct {
	dbus.BusObject // the methods Bus does not call panic
	caps           []string
	nextID         uint32
	calls          [][]any // method, then its arguments
}

func (f *fakeBusService) CallWithContext(_ context.Context, method string, _ dbus.Flags, args ...any) *dbus.Call {
	f.calls = append(f.calls, append([]any{method}, args...))
	switch method {
	case busIface + ".GetCapabilities":
		return &dbus.Call{Body: []any{f.caps}}
	case busIface + ".Notify":
		id := args[1].(uint32)
		if id == 0 {
			f.nextID++
			id = f.nextID
		}
		return &dbus.Call{Body: []any{id}}
	case busIface + ".CloseNotification":
		return &dbus.Call{}
	}
	return &dbus.Call{Err: errors.New("unknown method " + method)}
}

// TestBusReplacesAndWithdraws: a follow-up takes its reminder's place (replaces_id), a closed
// one is not replaced, and Withdraw closes the one on screen once.
func TestBusReplacesAndWithdraws(t *testing.T) {
	f := &fakeBusService{caps: []string{"body", "actions"}}
	b := &Bus{obj: f, appName: "Spine Coach", answers: make(chan string, 4)}
	ctx := context.Background()
	if acts, err := b.Acts(ctx); !acts || err != nil {
		t.Fatalf("Acts = %v, %v", acts, err)
	}
	replaces := func() any { return f.calls[len(f.calls)-1][2] }
	if err := b.Notify(ctx, Notification{Title: "first"}, ""); err != nil || replaces() != uint32(0) {
		t.Fatalf("first: %v, replaces %v", err, replaces())
	}
	if err := b.Notify(ctx, Notification{Title: "follow-up"}, ""); err != nil || replaces() != uint32(1) {
		t.Fatalf("follow-up: %v, replaces %v, want 1", err, replaces())
	}
	b.signal(&dbus.Signal{Name: sigClosed, Body: []any{uint32(1), uint32(2)}})
	if err := b.Notify(ctx, Notification{Title: "next"}, ""); err != nil || replaces() != uint32(0) {
		t.Fatalf("after the user closed it: replaces %v, want 0", replaces())
	}
	n := len(f.calls)
	if err := b.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	if len(f.calls) != n+1 || f.calls[n][0] != busIface+".CloseNotification" || f.calls[n][1] != uint32(2) {
		t.Fatalf("withdraw called %v", f.calls[n:])
	}
	if err := b.Withdraw(ctx); err != nil || len(f.calls) != n+1 {
		t.Fatalf("a second withdraw called the service: %v", f.calls[n:])
	}
	f.caps = []string{"body"}
	if acts, _ := b.Acts(ctx); acts {
		t.Fatal("a service without actions is said to have them")
	}
}

// TestDesktopUsesActionsWhereTheServiceHasThem: with actions the bus sends the reminder with
// its buttons; without, beeep sends the plain body.
func TestDesktopUsesActionsWhereTheServiceHasThem(t *testing.T) {
	svc := &fakeBusService{caps: []string{"actions"}}
	var plain []string
	d := newDesktop("/icon.png", 0, func(title, body, icon string) error { plain = append(plain, body); return nil })
	d.bus = &Bus{obj: svc, appName: "Spine Coach", answers: make(chan string, 1)}
	n := Notification{Title: "T", Body: "with buttons", PlainBody: "from the tray", Actions: []Action{{"skip", "Skip"}}}
	if err := d.Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	last := svc.calls[len(svc.calls)-1]
	if last[0] != busIface+".Notify" || last[5] != "with buttons" || !reflect.DeepEqual(last[6], []string{"skip", "Skip"}) || len(plain) != 0 {
		t.Fatalf("with actions: %v, plain %q", last, plain)
	}
	svc.caps = nil
	if err := d.Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(plain, []string{"from the tray"}) {
		t.Fatalf("without actions beeep sent %q", plain)
	}
}
