// Package sound owns the cues that let a user follow a session without looking: which cue a
// change of the session calls for, and the tones themselves, synthesised in code. Playing them
// on a device is package speaker's job; this package needs neither cgo nor a sound card.
package sound
