//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package agent

import "context"

// watchSession: on Windows and macOS the agent belongs to the user's one login session, which
// ends it.
func watchSession(ctx context.Context, _ func(string, ...any)) (context.Context, context.CancelFunc) {
	return context.WithCancel(ctx)
}
