package sound

import "math"

// Cue is one sound the coach makes.
type Cue int

const (
	// Tick is a soft tick when a paced movement is done.
	Tick Cue = iota
	// Start is the rising pair of notes that starts the movements of a repetition exercise.
	Start
	// HoldStart is the rising pair of notes that starts a hold.
	HoldStart
	// HoldEnd is the falling pair of notes that ends a hold: let go.
	HoldEnd
	// Countdown is a short beep on each of the last three seconds of a hold or a get-ready
	// countdown.
	Countdown
	// Chime is the three-note chime at the end of the session.
	Chime
)

var cueNames = [...]string{"tick", "start", "hold-start", "hold-end", "countdown", "chime"}

func (c Cue) String() string {
	if c < 0 || int(c) >= len(cueNames) {
		return "cue(?)"
	}
	return cueNames[c]
}

// Cues lists every cue, for tests and for warming a cache.
var Cues = []Cue{Tick, Start, HoldStart, HoldEnd, Countdown, Chime}

// Player plays cues. Play must return at once: it is called on the UI goroutine, and a player
// without a working device stays silent rather than fail. volume is the peak level 0..1.
type Player interface {
	Play(c Cue, volume float64)
}

// Level is the peak level 0..1 for a volume setting of 0–100 %. Loudness is heard on a
// logarithmic scale, so the setting maps to the square of its fraction: 10 % is 40 dB below
// full, 50 % is 12 dB below, and each step of the setting sounds like a similar change.
func Level(percent int) float64 {
	p := math.Max(0, math.Min(100, float64(percent))) / 100
	return p * p
}
