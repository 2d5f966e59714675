//go:build !linux

package atomicfile

import "os"

// createTemp opens a named temporary file in dir.
func createTemp(dir, path string) (*os.File, bool, error) {
	f, err := os.CreateTemp(dir, tempPattern(path))
	return f, true, err
}

// linkInto is not used where every temporary file is named.
func linkInto(*os.File, string) error { return nil }
