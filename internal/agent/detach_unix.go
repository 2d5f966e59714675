//go:build unix

package agent

import "syscall"

// detached starts the child in a new session: no controlling terminal, and a signal to the
// parent's process group (Ctrl+C in a terminal) does not reach it.
func detached() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setsid: true} }
