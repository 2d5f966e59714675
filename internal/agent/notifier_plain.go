//go:build !((linux || freebsd || openbsd || netbsd) && !android) && !windows

package agent

import (
	"log"

	"github.com/spinecoach/spinecoach/internal/notify"
)

// newNotifier is beeep's notification (Notification Center on macOS): it cannot report a click
// or show buttons, so reminders there point to the menu bar icon.
func newNotifier(appName, iconPath string, _ *log.Logger) (notify.Notifier, func()) {
	return notify.NewDesktop(appName, iconPath, 0), func() {}
}
