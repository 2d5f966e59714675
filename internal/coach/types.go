package coach

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// Phase is where a session is within the current exercise.
type Phase int

const (
	// Ready is the get-ready countdown before an exercise: the screen shows it as "up next"
	// with the exercise's name, starting position and drawing. It lasts Config.Ready, or
	// Config.Reposition before an exercise whose starting position is new
	// (program.Exercise.NewPosition).
	Ready Phase = iota
	// Moving is a repetition exercise under way.
	Moving
	// Holding is a static hold under way, with its countdown.
	Holding
	// Relaxing is the rest between two holds, with its countdown.
	Relaxing
	// Between is the short countdown (Config.Between) after an exercise reached its target and
	// before the next one's Ready: Index stays on the finished exercise and Results[Index]
	// holds its result ("Done: 30 of 30"); the next exercise is Index+1. It follows only an
	// exercise done in full and never the last one (the session finishes); an exercise left
	// with Next or stopped for pain goes straight to the next one's Ready.
	Between
	// PainCheck follows "it hurts": the exercise is stopped and the user may give a pain level.
	PainCheck
	// Finished is the end of the session.
	Finished
)

var phaseNames = [...]string{"ready", "moving", "holding", "relaxing", "between", "pain-check", "finished"}

func (p Phase) String() string { return phaseNames[p] }

// Timed reports whether the phase runs a countdown.
func (p Phase) Timed() bool { return p == Ready || p == Holding || p == Relaxing || p == Between }

// Counting is how repetitions are counted. Its values are the words of settings.json's "counting".
type Counting string

const (
	// Paced counting: the coach counts one movement every Config.Pace.
	Paced Counting = "paced"
	// Counted by the user: each Count call is one movement.
	Counted Counting = "counted"
)

// Side is the side a two-sided exercise is moving to now.
type Side int

const (
	// NoSide is a one-sided exercise, or no movement under way.
	NoSide Side = iota
	// Right is the first side of each repetition.
	Right
	// Left is the second side of each repetition.
	Left
)

func (s Side) String() string { return [...]string{"none", "right", "left"}[s] }

// Status is how an exercise ended in a session. Its values are the words the journal stores in
// an exercise's "status"; the zero value is no status (a journal line without one is set aside).
type Status string

const (
	// NotStarted exercises were not reached.
	NotStarted Status = "not-started"
	// Done exercises reached their target.
	Done Status = "done"
	// Partial exercises were left before their target, not for pain.
	Partial Status = "partial"
	// Skipped exercises were passed over with nothing done.
	Skipped Status = "skipped"
	// PainStopped exercises were stopped because they hurt; see Result.Pain.
	PainStopped Status = "pain"
)

// NoPain is the pain level of a result where none was given.
const NoPain = -1

// Result is what was done of one exercise in a session.
type Result struct {
	ExerciseID string
	Target     program.Target
	// Count is the repetitions or holds completed.
	Count  int
	Status Status
	// Pain is the level 0–10 given when the exercise was stopped for pain, or NoPain.
	Pain int
}

// Config is how a session is run. Zero durations take the defaults.
type Config struct {
	Counting Counting
	// Pace is the time for one movement in paced counting (one side of a two-sided exercise).
	Pace time.Duration
	// Ready is the get-ready countdown before each exercise.
	Ready time.Duration
	// Reposition is the longer get-ready before an exercise whose starting position is new
	// (program.Exercise.NewPosition), long enough to move from the mat's last position.
	Reposition time.Duration
	// Between is how long "done" shows after an exercise before the next one's get-ready.
	Between time.Duration
	// Relax is the rest between two holds.
	Relax time.Duration
	// Targets holds the user's chosen amounts by exercise id; they are clamped to each dose.
	Targets map[string]program.Target
}

// Defaults used where Config leaves a duration zero. They are the one owner of these
// numbers: settings.Default takes its timings from here. DefaultPace is slow on purpose: with
// it a session of the built-in program takes about the article's 40 minutes (see Estimate).
const (
	DefaultPace       = 10 * time.Second
	DefaultReady      = 5 * time.Second
	DefaultReposition = 15 * time.Second
	DefaultRelax      = 5 * time.Second
	DefaultBetween    = 3 * time.Second
)

// WithDefaults returns c with its zero durations set to the defaults, and paced counting
// when none is chosen.
func (c Config) WithDefaults() Config {
	if c.Counting == "" {
		c.Counting = Paced
	}
	if c.Pace <= 0 {
		c.Pace = DefaultPace
	}
	if c.Ready <= 0 {
		c.Ready = DefaultReady
	}
	if c.Reposition <= 0 {
		c.Reposition = max(DefaultReposition, c.Ready)
	}
	if c.Relax <= 0 {
		c.Relax = DefaultRelax
	}
	if c.Between <= 0 {
		c.Between = DefaultBetween
	}
	return c
}

// Snapshot is the state of a session at one instant, everything the screen needs to draw it.
type Snapshot struct {
	// Seq increases with every change; a listener can drop a snapshot older than one it has.
	Seq    uint64
	Phase  Phase
	Paused bool
	// Index is the current exercise's position in the program, from 0.
	Index    int
	Total    int
	Exercise program.Exercise
	Target   program.Target
	// Count is the repetitions or holds completed in the current exercise.
	Count    int
	Side     Side
	Counting Counting
	// Length is the length of the running countdown or paced movement.
	Length time.Duration
	// Elapsed is how much of it has passed at At.
	Elapsed time.Duration
	// At is the instant the snapshot was taken.
	At time.Time
	// PainIndex is the exercise stopped for pain, in the PainCheck phase.
	PainIndex int
	Results   []Result
	Started   time.Time
	Ended     time.Time
}

// Remaining is what is left of the countdown or movement at the snapshot's instant.
func (s Snapshot) Remaining() time.Duration { return s.Length - s.Elapsed }

// Deadline is when the running countdown or movement ends, or zero when paused or untimed.
func (s Snapshot) Deadline() time.Time {
	if s.Paused || s.Length == 0 {
		return time.Time{}
	}
	return s.At.Add(s.Remaining())
}

// Progress is the fraction 0..1 of the countdown or movement done at the snapshot's instant.
func (s Snapshot) Progress() float64 {
	if s.Length <= 0 {
		return 0
	}
	return min(1, float64(s.Elapsed)/float64(s.Length))
}
