//go:build windows

package agent

import (
	"syscall"

	"golang.org/x/sys/windows"
)

// detached starts the child without a console and in its own process group, so closing the
// parent's console does not end it.
func detached() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{
		CreationFlags: windows.DETACHED_PROCESS | windows.CREATE_NEW_PROCESS_GROUP,
		HideWindow:    true,
	}
}
