package speech

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// fakeEngine records what it says, at what time; while hold is set, say waits for it to close.
type fakeEngine struct {
	mu     sync.Mutex
	said   []string
	at     []time.Time
	hold   chan struct{}
	closed bool
}

func (e *fakeEngine) say(u Utterance) error {
	if e.hold != nil {
		<-e.hold
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.said, e.at = append(e.said, u.Text), append(e.at, time.Now())
	return nil
}

func (e *fakeEngine) close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.closed = true
	return nil
}

func (e *fakeEngine) lines() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.said)
}

func line(text string) Utterance {
	return Utterance{Text: text, Lang: "en", Volume: 70, At: time.Now()}
}

func TestVoiceSays(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		e := &fakeEngine{}
		v := newVoice(func() (engine, error) { return e, nil }, t.Logf)
		for _, w := range []string{"Hold", "3", "2", "1", "Relax"} {
			v.Say(line(w))
			synctest.Wait()
			time.Sleep(time.Second)
		}
		v.Say(line("")) // nothing to say
		synctest.Wait()
		v.Close()
		synctest.Wait()
		if got, want := e.lines(), []string{"Hold", "3", "2", "1", "Relax"}; !slices.Equal(got, want) {
			t.Errorf("said %q, want %q", got, want)
		}
		if !e.closed {
			t.Error("the engine was not closed")
		}
		v.Say(line("after close")) // returns, says nothing
		if len(e.lines()) != 5 {
			t.Errorf("said after Close: %q", e.lines())
		}
	})
}

// A service that takes its time never makes Say wait, and what would come late is dropped, not
// queued behind the count.
func TestVoiceSlowServiceNeverDelays(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		e := &fakeEngine{hold: make(chan struct{})}
		v := newVoice(func() (engine, error) { return e, nil }, t.Logf)
		start := time.Now()
		v.Say(line("Exercise one, 30 times")) // taken up; the service hangs on it
		synctest.Wait()
		for i := 1; i <= 5; i++ {
			time.Sleep(2 * time.Second) // the coach counts on
			v.Say(line(fmt.Sprint(i)))
		}
		if d := time.Since(start); d != 10*time.Second {
			t.Errorf("the count took %s, want 10s: Say waited for the service", d)
		}
		// The service answers again 300 ms after "5": only "5" is still worth saying.
		time.Sleep(300 * time.Millisecond)
		close(e.hold)
		synctest.Wait()
		v.Close()
		synctest.Wait()
		if got, want := e.lines(), []string{"Exercise one, 30 times", "5"}; !slices.Equal(got, want) {
			t.Errorf("said %q, want %q", got, want)
		}
	})
}

func TestVoiceDropsLateLines(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		e := &fakeEngine{}
		v := newVoice(func() (engine, error) {
			time.Sleep(time.Second) // a service that is slow to start
			return e, nil
		}, t.Logf)
		v.Say(line("Exercise one, 30 times"))
		time.Sleep(700 * time.Millisecond)
		v.Say(line("Right"))
		synctest.Wait()
		time.Sleep(2 * time.Second)
		v.Say(line("Left"))
		synctest.Wait()
		v.Close()
		synctest.Wait()
		// The first line waited 1 s for the service: late, dropped; "Right" was 300 ms late.
		if got, want := e.lines(), []string{"Right", "Left"}; !slices.Equal(got, want) {
			t.Errorf("said %q, want %q", got, want)
		}
	})
}

func TestVoiceWithoutService(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var logged []string
		logf := func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
		opens := 0
		v := newVoice(func() (engine, error) {
			opens++
			return nil, fmt.Errorf("%w: speech-dispatcher is not installed", ErrNoService)
		}, logf)
		if v.Unavailable() != nil {
			t.Error("unavailable before it was tried")
		}
		start := time.Now()
		for range 10 {
			v.Say(line("Hold"))
			synctest.Wait()
		}
		if time.Since(start) != 0 {
			t.Errorf("Say took %s", time.Since(start))
		}
		if err := v.Unavailable(); !errors.Is(err, ErrNoService) {
			t.Errorf("Unavailable() = %v, want ErrNoService", err)
		}
		if opens != 1 || len(logged) != 1 {
			t.Errorf("opened %d times, logged %q: want once each", opens, logged)
		}
		v.Close()
	})
}

func TestVoiceFailsOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var logged []string
		logf := func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
		v := newVoice(func() (engine, error) { return failing{}, nil }, logf)
		v.Start()
		v.Say(line("Hold"))
		synctest.Wait()
		v.Say(line("Relax"))
		synctest.Wait()
		if v.Unavailable() == nil || len(logged) != 1 {
			t.Errorf("Unavailable() = %v, logged %q", v.Unavailable(), logged)
		}
		v.Close()
	})
}

type failing struct{}

func (failing) say(Utterance) error { return errors.New("broken pipe") }
func (failing) close() error        { return nil }

// A service that comes later (started, or restarted after it failed) is found again, at most
// every RetryAfter, and the log still says why only once.
func TestVoiceTriesTheServiceAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var logged []string
		logf := func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
		e := &fakeEngine{}
		opens, broken := 0, true
		v := newVoice(func() (engine, error) {
			opens++
			if broken {
				return nil, ErrNoService
			}
			return e, nil
		}, logf)
		v.Start()
		synctest.Wait()
		if !errors.Is(v.Unavailable(), ErrNoService) {
			t.Fatalf("Unavailable() = %v", v.Unavailable())
		}
		time.Sleep(10 * time.Second)
		v.Say(line("Hold")) // too soon to try again: dropped
		synctest.Wait()
		broken = false
		time.Sleep(25 * time.Second)
		v.Say(line("Relax")) // 35 s after the failure: the service is tried, and answers
		synctest.Wait()
		if got := e.lines(); !slices.Equal(got, []string{"Relax"}) || opens != 2 {
			t.Errorf("said %q after %d opens, want Relax after 2", got, opens)
		}
		if v.Unavailable() != nil {
			t.Errorf("Unavailable() = %v once the service answers", v.Unavailable())
		}
		if len(logged) != 1 {
			t.Errorf("logged %q, want one line", logged)
		}
		v.Close()
	})
}
