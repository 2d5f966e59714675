//go:build unix

package instance

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// runtimeDir is the user's private folder for sockets: $XDG_RUNTIME_DIR/spinecoach when the
// runtime folder is the user's own, else spinecoach-<uid> in the temporary folder. It is created
// with mode 0700 and checked, so another user cannot have made it first.
func runtimeDir() (string, error) {
	if run := os.Getenv("XDG_RUNTIME_DIR"); filepath.IsAbs(run) && privateFolder(run) == nil {
		return ensurePrivate(filepath.Join(run, "spinecoach"))
	}
	return ensurePrivate(filepath.Join(os.TempDir(), fmt.Sprintf("spinecoach-%d", os.Getuid())))
}

func ensurePrivate(dir string) (string, error) {
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("socket folder: %w", err)
	}
	if err := privateFolder(dir); err != nil {
		return "", err
	}
	return dir, nil
}

// privateFolder checks that dir is a real folder (not a link) of this user that no one else can
// read or write.
func privateFolder(dir string) error {
	if err := ownedFolder(dir); err != nil {
		return err
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("refusing the socket folder %s: others may use it (mode %v)", dir, fi.Mode().Perm())
	}
	return nil
}

// ownedFolder checks that dir is a real folder of this user in which no one else may create files.
func ownedFolder(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return fmt.Errorf("socket folder: %w", err)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	switch {
	case !fi.IsDir():
		return fmt.Errorf("refusing the socket folder %s: not a folder", dir)
	case !ok || int(st.Uid) != os.Getuid():
		return fmt.Errorf("refusing the socket folder %s: it belongs to another user", dir)
	case fi.Mode().Perm()&0o022 != 0:
		return fmt.Errorf("refusing the socket folder %s: others may write in it (mode %v)", dir, fi.Mode().Perm())
	}
	return nil
}
