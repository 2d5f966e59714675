package agent

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/spinecoach/spinecoach/internal/instance"
)

// Log files in the data folder for processes started detached.
const (
	AgentLog  = "agent.log"
	WindowLog = "window.log"
)

// EnsureRunning makes sure an agent runs for dataDir: it asks a running one to re-read the folder
// ("wake"), and when none answers starts `<this executable> --data-dir DIR agent` detached, its
// output appended to DIR/agent.log. The window calls it at start and after it saved something.
// A second agent started by a race finds the lock taken, passes the wake on and exits.
func EnsureRunning(dataDir string) error {
	if instance.Send(dataDir, instance.RoleAgent, instance.MsgWake) == nil {
		return nil
	}
	exe, err := Executable()
	if err != nil {
		return fmt.Errorf("start the reminder agent: %w", err)
	}
	return startDetached(exe, []string{"--data-dir", dataDir, "agent"}, filepath.Join(dataDir, AgentLog))
}

// OpenWindow brings the coach window to the front, with a new session if start is set: it asks a
// running window ("show" or "start"), and when none answers starts `exe --data-dir DIR [--start]`
// detached, its output appended to DIR/window.log.
func OpenWindow(exe, dataDir string, start bool) error {
	msg := instance.MsgShow
	if start {
		msg = instance.MsgStart
	}
	if instance.Send(dataDir, instance.RoleWindow, msg) == nil {
		return nil
	}
	args := []string{"--data-dir", dataDir}
	if start {
		args = append(args, "--start")
	}
	return startDetached(exe, args, filepath.Join(dataDir, WindowLog))
}

// Executable is the absolute path of the running binary, with symbolic links resolved.
func Executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	return exe, nil
}

// startDetached starts exe in its own session (process group on Windows), without a console,
// stdin from the null device and output appended to logPath. It does not wait for it, but reaps
// it when it ends, so a long-running agent leaves no zombies behind.
func startDetached(exe string, args []string, logPath string) error {
	out, err := os.OpenFile(logPath, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("start %s: %w", filepath.Base(exe), err)
	}
	defer out.Close()
	cmd := exec.Command(exe, args...)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = detached()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s %v: %w", exe, args, err)
	}
	go func() { _ = cmd.Wait() }()
	return nil
}
