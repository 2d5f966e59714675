//go:build (linux || freebsd || openbsd || netbsd) && !android

package agent

import (
	"fmt"

	"github.com/godbus/dbus/v5"
)

// trayCheck reports why no tray can be shown, or nil. On Linux and the BSDs the tray is a
// StatusNotifierItem on the session bus; without a bus fyne.io/systray only logs, and its Quit
// then dereferences a nil connection, so the agent runs without a tray instead.
// dbus.SessionBus is shared: systray reuses this connection.
func trayCheck() error {
	if _, err := dbus.SessionBus(); err != nil {
		return fmt.Errorf("no session bus: %w", err)
	}
	return nil
}
