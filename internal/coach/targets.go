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
