package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// writeFileAtomic replaces path with data: a temp file in the same folder, fsync, rename, fsync the folder.
// A crash leaves either the old file or the new one, never a mix.
// nosync skips the fsyncs, for tests that fuzz; real callers pass false.
func writeFileAtomic(path string, data []byte, nosync bool) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := syncFile(tmp, nosync); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		done = true
		return fmt.Errorf("replace %s: %w", path, err)
	}
	done = true
	if nosync {
		return nil
	}
	return syncDir(dir)
}

// writeAside writes data to a new file path.corrupt-<YYYYMMDD-HHMMSS> (local time of now),
// adding -2, -3, … if that name is taken, and fsyncs it. It never overwrites an earlier copy.
func writeAside(path string, data []byte, now time.Time, nosync bool) (string, error) {
	base := path + ".corrupt-" + now.Format("20060102-150405")
	name := base
	for n := 2; ; n++ {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) && n < 1000 {
			name = fmt.Sprintf("%s-%d", base, n)
			continue
		}
		if err != nil {
			return "", fmt.Errorf("create %s: %w", name, err)
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return "", fmt.Errorf("write %s: %w", name, err)
		}
		if err := syncFile(f, nosync); err != nil {
			f.Close()
			return "", err
		}
		if err := f.Close(); err != nil {
			return "", fmt.Errorf("close %s: %w", name, err)
		}
		if nosync {
			return name, nil
		}
		return name, syncDir(filepath.Dir(path))
	}
}

func syncFile(f *os.File, nosync bool) error {
	if nosync {
		return nil
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("fsync %s: %w", f.Name(), err)
	}
	return nil
}

// syncDir makes renames and new names in dir durable. Windows cannot fsync a folder and
// does not need to, so it is skipped there.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("fsync folder %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("fsync folder %s: %w", dir, err)
	}
	return nil
}
