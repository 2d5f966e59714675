//go:build (linux || freebsd || openbsd || netbsd) && !android

package agent

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
)

// displayPoll is how often the agent looks whether its X display is still there.
const displayPoll = 10 * time.Second

// watchSession returns a context (and its cancel) that ends when the login session the agent serves ends: its
// D-Bus session bus goes away (the agent's own connection to it closes) or its local X display's
// socket is gone. The agent is detached from the terminal and the login, so without this it would
// outlive its session, keep the agent lock, and send the next login's reminders to a dead bus.
func watchSession(ctx context.Context, logf func(string, ...any)) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	if addr := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); addr != "" && !strings.HasPrefix(addr, "disabled:") {
		if conn, err := dbus.ConnectSessionBus(); err != nil {
			logf("session: cannot watch the session bus: %v", err)
		} else {
			go func() {
				defer conn.Close()
				select {
				case <-conn.Context().Done():
					logf("session: the session bus is gone; the reminders end with the session they served")
					cancel()
				case <-ctx.Done():
				}
			}()
		}
	}
	if sock := displaySocket(os.Getenv("DISPLAY")); sock != "" {
		if _, err := os.Stat(sock); err == nil {
			go watchDisplay(ctx, cancel, sock, logf)
		}
	}
	return ctx, cancel
}

func watchDisplay(ctx context.Context, cancel context.CancelFunc, sock string, logf func(string, ...any)) {
	t := time.NewTicker(displayPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if _, err := os.Stat(sock); err != nil {
			logf("session: the display %s is gone; the reminders end with the session they served", sock)
			cancel()
			return
		}
	}
}

// displaySocket is the socket of a local X display (":1" or ":1.0" is /tmp/.X11-unix/X1), or ""
// for a remote one.
func displaySocket(display string) string {
	rest, ok := strings.CutPrefix(display, ":")
	if !ok {
		return ""
	}
	n, _, _ := strings.Cut(rest, ".")
	if n == "" || strings.Trim(n, "0123456789") != "" {
		return ""
	}
	return filepath.Join("/tmp/.X11-unix", "X"+n)
}
