// Package notify owns desktop notifications: the Notifier interface, the beeep implementation with a timeout, reminders that can be answered and withdrawn (the notification service's own D-Bus API, Windows toasts).
package notify
