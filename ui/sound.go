package ui

import "github.com/spinecoach/spinecoach/internal/sound"

// play sounds cue c at the user's volume, unless sound is off or the app gave no player.
func (s *Shell) play(c sound.Cue) {
	if s.opts.Sound == nil || !s.set.Sound || s.set.Volume <= 0 {
		return
	}
	s.opts.Sound.Play(c, sound.Level(s.set.Volume))
}

// cuePreview is the cue sounded when the user turns sound on or changes the volume.
const cuePreview = sound.Countdown
