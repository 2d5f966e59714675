//go:build !unix && !windows

package instance

import (
	"errors"
	"os"
)

// lockFile: without file locks (and unix sockets) there is no safe single-instance claim.
func lockFile(path string) (*os.File, error) {
	return nil, errors.New("single-instance locks are not supported on this system")
}
