package sound

import (
	"math"
	"testing"
	"time"
)

func peak(s []float32) float64 {
	p := 0.0
	for _, v := range s {
		p = max(p, math.Abs(float64(v)))
	}
	return p
}

// maxStep is the largest jump between neighbouring samples: a click is a jump far larger than
// the tone's own slope.
func maxStep(s []float32) float64 {
	d := 0.0
	for i := 1; i < len(s); i++ {
		d = max(d, math.Abs(float64(s[i]-s[i-1])))
	}
	return d
}

func TestTone(t *testing.T) {
	cases := []struct {
		name   string
		freqs  []float64
		dur    time.Duration
		rate   int
		volume float64
	}{
		{"beep", []float64{880}, 110 * time.Millisecond, 48000, 0.7},
		{"chord", []float64{523.25, 659.26, 783.99}, 300 * time.Millisecond, 44100, 0.5},
		{"quiet", []float64{440}, time.Second, 22050, 0.01},
		{"short", []float64{1000}, 8 * time.Millisecond, 48000, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := tone(c.freqs, c.dur, c.rate, c.volume)
			if want := int(c.dur.Seconds() * float64(c.rate)); len(s) != want {
				t.Fatalf("len = %d samples, want %d", len(s), want)
			}
			if p := peak(s); math.Abs(p-c.volume) > 1e-6 {
				t.Errorf("peak = %g, want %g", p, c.volume)
			}
			if s[0] != 0 || s[len(s)-1] != 0 {
				t.Errorf("ends = %g, %g, want silence", s[0], s[len(s)-1])
			}
			// Within the fade the level rises smoothly: the first millisecond stays well
			// below the peak, so there is no step to click.
			ms := c.rate / 1000
			if p := peak(s[:ms]); p > 0.2*c.volume {
				t.Errorf("first ms peaks at %g, want below %g", p, 0.2*c.volume)
			}
			if p := peak(s[len(s)-ms:]); p > 0.2*c.volume {
				t.Errorf("last ms peaks at %g, want below %g", p, 0.2*c.volume)
			}
		})
	}
}

func TestToneSilentAtZeroVolume(t *testing.T) {
	if p := peak(tone([]float64{440}, 50*time.Millisecond, 48000, 0)); p != 0 {
		t.Errorf("peak at volume 0 = %g", p)
	}
	if s := tone(nil, 50*time.Millisecond, 48000, 1); len(s) != 0 {
		t.Errorf("no frequencies gave %d samples", len(s))
	}
}

func TestRender(t *testing.T) {
	const volume = 0.6
	for _, c := range Cues {
		t.Run(c.String(), func(t *testing.T) {
			s := Render(c, SampleRate, volume)
			if want := int(length(c).Seconds() * SampleRate); len(s) != want {
				t.Errorf("len = %d, want %d (%s)", len(s), want, length(c))
			}
			if length(c) > 1500*time.Millisecond {
				t.Errorf("%s lasts %s: a cue must not run into the next second", c, length(c))
			}
			p := peak(s)
			if p > volume+1e-6 || p < 0.4*volume {
				t.Errorf("peak = %g, want at most %g and audible", p, volume)
			}
			if s[0] != 0 || s[len(s)-1] != 0 {
				t.Errorf("ends = %g, %g, want silence", s[0], s[len(s)-1])
			}
			// The steepest step of a full-scale sine at f is 2πf/rate; anything steeper
			// is a click where two notes meet.
			if step, limit := maxStep(s), 2*math.Pi*2*c6/SampleRate*volume; step > limit {
				t.Errorf("largest step %g exceeds %g: a click", step, limit)
			}
		})
	}
	if length(Tick) >= length(Countdown) || length(Countdown) >= length(Chime) {
		t.Errorf("want tick < countdown < chime, got %s, %s, %s", length(Tick), length(Countdown), length(Chime))
	}
}

func TestCuesDistinct(t *testing.T) {
	// HoldStart and HoldEnd must not sound alike: the same notes in the other order.
	a, b := Render(HoldStart, SampleRate, 1), Render(HoldEnd, SampleRate, 1)
	n := min(len(a), len(b)) / 4
	same := true
	for i := range n {
		if math.Abs(float64(a[i]-b[i])) > 1e-3 {
			same = false
			break
		}
	}
	if same {
		t.Error("hold start and hold end begin alike")
	}
}

func TestLevel(t *testing.T) {
	cases := map[int]float64{-5: 0, 0: 0, 10: 0.01, 50: 0.25, 70: 0.49, 100: 1, 150: 1}
	for percent, want := range cases {
		if got := Level(percent); math.Abs(got-want) > 1e-9 {
			t.Errorf("Level(%d) = %g, want %g", percent, got, want)
		}
	}
}
