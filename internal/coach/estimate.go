package coach

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// Estimate is how long a session of the program takes with cfg, counting every get-ready
// countdown, movement at the pace, hold and rest between holds.
func Estimate(p program.Program, cfg Config) time.Duration {
	cfg = cfg.WithDefaults()
	var total time.Duration
	for _, e := range p.Exercises {
		total += cfg.Ready + exerciseTime(e, e.Target(cfg.Targets[e.ID]), cfg)
	}
	return total
}

func exerciseTime(e program.Exercise, t program.Target, cfg Config) time.Duration {
	if e.Dose.Kind() == program.Holds {
		hold := time.Duration(t.HoldSeconds) * time.Second
		return time.Duration(t.Holds)*hold + time.Duration(t.Holds-1)*cfg.Relax
	}
	return time.Duration(t.Reps*e.Sides.Movements()) * cfg.Pace
}
