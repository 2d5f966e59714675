package store

import (
	"io"
	"log"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
)

// RetryEvery is how often a session that could not be written is tried again.
const RetryEvery = 30 * time.Second

// Checkpoint keeps a session in progress after an exercise ends, with how the back felt before
// it, so that a crash loses at most the exercise in hand.
func (s *Store) Checkpoint(snap coach.Snapshot, painBefore int) {
	if coach.NothingDone(snap.Results) {
		// Nothing to lose: a crash now leaves no session to offer back.
		if err := journal.ClearCheckpoint(s.dir); err != nil {
			log.Printf("journal: clear checkpoint: %v", err)
		}
		return
	}
	first, err := s.saver.Checkpoint(s.record(snap, painBefore, coach.NoPain))
	s.failed("checkpoint", first, err)
}

// Save keeps a session that ended, unless nothing was done in it (coach.NothingDone): that is
// no session, and must not count toward the day or move the next reminder.
func (s *Store) Save(snap coach.Snapshot, painBefore, painAfter int) {
	if coach.NothingDone(snap.Results) {
		s.Checkpoint(snap, painBefore)
		return
	}
	s.finish(s.record(snap, painBefore, painAfter))
}

// finish appends an ended session; when it cannot be written it stays in memory and is tried
// again.
func (s *Store) finish(rec journal.Record) {
	first, err := s.saver.Finish(rec)
	if s.failed("save", first, err) {
		return
	}
	s.changed() // the next due time has moved
	s.reload()
}

// failed logs a write that failed, tells the window at the first failure, and starts the
// retries. It reports whether err was a failure.
func (s *Store) failed(what string, first bool, err error) bool {
	if err == nil {
		return false
	}
	log.Printf("journal: %s: %v", what, err)
	if first && s.hooks.NotWritten != nil {
		log.Printf("journal: told the user: the session cannot be written (%v); it is kept in memory", SystemCause(err))
		s.hooks.NotWritten(err)
	}
	s.retrying.Do(func() { go s.retry() })
	return true
}

// retry writes what the saver keeps in memory every RetryEvery until Close, and tells the
// window when it is saved.
func (s *Store) retry() {
	tick := time.NewTicker(RetryEvery)
	defer tick.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-tick.C:
		}
		if len(s.saver.Pending()) == 0 {
			continue
		}
		if err := s.saver.Retry(); err != nil {
			log.Printf("journal: retry: %v", err)
			continue
		}
		log.Printf("journal: the session kept in memory is saved")
		s.changed()
		s.reload()
		if s.hooks.SavedLater != nil {
			s.hooks.SavedLater()
		}
	}
}

// Unsaved reports whether a session is kept in memory because it could not be written.
func (s *Store) Unsaved() bool { return len(s.saver.Pending()) > 0 }

// WriteUnsaved writes the sessions kept in memory as journal lines, for "Save elsewhere".
func (s *Store) WriteUnsaved(w io.Writer) error { return journal.WriteLines(w, s.saver.Pending()) }

// Close tries once more to write what is kept in memory, and stops the retries.
func (s *Store) Close() {
	close(s.done)
	if err := s.saver.Retry(); err != nil {
		log.Printf("journal: the window closes with %d sessions that could not be saved: %v", len(s.saver.Pending()), err)
	}
}

// record is the journal record of a session, with how the back felt before and after.
func (s *Store) record(snap coach.Snapshot, painBefore, painAfter int) journal.Record {
	rec := sessionRecord(s.sessionID(snap.Started), s.prog, snap)
	rec.Session.PainBefore, rec.Session.PainAfter = journal.Pain(painBefore), journal.Pain(painAfter)
	return rec
}

// sessionID returns the id of the session that started at started, new for a new session.
func (s *Store) sessionID(started time.Time) string {
	if !started.Equal(s.started) {
		s.started, s.id = started, journal.NewSessionID(started)
	}
	return s.id
}

// Interrupted is the session a crash cut short, as last checkpointed, found by Open; nil when
// there is none, or when nothing was done in it (a checkpoint an older version left: no
// session, and it is cleared). A session resumed from it keeps its id.
func (s *Store) Interrupted() *journal.Session {
	p := s.pending
	if p == nil {
		return nil
	}
	if coach.NothingDone(ResumeResults(p)) {
		s.pending = nil
		if err := journal.ClearCheckpoint(s.dir); err != nil {
			log.Printf("journal: clear checkpoint: %v", err)
		}
		return nil
	}
	s.started, s.id = p.Start, p.ID
	return p
}

// KeepInterrupted keeps the interrupted session in the journal as it stands.
func (s *Store) KeepInterrupted(p *journal.Session) { s.finish(journal.NewSessionRecord(*p)) }
