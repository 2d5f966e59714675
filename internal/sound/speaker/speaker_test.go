package speaker

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/sound"
)

type fakeDevice struct {
	mu     sync.Mutex
	played [][]byte
	err    error
}

func (d *fakeDevice) play(pcm []byte) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err != nil {
		return d.err
	}
	d.played = append(d.played, pcm)
	return nil
}

func (d *fakeDevice) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.played)
}

type logs struct {
	mu    sync.Mutex
	lines []string
}

func (l *logs) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *logs) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

func TestSpeakerPlaysCues(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dev := &fakeDevice{}
		opened := 0
		var l logs
		s := newSpeaker(func() (device, error) { opened++; return dev, nil }, l.printf)
		defer s.Close()
		s.Play(sound.Countdown, 0.5)
		synctest.Wait()
		s.Play(sound.Countdown, 0.5)
		s.Play(sound.Chime, 0.5)
		s.Play(sound.Tick, 0) // volume 0: nothing
		synctest.Wait()
		if dev.count() != 3 || opened != 1 {
			t.Fatalf("played %d cues, opened %d times; want 3 and 1", dev.count(), opened)
		}
		// The PCM is the cue's samples as little-endian float32.
		want := sound.Render(sound.Countdown, sound.SampleRate, 0.5)
		got := dev.played[0]
		if len(got) != 4*len(want) {
			t.Fatalf("pcm of %d bytes, want %d", len(got), 4*len(want))
		}
		for i, v := range want {
			if f := math.Float32frombits(binary.LittleEndian.Uint32(got[4*i:])); f != v {
				t.Fatalf("sample %d = %g, want %g", i, f, v)
			}
		}
		if len(l.all()) != 0 {
			t.Errorf("logged %v", l.all())
		}
	})
}

func TestSpeakerWithoutDevice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var l logs
		opened := 0
		s := newSpeaker(func() (device, error) { opened++; return nil, errors.New("no card") }, l.printf)
		defer s.Close()
		for range 20 {
			s.Play(sound.Tick, 1) // never blocks, though nothing drains the queue
		}
		synctest.Wait()
		for range 20 {
			s.Play(sound.Chime, 1)
		}
		synctest.Wait()
		if got := l.all(); len(got) != 1 || opened != 1 {
			t.Fatalf("logged %q after %d opens; want one line and one open", got, opened)
		}
		if want := "sound: no sound device: no card; sound cues are off"; l.all()[0] != want {
			t.Errorf("log = %q, want %q", l.all()[0], want)
		}
	})
}

func TestSpeakerSlowDevice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dev := &fakeDevice{}
		s := newSpeaker(func() (device, error) {
			time.Sleep(2 * time.Second) // a sound server slow to answer
			return dev, nil
		}, t.Logf)
		defer s.Close()
		start := time.Now()
		s.Play(sound.Countdown, 1)
		if time.Since(start) != 0 {
			t.Error("Play waited for the device")
		}
		time.Sleep(3 * time.Second)
		synctest.Wait()
		if dev.count() != 0 {
			t.Error("a cue two seconds late was played")
		}
		s.Play(sound.Tick, 1)
		synctest.Wait()
		if dev.count() != 1 {
			t.Errorf("played %d cues once the device opened, want 1", dev.count())
		}
	})
}

func TestSpeakerDeviceFails(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dev := &fakeDevice{}
		var l logs
		s := newSpeaker(func() (device, error) { return dev, nil }, l.printf)
		defer s.Close()
		s.Play(sound.Tick, 1)
		synctest.Wait()
		dev.mu.Lock()
		dev.err = errors.New("unplugged")
		dev.mu.Unlock()
		s.Play(sound.Tick, 1)
		synctest.Wait()
		s.Play(sound.Tick, 1)
		synctest.Wait()
		if got := l.all(); len(got) != 1 || got[0] != "sound: sound device failed: unplugged; sound cues are off" {
			t.Errorf("log = %q", got)
		}
	})
}

func TestSpeakerClosed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dev := &fakeDevice{}
		s := newSpeaker(func() (device, error) { return dev, nil }, t.Logf)
		s.Play(sound.Tick, 1)
		synctest.Wait()
		s.Close()
		s.Close()
		s.Play(sound.Tick, 1)
		synctest.Wait()
		if dev.count() != 1 {
			t.Errorf("played %d cues, want 1: none after Close", dev.count())
		}
	})
}
