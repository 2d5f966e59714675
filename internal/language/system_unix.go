//go:build (linux || freebsd || openbsd || netbsd) && !android

package language

import (
	"os"
	"slices"
	"strings"
)

// systemChoice is the first of ours among the languages the environment asks for, or "" to
// leave the choice to Fyne. LANGUAGE, a list in order of preference ("ru:en"), comes first and is
// honoured also with LANG=C, where Fyne (through go-locale) ignores it: "LANGUAGE=ru spinecoach"
// on a system without a Russian locale gives Russian, as the README says. Then the first of
// LC_ALL, LC_MESSAGES, LANG that is set.
func systemChoice(ours []string) string {
	var wanted []string
	if v := os.Getenv("LANGUAGE"); v != "" {
		wanted = strings.Split(v, ":")
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			wanted = append(wanted, v)
			break
		}
	}
	for _, w := range wanted {
		code, _, _ := strings.Cut(w, "_")
		code, _, _ = strings.Cut(code, ".")
		code, _, _ = strings.Cut(code, "-")
		if code = strings.ToLower(code); slices.Contains(ours, code) {
			return code
		}
	}
	return ""
}
