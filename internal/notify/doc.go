// Package notify owns desktop notifications: the Notifier interface, the beeep implementation with a timeout, and reminders that can be answered and withdrawn (the notification service's own D-Bus API, Windows toasts).
package notify
