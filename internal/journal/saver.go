package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
)

// Saver keeps the sessions the window runs until they are safely on disk: a checkpoint after
// each exercise, the journal record at the end. When the data folder cannot be written (a full
// disk, a read-only folder) it keeps them in memory, says so at the first failure (so the user
// hears it during the session, not at the end), and writes them when a later write or Retry
// succeeds. A Saver is safe for concurrent use.
type Saver struct {
	j  *Journal
	mu sync.Mutex
	// finals are ended sessions not in the journal yet, oldest first.
	finals []Record
	// checkpoint is the running session's latest checkpoint, when it is not on disk yet.
	checkpoint *Record
	// ended is the id of the last session handed to Finish: its late checkpoints are ignored.
	ended string
	// failing: the last write failed, and the user was told.
	failing bool
}

// NewSaver returns a Saver writing into j's folder.
func NewSaver(j *Journal) *Saver { return &Saver{j: j} }

// Checkpoint writes r, a session in progress, as the checkpoint. On failure r is kept to be
// retried, and first reports whether this is the first failure since the last success: the
// moment to tell the user.
func (s *Saver) Checkpoint(r Record) (first bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Session != nil && r.Session.ID == s.ended {
		return false, nil // the session already ended; a late checkpoint must not undo that
	}
	s.checkpoint = &r
	return s.flush()
}

// Finish appends r, the ended session, to the journal and removes the checkpoint. On failure r
// is kept to be retried; first is as for Checkpoint.
func (s *Saver) Finish(r Record) (first bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Session != nil {
		s.ended = r.Session.ID
		if s.checkpoint != nil && s.checkpoint.Session.ID == r.Session.ID {
			s.checkpoint = nil
		}
	}
	s.finals = append(s.finals, r)
	return s.flush()
}

// Retry writes what is kept in memory. It returns nil when nothing is left to write.
func (s *Saver) Retry() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.finals) == 0 && s.checkpoint == nil {
		return nil
	}
	_, err := s.flush()
	return err
}

// Pending returns the sessions kept in memory because they could not be written yet: the ended
// ones, then the one in progress.
func (s *Saver) Pending() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := append([]Record(nil), s.finals...)
	if s.checkpoint != nil {
		out = append(out, *s.checkpoint)
	}
	return out
}

// flush writes the ended sessions, then the checkpoint, stopping at the first failure.
func (s *Saver) flush() (first bool, err error) {
	for len(s.finals) > 0 && err == nil {
		if err = s.j.Append(s.finals[0]); err == nil {
			// The checkpoint was this session's. If it cannot be removed, the next start drops
			// it, as its id is already in the journal (Unsaved).
			_ = ClearCheckpoint(s.j.dir)
			s.finals = s.finals[1:]
		}
	}
	if err == nil && s.checkpoint != nil {
		if err = SaveCheckpoint(s.j.dir, *s.checkpoint); err == nil {
			s.checkpoint = nil
		}
	}
	if err == nil {
		s.failing = false
		return false, nil
	}
	first = !s.failing
	s.failing = true
	return first, err
}

// Unsaved returns the checkpoint in dir of a session that is not in records, or nil. A
// checkpoint whose session is already in the journal (the app stopped between saving it and
// removing the checkpoint) is removed, so a saved session is never offered again.
func Unsaved(dir string, records []Record) (*Record, error) {
	cp, err := LoadCheckpoint(dir)
	if err != nil || cp == nil {
		return nil, err
	}
	if HasSession(records, cp.Session.ID) {
		_ = ClearCheckpoint(dir) // if the folder cannot be written, the next start drops it again
		return nil, nil
	}
	return cp, nil
}

// Writable reports why the journal's folder cannot be written, or nil: it opens the journal's
// lock for writing and creates (and removes) a file. A full disk is only found by the write itself.
func (j *Journal) Writable() error {
	f, err := os.OpenFile(j.lockPath(), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("the journal's folder cannot be written: %w", err)
	}
	f.Close()
	probe, err := os.CreateTemp(j.dir, ".write-test-*")
	if err != nil {
		return fmt.Errorf("the journal's folder cannot be written: %w", err)
	}
	probe.Close()
	if err := os.Remove(probe.Name()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("the journal's folder cannot be written: %w", err)
	}
	return nil
}
