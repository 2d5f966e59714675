package speech

import (
	"fmt"
	"os/exec"
)

// openSystem finds macOS's say, which speaks one line per process.
func openSystem() (engine, error) {
	bin, err := exec.LookPath("say")
	if err != nil {
		return nil, fmt.Errorf("%w: say was not found", ErrNoService)
	}
	return &sayEngine{bin: bin}, nil
}

// sayEngine runs say for each line and stops the one before.
type sayEngine struct {
	bin  string
	last *exec.Cmd
}

// sayVoices are voices that ship with macOS for the languages the app speaks; English uses the
// system's own voice.
var sayVoices = map[string]string{"ru": "Milena"}

func (e *sayEngine) say(u Utterance) error {
	e.stop()
	args := []string{}
	if v, ok := sayVoices[u.Lang]; ok {
		args = append(args, "-v", v)
	}
	// say takes the volume as an embedded command, 0–1.
	args = append(args, fmt.Sprintf("[[volm %.2f]] %s", float64(max(0, min(100, u.Volume)))/100, u.Text))
	cmd := exec.Command(e.bin, args...)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("say: %w", err)
	}
	e.last = cmd
	go cmd.Wait()
	return nil
}

func (e *sayEngine) stop() {
	if e.last != nil && e.last.Process != nil {
		e.last.Process.Kill()
	}
	e.last = nil
}

func (e *sayEngine) close() error {
	e.stop()
	return nil
}
