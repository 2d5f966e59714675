package journal

import (
	"errors"
	"fmt"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// Version is the schema version written in the "v" field of every record.
// A reader keeps lines with a higher version untouched but leaves them out of stats.
const Version = 1

// Kind names what a Record describes. Exactly one payload field of Record matches it.
type Kind string

// The record kinds of schema version 1.
const (
	KindSession  Kind = "session"   // a session that was saved (finished or ended early)
	KindFlare    Kind = "flare"     // a flare-up rest was started
	KindFlareEnd Kind = "flare-end" // a flare-up rest was ended before its planned end
	KindSnooze   Kind = "snooze"    // a reminder was snoozed
	KindSkip     Kind = "skip"      // a due session was skipped
	KindPause    Kind = "pause"     // reminders were paused
)

// Record is one line of the journal: an envelope with the schema version, the kind,
// and one payload pointer matching the kind; the others are nil.
//
// On disk a session looks like {"v":1,"kind":"session","session":{...}}. The envelope keeps
// each kind's fields apart, so a later kind cannot collide with an earlier one's names.
type Record struct {
	V        int       `json:"v"`
	Kind     Kind      `json:"kind"`
	Session  *Session  `json:"session,omitempty"`
	Flare    *Flare    `json:"flare,omitempty"`
	FlareEnd *FlareEnd `json:"flare_end,omitempty"`
	Snooze   *Snooze   `json:"snooze,omitempty"`
	Skip     *Skip     `json:"skip,omitempty"`
	Pause    *Pause    `json:"pause,omitempty"`
}

// Session is one run through the program, saved when it finished or ended early.
// Times keep the offset they were recorded with; stats convert them to the location they are given.
type Session struct {
	ID         string           `json:"id"`
	Program    string           `json:"program"`
	Start      time.Time        `json:"start"`
	End        time.Time        `json:"end"`
	Completed  bool             `json:"completed"`
	PainBefore *int             `json:"pain_before,omitempty"`
	PainAfter  *int             `json:"pain_after,omitempty"`
	Exercises  []ExerciseRecord `json:"exercises"`
}

// ExerciseRecord is what happened to one exercise within a session.
// Title is copied from the program so exports stay readable if the program changes later.
type ExerciseRecord struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Kind        program.Kind  `json:"kind"`
	Sides       program.Sides `json:"sides"`
	Target      int           `json:"target"`
	HoldSeconds int           `json:"hold_seconds"`
	Done        int           `json:"done"`
	Status      coach.Status  `json:"status"`
	Pain        *int          `json:"pain,omitempty"`
}

// Flare is a flare-up rest: the user rests from From until Until, the planned end
// (the app sets it to the local midnight of the first day back). Streaks forgive the days in between.
// A later FlareEnd ends it early.
type Flare struct {
	From  time.Time `json:"from"`
	Until time.Time `json:"until"`
}

// FlareEnd ends the flare-up rest that is running at At, before its planned end.
type FlareEnd struct {
	At time.Time `json:"at"`
}

// Snooze records that a reminder at At was put off until Until.
type Snooze struct {
	At    time.Time `json:"at"`
	Until time.Time `json:"until"`
}

// Skip records that at At the user skipped the session that was due at Due.
type Skip struct {
	At  time.Time `json:"at"`
	Due time.Time `json:"due"`
}

// Pause records that at At reminders were paused until Until.
type Pause struct {
	At    time.Time `json:"at"`
	Until time.Time `json:"until"`
}

// ErrInvalid is wrapped by every validation error of a record.
var ErrInvalid = errors.New("invalid journal record")

// NewSessionRecord wraps s in a version-1 record.
func NewSessionRecord(s Session) Record { return Record{V: Version, Kind: KindSession, Session: &s} }

// NewFlareRecord wraps f in a version-1 record.
func NewFlareRecord(f Flare) Record { return Record{V: Version, Kind: KindFlare, Flare: &f} }

// NewFlareEndRecord wraps e in a version-1 record.
func NewFlareEndRecord(e FlareEnd) Record {
	return Record{V: Version, Kind: KindFlareEnd, FlareEnd: &e}
}

// NewSnoozeRecord wraps s in a version-1 record.
func NewSnoozeRecord(s Snooze) Record { return Record{V: Version, Kind: KindSnooze, Snooze: &s} }

// NewSkipRecord wraps s in a version-1 record.
func NewSkipRecord(s Skip) Record { return Record{V: Version, Kind: KindSkip, Skip: &s} }

// NewPauseRecord wraps p in a version-1 record.
func NewPauseRecord(p Pause) Record { return Record{V: Version, Kind: KindPause, Pause: &p} }

