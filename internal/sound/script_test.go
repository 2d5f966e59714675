package sound

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/speech"
)

// line is one phrase of a spoken script, at its time from the session's start.
type line struct {
	at   time.Duration
	word speech.Word
	n    int    // a Number's number
	id   string // an Intro's or UpNext's exercise
}

func (l line) String() string {
	s := fmt.Sprintf("%6s %s", l.at, l.word)
	if l.word == speech.Number {
		s += fmt.Sprint(" ", l.n)
	}
	if l.id != "" {
		s += " " + l.id
	}
	return s
}

func lineOf(at time.Duration, p speech.Phrase) line {
	return line{at: at, word: p.Word, n: p.N, id: p.Exercise.ID}
}

// expectedScript is what a whole paced session of p with cfg at its lower targets should say,
// worked out from the program and the timings on their own: the count, not the coach, sets the
// time of every word.
func expectedScript(p program.Program, cfg coach.Config, aloud settings.CountAloud) []line {
	var want []line
	var t time.Duration
	add := func(w speech.Word, n int, id string) { want = append(want, line{t, w, n, id}) }
	for i, e := range p.Exercises {
		target := e.Target(program.Target{})
		w := speech.UpNext
		if i == 0 {
			w = speech.Intro
		}
		if i > 0 { // the exercise before was done in full: "done" for a moment, then the next
			add(speech.Done, 0, "")
			t += cfg.Between
		}
		add(w, 0, e.ID)
		t += cfg.ReadyFor(e)
		if e.Dose.Kind() == program.Holds {
			hold := time.Duration(target.HoldSeconds) * time.Second
			for h := 1; h <= target.Holds; h++ {
				start := t
				add(speech.Hold, 0, "")
				for left := 3; left >= 1; left-- {
					if t = start + hold - time.Duration(left)*time.Second; t > start {
						add(speech.Number, left, "")
					}
				}
				t = start + hold
				if last := i == len(p.Exercises)-1 && h == target.Holds; !last { // the end says well done
					add(speech.Relax, 0, "")
				}
				if h < target.Holds {
					t += cfg.Relax
				}
			}
			continue
		}
		both := e.Sides == program.BothSides
		if both {
			add(speech.Right, 0, "")
		}
		for r := 1; r <= target.Reps; r++ {
			if both {
				t += cfg.Pace
				add(speech.Left, 0, "")
			}
			t += cfg.Pace
			if countAloud(r, aloud) {
				add(speech.Number, r, "")
			}
			if both && r < target.Reps {
				add(speech.Right, 0, "")
			}
		}
	}
	add(speech.WellDone, 0, "")
	return want
}

// spokenScript runs a whole session of p under a fake clock and returns what For says, when.
func spokenScript(t *testing.T, p program.Program, cfg coach.Config, aloud settings.CountAloud) []line {
	var (
		mu   sync.Mutex
		got  []line
		prev coach.Snapshot
	)
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		s := coach.New(p, cfg, func(snap coach.Snapshot) {
			mu.Lock()
			defer mu.Unlock()
			for _, ph := range For(prev, snap, aloud).Say {
				got = append(got, lineOf(time.Since(start), ph))
			}
			prev = snap
		})
		time.Sleep(2 * time.Hour)
		synctest.Wait()
		if snap := s.Snapshot(); snap.Phase != coach.Finished {
			t.Fatalf("the session did not finish: %s", snap.Phase)
		}
		s.Stop()
	})
	return got
}

func TestWholeSessionScript(t *testing.T) {
	p := program.Builtin()
	cfg := coach.Config{Counting: coach.Paced}.WithDefaults()
	for _, aloud := range []settings.CountAloud{settings.CountEvery, settings.CountFives, settings.CountNever} {
		t.Run(string(aloud), func(t *testing.T) {
			got := spokenScript(t, p, cfg, aloud)
			want := expectedScript(p, cfg, aloud)
			if !slices.Equal(got, want) {
				t.Errorf("spoken script differs:\n%s", diffLines(got, want))
			}
		})
	}
}

