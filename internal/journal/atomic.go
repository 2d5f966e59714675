package journal

import (
	"fmt"
	"os"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// writeAside keeps data, the journal's unreadable lines, in a new file
// journal.jsonl.corrupt-<YYYYMMDD-HHMMSS> (local time of j.now), as atomicfile.KeepAside does:
// never over an earlier copy, and no partial copy left behind.
func (j *Journal) writeAside(data []byte) (string, error) {
	return atomicfile.KeepAside(j.path, j.now(), j.nosync, func(f *os.File) error {
		_, err := j.writeTo(f, data)
		return err
	})
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
