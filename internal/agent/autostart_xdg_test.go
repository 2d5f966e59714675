//go:build !windows && !darwin

package agent

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/settings"
)

func TestAutostartXDG(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	exe := "/opt/Spine Coach/bin/spinecoach"
	data := `/home/u/my "data" $dir\x 100%`
	if err := SetAutostart(true, exe, data); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(cfg, "autostart", "io.github.spinecoach.agent.desktop")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	wantExec := `Exec="/opt/Spine Coach/bin/spinecoach" --data-dir "/home/u/my \\"data\\" \\$dir\\\\x 100%%" agent` + "\n"
	if !strings.Contains(string(text), wantExec) {
		t.Fatalf("autostart file:\n%s\nwant the line\n%s", text, wantExec)
	}
	if v, err := exec.LookPath("desktop-file-validate"); err == nil {
		if out, err := exec.Command(v, path).CombinedOutput(); err != nil || len(out) > 0 {
			t.Fatalf("desktop-file-validate: %v\n%s", err, out)
		}
	} else {
		t.Log("desktop-file-validate not installed; the file was not validated")
	}
	if err := SetAutostart(true, "spinecoach", data); err == nil {
		t.Fatal("a relative executable was accepted")
	}
	if err := SetAutostart(false, exe, data); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("autostart file still there: %v", err)
	}
	if err := SetAutostart(false, exe, data); err != nil {
		t.Fatalf("removing twice: %v", err)
	}
}

// TestApplyStartAtLogin: nothing is registered before the user was asked; after, the entry
// follows the answer.
func TestApplyStartAtLogin(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	path := filepath.Join(cfg, "autostart", "io.github.spinecoach.agent.desktop")
	exe, data := "/opt/spinecoach/bin/spinecoach", "/home/u/data"
	s := settings.Default()
	s.StartAtLogin, s.StartAtLoginAsked = true, false
	if err := ApplyStartAtLogin(s, exe, data); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("registered before the user was asked: %v", err)
	}
	s.StartAtLoginAsked = true
	if err := ApplyStartAtLogin(s, exe, data); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("not registered after a yes: %v", err)
	}
	s.StartAtLogin = false
	if err := ApplyStartAtLogin(s, exe, data); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("still registered after a no: %v", err)
	}
}
