//go:build !windows && !darwin

package agent

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// AutostartPath is the XDG autostart file: $XDG_CONFIG_HOME/autostart/<AutostartName>.desktop.
func AutostartPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("autostart: %w", err)
	}
	return filepath.Join(dir, "autostart", AutostartName+".desktop"), nil
}

func setAutostart(enabled bool, exe string, args []string) error {
	path, err := AutostartPath()
	if err != nil {
		return err
	}
	return setEntryFile(enabled, path, exe, func() []byte { return []byte(desktopEntry(exe, args)) })
}

// desktopEntry is the autostart file's text (Desktop Entry Specification 1.5).
func desktopEntry(exe string, args []string) string {
	words := make([]string, 0, len(args)+1)
	for _, w := range append([]string{exe}, args...) {
		words = append(words, execQuote(w))
	}
	return "[Desktop Entry]\n" +
		"Type=Application\n" +
		"Name=Spine Coach reminders\n" +
		"Comment=Reminds you when your back exercises are due\n" +
		"Exec=" + strings.Join(words, " ") + "\n" +
		"Terminal=false\n" +
		"NoDisplay=true\n" +
		"X-GNOME-Autostart-enabled=true\n"
}

// execQuote writes one argument of an Exec key. A word with a reserved character is put in
// double quotes, with ", `, $ and \ escaped by a backslash; a literal % is written %%. The key's
// value is then a string, whose own escaping doubles each backslash again.
func execQuote(w string) string {
	w = strings.ReplaceAll(w, "%", "%%")
	if w != "" && !strings.ContainsAny(w, " \t\n\"'\\><~|&;$*?#()`=") {
		return w
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range w {
		switch r {
		case '"', '`', '$':
			b.WriteString(`\\`) // the quoting backslash, escaped for the string
			b.WriteRune(r)
		case '\\':
			b.WriteString(`\\\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
