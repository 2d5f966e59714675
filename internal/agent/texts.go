package agent

import (
	"encoding/json"
	"os"
	"strings"

	"github.com/spinecoach/spinecoach/assets"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// texts translates the agent's user-visible text. The agent may not load Fyne (whose lang
// package the window uses), so it reads the same assets/translations/<lang>.json itself: keys are
// the English text, and {{.Name}} marks a value. A missing file or key gives the English.
type texts map[string]string

// loadTexts returns the translations for lang, or for the system language when lang is unset.
func loadTexts(lang settings.Language) texts {
	code := string(lang)
	if code == "" {
		code = systemLanguage()
	}
	if code == "" || code == "en" {
		return nil
	}
	data, err := assets.Translations.ReadFile("translations/" + code + ".json")
	if err != nil {
		return nil
	}
	// A plural entry is an object of forms; the agent's texts are not plurals, so it takes "other".
	var raw map[string]json.RawMessage
	if json.Unmarshal(data, &raw) != nil {
		return nil
	}
	t := make(texts, len(raw))
	for key, v := range raw {
		var s string
		var forms map[string]string
		switch {
		case json.Unmarshal(v, &s) == nil:
			t[key] = s
		case json.Unmarshal(v, &forms) == nil:
			t[key] = forms["other"]
		}
	}
	return t
}

// systemLanguage is the two-letter language of the first of LC_ALL, LC_MESSAGES, LANG that is set
// (on Windows and macOS these are usually unset, and the English is used).
func systemLanguage() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			code, _, _ := strings.Cut(v, "_")
			code, _, _ = strings.Cut(code, ".")
			return strings.ToLower(code)
		}
	}
	return ""
}

// L translates key and fills in its values, given as name, value pairs.
func (t texts) L(key string, values ...string) string {
	s := key
	if v, ok := t[key]; ok && v != "" {
		s = v
	}
	for i := 0; i+1 < len(values); i += 2 {
		s = strings.ReplaceAll(s, "{{."+values[i]+"}}", values[i+1])
	}
	return s
}
