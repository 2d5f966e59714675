//go:build !windows

package agent

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// setEntryFile writes or removes a start-at-login file. Linux's .desktop entry and macOS's
// LaunchAgent differ only in where the file goes and what it says.
func setEntryFile(enabled bool, path, exe string, content func() []byte) error {
	if !enabled {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("autostart: %w", err)
		}
		return nil
	}
	if !filepath.IsAbs(exe) {
		return fmt.Errorf("autostart: %q is not an absolute path", exe)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	if err := atomicfile.WriteFile(path, content(), 0o644); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	return nil
}
