//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package agent

import (
	"context"
	"log"
)

// TrayHostPresent: Windows and macOS always have a notification area.
func TrayHostPresent() bool { return true }

// watchTrayHost: Windows and macOS always have a notification area.
func watchTrayHost(_ context.Context, a *Agent, _ *log.Logger) { a.SetTrayHost(true) }
