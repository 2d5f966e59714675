//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package agent

// trayCheck: Windows and macOS always have a notification area.
func trayCheck() error { return nil }
