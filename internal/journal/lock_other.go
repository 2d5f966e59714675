//go:build !(linux || darwin || freebsd || openbsd || netbsd || dragonfly)

package journal

// lockFile is a no-op where flock is missing (Windows): appends are still single O_APPEND
// writes, and Journal's own mutex orders appends and repairs within one process. A repair
// racing an append from another process could lose that append; see Journal.
func lockFile(path string, exclusive bool) (unlock func(), err error) {
	return func() {}, nil
}
