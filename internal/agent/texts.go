package agent

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"

	"github.com/spinecoach/spinecoach/assets"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// texts translates the agent's user-visible text. The agent may not load Fyne (whose lang
// package the window uses), so it reads the same assets/translations/<lang>.json itself: keys are
// the English text, and {{.Name}} marks a value. A missing file or key gives the English.
// A plural entry's forms are kept under key+formSep+form, and the language under langKey, so
// that a text with a count N takes the form the language needs ("3 дня", "5 дней").
type texts map[string]string

const (
	formSep = "\x00"
	langKey = formSep + "lang"
)

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
	// A plural entry is an object of forms: "other" stands when no count is given.
	var raw map[string]json.RawMessage
	if json.Unmarshal(data, &raw) != nil {
		return nil
	}
	t := make(texts, len(raw)+1)
	t[langKey] = code
	for key, v := range raw {
		var s string
		var forms map[string]string
		switch {
		case json.Unmarshal(v, &s) == nil:
			t[key] = s
		case json.Unmarshal(v, &forms) == nil:
			t[key] = forms["other"]
			for form, text := range forms {
				t[key+formSep+form] = text
			}
		}
	}
	return t
}

// pluralForm is the plural category of n in the language code, as the translation files name
// their forms (CLDR): Russian has one (1, 21), few (2–4, 22–24) and many (5–20, 25); English
// and the rest here have one and other.
func pluralForm(code string, n int) string {
	n = max(n, -n)
	if code == "ru" {
		switch n10, n100 := n%10, n%100; {
		case n10 == 1 && n100 != 11:
			return "one"
		case n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14):
			return "few"
		}
		return "many"
	}
	if n == 1 {
		return "one"
	}
	return "other"
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

// L translates key and fills in its values, given as name, value pairs. When the key has plural
// forms, the value named N is the count that picks one.
func (t texts) L(key string, values ...string) string {
	s := key
	if v, ok := t[key]; ok && v != "" {
		s = v
	}
	for i := 0; i+1 < len(values); i += 2 {
		if n, err := strconv.Atoi(values[i+1]); err == nil && values[i] == "N" {
			if v := t[key+formSep+pluralForm(t[langKey], n)]; v != "" {
				s = v
			}
		}
	}
	for i := 0; i+1 < len(values); i += 2 {
		s = strings.ReplaceAll(s, "{{."+values[i]+"}}", values[i+1])
	}
	return s
}
