package soundtest

import (
	"testing"

	"github.com/spinecoach/spinecoach/internal/sound"
)

func TestRecorder(t *testing.T) {
	var r Recorder
	r.Play(sound.Tick, 0.5)
	r.Play(sound.Chime, 1)
	if got := r.Played(); len(got) != 2 || got[0] != (Played{sound.Tick, 0.5}) || got[1] != (Played{sound.Chime, 1}) {
		t.Errorf("Played = %v", got)
	}
	r.Reset()
	if len(r.Cues()) != 0 {
		t.Errorf("after Reset: %v", r.Cues())
	}
}
