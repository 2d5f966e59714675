//go:build unix

package agent

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/instance"
)

// TestStartDetached starts a real child in its own session and finds its output appended to the log.
func TestStartDetached(t *testing.T) {
	dir := t.TempDir()
	logPath := filepath.Join(dir, "child.log")
	if err := os.WriteFile(logPath, []byte("earlier\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := startDetached("/bin/sh", []string{"-c", `echo "out $(ps -o sid= -p $$ | tr -d ' ') $$"; echo err >&2`}, logPath); err != nil {
		t.Fatal(err)
	}
	var data []byte
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		data, _ = os.ReadFile(logPath)
		if len(data) > len("earlier\nout 1 1\nerr\n") {
			break
		}
	}
	var sid, pid int
	var rest string
	if n, _ := fmt.Sscanf(string(data), "earlier\nout %d %d\n%s", &sid, &pid, &rest); n != 3 || sid != pid || rest != "err" {
		t.Fatalf("log %q: want the earlier line, then the child as its own session leader, then its stderr", data)
	}
}

// TestOpenWindowAsksARunningWindow: with a window holding its role, OpenWindow starts nothing.
func TestOpenWindowAsksARunningWindow(t *testing.T) {
	dir := t.TempDir()
	win, err := instance.Claim(dir, instance.RoleWindow)
	if err != nil {
		t.Fatal(err)
	}
	defer win.Close()
	if err := OpenWindow("/nonexistent/spinecoach", dir, true); err != nil {
		t.Fatal(err)
	}
	select {
	case msg := <-win.Messages():
		if msg != instance.MsgStart {
			t.Fatalf("window got %q", msg)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the window got no message")
	}
	agentLock, err := instance.Claim(dir, instance.RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	defer agentLock.Close()
	if err := EnsureRunning(dir); err != nil {
		t.Fatalf("EnsureRunning with an agent running: %v", err)
	}
	if msg := <-agentLock.Messages(); msg != instance.MsgWake {
		t.Fatalf("agent got %q", msg)
	}
}
