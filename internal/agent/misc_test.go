package agent

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/spinecoach/spinecoach/assets"
)

func TestDataDir(t *testing.T) {
	t.Setenv("SPINECOACH_DATA", "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	def, err := DefaultDataDir()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "linux" && def != filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "fyne", AppID) {
		t.Fatalf("DefaultDataDir = %s", def)
	}
	flagDir := filepath.Join(t.TempDir(), "flag")
	envDir := filepath.Join(t.TempDir(), "env")
	t.Setenv("SPINECOACH_DATA", envDir)
	for _, tt := range []struct{ flag, want string }{{flagDir, flagDir}, {"", envDir}} {
		got, err := DataDir(tt.flag)
		if err != nil || got != tt.want {
			t.Fatalf("DataDir(%q) = %q, %v; want %q", tt.flag, got, err, tt.want)
		}
		if fi, err := os.Stat(got); err != nil || !fi.IsDir() {
			t.Fatalf("%s not created: %v", got, err)
		}
	}
}

func TestWriteIconAndICO(t *testing.T) {
	dir := t.TempDir()
	path, err := WriteIcon(dir)
	if err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(path); err != nil || !bytes.Equal(data, assets.Icon) {
		t.Fatalf("icon file: %v", err)
	}
	ico := icoOf(assets.Icon)
	var head [3]uint16
	if err := binary.Read(bytes.NewReader(ico), binary.LittleEndian, &head); err != nil || head != [3]uint16{0, 1, 1} {
		t.Fatalf("ICO header %v, %v", head, err)
	}
	if ico[6] != 0 || ico[7] != 0 || !bytes.Equal(ico[22:], assets.Icon) {
		t.Fatal("ICO entry is not the 256×256 PNG")
	}
}
