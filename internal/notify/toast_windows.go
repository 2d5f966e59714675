//go:build windows

package notify

import (
	"context"
	"fmt"
	"time"

	toast "git.sr.ht/~jackmordaunt/go-toast"
)

// Toast is the Windows Notifier: a toast from "Spine Coach" with the app's icon, whose click and
// buttons come back on Answers through go-toast's activation callback (a COM activator that
// SetAppData registers for the user under HKCU, with this executable to start when no agent runs).
type Toast struct {
	appName, icon, exe string
	timeout            time.Duration
	answers            chan string
}

var _ Actionable = (*Toast)(nil)

// NewToast registers the app for toasts (its name, icon and activator) and returns the notifier.
// exe is started with -Embedding when a toast is clicked and no process of the app runs.
func NewToast(appName, iconPath, exe string) (*Toast, error) {
	t := &Toast{appName: appName, icon: iconPath, exe: exe, timeout: DefaultTimeout, answers: make(chan string, 4)}
	if err := toast.SetAppData(toast.AppData{AppID: appName, GUID: ToastGUID, ActivationExe: exe, IconPath: iconPath}); err != nil {
		return nil, fmt.Errorf("notify: register for toasts: %w", err)
	}
	toast.SetActivationCallback(func(args string, _ []toast.UserData) {
		if key, ok := answerOf(args); ok {
			select {
			case t.answers <- key:
			default:
			}
		}
	})
	return t, nil
}

// Notify shows n as a toast, waiting at most the timeout.
func (t *Toast) Notify(ctx context.Context, n Notification) error {
	tn := toastOf(t.appName, t.icon, t.exe, n)
	return waitFor(ctx, t.timeout, tn.Push)
}

// Answers delivers the keys of the toasts' clicks and buttons.
func (t *Toast) Answers() <-chan string { return t.answers }

// Withdraw does nothing: go-toast cannot take a toast back; Windows keeps it in the Action
// Center until the user dismisses it.
func (t *Toast) Withdraw(context.Context) error { return nil }
