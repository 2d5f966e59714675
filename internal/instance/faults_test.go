//go:build unix

package instance

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Finding 8: connections were served one at a time with a 2 s deadline, so 20 idle connections
// held back a real wake for 40 s.
func TestIdleConnectionsDoNotDelayAWake(t *testing.T) {
	dir := t.TempDir()
	in, err := Claim(dir, RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	path, err := SocketPath(dir, RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		c, err := net.Dial("unix", path)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close() // idle: sends nothing
	}
	start := time.Now()
	if err := Send(dir, RoleAgent, MsgWake); err != nil {
		t.Fatalf("wake behind 20 idle connections: %v", err)
	}
	if got := receive(t, in); got != MsgWake {
		t.Fatalf("got %q", got)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("the wake took %v behind 20 idle connections", d)
	}
}

// Finding 8: with a long data folder the socket went to a name in /tmp that another user could
// create first. The fallback folder is private to the user and checked; a squatted one is refused.
func TestSquattedSocketFolderIsRefused(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("XDG_RUNTIME_DIR", "")
	dir := filepath.Join(t.TempDir(), strings.Repeat("d", 60), strings.Repeat("e", 60))
	squat := filepath.Join(tmp, fmt.Sprintf("spinecoach-%d", os.Getuid()))
	if err := os.Mkdir(squat, 0o700); err != nil {
		t.Fatal(err)
	}
	// Another user made the folder first: open to all (or, as root can arrange, owned by nobody).
	if err := os.Chmod(squat, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, err := Claim(dir, RoleAgent); err == nil || !strings.Contains(err.Error(), squat) {
		t.Fatalf("claim with a squatted socket folder: err = %v, want a refusal naming %s", err, squat)
	}
	if err := Send(dir, RoleAgent, MsgWake); err == nil {
		t.Fatal("send through a squatted socket folder succeeded")
	}
	if os.Getuid() == 0 {
		if err := os.Chmod(squat, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(squat, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if _, err := Claim(dir, RoleAgent); err == nil {
			t.Fatal("claim with a socket folder owned by another user succeeded")
		}
	}
}

// Finding 8: the socket's mode followed the umask, and its folder is created private.
func TestSocketIsPrivate(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("XDG_RUNTIME_DIR", "")
	for _, dir := range []string{t.TempDir(), filepath.Join(t.TempDir(), strings.Repeat("d", 60), strings.Repeat("e", 60))} {
		in, err := Claim(dir, RoleWindow)
		if err != nil {
			t.Fatal(err)
		}
		path, err := SocketPath(dir, RoleWindow)
		if err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("socket %s has mode %v, want 0600", path, fi.Mode().Perm())
		}
		parent, err := os.Stat(filepath.Dir(path))
		if err != nil {
			t.Fatal(err)
		}
		if parent.Mode().Perm()&0o022 != 0 {
			t.Errorf("socket folder %s has mode %v", filepath.Dir(path), parent.Mode().Perm())
		}
		in.Close()
	}
}

// Finding 8: the peer was never checked. A connection from another user is not served.
func TestPeerOfAnotherUserIsRefused(t *testing.T) {
	if !peerCheckSupported {
		t.Skip("no peer credentials on this system")
	}
	dir := t.TempDir()
	in, err := claim(dir, RoleAgent, os.Getuid()+1) // as if this process ran as another user than its caller
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := Send(dir, RoleAgent, MsgWake); !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("send from another user: err = %v, want ErrNoAnswer", err)
	}
	select {
	case msg := <-in.Messages():
		t.Fatalf("a message from another user was delivered: %q", msg)
	case <-time.After(100 * time.Millisecond):
	}
}
