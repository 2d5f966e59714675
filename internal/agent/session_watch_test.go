//go:build linux

package agent

import (
	"bufio"
	"context"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Issue 14 finding 1: an agent outlived its D-Bus session and swallowed the next login's
// reminders. The agent's context ends when its session bus goes away.
func TestAgentEndsWithItsSessionBus(t *testing.T) {
	daemon, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("no dbus-daemon here (scripts/deps.sh installs it)")
	}
	cmd := exec.Command(daemon, "--session", "--nofork", "--nopidfile", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", strings.TrimSpace(addr))
	t.Setenv("DISPLAY", "")
	var logged []string
	ctx, stop := watchSession(context.Background(), func(f string, a ...any) { logged = append(logged, f) })
	defer stop()
	select {
	case <-ctx.Done():
		t.Fatalf("the session ended while the bus runs: %v", logged)
	case <-time.After(200 * time.Millisecond):
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the agent's session did not end within 5 s of its bus going away")
	}
}

func TestDisplaySocket(t *testing.T) {
	for display, want := range map[string]string{
		":0": "/tmp/.X11-unix/X0", ":12.0": "/tmp/.X11-unix/X12", "localhost:10.0": "", "": "", ":x": "",
	} {
		if got := displaySocket(display); got != want {
			t.Errorf("displaySocket(%q) = %q, want %q", display, got, want)
		}
	}
}
