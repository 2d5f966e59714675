//go:build !unix && !windows

package agent

import "syscall"

func detached() *syscall.SysProcAttr { return nil }
