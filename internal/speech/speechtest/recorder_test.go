package speechtest

import (
	"testing"

	"github.com/spinecoach/spinecoach/internal/speech"
)

func TestRecorder(t *testing.T) {
	r := &Recorder{}
	r.Say(speech.Utterance{Text: "Hold"})
	if got := r.Said(); len(got) != 1 || got[0].Text != "Hold" {
		t.Errorf("Said() = %v", got)
	}
	r.Reset()
	if len(r.Said()) != 0 || r.Unavailable() != nil {
		t.Error("Reset kept lines")
	}
}
