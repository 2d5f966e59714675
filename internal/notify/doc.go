// Package notify owns desktop notifications: the Notifier interface, the beeep implementation with a timeout, and a Recorder for tests.
package notify
