//go:build linux || darwin || freebsd || openbsd || netbsd || dragonfly

package journal

import (
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an flock on path (created if missing), shared or exclusive, waiting for it.
// The lock file is never removed: removing it would let two holders lock different files.
// flock locks belong to the open file, so they also order goroutines of one process.
func lockFile(path string, exclusive bool) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() { f.Close() }, nil // closing the file releases the lock
}
