package soundtest

import (
	"sync"

	"github.com/spinecoach/spinecoach/internal/sound"
)

// Played is one cue a Recorder was asked to play.
type Played struct {
	Cue    sound.Cue
	Volume float64
}

// Recorder is a sound.Player for tests: it keeps what it was asked to play. It is safe for
// concurrent use. The zero value is ready.
type Recorder struct {
	mu     sync.Mutex
	played []Played
}

var _ sound.Player = (*Recorder)(nil)

// Play records c at volume.
func (r *Recorder) Play(c sound.Cue, volume float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.played = append(r.played, Played{c, volume})
}

// Played returns what was played so far, oldest first.
func (r *Recorder) Played() []Played {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Played(nil), r.played...)
}

// Cues returns the cues played so far, oldest first.
func (r *Recorder) Cues() []sound.Cue {
	var cs []sound.Cue
	for _, p := range r.Played() {
		cs = append(cs, p.Cue)
	}
	return cs
}

// Reset forgets what was played.
func (r *Recorder) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.played = nil
}
