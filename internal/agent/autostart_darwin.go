//go:build darwin

package agent

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
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
	return setEntryFile(enabled, path, exe, func() []byte { return launchAgent(exe, args) })
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