// Validate reports whether r is a well-formed version-1 record: the version, a known kind,
// exactly the matching payload, and values in range. Errors wrap ErrInvalid.
func (r Record) Validate() error {
	if r.V != Version {
		return fmt.Errorf("%w: version %d, want %d", ErrInvalid, r.V, Version)
	}
	if n := r.payloads(); n != 1 {
		return fmt.Errorf("%w: kind %q has %d payloads, want 1", ErrInvalid, r.Kind, n)
	}
	switch r.Kind {
	case KindSession:
		if r.Session == nil {
			return fmt.Errorf("%w: session record without session", ErrInvalid)
		}
		return r.Session.validate()
	case KindFlare:
		if r.Flare == nil {
			return fmt.Errorf("%w: flare record without flare", ErrInvalid)
		}
		return validSpan("flare", r.Flare.From, r.Flare.Until)
	case KindFlareEnd:
		if r.FlareEnd == nil || r.FlareEnd.At.IsZero() {
			return fmt.Errorf("%w: flare-end without time", ErrInvalid)
		}
	case KindSnooze:
		if r.Snooze == nil {
			return fmt.Errorf("%w: snooze record without snooze", ErrInvalid)
		}
		return validSpan("snooze", r.Snooze.At, r.Snooze.Until)
	case KindSkip:
		if r.Skip == nil || r.Skip.At.IsZero() || r.Skip.Due.IsZero() {
			return fmt.Errorf("%w: skip without times", ErrInvalid)
		}
	case KindPause:
		if r.Pause == nil {
			return fmt.Errorf("%w: pause record without pause", ErrInvalid)
		}
		return validSpan("pause", r.Pause.At, r.Pause.Until)
	default:
		return fmt.Errorf("%w: unknown kind %q", ErrInvalid, r.Kind)
	}
	return nil
}

func (r Record) payloads() int {
	n := 0
	for _, set := range []bool{r.Session != nil, r.Flare != nil, r.FlareEnd != nil, r.Snooze != nil, r.Skip != nil, r.Pause != nil} {
		if set {
			n++
		}
	}
	return n
}

func validSpan(what string, from, until time.Time) error {
	if from.IsZero() || until.IsZero() {
		return fmt.Errorf("%w: %s without times", ErrInvalid, what)
	}
	if until.Before(from) {
		return fmt.Errorf("%w: %s ends %s before it starts %s", ErrInvalid, what, until.Format(time.RFC3339), from.Format(time.RFC3339))
	}
	return nil
}

func (s *Session) validate() error {
	if s.ID == "" {
		return fmt.Errorf("%w: session without id", ErrInvalid)
	}
	if err := validSpan("session "+s.ID, s.Start, s.End); err != nil {
		return err
	}
	for _, p := range []*int{s.PainBefore, s.PainAfter} {
		if !validPain(p) {
			return fmt.Errorf("%w: session %s: pain %d outside 0..10", ErrInvalid, s.ID, *p)
		}
	}
	for i, e := range s.Exercises {
		if err := e.validate(); err != nil {
			return fmt.Errorf("session %s exercise %d: %w", s.ID, i+1, err)
		}
	}
	return nil
}

func (e ExerciseRecord) validate() error {
	switch {
	case e.ID == "":
		return fmt.Errorf("%w: exercise without id", ErrInvalid)
	case e.Kind != program.Reps && e.Kind != program.Holds:
		return fmt.Errorf("%w: exercise %s: kind %q", ErrInvalid, e.ID, e.Kind)
	case e.Sides != program.OneSide && e.Sides != program.BothSides:
		return fmt.Errorf("%w: exercise %s: sides %q", ErrInvalid, e.ID, e.Sides)
	case e.Target < 0 || e.Done < 0 || e.HoldSeconds < 0:
		return fmt.Errorf("%w: exercise %s: negative count", ErrInvalid, e.ID)
	case !validPain(e.Pain):
		return fmt.Errorf("%w: exercise %s: pain %d outside 0..10", ErrInvalid, e.ID, *e.Pain)
	}
	switch e.Status {
	case coach.Done, coach.Partial, coach.Skipped, coach.PainStopped, coach.NotStarted:
		return nil
	}
	return fmt.Errorf("%w: exercise %s: status %q", ErrInvalid, e.ID, e.Status)
}

func validPain(p *int) bool { return p == nil || (*p >= 0 && *p <= 10) }

// The app keeps a pain level in memory as an int, coach.NoPain when none was given (the coach,
// the screens, ui.SessionReport); the journal stores it as an optional number, left out when
// none was given. Pain and PainLevel are the one crossing between the two.

// Pain is the journal's form of a pain level: nil for coach.NoPain or any level outside 0–10.
func Pain(level int) *int {
	if level < 0 || level > 10 {
		return nil
	}
	return &level
}

// PainLevel is the in-memory form of a stored pain level: coach.NoPain when none was stored.
func PainLevel(p *int) int {
	if p == nil {
		return coach.NoPain
	}
	return *p
}
