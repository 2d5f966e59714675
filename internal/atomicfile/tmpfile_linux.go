package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// createTemp opens an unnamed file in dir (O_TMPFILE): until linkInto names it, a crash or a
// kill leaves nothing. Where the file system cannot (named is then true) it falls back to a
// named temporary file.
func createTemp(dir, path string) (f *os.File, named bool, err error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o600)
	if err == nil {
		// Named after the file it will become, so an error (a full disk) names that file.
		return os.NewFile(uintptr(fd), path), false, nil
	}
	if errors.Is(err, unix.ENOENT) || errors.Is(err, unix.ENOTDIR) {
		return nil, false, &os.PathError{Op: "open", Path: dir, Err: err}
	}
	f, err = os.CreateTemp(dir, tempPattern(path))
	return f, true, err
}

// linkInto gives the unnamed file f the name path: directly when path does not exist yet,
// else under a temporary name that is then renamed over path.
func linkInto(f *os.File, path string) error {
	proc := "/proc/self/fd/" + strconv.Itoa(int(f.Fd()))
	err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW)
	if err == nil || !errors.Is(err, unix.EEXIST) {
		if err != nil {
			return fmt.Errorf("link %s: %w", path, err)
		}
		return nil
	}
	for range 100 {
		tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-"+strconv.FormatUint(uint64(randUint32()), 36))
		err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, tmp, unix.AT_SYMLINK_FOLLOW)
		if errors.Is(err, unix.EEXIST) {
			continue
		}
		if err != nil {
			return fmt.Errorf("link %s: %w", tmp, err)
		}
		if err := os.Rename(tmp, path); err != nil {
			_ = os.Remove(tmp)
			return err
		}
		return nil
	}
	return fmt.Errorf("link %s: no free temporary name", path)
}
