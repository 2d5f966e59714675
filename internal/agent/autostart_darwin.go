//go:build darwin

package agent

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// AutostartPath is the LaunchAgent: ~/Library/LaunchAgents/<AutostartName>.plist.
func AutostartPath() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("autostart: %w", err)
	}
	return filepath.Join(home, "Library", "LaunchAgents", AutostartName+".plist"), nil
}

func setAutostart(enabled bool, exe string, args []string) error {
	path, err := AutostartPath()
	if err != nil {
		return err
	}
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
	if err := atomicfile.WriteFile(path, launchAgent(exe, args), 0o644); err != nil {
		return fmt.Errorf("autostart: %w", err)
	}
	return nil
}

// launchAgent is the plist: run the agent at login, once (it stays up by itself).
func launchAgent(exe string, args []string) []byte {
	var b bytes.Buffer
	esc := func(s string) string {
		var e bytes.Buffer
		_ = xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">` + "\n" +
		`<plist version="1.0">` + "\n<dict>\n" +
		"\t<key>Label</key>\n\t<string>" + AutostartName + "</string>\n" +
		"\t<key>ProgramArguments</key>\n\t<array>\n")
	for _, w := range append([]string{exe}, args...) {
		b.WriteString("\t\t<string>" + esc(w) + "</string>\n")
	}
	b.WriteString("\t</array>\n\t<key>RunAtLoad</key>\n\t<true/>\n" +
		"\t<key>ProcessType</key>\n\t<string>Interactive</string>\n</dict>\n</plist>\n")
	return b.Bytes()
}
