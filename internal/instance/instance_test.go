package instance

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// receive waits for one message; messages travel over a real socket, so this waits on the real clock.
func receive(t *testing.T, in *Instance) string {
	t.Helper()
	select {
	case msg, ok := <-in.Messages():
		if !ok {
			t.Fatal("messages closed")
		}
		return msg
	case <-time.After(5 * time.Second):
		t.Fatal("no message within 5s")
	}
	return ""
}

func TestClaimTwiceAndSend(t *testing.T) {
	dir := t.TempDir()
	first, err := Claim(dir, RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	if _, err := Claim(dir, RoleAgent); !errors.Is(err, ErrRunning) {
		t.Fatalf("second claim: err = %v, want ErrRunning", err)
	}
	// Another role in the same folder is independent.
	win, err := Claim(dir, RoleWindow)
	if err != nil {
		t.Fatalf("window claim beside the agent: %v", err)
	}
	defer win.Close()

	if err := Send(dir, RoleAgent, MsgWake); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, first); got != MsgWake {
		t.Fatalf("agent got %q, want %q", got, MsgWake)
	}
	if err := Send(dir, RoleWindow, MsgStart); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, win); got != MsgStart {
		t.Fatalf("window got %q, want %q", got, MsgStart)
	}
}

func TestCloseFreesTheRole(t *testing.T) {
	dir := t.TempDir()
	first, err := Claim(dir, RoleWindow)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, ok := <-first.Messages(); ok {
		t.Fatal("Messages not closed by Close")
	}
	if err := Send(dir, RoleWindow, MsgShow); !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("send after close: err = %v, want ErrNoAnswer", err)
	}
	second, err := Claim(dir, RoleWindow)
	if err != nil {
		t.Fatalf("claim after close: %v", err)
	}
	defer second.Close()
	if err := Send(dir, RoleWindow, MsgShow); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, second); got != MsgShow {
		t.Fatalf("got %q", got)
	}
}

func TestSendWithNobodyThere(t *testing.T) {
	if err := Send(t.TempDir(), RoleAgent, MsgWake); !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("err = %v, want ErrNoAnswer", err)
	}
	if err := Send(t.TempDir(), RoleAgent, "two\nlines"); err == nil || errors.Is(err, ErrNoAnswer) {
		t.Fatalf("err = %v, want a refusal of the message", err)
	}
}

func TestStaleSocketIsReplaced(t *testing.T) {
	dir := t.TempDir()
	// A socket file whose listener is gone, as a killed process leaves it.
	path, err := SocketPath(dir, RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	ln.SetUnlinkOnClose(false)
	ln.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no stale socket to test with: %v", err)
	}
	if err := Send(dir, RoleAgent, MsgWake); !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("send to a stale socket: err = %v, want ErrNoAnswer", err)
	}
	in, err := Claim(dir, RoleAgent)
	if err != nil {
		t.Fatalf("claim over a stale socket: %v", err)
	}
	defer in.Close()
	if err := Send(dir, RoleAgent, MsgWake); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, in); got != MsgWake {
		t.Fatalf("got %q", got)
	}
}

func TestLongFolderUsesTempSocket(t *testing.T) {
	dir := filepath.Join(t.TempDir(), strings.Repeat("d", 60), strings.Repeat("e", 60))
	t.Setenv("XDG_RUNTIME_DIR", "")
	p, _ := SocketPath(dir, RoleAgent)
	if !strings.HasPrefix(p, os.TempDir()) || len(p) > maxSocketPath || !strings.HasSuffix(p, "-agent.sock") {
		t.Fatalf("socket path %q (%d bytes) for a long folder", p, len(p))
	}
	other, _ := SocketPath(dir+"x", RoleAgent)
	window, _ := SocketPath(dir, RoleWindow)
	if p == other || p == window {
		t.Fatal("two folders or roles share a socket")
	}
	in, err := Claim(dir, RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := Send(dir, RoleAgent, MsgWake); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, in); got != MsgWake {
		t.Fatalf("got %q", got)
	}
}

// TestLockDiesWithProcess claims the role in a child process, kills it with SIGKILL (no Close,
// socket file left behind) and claims again.
func TestLockDiesWithProcess(t *testing.T) {
	if dir := os.Getenv("INSTANCE_TEST_HOLD"); dir != "" {
		if _, err := Claim(dir, RoleAgent); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("claimed\n")
		time.Sleep(time.Minute) // killed long before
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockDiesWithProcess$")
	cmd.Env = append(os.Environ(), "INSTANCE_TEST_HOLD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	buf := make([]byte, len("claimed\n"))
	if _, err := out.Read(buf); err != nil || string(buf) != "claimed\n" {
		t.Fatalf("child: %q, %v", buf, err)
	}
	if _, err := Claim(dir, RoleAgent); !errors.Is(err, ErrRunning) {
		t.Fatalf("claim while the child holds it: err = %v, want ErrRunning", err)
	}
	if err := Send(dir, RoleAgent, MsgWake); err != nil {
		t.Fatalf("send to the child: %v", err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	in, err := Claim(dir, RoleAgent)
	if err != nil {
		t.Fatalf("claim after the holder was killed: %v", err)
	}
	defer in.Close()
	if err := Send(dir, RoleAgent, MsgWake); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, in); got != MsgWake {
		t.Fatalf("got %q", got)
	}
}
