//go:build windows

package agent

import (
	"log"
	"os"

	"github.com/spinecoach/spinecoach/internal/notify"
)

// newNotifier is a toast whose click and buttons reach the agent (notify.Toast), or beeep's
// plain toast when the app cannot be registered for toasts.
func newNotifier(appName, iconPath string, logger *log.Logger) (notify.Notifier, func()) {
	exe, err := Executable()
	if err != nil {
		exe = os.Args[0]
	}
	t, err := notify.NewToast(appName, iconPath, exe)
	if err != nil {
		logger.Printf("reminders without buttons: %v", err)
		return notify.NewDesktop(appName, iconPath, 0), func() {}
	}
	return t, func() {}
}
