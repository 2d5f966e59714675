package atomicfile

import (
	"os"
	"time"
)

// Stamp tells whether a file changed without reading it: its size and modification time. A
// file replaced by Write or appended to gets a new stamp, so a reader that keeps what it read
// with the file's stamp reads again only when the stamp differs.
type Stamp struct {
	size    int64
	modTime time.Time
	exists  bool
}

// StampOf returns path's stamp now; a file that cannot be stat'ed (a missing one) has the zero
// Stamp.
func StampOf(path string) Stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return Stamp{}
	}
	return Stamp{size: fi.Size(), modTime: fi.ModTime(), exists: true}
}

// Equal reports whether s and t stamp the same state of a file.
func (s Stamp) Equal(t Stamp) bool {
	return s.exists == t.exists && s.size == t.size && s.modTime.Equal(t.modTime)
}
