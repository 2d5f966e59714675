// Package speaker plays the coach's sound cues on the computer's sound device, through oto.
package speaker
