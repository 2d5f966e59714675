package agent

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"runtime"

	"github.com/spinecoach/spinecoach/assets"
	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// IconName is the app icon's file in the data folder. Notification services take an icon by
// path and may read it after the call returns, so the file must stay.
const IconName = "icon.png"

// WriteIcon writes the app icon to dir/icon.png unless it is already there with the same bytes,
// and returns its path.
func WriteIcon(dir string) (string, error) {
	path := filepath.Join(dir, IconName)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, assets.Icon) {
		return path, nil
	}
	if err := atomicfile.WriteFile(path, assets.Icon, 0o644); err != nil {
		return "", fmt.Errorf("write the icon: %w", err)
	}
	return path, nil
}

// trayIcon is the icon in the format the tray takes: PNG, or on Windows an ICO holding the PNG.
func trayIcon() []byte {
	if runtime.GOOS == "windows" {
		return icoOf(assets.Icon)
	}
	return assets.Icon
}

// icoOf wraps a PNG of at most 256×256 in an ICO file (Windows Vista and later read PNG entries).
func icoOf(pngData []byte) []byte {
	cfg, err := png.DecodeConfig(bytes.NewReader(pngData))
	if err != nil || cfg.Width > 256 || cfg.Height > 256 {
		return pngData
	}
	side := func(n int) byte { return byte(n % 256) } // 256 is written 0
	var b bytes.Buffer
	le := binary.LittleEndian
	_ = binary.Write(&b, le, [3]uint16{0, 1, 1}) // reserved, type icon, one image
	b.Write([]byte{side(cfg.Width), side(cfg.Height), 0, 0})
	_ = binary.Write(&b, le, [2]uint16{1, 32}) // planes, bits per pixel
	_ = binary.Write(&b, le, [2]uint32{uint32(len(pngData)), 6 + 16})
	b.Write(pngData)
	return b.Bytes()
}
