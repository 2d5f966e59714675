//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package agent

import (
	"context"
	"log"

	"github.com/spinecoach/spinecoach/internal/notify"
)

// newNotifier is beeep's notification: a toast on Windows, Notification Center on macOS.
func newNotifier(appName, iconPath string, _ *log.Logger) (notify.Notifier, func()) {
	return notify.NewDesktop(appName, iconPath, 0), func() {}
}

// TrayHostPresent: Windows and macOS always have a notification area.
func TrayHostPresent() bool { return true }

// watchTrayHost: Windows and macOS always have a notification area.
func watchTrayHost(_ context.Context, a *Agent, _ *log.Logger) { a.SetTrayHost(true) }
