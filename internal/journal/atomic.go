package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// writeAside writes data to a new file journal.jsonl.corrupt-<YYYYMMDD-HHMMSS> (local time of
// j.now), adding -2, -3, … if that name is taken, and fsyncs it. It never overwrites an earlier copy,
// and a copy it could not write whole (a full disk) is removed, not left behind empty.
func (j *Journal) writeAside(data []byte) (string, error) {
	base := j.path + ".corrupt-" + j.now().Format("20060102-150405")
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
		if err := j.finishAside(f, data); err != nil {
			_ = os.Remove(name)
			return "", err
		}
		if j.nosync {
			return name, nil
		}
		return name, atomicfile.SyncDir(j.dir)
	}
}

func (j *Journal) finishAside(f *os.File, data []byte) error {
	if _, err := j.writeTo(f, data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", f.Name(), err)
	}
	if err := syncFile(f, j.nosync); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", f.Name(), err)
	}
	return nil
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
