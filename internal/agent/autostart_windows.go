//go:build windows

package agent

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/windows/registry"
)

// runKey is where per-user programs to start at login are listed.
const runKey = `Software\Microsoft\Windows\CurrentVersion\Run`

// AutostartPath names the registry value, for messages.
func AutostartPath() (string, error) { return `HKCU\` + runKey + `\` + AutostartName, nil }

func setAutostart(enabled bool, exe string, args []string) error {
	k, err := registry.OpenKey(registry.CURRENT_USER, runKey, registry.SET_VALUE)
	if err != nil {
		return fmt.Errorf("autostart: open HKCU\\%s: %w", runKey, err)
	}
	defer k.Close()
	if !enabled {
		if err := k.DeleteValue(AutostartName); err != nil && !errors.Is(err, registry.ErrNotExist) {
			return fmt.Errorf("autostart: %w", err)
		}
		return nil
	}
	if !filepath.IsAbs(exe) {
		return fmt.Errorf("autostart: %q is not an absolute path", exe)
	}
	words := []string{syscall.EscapeArg(exe)}
	for _, a := range args {
		words = append(words, syscall.EscapeArg(a))
	}
	if err := k.SetStringValue(AutostartName, strings.Join(words, " ")); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	return nil
}