// diffLines shows the first lines where two scripts part.
func diffLines(got, want []line) string {
	var b strings.Builder
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i].String()
		}
		if i < len(want) {
			w = want[i].String()
		}
		if g != w {
			fmt.Fprintf(&b, "line %d: got %q, want %q\n", i, g, w)
			if b.Len() > 800 {
				break
			}
		}
	}
	return b.String()
}

func TestScriptChanges(t *testing.T) {
	p := program.Builtin()
	stretch := p.Exercises[1]
	ready := snap{seq: 1, phase: coach.Ready, length: 5 * sec}.build()
	ready.Exercise, ready.Target = stretch, stretch.Target(program.Target{})
	paced := coach.Paced
	cases := []struct {
		name      string
		prev, cur coach.Snapshot
		aloud     settings.CountAloud
		want      []speech.Phrase
	}{
		{"session starts: the exercise and its dose", coach.Snapshot{}, ready, settings.CountFives,
			[]speech.Phrase{{Word: speech.Intro, Exercise: stretch, Target: stretch.Target(program.Target{})}}},
		{"a get-ready second passes: silent", ready, with(ready, func(s *coach.Snapshot) { s.Elapsed = sec }), settings.CountFives, nil},
		{"a two-sided exercise starts to the right", ready,
			snap{seq: 2, phase: coach.Moving, side: coach.Right, counting: paced, length: 3 * sec}.build(), settings.CountFives,
			[]speech.Phrase{{Word: speech.Right}}},
		{"the fifth repetition, counting every fifth", snap{seq: 3, phase: coach.Moving, side: coach.Left, count: 4, counting: paced}.build(),
			snap{seq: 4, phase: coach.Moving, side: coach.Right, count: 5, counting: paced}.build(), settings.CountFives,
			[]speech.Phrase{{Word: speech.Number, N: 5}, {Word: speech.Right}}},
		{"the sixth repetition, counting every fifth", snap{seq: 3, phase: coach.Moving, side: coach.Left, count: 5, counting: paced}.build(),
			snap{seq: 4, phase: coach.Moving, side: coach.Right, count: 6, counting: paced}.build(), settings.CountFives,
			[]speech.Phrase{{Word: speech.Right}}},
		{"counted by the user, counting every one", snap{seq: 3, phase: coach.Moving, count: 6, counting: coach.Counted}.build(),
			snap{seq: 4, phase: coach.Moving, count: 7, counting: coach.Counted}.build(), settings.CountEvery,
			[]speech.Phrase{{Word: speech.Number, N: 7}}},
		{"never counting aloud", snap{seq: 3, phase: coach.Moving, count: 9, counting: paced}.build(),
			snap{seq: 4, phase: coach.Moving, count: 10, counting: paced}.build(), settings.CountNever, nil},
		{"paused mid-movement: silent", snap{seq: 3, phase: coach.Moving, side: coach.Right, count: 4, counting: paced}.build(),
			snap{seq: 4, phase: coach.Moving, side: coach.Right, count: 4, counting: paced, paused: true}.build(), settings.CountEvery, nil},
		{"Back restarts the exercise: no count", snap{seq: 3, phase: coach.Moving, count: 9, counting: paced}.build(),
			with(ready, func(s *coach.Snapshot) { s.Seq = 4; s.Index = 0 }), settings.CountEvery,
			[]speech.Phrase{{Word: speech.UpNext, Exercise: stretch, Target: stretch.Target(program.Target{})}}},
		{"the last repetition: done", snap{seq: 7, phase: coach.Moving, count: 29, counting: paced, results: []int{29, 0}}.build(),
			snap{seq: 8, phase: coach.Between, count: 30, length: 3 * sec, results: []int{30, 0}}.build(), settings.CountFives,
			[]speech.Phrase{{Word: speech.Number, N: 30}, {Word: speech.Done}}},
		{"a second of done passes: silent", snap{seq: 8, phase: coach.Between, count: 30, length: 3 * sec, results: []int{30, 0}}.build(),
			snap{seq: 9, phase: coach.Between, count: 30, length: 3 * sec, elapsed: sec, results: []int{30, 0}}.build(), settings.CountEvery, nil},
		{"the last hold: relax, done", snap{seq: 9, phase: coach.Holding, count: 4, length: 10 * sec, elapsed: 9 * sec, results: []int{4, 0}}.build(),
			snap{seq: 10, phase: coach.Between, count: 5, length: 3 * sec, results: []int{5, 0}}.build(), settings.CountEvery,
			[]speech.Phrase{{Word: speech.Relax}, {Word: speech.Done}}},
		{"done, then the next exercise", snap{seq: 10, phase: coach.Between, count: 30, length: 3 * sec, elapsed: 2 * sec, results: []int{30, 0}}.build(),
			with(ready, func(s *coach.Snapshot) { s.Seq, s.Index, s.Results = 11, 1, []coach.Result{{Count: 30}, {}} }), settings.CountEvery,
			[]speech.Phrase{{Word: speech.UpNext, Exercise: stretch, Target: stretch.Target(program.Target{})}}},
		{"Next mid-exercise: the next one at once", snap{seq: 7, phase: coach.Moving, count: 12, counting: paced, results: []int{12, 0}}.build(),
			with(ready, func(s *coach.Snapshot) { s.Seq, s.Index, s.Results = 8, 1, []coach.Result{{Count: 12}, {}} }), settings.CountEvery,
			[]speech.Phrase{{Word: speech.UpNext, Exercise: stretch, Target: stretch.Target(program.Target{})}}},
		{"it hurts: silent", snap{seq: 7, phase: coach.Moving, count: 12, counting: paced, results: []int{12}}.build(),
			snap{seq: 8, phase: coach.PainCheck, count: 12, results: []int{12}}.build(), settings.CountEvery, nil},
		{"a hold starts", snap{seq: 5, phase: coach.Relaxing, count: 1, length: 5 * sec, elapsed: 4 * sec}.build(),
			snap{seq: 6, phase: coach.Holding, count: 1, length: 10 * sec}.build(), settings.CountFives, []speech.Phrase{{Word: speech.Hold}}},
		{"a hold at 3", snap{seq: 7, phase: coach.Holding, length: 10 * sec, elapsed: 6 * sec}.build(),
			snap{seq: 8, phase: coach.Holding, length: 10 * sec, elapsed: 7 * sec}.build(), settings.CountNever, []speech.Phrase{{Word: speech.Number, N: 3}}},
		{"a get-ready at 3: the tone only", snap{seq: 2, phase: coach.Ready, length: 5 * sec, elapsed: sec}.build(),
			snap{seq: 3, phase: coach.Ready, length: 5 * sec, elapsed: 2 * sec}.build(), settings.CountEvery, nil},
		{"a hold ends", snap{seq: 9, phase: coach.Holding, length: 10 * sec, elapsed: 9 * sec}.build(),
			snap{seq: 10, phase: coach.Relaxing, count: 1, length: 5 * sec}.build(), settings.CountFives, []speech.Phrase{{Word: speech.Relax}}},
		{"the session's last hold ends", snap{seq: 9, index: 6, phase: coach.Holding, count: 4, length: 10 * sec, elapsed: 9 * sec, results: []int{30, 0, 0, 0, 0, 0, 4}}.build(),
			snap{seq: 10, index: 6, phase: coach.Finished, results: []int{30, 0, 0, 0, 0, 0, 5}}.build(), settings.CountFives, []speech.Phrase{{Word: speech.WellDone}}},
		{"ended before anything was done", ready, snap{seq: 2, phase: coach.Finished, results: []int{0}}.build(), settings.CountFives, nil},
		{"a resumed session already finished", coach.Snapshot{}, snap{seq: 1, phase: coach.Finished, results: []int{30}}.build(), settings.CountFives, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := For(c.prev, c.cur, c.aloud)
			if !slices.EqualFunc(got.Say, c.want, samePhrase) {
				t.Errorf("said %v, want %v", got.Say, c.want)
			}
			if !slices.Equal(got.Tones, CuesFor(c.prev, c.cur)) {
				t.Errorf("tones %v, want those of CuesFor", got.Tones)
			}
		})
	}
}

func samePhrase(a, b speech.Phrase) bool {
	return a.Word == b.Word && a.N == b.N && a.Exercise.ID == b.Exercise.ID && a.Target == b.Target
}

func with(s coach.Snapshot, edit func(*coach.Snapshot)) coach.Snapshot {
	edit(&s)
	return s
}
