//go:build !cgo && !darwin && !windows

package speaker

import "errors"

// openDevice fails: on this system oto needs cgo, and this binary was built without it.
func openDevice() (device, error) {
	return nil, errors.New("this build has no sound support (built without cgo)")
}
