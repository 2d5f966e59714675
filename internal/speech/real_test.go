//go:build !windows && !darwin

package speech

import (
	"os"
	"testing"
	"time"
)

// TestRealSpeechDispatcher says one line through the machine's own speech-dispatcher, started
// as the app would start it when it is not running. scripts/speech-check.sh runs it in a private
// runtime folder and checks the service's log for the line; elsewhere it is skipped.
func TestRealSpeechDispatcher(t *testing.T) {
	text := os.Getenv("SPINECOACH_SPEECH_CHECK")
	if text == "" {
		t.Skip("set SPINECOACH_SPEECH_CHECK to a line to say (scripts/speech-check.sh does)")
	}
	start := time.Now()
	eng, err := openSystem()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("speech-dispatcher answered in %s", time.Since(start).Round(time.Millisecond))
	if err := eng.say(Utterance{Text: text, Lang: "ru", Volume: 80, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if err := eng.close(); err != nil {
		t.Error(err)
	}
}
