// Package atomicfile replaces files whole: a reader sees the old file or the new one, never a
// mix, and a crash or power cut leaves one of the two.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Write replaces path with what write produces: a temporary file in the same folder, flushed
// to disk, renamed over path, and the folder flushed so the rename survives a power cut. On any
// error path is left as it was and the temporary file is removed. On Linux the temporary file has
// no name until it is complete (O_TMPFILE), so a kill while writing leaves nothing behind.
func Write(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, named, err := createTemp(dir, path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			if named {
				_ = os.Remove(tmp.Name())
			}
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := tmp.Chmod(perm); err != nil && runtime.GOOS != "windows" {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: flush: %w", path, err)
	}
	if !named {
		if err := linkInto(tmp, path); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
		// linkInto named it at path (or renamed a name over path): nothing left to remove.
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
		return SyncDir(dir)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return SyncDir(dir)
}

// tempPattern is the pattern of a named temporary file for path.
func tempPattern(path string) string { return "." + filepath.Base(path) + ".tmp-*" }

// WriteFile replaces path with data, as Write does.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// SyncDir flushes a folder, so that a file created or renamed in it survives a power cut.
// Windows cannot open a folder for syncing; NTFS journals the rename itself, so there it does
// nothing.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("flush folder %s: %w", dir, err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("flush folder %s: %w", dir, err)
	}
	return nil
}
