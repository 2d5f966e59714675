package ui

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/assets"
)

// Language is the code of the app's translation in use ("ru"), or "en" when none of ours is:
// Fyne matches the system's languages against every translation it has, its own included, so a
// German system gets Fyne's German buttons and our English. The window localizes the exercise
// texts with it, so that they are in the same language as everything around them.
func Language() string {
	files, err := assets.Translations.ReadDir("translations")
	if err != nil {
		return "en"
	}
	for _, f := range files {
		code, ok := strings.CutSuffix(f.Name(), ".json")
		if !ok || code == "en" {
			continue
		}
		if key, text := probe(code); key != "" && lang.LocalizeKey(key, "") == text {
			return code
		}
	}
	return "en"
}

// probe is a key of translations/<code>.json whose text differs from it and has no values to
// fill in: Fyne answers it with that text only when it uses this translation.
func probe(code string) (key, text string) {
	data, err := assets.Translations.ReadFile("translations/" + code + ".json")
	if err != nil {
		return "", ""
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return "", ""
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		var s string
		if json.Unmarshal(m[k], &s) == nil && s != "" && s != k && !strings.Contains(k, "{{") {
			return k, s
		}
	}
	return "", ""
}
