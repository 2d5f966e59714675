// Package journaltest makes realistic journals from the shipped program, for tests and benchmarks.
package journaltest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
)

// sampleExercise is one exercise of the shipped program as the sample records it: the upper
// end of each dose, and a typical time taken.
type sampleExercise struct {
	id, title   string
	kind        journal.ExerciseKind
	sides       journal.Sides
	target      int
	holdSeconds int
	typical     time.Duration // time taken, before the sample's noise
}

// sampleProgram is the shipped program's exercises, read from the program file so that the
// sample, and every golden made from it, follows the program rather than a copy of it.
var sampleProgram = func() []sampleExercise {
	var out []sampleExercise
	for _, e := range program.Builtin().Exercises {
		s := sampleExercise{id: e.ID, title: e.Title, kind: journal.Reps, sides: journal.Sides(e.Sides)}
		if e.Dose.Kind() == program.Holds {
			s.kind, s.target, s.holdSeconds = journal.Holds, e.Dose.Holds.Max, e.Dose.HoldSeconds.Max
			s.typical = time.Duration(s.target*(s.holdSeconds+10)) * time.Second
		} else {
			s.target = e.Dose.Reps.Max
			s.typical = time.Duration(s.target*e.Sides.Movements()*10) * time.Second
		}
		out = append(out, s)
	}
	return out
}()

// painStopExercise is where the sample's occasional pain stops happen.
const painStopExercise = 3 // knees-bent-twist

// Records returns days of realistic records starting on start's local day in loc, the same for the
// same seed: two or three sessions most days at about 8:00, 13:30 and 19:00, a few missed days, a
// three-day flare-up rest in the middle, occasional pain stops on exercise 4 at levels 3–6, a few
// sessions ended early, snoozes and skips, and pain before and after trending down.
//
// It is for tests and benchmarks; the app never writes it as the user's data.
func Records(start time.Time, days int, loc *time.Location, seed int64) []journal.Record {
	g := NewSampler(uint64(seed), 0x5e551e, loc, days)
	first := journal.DayOf(start, loc)
	flareDay := -1
	if days >= 10 {
		flareDay = days / 2
	}
	var out []journal.Record
	for i := range days {
		d := first.AddDays(i)
		switch {
		case i == flareDay:
			out = append(out, journal.NewFlareRecord(journal.Flare{From: g.At(d, 7, 40), Until: d.AddDays(3).Start(loc)}))
		case i > flareDay && i < flareDay+3 && flareDay >= 0:
			// resting
		case i > 0 && g.rng.Float64() < 0.06:
			// missed
		default:
			out = append(out, g.day(d, i)...)
		}
		if i == 1 {
			out = append(out, journal.NewPauseRecord(journal.Pause{At: g.At(d, 21, 10), Until: g.At(d.AddDays(1), 7, 0)}))
		}
	}
	return out
}

// Sampler makes sample sessions for a journal of days days in loc, the same for the same seeds.
type Sampler struct {
	rng  *rand.Rand
	loc  *time.Location
	days int
}

// NewSampler returns a Sampler drawing from a PCG source with seeds seed1 and seed2.
func NewSampler(seed1, seed2 uint64, loc *time.Location, days int) *Sampler {
	return &Sampler{rng: rand.New(rand.NewPCG(seed1, seed2)), loc: loc, days: days}
}

// IntN returns a random number in [0, n) from the sampler's source.
func (g *Sampler) IntN(n int) int { return g.rng.IntN(n) }

// At is hour:minute on day d.
func (g *Sampler) At(d journal.Day, hour, minute int) time.Time {
	return time.Date(d.Y, d.M, d.D, hour, minute, 0, 0, g.loc)
}

// day returns one day's sessions and reminder events.
func (g *Sampler) day(d journal.Day, i int) []journal.Record {
	slots := [][2]int{{8, 0}, {13, 30}, {19, 0}}
	n := 2
	if g.rng.Float64() < 0.45 {
		n = 3
	}
	var out []journal.Record
	for k, slot := range slots[:n] {
		start := g.At(d, slot[0], slot[1]+g.rng.IntN(50))
		if g.rng.Float64() < 0.1 {
			out = append(out, journal.NewSnoozeRecord(journal.Snooze{At: start.Add(-25 * time.Minute), Until: start.Add(-10 * time.Minute)}))
		}
		out = append(out, journal.NewSessionRecord(g.Session(start, i, k)))
	}
	if n == 2 && g.rng.Float64() < 0.3 {
		due := g.At(d, 19, 0)
		out = append(out, journal.NewSkipRecord(journal.Skip{At: due.Add(2 * time.Minute), Due: due}))
	}
	return out
}

// Session returns one session starting at start on the i-th day of the sample.
func (g *Sampler) Session(start time.Time, i, k int) journal.Session {
	s := journal.Session{
		ID:        fmt.Sprintf("%s-%08x", start.UTC().Format("20060102T150405Z"), g.rng.Uint32()),
		Program:   "lumbar",
		Start:     start,
		Completed: true,
	}
	// journal.Pain eases from about 6 to about 2 over the sample, with a little noise.
	base := 6 - 4*float64(i)/float64(max(1, g.days-1)) + g.rng.Float64()*2 - 1
	before := min(10, max(0, int(base+0.5)))
	if g.rng.Float64() < 0.9 {
		s.PainBefore = journal.Pain(before)
	}
	endAfter := len(sampleProgram)
	if g.rng.Float64() < 0.05 {
		endAfter = 2 + g.rng.IntN(4) // ended early after exercise 3..6
		s.Completed = false
	}
	t := start
	for x, ex := range sampleProgram {
		e := journal.ExerciseRecord{ID: ex.id, Title: ex.title, Kind: ex.kind, Sides: ex.sides, Target: ex.target, HoldSeconds: ex.holdSeconds, Status: journal.StatusNotStarted}
		if x < endAfter {
			g.exercise(&e, x)
			t = t.Add(ex.typical + time.Duration(g.rng.IntN(90))*time.Second)
		}
		s.Exercises = append(s.Exercises, e)
	}
	s.End = t
	if s.Completed && s.PainBefore != nil {
		s.PainAfter = journal.Pain(max(0, before-1-g.rng.IntN(2)))
	}
	return s
}

// exercise fills in how exercise x went.
func (g *Sampler) exercise(e *journal.ExerciseRecord, x int) {
	r := g.rng.Float64()
	switch {
	case x == painStopExercise && r < 0.12:
		e.Status = journal.StatusPain
		e.Done = e.Target / 3
		e.Pain = journal.Pain(3 + g.rng.IntN(4))
	case r < 0.02:
		e.Status = journal.StatusSkipped
	case r < 0.05:
		e.Status = journal.StatusPartial
		e.Done = e.Target / 2
	default:
		e.Status = journal.StatusDone
		e.Done = e.Target
	}
}
