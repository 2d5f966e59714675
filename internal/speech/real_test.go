//go:build !windows && !darwin

package speech

import (
	"os"
	"testing"
	"time"
)

// TestRealSpeechDispatcher says two lines, the second cutting the first off, through the machine's own speech-dispatcher, started
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
	// The second line cuts the first off while it is being said, as the count does.
	for _, line := range []string{text, "Вправо"} {
		if err := eng.say(Utterance{Text: line, Lang: "ru", Volume: 80, At: time.Now()}); err != nil {
			t.Fatalf("say %q: %v", line, err)
		}
	}
	if err := eng.close(); err != nil {
		t.Error(err)
	}
}
