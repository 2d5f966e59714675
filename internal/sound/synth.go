package sound

import (
	"math"
	"time"
)

// Fade is how long each tone takes to rise from silence and to fall back to it. A raised-cosine
// ramp this long keeps the ends of a tone from clicking and is too short to hear as a swell.
const Fade = 5 * time.Millisecond

// SampleRate is the rate the cues are made for, in samples a second.
const SampleRate = 48000

// note is one tone of a cue.
type note struct {
	freqs []float64     // sine partials, summed with equal weight
	dur   time.Duration // how long it sounds, fades included
	gap   time.Duration // silence after it
	level float64       // peak relative to the cue's volume, 0..1
	decay time.Duration // time constant of an exponential die-away, 0 for a steady tone
}

// Notes of the equal-tempered scale, in hertz.
const (
	c5 = 523.25
	e5 = 659.26
	g5 = 783.99
	a5 = 880.00
	c6 = 1046.50
	e6 = 1318.51
)

// cueNotes are the tones of each cue: short, soft and in one key, so that none startles a
// user lying still. Rising notes begin something, falling notes end it.
var cueNotes = map[Cue][]note{
	Tick:      {{freqs: []float64{e6}, dur: 40 * time.Millisecond, level: 0.45, decay: 15 * time.Millisecond}},
	Countdown: {{freqs: []float64{a5}, dur: 110 * time.Millisecond, level: 0.7}},
	Start: {
		{freqs: []float64{c5}, dur: 130 * time.Millisecond, gap: 30 * time.Millisecond, level: 0.9},
		{freqs: []float64{g5}, dur: 200 * time.Millisecond, level: 0.9, decay: 250 * time.Millisecond},
	},
	HoldStart: {
		{freqs: []float64{c5}, dur: 130 * time.Millisecond, gap: 30 * time.Millisecond, level: 0.9},
		{freqs: []float64{g5}, dur: 200 * time.Millisecond, level: 0.9, decay: 250 * time.Millisecond},
	},
	HoldEnd: {
		{freqs: []float64{g5}, dur: 130 * time.Millisecond, gap: 30 * time.Millisecond, level: 0.9},
		{freqs: []float64{c5}, dur: 260 * time.Millisecond, level: 0.9, decay: 250 * time.Millisecond},
	},
	Chime: {
		{freqs: []float64{c5, c6}, dur: 180 * time.Millisecond, level: 0.8, decay: 200 * time.Millisecond},
		{freqs: []float64{e5, 2 * e5}, dur: 180 * time.Millisecond, level: 0.8, decay: 200 * time.Millisecond},
		{freqs: []float64{g5, 2 * g5}, dur: 180 * time.Millisecond, level: 0.8, decay: 200 * time.Millisecond},
		{freqs: []float64{c6, 2 * c6}, dur: 800 * time.Millisecond, level: 1, decay: 300 * time.Millisecond},
	},
}

// tone returns dur of the sum of sines at freqs, mono at sampleRate, faded in and out over Fade
// with a raised cosine so that its first and last samples are silent, and scaled so that its
// peak is volume (0..1).
func tone(freqs []float64, dur time.Duration, sampleRate int, volume float64) []float32 {
	return note{freqs: freqs, dur: dur, level: 1}.render(sampleRate, volume)
}

// Render returns the samples of cue c, mono float32 at sampleRate; its loudest note peaks at
// volume (0..1). An unknown cue is silence.
func Render(c Cue, sampleRate int, volume float64) []float32 {
	var out []float32
	for _, n := range cueNotes[c] {
		out = append(out, n.render(sampleRate, volume)...)
		out = append(out, make([]float32, samples(n.gap, sampleRate))...)
	}
	return out
}

// length is how long cue c sounds.
func length(c Cue) time.Duration {
	var d time.Duration
	for _, n := range cueNotes[c] {
		d += n.dur + n.gap
	}
	return d
}

func samples(d time.Duration, rate int) int {
	return int(int64(d) * int64(rate) / int64(time.Second))
}

func (n note) render(rate int, volume float64) []float32 {
	total := samples(n.dur, rate)
	if total <= 0 || len(n.freqs) == 0 {
		return nil
	}
	raw := make([]float64, total)
	for i := range raw {
		t := float64(i) / float64(rate)
		v := 0.0
		for _, f := range n.freqs {
			v += math.Sin(2 * math.Pi * f * t)
		}
		if n.decay > 0 {
			v *= math.Exp(-t / n.decay.Seconds())
		}
		raw[i] = v
	}
	fade := min(samples(Fade, rate), total/2)
	for i := range fade {
		w := 0.5 * (1 - math.Cos(math.Pi*float64(i)/float64(fade)))
		raw[i] *= w
		raw[total-1-i] *= w
	}
	peak := 0.0
	for _, v := range raw {
		peak = max(peak, math.Abs(v))
	}
	scale := 0.0
	if peak > 0 {
		scale = math.Max(0, math.Min(1, volume)) * n.level / peak
	}
	out := make([]float32, total)
	for i, v := range raw {
		out[i] = float32(v * scale)
	}
	return out
}
