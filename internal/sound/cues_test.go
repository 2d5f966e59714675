package sound

import (
	"slices"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// snap is a hand-written snapshot: seq, exercise index, phase, count, and for countdowns the
// length and time passed.
type snap struct {
	seq             uint64
	index           int
	phase           coach.Phase
	count           int
	side            coach.Side
	counting        coach.Counting
	length, elapsed time.Duration
	paused          bool
	results         []int // counts recorded per exercise
}

func (s snap) build() coach.Snapshot {
	out := coach.Snapshot{
		Seq: s.seq, Index: s.index, Phase: s.phase, Count: s.count, Side: s.side, Counting: s.counting,
		Length: s.length, Elapsed: s.elapsed, Paused: s.paused,
	}
	for _, n := range s.results {
		out.Results = append(out.Results, coach.Result{Count: n})
	}
	return out
}

const sec = time.Second

func TestCuesFor(t *testing.T) {
	paced, counted := coach.Paced, coach.Counted
	cases := []struct {
		name      string
		prev, cur snap
		want      []Cue
	}{
		// Get ready.
		{"session starts: 5 s to go, silent", snap{}, snap{seq: 1, phase: coach.Ready, length: 5 * sec}, nil},
		{"get ready at 4", snap{seq: 1, phase: coach.Ready, length: 5 * sec}, snap{seq: 2, phase: coach.Ready, length: 5 * sec, elapsed: sec}, nil},
		{"get ready at 3", snap{seq: 2, phase: coach.Ready, length: 5 * sec, elapsed: sec}, snap{seq: 3, phase: coach.Ready, length: 5 * sec, elapsed: 2 * sec}, []Cue{Countdown}},
		{"get ready at 1", snap{seq: 4, phase: coach.Ready, length: 5 * sec, elapsed: 3 * sec}, snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 4 * sec}, []Cue{Countdown}},
		{"key press redraws 2: no second beep", snap{seq: 4, phase: coach.Ready, length: 5 * sec, elapsed: 3 * sec}, snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 3200 * time.Millisecond}, nil},
		{"first snapshot already at 3", snap{}, snap{seq: 1, phase: coach.Ready, length: 3 * sec}, []Cue{Countdown}},
		{"next exercise's get ready at 3", snap{seq: 9, index: 0, phase: coach.Ready, length: 3 * sec, elapsed: 1 * sec}, snap{seq: 10, index: 1, phase: coach.Ready, length: 3 * sec}, []Cue{Countdown}},
		{"relax has no countdown", snap{seq: 1, phase: coach.Relaxing, length: 5 * sec, elapsed: sec}, snap{seq: 2, phase: coach.Relaxing, length: 5 * sec, elapsed: 2 * sec}, nil},
		{"paused at 2: silent", snap{seq: 4, phase: coach.Ready, length: 5 * sec, elapsed: 2 * sec}, snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 3 * sec, paused: true}, nil},
		{"resumed at 2: no repeat", snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 3 * sec, paused: true}, snap{seq: 6, phase: coach.Ready, length: 5 * sec, elapsed: 3 * sec}, nil},

		// Repetitions.
		{"paced movements start", snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 4 * sec}, snap{seq: 6, phase: coach.Moving, counting: paced, length: 3 * sec}, []Cue{Start}},
		{"two-sided movements start to the right", snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 4 * sec}, snap{seq: 6, phase: coach.Moving, side: coach.Right, counting: paced, length: 3 * sec}, []Cue{Start}},
		{"counted movements start", snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 4 * sec}, snap{seq: 6, phase: coach.Moving, counting: counted}, []Cue{Start}},
		{"paced repetition done", snap{seq: 6, phase: coach.Moving, counting: paced, count: 3, length: 3 * sec}, snap{seq: 7, phase: coach.Moving, counting: paced, count: 4, length: 3 * sec}, []Cue{Tick}},
		{"right side done", snap{seq: 6, phase: coach.Moving, counting: paced, side: coach.Right, length: 3 * sec}, snap{seq: 7, phase: coach.Moving, counting: paced, side: coach.Left, length: 3 * sec}, []Cue{Tick}},
		{"left side done: a repetition", snap{seq: 7, phase: coach.Moving, counting: paced, side: coach.Left, length: 3 * sec}, snap{seq: 8, phase: coach.Moving, counting: paced, side: coach.Right, count: 1, length: 3 * sec}, []Cue{Tick}},
		{"target changed mid-movement: silent", snap{seq: 7, phase: coach.Moving, counting: paced, count: 4, length: 3 * sec}, snap{seq: 8, phase: coach.Moving, counting: paced, count: 4, length: 3 * sec, elapsed: sec}, nil},
		{"paced while paused: silent", snap{seq: 7, phase: coach.Moving, counting: paced, count: 4, length: 3 * sec, paused: true}, snap{seq: 8, phase: coach.Moving, counting: paced, count: 4, length: 3 * sec}, nil},
		{"counted repetition: no tick", snap{seq: 7, phase: coach.Moving, counting: counted, count: 4}, snap{seq: 8, phase: coach.Moving, counting: counted, count: 5}, nil},
		{"last repetition done, next exercise", snap{seq: 7, phase: coach.Moving, counting: paced, count: 29, length: 3 * sec, results: []int{29, 0}}, snap{seq: 8, index: 1, phase: coach.Ready, length: 5 * sec, results: []int{30, 0}}, []Cue{Tick}},
		{"Next pressed mid-exercise: no tick", snap{seq: 7, phase: coach.Moving, counting: paced, count: 12, length: 3 * sec, results: []int{12, 0}}, snap{seq: 8, index: 1, phase: coach.Ready, length: 5 * sec, results: []int{12, 0}}, nil},
		{"it hurts mid-movement: silent", snap{seq: 7, phase: coach.Moving, counting: paced, count: 12, length: 3 * sec, results: []int{12}}, snap{seq: 8, phase: coach.PainCheck, count: 12, results: []int{12}}, nil},

		// Holds.
		{"hold starts after get ready", snap{seq: 5, phase: coach.Ready, length: 5 * sec, elapsed: 4 * sec}, snap{seq: 6, phase: coach.Holding, length: 10 * sec}, []Cue{HoldStart}},
		{"hold starts after relax", snap{seq: 5, phase: coach.Relaxing, count: 1, length: 5 * sec, elapsed: 4 * sec}, snap{seq: 6, phase: coach.Holding, count: 1, length: 10 * sec}, []Cue{HoldStart}},
		{"short hold starts at 3: no beep over it", snap{seq: 5, phase: coach.Relaxing, count: 1, length: 5 * sec, elapsed: 4 * sec}, snap{seq: 6, phase: coach.Holding, count: 1, length: 3 * sec}, []Cue{HoldStart}},
		{"hold at 4", snap{seq: 6, phase: coach.Holding, length: 10 * sec, elapsed: 5 * sec}, snap{seq: 7, phase: coach.Holding, length: 10 * sec, elapsed: 6 * sec}, nil},
		{"hold at 3", snap{seq: 7, phase: coach.Holding, length: 10 * sec, elapsed: 6 * sec}, snap{seq: 8, phase: coach.Holding, length: 10 * sec, elapsed: 7 * sec}, []Cue{Countdown}},
		{"hold at 1", snap{seq: 8, phase: coach.Holding, length: 10 * sec, elapsed: 8 * sec}, snap{seq: 9, phase: coach.Holding, length: 10 * sec, elapsed: 9 * sec}, []Cue{Countdown}},
		{"hold shortened into 2", snap{seq: 8, phase: coach.Holding, length: 10 * sec, elapsed: 6500 * time.Millisecond}, snap{seq: 9, phase: coach.Holding, length: 9 * sec, elapsed: 6600 * time.Millisecond}, []Cue{Countdown}},
		{"hold ends, relax", snap{seq: 9, phase: coach.Holding, length: 10 * sec, elapsed: 9 * sec}, snap{seq: 10, phase: coach.Relaxing, count: 1, length: 5 * sec}, []Cue{HoldEnd}},
		{"last hold ends, next exercise", snap{seq: 9, phase: coach.Holding, count: 4, length: 10 * sec, elapsed: 9 * sec}, snap{seq: 10, index: 1, phase: coach.Ready, length: 5 * sec}, []Cue{HoldEnd}},
		{"late wake-up skipped the relax", snap{seq: 9, phase: coach.Holding, length: 10 * sec, elapsed: 9 * sec}, snap{seq: 10, phase: coach.Holding, count: 1, length: 10 * sec, elapsed: sec}, []Cue{HoldEnd, HoldStart}},
		{"it hurts mid-hold: silent", snap{seq: 7, phase: coach.Holding, length: 10 * sec, elapsed: 6 * sec}, snap{seq: 8, phase: coach.PainCheck}, nil},
		{"paused mid-hold", snap{seq: 7, phase: coach.Holding, length: 10 * sec, elapsed: 6 * sec}, snap{seq: 8, phase: coach.Holding, length: 10 * sec, elapsed: 7 * sec, paused: true}, nil},

		// The end.
		{"session finishes after a hold", snap{seq: 9, index: 6, phase: coach.Holding, count: 4, length: 10 * sec, elapsed: 9 * sec}, snap{seq: 10, index: 6, phase: coach.Finished}, []Cue{Chime}},
		{"session finishes after a repetition", snap{seq: 9, index: 6, phase: coach.Moving, counting: paced, count: 14, results: []int{14}}, snap{seq: 10, index: 6, phase: coach.Finished, results: []int{15}}, []Cue{Chime}},
		{"ended early", snap{seq: 9, phase: coach.Ready, length: 5 * sec}, snap{seq: 10, phase: coach.Finished}, []Cue{Chime}},
		{"finished session redrawn", snap{seq: 10, phase: coach.Finished}, snap{seq: 11, phase: coach.Finished}, nil},
		{"resumed session already finished", snap{}, snap{seq: 1, phase: coach.Finished}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := CuesFor(c.prev.build(), c.cur.build())
			if !slices.Equal(got, c.want) {
				t.Errorf("CuesFor = %v, want %v", got, c.want)
			}
		})
	}
}

func TestSecondsLeft(t *testing.T) {
	cases := []struct {
		length, elapsed time.Duration
		want            int
	}{
		{5 * sec, 0, 5}, {5 * sec, 1, 5}, {5 * sec, 4 * sec, 1}, {5 * sec, 4999 * time.Millisecond, 1}, {5 * sec, 5 * sec, 0}, {0, 0, 0},
	}
	for _, c := range cases {
		if got := SecondsLeft(coach.Snapshot{Length: c.length, Elapsed: c.elapsed}); got != c.want {
			t.Errorf("SecondsLeft(%s of %s) = %d, want %d", c.elapsed, c.length, got, c.want)
		}
	}
}
