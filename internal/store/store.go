package store

import (
	"errors"
	"fmt"
	"log"
	"sync"
	"syscall"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// ErrNotWritten marks the errors of writes to the data folder that failed (a full disk, a folder
// without permission), as against a request the rules refuse.
var ErrNotWritten = errors.New("not written")

// Hooks are what the store tells the window. Each may be nil.
type Hooks struct {
	// Changed is called after a write that moves the reminders (a session kept, a flare-up rest
	// started or ended, settings saved), from any goroutine; the window wakes the agent with it.
	Changed func()
	// NotWritten is called at the first session that cannot be written, on the goroutine that
	// handed the session over, with the error; the session is then kept in memory and retried.
	NotWritten func(err error)
	// SavedLater is called from the retry goroutine when a session kept in memory is written.
	SavedLater func()
}

// Store keeps the window's sessions, rests and settings in the data folder dir. Its methods
// that take a session are called from one goroutine (the window's); the readers (Records,
// Outlook, Settings) are safe from any.
type Store struct {
	dir     string
	prog    program.Program
	hooks   Hooks
	journal *journal.Journal
	cache   *journal.Cache // the records as last read; read again only when the file changed
	saver   *journal.Saver // keeps a session in memory while the folder cannot be written
	opened  Opened
	pending *journal.Session // the checkpoint found at start-up
	id      string           // the current session's id, kept across its checkpoints
	started time.Time

	mu  sync.Mutex
	set settings.Settings // the settings as last saved

	retrying sync.Once     // the retry loop runs once the first write failed
	done     chan struct{} // closed by Close
}

// Opened is what Open found that the user should be told; the zero Opened is a journal read whole.
type Opened struct {
	// Unwritable is why the data folder cannot be written, nil when it can.
	Unwritable error
	// ReadErr is why the journal could not be read, nil when it was.
	ReadErr error
	// SetAside lines could not be read and were moved to CorruptPath.
	SetAside    int
	CorruptPath string
	// Unreadable lines could not be read and stay in the journal (the folder cannot be written).
	Unreadable int
	// Future records carry a date in the future; the reminders leave them out.
	Future int
}

// Open opens the journal in dir for a window that runs program prog with settings set, and reads
// it once: what it found is in Opened, a session a crash cut short in Interrupted.
func Open(dir string, prog program.Program, set settings.Settings, hooks Hooks) (*Store, error) {
	j, err := journal.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open the journal in %s: %w", dir, err)
	}
	s := &Store{dir: dir, prog: prog, hooks: hooks, journal: j, cache: journal.NewCache(j),
		saver: journal.NewSaver(j), set: set, done: make(chan struct{})}
	records, report, err := s.cache.Load()
	if werr := j.Writable(); werr != nil {
		log.Printf("journal: %v", werr)
		s.opened.Unwritable = werr
	} else if err != nil {
		log.Printf("journal: %v", err)
		s.opened.ReadErr = err
	}
	switch {
	case report.SetAside > 0:
		log.Printf("journal: %d lines set aside in %s", report.SetAside, report.CorruptPath)
		s.opened.SetAside, s.opened.CorruptPath = report.SetAside, report.CorruptPath
	case report.Unreadable > 0:
		log.Printf("journal: %d unreadable lines left in place: %v", report.Unreadable, report.RepairErr)
		s.opened.Unreadable = report.Unreadable
	}
	if future := schedule.FromJournal(records, time.Now()).Future; future > 0 {
		log.Printf("journal: %d records carry a future date; the reminders leave them out", future)
		s.opened.Future = future
	}
	cp, err := journal.Unsaved(dir, records)
	if err != nil {
		log.Printf("journal: checkpoint: %v", err)
	}
	if cp != nil && cp.Session != nil {
		s.pending = cp.Session
	}
	return s, nil
}

// Opened is what Open found that the user should be told.
func (s *Store) Opened() Opened { return s.opened }

// Records returns the journal's records, read again only when the file changed. It may read the
// file: call it off the UI goroutine. The records are shared and must not be changed.
func (s *Store) Records() ([]journal.Record, error) {
	records, _, err := s.cache.Load()
	return records, err
}

// Settings are the settings as last saved.
func (s *Store) Settings() settings.Settings {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.set
}

// SaveSettings writes next to the data folder and returns the settings it replaced. A write
// that failed is an ErrNotWritten.
func (s *Store) SaveSettings(next settings.Settings) (before settings.Settings, err error) {
	if err := settings.Save(s.dir, next); err != nil {
		log.Printf("settings: %v", err)
		return s.Settings(), fmt.Errorf("%w: %w", ErrNotWritten, err)
	}
	s.mu.Lock()
	before, s.set = s.set, next
	s.mu.Unlock()
	s.changed()
	return before, nil
}

// Outlook is what the reminders say at a moment, by the rules the agent follows.
type Outlook struct {
	Due schedule.Due
	// RestUntil is the end of a flare-up rest, zero when none runs.
	RestUntil time.Time
	// Today is today's count of sessions against the settings' target.
	Today schedule.Count
}

// Outlook is what the reminders say at now, with days in loc. It may read the journal: call it
// off the UI goroutine.
func (s *Store) Outlook(now time.Time, loc *time.Location) Outlook {
	records, err := s.Records()
	if err != nil {
		log.Printf("journal: %v", err)
	}
	st := schedule.FromJournal(records, now)
	rules := schedule.RulesFrom(s.Settings())
	o := Outlook{Due: schedule.Next(now, st, rules, loc), Today: schedule.Today(now, st, rules, loc)}
	if until, ok := st.Resting(now); ok {
		o.RestUntil = until
	}
	return o
}

// StartFlare starts a flare-up rest of days days, today the first: no reminders until the day
// window opens on the first day back.
func (s *Store) StartFlare(days int) error {
	rec, err := schedule.StartFlare(time.Now(), days, schedule.RulesFrom(s.Settings()), time.Local)
	if err != nil {
		return err
	}
	return s.note(rec)
}

// EndFlare ends the flare-up rest now. One that already ended (the tray ended it, or it ran
// out) leaves nothing to do: the outlook, shown again, says so.
func (s *Store) EndFlare() error {
	records, err := s.Records()
	if err != nil {
		log.Printf("journal: %v", err)
	}
	now := time.Now()
	rec, err := schedule.EndFlare(schedule.FromJournal(records, now), now)
	if errors.Is(err, schedule.ErrNotResting) {
		log.Printf("flare-up rest: %v", err)
		return nil
	}
	if err != nil {
		return err
	}
	return s.note(rec)
}

// note appends a record that changes the reminders; a write that failed is an ErrNotWritten.
func (s *Store) note(rec journal.Record) error {
	if err := s.journal.Append(rec); err != nil {
		return fmt.Errorf("%w: %w", ErrNotWritten, err)
	}
	s.changed()
	s.reload()
	return nil
}

func (s *Store) changed() {
	if s.hooks.Changed != nil {
		s.hooks.Changed()
	}
}

// reload reads the journal just written into the cache, off the caller's goroutine, so the
// screens that ask next find it read.
func (s *Store) reload() {
	go func() {
		if _, err := s.Records(); err != nil {
			log.Printf("journal: %v", err)
		}
	}()
}

// SystemCause is the system's own words for why a write failed ("no space left on device"),
// without the paths and steps the log keeps; err itself when it has none.
func SystemCause(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}
