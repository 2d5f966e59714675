package speech

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// service makes, inside a test's bubble, how a voice opens its service and how the test lets a
// hung one go at the end.
type service func() (open func() (engine, error), release func())

// countTimes runs a whole paced session, saying a line at every change through a voice on svc
// (none for nil), and returns each change as its time from the start, phase, count and side.
func countTimes(t *testing.T, svc service) []string {
	var marks []string
	synctest.Test(t, func(t *testing.T) {
		var v *Voice
		release := func() {}
		if svc != nil {
			var open func() (engine, error)
			open, release = svc()
			v = newVoice(open, t.Logf)
		}
		start := time.Now()
		s := coach.New(program.Builtin(), coach.Config{Counting: coach.Paced}, func(snap coach.Snapshot) {
			marks = append(marks, fmt.Sprintf("%s %s %d %s", time.Since(start), snap.Phase, snap.Count, snap.Side))
			if v != nil {
				v.Say(Utterance{Text: snap.Phase.String(), Lang: "en", Volume: 80, At: snap.At})
			}
		})
		time.Sleep(2 * time.Hour)
		synctest.Wait()
		s.Stop()
		release() // a hung service answers at last, and the voice can stop
		if v != nil {
			v.Close()
		}
	})
	return marks
}

// A speech service that hangs, or none at all, never delays the count: the session changes at
// the same instants as one without a voice.
func TestSlowOrMissingServiceNeverDelaysTheCount(t *testing.T) {
	silent := countTimes(t, nil)
	if len(silent) < 300 || !strings.Contains(silent[len(silent)-1], "finished") {
		t.Fatalf("the session without a voice did not run to its end: %d changes, last %q", len(silent), silent[len(silent)-1])
	}
	for name, svc := range map[string]service{
		"hung service": func() (func() (engine, error), func()) {
			hold := make(chan struct{})
			return func() (engine, error) { return &fakeEngine{hold: hold}, nil }, func() { close(hold) }
		},
		"no service": func() (func() (engine, error), func()) {
			return func() (engine, error) { return nil, ErrNoService }, func() {}
		},
		"slow to open": func() (func() (engine, error), func()) {
			return func() (engine, error) { time.Sleep(time.Minute); return &fakeEngine{}, nil }, func() {}
		},
	} {
		t.Run(name, func(t *testing.T) {
			if got := countTimes(t, svc); !slices.Equal(got, silent) {
				t.Errorf("with a %s the session changed at other times", name)
			}
		})
	}
}
