package language

import (
	"encoding/json"
	"sync"

	"github.com/spinecoach/spinecoach/assets"
)

// English is the text of key in the app's en.json, or key itself when it has none. A key that
// is a name rather than an English text ("report.title") needs it as lang's fallback: where
// the system's language is one Fyne has and we do not (German), lang answers our keys with
// the keys themselves.
func English(key string) string {
	if s, ok := english()[key]; ok {
		return s
	}
	return key
}

// english is en.json's plain texts; plural forms are left out.
var english = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	data, err := assets.Translations.ReadFile("translations/en.json")
	if err != nil {
		return m
	}
	var all map[string]json.RawMessage
	if json.Unmarshal(data, &all) != nil {
		return m
	}
	for k, raw := range all {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			m[k] = s
		}
	}
	return m
})
