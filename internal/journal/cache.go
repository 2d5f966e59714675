package journal

import (
	"sync"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// Cache keeps the journal's records as last loaded and loads the file again only when its
// stamp (size and modification time) changed, so asking every half-minute costs one stat while
// nothing was written. A Cache is safe for concurrent use; a load that is under way makes other
// callers wait for its result rather than read the file a second time.
type Cache struct {
	j       *Journal
	mu      sync.Mutex
	stamp   atomicfile.Stamp
	loaded  bool
	records []Record
}

// NewCache returns a cache of j, empty until the first Load.
func NewCache(j *Journal) *Cache { return &Cache{j: j} }

// Load returns the journal's records, loading the file (as (*Journal).Load does, repairs
// included) only when it changed since the last Load. The report is the load's when the file
// was read, and only counts the records when the cached records are returned. The records are
// shared between callers: they must not be changed. After an error nothing is cached, so the
// next Load reads again.
func (c *Cache) Load() ([]Record, LoadReport, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	before := atomicfile.StampOf(c.j.path)
	if c.loaded && before.Equal(c.stamp) {
		return c.records, LoadReport{Records: len(c.records)}, nil
	}
	records, report, err := c.j.Load()
	if err != nil {
		c.loaded = false
		return records, report, err
	}
	// The stamp is from before the read: a write that landed during the read (or a repair's
	// rewrite) makes the next Load read again, never hides a record.
	c.stamp = before
	c.records, c.loaded = records, true
	return records, report, nil
}
