package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// maxAsideCopies bounds the copies of one file kept within one second; past it KeepAside fails
// rather than loop.
const maxAsideCopies = 1000

// AsideName is where a damaged file at path is kept when it is set aside at t:
// path.corrupt-YYYYMMDD-HHMMSS (t's own location), with -2, -3, … added when n > 1.
func AsideName(path string, t time.Time, n int) string {
	name := path + ".corrupt-" + t.Format("20060102-150405")
	if n > 1 {
		name += fmt.Sprintf("-%d", n)
	}
	return name
}

// KeepAside keeps what write produces, the content of a damaged file at path, in a new file
// named by AsideName, and returns that name. It never overwrites an earlier copy (two in the same
// second get -2, -3, …): the name is created exclusively. The copy is flushed to disk with its
// folder; one it could not write whole (a full disk) is removed, not left behind empty. With
// nosync set it skips the flushes (only for tests where they would cost nearly all the time).
func KeepAside(path string, t time.Time, nosync bool, write func(*os.File) error) (string, error) {
	for n := 1; n <= maxAsideCopies; n++ {
		name := AsideName(path, t, n)
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("keep a copy of %s: %w", path, err)
		}
		err = write(f)
		if err == nil && !nosync {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(name)
			return "", fmt.Errorf("keep a copy of %s in %s: %w", path, name, err)
		}
		if nosync {
			return name, nil
		}
		return name, SyncDir(filepath.Dir(name))
	}
	return "", fmt.Errorf("keep a copy of %s: %d copies were already kept this second", path, maxAsideCopies)
}

// KeepAsideBytes keeps data, the content of a damaged file at path, as KeepAside does.
func KeepAsideBytes(path string, t time.Time, data []byte) (string, error) {
	return KeepAside(path, t, false, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// MoveAside moves a damaged file at path out of the way, to a new name from AsideName, and
// returns that name. It never replaces an earlier copy: the file is hard-linked to the new name,
// which fails if the name exists, then its old name is removed. Where the file system has no hard
// links, the name is checked free and the file renamed.
func MoveAside(path string, t time.Time) (string, error) {
	for n := 1; n <= maxAsideCopies; n++ {
		name := AsideName(path, t, n)
		err := os.Link(path, name)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			if _, serr := os.Lstat(path); serr != nil {
				return "", fmt.Errorf("move %s aside: %w", path, serr)
			}
			if _, lerr := os.Lstat(name); !errors.Is(lerr, fs.ErrNotExist) {
				continue
			}
			if err := os.Rename(path, name); err != nil {
				return "", fmt.Errorf("move %s aside: %w", path, err)
			}
		} else if err := os.Remove(path); err != nil {
			return "", fmt.Errorf("move %s aside: %w", path, err)
		}
		return name, SyncDir(filepath.Dir(path))
	}
	return "", fmt.Errorf("move %s aside: %d copies were already kept this second", path, maxAsideCopies)
}
