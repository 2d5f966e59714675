package speechtest

import (
	"sync"

	"github.com/spinecoach/spinecoach/internal/speech"
)

// Recorder is a speech.Speaker for tests: it keeps what it was asked to say.
type Recorder struct {
	mu   sync.Mutex
	said []speech.Utterance
	// Err is what Unavailable returns.
	Err error
}

var _ speech.Speaker = (*Recorder)(nil)

// Say records u.
func (r *Recorder) Say(u speech.Utterance) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.said = append(r.said, u)
}

// Unavailable returns r.Err.
func (r *Recorder) Unavailable() error { return r.Err }

// Said returns what was said so far, oldest first.
func (r *Recorder) Said() []speech.Utterance {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]speech.Utterance(nil), r.said...)
}

// Reset forgets what was said.
func (r *Recorder) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.said = nil
}
