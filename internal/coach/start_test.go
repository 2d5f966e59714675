package coach

import (
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// TestStartSteps walks every way from "Start session" to the first exercise or back home.
func TestStartSteps(t *testing.T) {
	type answer func(Start, Step) Step
	rest := func(s Start, _ Step) Step { return s.AfterRest(false) }
	anyway := func(s Start, _ Step) Step { return s.AfterRest(true) }
	pain := func(level int) answer { return func(s Start, _ Step) Step { return s.AfterPain(level) } }
	offer := func(take bool) answer { return func(s Start, _ Step) Step { return s.AfterOffer(take) } }
	tests := []struct {
		name    string
		resting bool
		answers []answer
		want    []Step
	}{
		{"no rest, some pain", false, []answer{pain(3)}, []Step{AskPain, Begin}},
		{"no rest, skipped", false, []answer{pain(NoPain)}, []Step{AskPain, Begin}},
		{"no rest, 9 is not the top", false, []answer{pain(9)}, []Step{AskPain, Begin}},
		{"top of the scale, take the rest", false, []answer{pain(10), offer(true)}, []Step{AskPain, OfferRest, StartRest}},
		{"top of the scale, exercise anyway", false, []answer{pain(10), offer(false)}, []Step{AskPain, OfferRest, Begin}},
		{"resting, rest is the default", true, []answer{rest}, []Step{AskRest, Home}},
		{"resting, exercise anyway", true, []answer{anyway, pain(2)}, []Step{AskRest, AskPain, Begin}},
		{"resting, anyway, then top pain, rest", true, []answer{anyway, pain(10), offer(true)}, []Step{AskRest, AskPain, OfferRest, Home}},
		{"resting, anyway, then top pain, anyway", true, []answer{anyway, pain(10), offer(false)}, []Step{AskRest, AskPain, OfferRest, Begin}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Start{Resting: tt.resting}
			got := []Step{s.First()}
			for _, a := range tt.answers {
				got = append(got, a(s, got[len(got)-1]))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("steps %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("steps %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestNothingDone ends sessions at several points: only one ended before its first movement,
// with exercises passed over, is not a session.
func TestNothingDone(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := program.Builtin()
		run := func(steps func(s *Session)) []Result {
			s := New(p, cfg(Paced), nil)
			defer s.Stop()
			steps(s)
			s.End()
			return s.Snapshot().Results
		}
		tests := []struct {
			name  string
			steps func(s *Session)
			want  bool
		}{
			{"ended in the first get-ready", func(s *Session) {}, true},
			{"ended as the first movement runs", func(s *Session) { s.StartNow(); sleep(time.Second) }, true},
			{"passed over three exercises", func(s *Session) { s.Next(); s.Next(); s.Next() }, true},
			{"one movement to one side of a two-sided exercise", func(s *Session) { s.Next(); s.StartNow(); sleep(2 * time.Second) }, true},
			{"one repetition", func(s *Session) { s.StartNow(); sleep(2 * time.Second) }, false},
			{"a pain stop before the first movement ended", func(s *Session) { s.StartNow(); s.PainStop(); s.SetPain(4) }, false},
			{"one hold", func(s *Session) {
				for range 5 {
					s.Next()
				}
				s.StartNow()
				sleep(3 * time.Second)
			}, false},
		}
		for _, tt := range tests {
			if got := NothingDone(run(tt.steps)); got != tt.want {
				t.Errorf("%s: NothingDone = %v, want %v", tt.name, got, tt.want)
			}
		}
	})
}
