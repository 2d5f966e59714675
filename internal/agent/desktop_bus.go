//go:build (linux || freebsd || openbsd || netbsd) && !android

package agent

import (
	"context"
	"log"

	"github.com/godbus/dbus/v5"

	"github.com/spinecoach/spinecoach/internal/notify"
)

// newNotifier is the reminders' notifier: the notification service's own actions through the
// session bus where it has them, beeep's plain notification otherwise. close ends its connection.
func newNotifier(appName, iconPath string, logger *log.Logger) (n notify.Notifier, close func()) {
	bus, err := notify.DialBus(appName)
	if err != nil {
		logger.Printf("reminders without buttons: %v", err)
		return notify.NewDesktop(appName, iconPath, 0), func() {}
	}
	return notify.NewActionable(bus, appName, iconPath, 0), func() { _ = bus.Close() }
}

// watcherName is the tray host's name on the session bus (the StatusNotifierItem specification).
const watcherName = "org.kde.StatusNotifierWatcher"

// TrayHostPresent reports whether a tray host (a StatusNotifierWatcher) is on the session bus
// now; with no session bus there is none.
func TrayHostPresent() bool {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return false
	}
	defer conn.Close()
	var has bool
	_ = conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, watcherName).Store(&has)
	return has
}

// watchTrayHost tells a whether a tray host (a StatusNotifierWatcher) is on the session bus, at
// once and each time one comes or goes, until ctx is done. fyne.io/systray registers its icon
// with a host that comes later by itself; the agent needs to know for the reminders, which stay
// on screen while no tray shows the icon.
func watchTrayHost(ctx context.Context, a *Agent, logger *log.Logger) {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		a.SetTrayHost(false)
		return
	}
	defer conn.Close()
	signals := make(chan *dbus.Signal, 4)
	conn.Signal(signals)
	if err := conn.AddMatchSignal(dbus.WithMatchSender("org.freedesktop.DBus"), dbus.WithMatchInterface("org.freedesktop.DBus"),
		dbus.WithMatchMember("NameOwnerChanged"), dbus.WithMatchArg(0, watcherName)); err != nil {
		logger.Printf("tray: cannot watch for a tray host: %v", err)
	}
	var has bool
	if err := conn.BusObject().CallWithContext(ctx, "org.freedesktop.DBus.NameHasOwner", 0, watcherName).Store(&has); err != nil {
		logger.Printf("tray: cannot ask for a tray host: %v", err)
	}
	note := func(has bool) {
		a.SetTrayHost(has)
		if has {
			logger.Printf("tray: a tray host shows the icon")
		} else {
			logger.Printf("tray: no tray host (%s) on the session bus: reminders stay on screen until answered", watcherName)
		}
	}
	note(has)
	for {
		select {
		case <-ctx.Done():
			return
		case sig, ok := <-signals:
			if !ok {
				return
			}
			if sig.Name == "org.freedesktop.DBus.NameOwnerChanged" && len(sig.Body) == 3 && sig.Body[0] == watcherName {
				if owner, _ := sig.Body[2].(string); (owner != "") != a.TrayHost() {
					note(owner != "")
				}
			}
		}
	}
}
