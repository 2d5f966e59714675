package coach

import (
	"maps"

	"github.com/spinecoach/spinecoach/internal/program"
)

// Reached counts the exercises a session reached (any status but NotStarted).
func Reached(results []Result) int {
	n := 0
	for _, r := range results {
		if r.Status != NotStarted {
			n++
		}
	}
	return n
}

// NextTargets is where the next session starts: the targets of every exercise this session
// reached, as the user left them, over the targets kept before. Exercises not reached keep their
// earlier target. targets is not changed.
func NextTargets(targets map[string]program.Target, results []Result) map[string]program.Target {
	next := maps.Clone(targets)
	if next == nil {
		next = map[string]program.Target{}
	}
	for _, r := range results {
		if r.Status != NotStarted {
			next[r.ExerciseID] = r.Target
		}
	}
	return next
}

// ExerciseEnded reports whether an exercise ended, or was given its pain level, between two
// snapshots of a session: the moments worth a checkpoint.
func ExerciseEnded(prev, cur Snapshot) bool {
	for i, r := range cur.Results {
		if i >= len(prev.Results) || r.Status == NotStarted {
			continue
		}
		if p := prev.Results[i]; p.Status != r.Status || p.Pain != r.Pain {
			return true
		}
	}
	return false
}
