package speech

import (
	"log"
	"sync"
	"time"
)

// engine is one system's speech service, used by one goroutine at a time.
type engine interface {
	// say starts saying u, cutting off what the engine is still saying, and returns once the
	// service has taken it (not when it has been said).
	say(u Utterance) error
	close() error
}

// Voice is the Speaker for the system's speech service. The service is opened at Start or at the
// first line, by a goroutine of its own that then says the lines; Say only hands a line over. A
// line waits for nothing: one that finds the goroutine still busy replaces the line waiting
// before it, and a line taken up later than Late after its moment is dropped. Without a working
// service the log says why, once, Unavailable says it too, and the voice stays silent; it tries
// the service again, at most every RetryAfter, for a service started or restarted later.
type Voice struct {
	open func() (engine, error)
	logf func(format string, args ...any)
	now  func() time.Time

	start sync.Once
	next  chan Utterance // holds at most the one line not yet taken up
	done  chan struct{}
	close sync.Once

	mu     sync.Mutex
	err    error
	logged bool
}

// RetryAfter is how long a voice without a working service waits before it tries it again.
const RetryAfter = 30 * time.Second

var _ Speaker = (*Voice)(nil)

// New returns the voice of this system's speech service. Make one per process.
func New() *Voice { return newVoice(openSystem, log.Printf) }

func newVoice(open func() (engine, error), logf func(string, ...any)) *Voice {
	return &Voice{open: open, logf: logf, now: time.Now, next: make(chan Utterance, 1), done: make(chan struct{})}
}

// Start opens the speech service in the background, so that the first line is not late and
// Unavailable knows early whether there is one.
func (v *Voice) Start() { v.start.Do(func() { go v.run() }) }

// Say hands u to the voice's goroutine and returns at once.
func (v *Voice) Say(u Utterance) {
	if u.Text == "" {
		return
	}
	v.Start()
	for {
		select {
		case <-v.done:
			return
		case v.next <- u:
			return
		default:
		}
		select { // a line still waiting is older than u: its moment has passed
		case <-v.next:
		default:
		}
	}
}

// Unavailable returns why the voice cannot speak, or nil.
func (v *Voice) Unavailable() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.err
}

// Close stops the voice's goroutine and closes the service; later lines are not said.
func (v *Voice) Close() {
	v.close.Do(func() { close(v.done) })
}

func (v *Voice) run() {
	var eng engine
	var failed time.Time // when the service last failed; zero while it works
	defer func() {
		if eng != nil {
			eng.close()
		}
	}()
	connect := func() bool {
		if !failed.IsZero() && v.now().Sub(failed) < RetryAfter {
			return false
		}
		var err error
		if eng, err = v.open(); err != nil {
			eng, failed = nil, v.now()
			v.fail(err)
			return false
		}
		failed = time.Time{}
		v.fail(nil)
		return true
	}
	connect()
	for {
		var u Utterance
		select {
		case u = <-v.next:
		case <-v.done:
			return
		}
		if eng == nil && !connect() {
			continue
		}
		if late := v.now().Sub(u.At); late > Late {
			continue // dropped: it would come late
		}
		if err := eng.say(u); err != nil {
			eng.close()
			eng, failed = nil, v.now()
			v.fail(err)
		}
	}
}

// fail keeps why the voice cannot speak, or nil once it can again, and logs the first failure.
func (v *Voice) fail(err error) {
	v.mu.Lock()
	v.err = err
	first := err != nil && !v.logged
	if first {
		v.logged = true
	}
	v.mu.Unlock()
	if first {
		v.logf("voice: %v; the session goes on with the tones", err)
	}
}
