package speaker

import (
	"encoding/binary"
	"log"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spinecoach/spinecoach/internal/sound"
)

// OpenTimeout is how long the device may take to open before the speaker gives up and stays
// silent: a sound server that hangs must not leave cues queued for ever.
const OpenTimeout = 5 * time.Second

// stale is how late a cue may start; a later one would mislead more than it helps.
const stale = 300 * time.Millisecond

// device plays PCM: mono little-endian float32 at sound.SampleRate.
type device interface {
	play(pcm []byte) error
}

// Speaker is a sound.Player for the computer's sound device. Nothing is opened until the first
// cue: then a goroutine opens the device, once per process, off the caller's goroutine, and
// plays that cue and the later ones. Without a working device it says why, once, in the log,
// and stays silent. Play never blocks.
type Speaker struct {
	open   func() (device, error)
	logf   func(format string, args ...any)
	start  sync.Once
	queue  chan request
	done   chan struct{}
	close  sync.Once
	silent atomic.Bool

	cache map[key][]byte // used only by the playing goroutine
}

type request struct {
	cue    sound.Cue
	volume float64
	at     time.Time
}

type key struct {
	cue   sound.Cue
	level int // volume in thousandths
}

var _ sound.Player = (*Speaker)(nil)

// New returns a speaker for the system's default sound device. Make one per process: the
// device can be opened only once.
func New() *Speaker { return newSpeaker(openDevice, log.Printf) }

func newSpeaker(open func() (device, error), logf func(string, ...any)) *Speaker {
	return &Speaker{open: open, logf: logf, queue: make(chan request, 8), done: make(chan struct{}), cache: map[key][]byte{}}
}

// Play queues cue c at volume (0..1). A cue that finds the queue full is dropped.
func (s *Speaker) Play(c sound.Cue, volume float64) {
	if s.silent.Load() || volume <= 0 {
		return
	}
	s.start.Do(func() { go s.run() })
	select {
	case s.queue <- request{c, volume, time.Now()}:
	default:
	}
}

func (s *Speaker) run() {
	dev, err := s.open()
	if err != nil {
		s.quiet("no sound device: %v; sound cues are off", err)
		return
	}
	for {
		var r request
		select {
		case r = <-s.queue:
		case <-s.done:
			return
		}
		if time.Since(r.at) > stale {
			continue // the device was slow to open: this cue's moment has passed
		}
		if err := dev.play(s.pcm(r)); err != nil {
			s.quiet("sound device failed: %v; sound cues are off", err)
			return
		}
	}
}

// Close stops the speaker's goroutine; later cues are not played. The device stays open, as
// oto cannot close it, until the process ends.
func (s *Speaker) Close() {
	s.close.Do(func() {
		s.silent.Store(true)
		close(s.done)
	})
}

// quiet logs why the speaker falls silent, and makes every later Play return at once.
func (s *Speaker) quiet(format string, args ...any) {
	s.silent.Store(true)
	s.logf("sound: "+format, args...)
	for {
		select {
		case <-s.queue:
		default:
			return
		}
	}
}

func (s *Speaker) pcm(r request) []byte {
	k := key{r.cue, int(math.Round(r.volume * 1000))}
	if b, ok := s.cache[k]; ok {
		return b
	}
	samples := sound.Render(r.cue, sound.SampleRate, float64(k.level)/1000)
	b := make([]byte, 4*len(samples))
	for i, v := range samples {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	s.cache[k] = b
	return b
}
