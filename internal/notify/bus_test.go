package notify

import (
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
