package coach

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// Estimate is how long a session of the program takes with cfg, counting every get-ready
// countdown, movement at the pace, hold, rest between holds and pause between exercises.
func Estimate(p program.Program, cfg Config) time.Duration {
	cfg = cfg.WithDefaults()
	var total time.Duration
	for i, e := range p.Exercises {
		total += cfg.ReadyFor(e) + exerciseTime(e, e.Target(cfg.Targets[e.ID]), cfg)
		if i+1 < len(p.Exercises) {
			total += cfg.Between
		}
	}
	return total
}

// ReadyFor is the get-ready countdown before exercise e: the longer Reposition where its
// starting position is new. c must have its defaults set.
func (c Config) ReadyFor(e program.Exercise) time.Duration {
	if e.NewPosition {
		return max(c.Reposition, c.Ready)
	}
	return c.Ready
}

func exerciseTime(e program.Exercise, t program.Target, cfg Config) time.Duration {
	if e.Dose.Kind() == program.Holds {
		hold := time.Duration(t.HoldSeconds) * time.Second
		return time.Duration(t.Holds)*hold + time.Duration(t.Holds-1)*cfg.Relax
	}
	return time.Duration(t.Reps*e.Sides.Movements()) * cfg.Pace
}
