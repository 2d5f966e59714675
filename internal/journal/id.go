package journal

import (
	"crypto/rand"
	"encoding/hex"
	"time"
)

// NewSessionID returns an id that sorts by start time and is unique across processes:
// the UTC start to the second, then 8 random hex digits, e.g. "20261125T081500Z-3f9a0c12".
func NewSessionID(start time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return start.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}
