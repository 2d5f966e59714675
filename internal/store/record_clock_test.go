package store

import (
	"testing"
	"time"
	"unsafe"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
)

// wallSetBack returns t as a clock set back by d during the session would have read it: the wall
// reading d earlier, the monotonic reading unchanged. The standard library has no way to make such
// a value (only the system clock does), so this edits the wall seconds of a time.Time that has a
// monotonic reading: bit 63 of its first word says so, bits 30–62 hold the seconds.
func wallSetBack(t time.Time, d time.Duration) time.Time {
	words := (*[2]uint64)(unsafe.Pointer(&t))
	if words[0]>>63 == 0 {
		panic("wallSetBack needs a time from time.Now()")
	}
	words[0] -= uint64(d/time.Second) << 30
	return t
}

// Finding 7: a clock set back during a session made its record "end before it starts", and both
// the checkpoint and the final save were rejected. The duration comes from the monotonic clock.
func TestSessionSavedAfterTheClockWentBack(t *testing.T) {
	p := program.Builtin()
	started := time.Now()
	at := wallSetBack(started.Add(25*time.Minute), 3*time.Hour)
	if !at.Round(0).Before(started.Round(0)) || at.Sub(started) != 25*time.Minute {
		t.Fatalf("set-up: wall %v → %v, monotonic %v", started.Round(0), at.Round(0), at.Sub(started))
	}
	snap := coach.Snapshot{Started: started, At: at, Ended: at, Results: []coach.Result{{ExerciseID: p.Exercises[0].ID, Status: coach.Done, Count: 30}}}
	rec := sessionRecord("id-1", p, snap)
	if err := rec.Validate(); err != nil {
		t.Fatalf("the record of a session whose clock went back does not validate: %v", err)
	}
	if d := rec.Session.End.Sub(rec.Session.Start); d != 25*time.Minute {
		t.Fatalf("saved as %v long, want the 25 min that passed", d)
	}
	if err := journal.SaveCheckpoint(t.TempDir(), rec); err != nil {
		t.Fatalf("checkpoint: %v", err)
	}
	// Without a monotonic reading (a session resumed from its checkpoint) the end is never before the start.
	snap.Started, snap.At, snap.Ended = started.Round(0), at.Round(0), at.Round(0)
	if err := sessionRecord("id-1", p, snap).Validate(); err != nil {
		t.Fatalf("without a monotonic reading: %v", err)
	}
}
