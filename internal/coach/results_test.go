package coach

import (
	"testing"

	"github.com/spinecoach/spinecoach/internal/program"
)

// TestNextTargets: the exercises a session reached carry their targets to the next session,
// whatever their status; the ones it did not reach keep the target kept before; the map passed
// in is not changed.
func TestNextTargets(t *testing.T) {
	ex := program.Builtin().Exercises
	a, b, c := ex[0].ID, ex[1].ID, ex[2].ID
	before := map[string]program.Target{a: {Reps: 1}, c: {Reps: 2}}
	results := []Result{
		{ExerciseID: a, Target: program.Target{Reps: 7}, Status: Done},
		{ExerciseID: b, Target: program.Target{Reps: 3}, Status: PainStopped},
		{ExerciseID: c, Target: program.Target{Reps: 9}, Status: NotStarted},
	}
	got := NextTargets(before, results)
	want := map[string]program.Target{a: {Reps: 7}, b: {Reps: 3}, c: {Reps: 2}}
	if len(got) != len(want) {
		t.Fatalf("NextTargets = %v, want %v", got, want)
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("NextTargets[%s] = %v, want %v", id, got[id], w)
		}
	}
	if before[a] != (program.Target{Reps: 1}) || len(before) != 2 {
		t.Errorf("NextTargets changed its input: %v", before)
	}
	if n := len(NextTargets(nil, results[:1])); n != 1 {
		t.Errorf("NextTargets(nil, one reached) has %d targets, want 1", n)
	}
	if n := Reached(results); n != 2 {
		t.Errorf("Reached = %d, want 2 (done and stopped for pain; not started is not reached)", n)
	}
	if n := Reached(nil); n != 0 {
		t.Errorf("Reached(nil) = %d, want 0", n)
	}
}

// TestExerciseEnded: a checkpoint is due when an exercise's status or pain changed, not while
// it runs or when nothing moved.
func TestExerciseEnded(t *testing.T) {
	snap := func(rs ...Result) Snapshot { return Snapshot{Results: rs} }
	running := Result{Status: NotStarted, Pain: NoPain, Count: 3}
	done := Result{Status: Done, Pain: NoPain}
	stopped := Result{Status: PainStopped, Pain: NoPain}
	hurt := Result{Status: PainStopped, Pain: 6}
	tests := []struct {
		name      string
		prev, cur Snapshot
		want      bool
	}{
		{"nothing moved", snap(running), snap(running), false},
		{"counting on", snap(running), snap(Result{Status: NotStarted, Pain: NoPain, Count: 4}), false},
		{"done", snap(running), snap(done), true},
		{"stopped for pain", snap(running), snap(stopped), true},
		{"pain level given", snap(stopped), snap(hurt), true},
		{"same again", snap(done, running), snap(done, running), false},
		{"no earlier snapshot", Snapshot{}, snap(done), false},
	}
	for _, tt := range tests {
		if got := ExerciseEnded(tt.prev, tt.cur); got != tt.want {
			t.Errorf("%s: ExerciseEnded = %v, want %v", tt.name, got, tt.want)
		}
	}
}
