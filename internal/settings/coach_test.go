package settings

import (
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// TestCoach: the session is coached with the counting, the timings and the targets the user
// set.
func TestCoach(t *testing.T) {
	id := program.Builtin().Exercises[0].ID
	s := Default()
	s.PaceSeconds, s.ReadySeconds, s.PositionSeconds, s.RelaxSeconds = 7, 4, 20, 6
	s.Targets = map[string]Target{id: {Reps: 5}}
	c := s.Coach()
	if c.Counting != coach.Paced {
		t.Errorf("paced settings: counting %v, want coach.Paced", c.Counting)
	}
	if c.Pace != 7*time.Second || c.Ready != 4*time.Second || c.Reposition != 20*time.Second || c.Relax != 6*time.Second {
		t.Errorf("timings %v %v %v %v, want 7s 4s 20s 6s", c.Pace, c.Ready, c.Reposition, c.Relax)
	}
	if c.Targets[id] != (program.Target{Reps: 5}) {
		t.Errorf("targets %v, want the user's", c.Targets)
	}
	s.Counting = CountingCounted
	if c := s.Coach(); c.Counting != coach.Counted {
		t.Errorf("counted settings: counting %v, want coach.Counted", c.Counting)
	}
}
