package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

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
		return name, atomicfile.SyncDir(filepath.Dir(path))
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
