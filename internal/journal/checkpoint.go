package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// CheckpointName is the in-progress session's file inside the data folder.
const CheckpointName = "session.checkpoint.json"

// ErrCheckpointCorrupt is returned (wrapped, naming where the file went) when the checkpoint
// did not parse: it has been moved aside and the app should start without it.
var ErrCheckpointCorrupt = errors.New("session checkpoint is damaged")

// ErrCheckpointNewer is returned when the checkpoint was written by a newer version of the app.
// The file is left in place.
var ErrCheckpointNewer = errors.New("session checkpoint is from a newer version")

// SaveCheckpoint atomically writes r, a session in progress, to session.checkpoint.json in dir.
// The app calls it after each exercise, so a crash loses at most the exercise in hand.
func SaveCheckpoint(dir string, r Record) error {
	if r.Kind != KindSession {
		return fmt.Errorf("save checkpoint: %w: kind %q, want session", ErrInvalid, r.Kind)
	}
	if err := r.Validate(); err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("save checkpoint: encode: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, CheckpointName), append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	return nil
}

// LoadCheckpoint returns the session in progress saved in dir, or nil if there is none.
// A checkpoint that does not parse is moved to session.checkpoint.json.corrupt-<time> and
// ErrCheckpointCorrupt is returned; nothing is silently overwritten.
func LoadCheckpoint(dir string) (*Record, error) {
	path := filepath.Join(dir, CheckpointName)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load checkpoint: %w", err)
	}
	var r Record
	err = json.Unmarshal(data, &r)
	if err == nil && r.V > Version {
		return nil, fmt.Errorf("load checkpoint %s: %w (v %d)", path, ErrCheckpointNewer, r.V)
	}
	if err == nil && r.Kind != KindSession {
		err = fmt.Errorf("%w: kind %q", ErrInvalid, r.Kind)
	}
	if err == nil {
		err = r.Validate()
	}
	if err == nil {
		return &r, nil
	}
	aside, rerr := atomicfile.MoveAside(path, time.Now())
	if rerr != nil {
		return nil, fmt.Errorf("load checkpoint %s: %w: %v; moving it aside: %v", path, ErrCheckpointCorrupt, err, rerr)
	}
	return nil, fmt.Errorf("load checkpoint: %w: %v; moved to %s", ErrCheckpointCorrupt, err, aside)
}

// ClearCheckpoint removes the checkpoint in dir, once its session was saved to the journal
// or discarded. A missing checkpoint is not an error.
func ClearCheckpoint(dir string) error {
	err := os.Remove(filepath.Join(dir, CheckpointName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("clear checkpoint: %w", err)
	}
	return atomicfile.SyncDir(dir)
}
