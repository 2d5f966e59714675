package language

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"sync"
	_ "unsafe" // for go:linkname

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/assets"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// Fyne 2.7 picks its language from the system's once and offers no setter (fyne issue #5333).
// Registering the chosen language's texts under the system's language, through the public
// lang.AddTranslationsForLocale, would keep the system language's plural rules: Russian text with
// English rules says "5 дня" for "5 дней". So the choice goes to the one function Fyne itself
// uses to set its localizer, lang.setupLang: a language code in, go-i18n's localizer with that
// language's plural rules out. A Fyne without it fails to link, so an upgrade cannot silently
// lose the choice; TestChoiceOverSystem pins what it does.
//
//go:linkname setupLang fyne.io/fyne/v2/lang.setupLang
func setupLang(code string)

var (
	mu     sync.Mutex
	loaded bool
	chosen bool // the language in use was set by setupLang, not picked by Fyne
)

// Load adds the app's translations (assets/translations) to Fyne's lang, once, and makes lang
// speak choice: one of ours, or for settings.LanguageSystem the system's language. It returns
// the code of our translation in use ("en", "ru").
//
// lang's functions read the language without a lock: call Load before any text is made, or,
// to switch later, where nothing else calls lang at the same time.
func Load(choice settings.Language) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	var err error
	if !loaded {
		// On error the files that parsed are still added: the rest stays English.
		err = lang.AddTranslationsFS(assets.Translations, "translations")
		loaded = true
	}
	code := string(choice)
	if code == "" {
		code = systemChoice(Ours())
	}
	switch {
	case code != "":
		setupLang(code)
		chosen = true
	case chosen:
		resetToSystem()
		chosen = false
	}
	return Current(), err
}

// resetToSystem sets lang back to the system's language after an earlier choice: adding a
// translation makes Fyne look at the system's languages again. An empty file adds nothing.
func resetToSystem() {
	_ = lang.AddTranslationsForLocale([]byte("{}"), "en")
}

// Ours are the codes of the app's translations, "en" first.
func Ours() []string {
	codes := []string{"en"}
	files, err := assets.Translations.ReadDir("translations")
	if err != nil {
		return codes
	}
	for _, f := range files {
		if code, ok := strings.CutSuffix(f.Name(), ".json"); ok && code != "en" {
			codes = append(codes, code)
		}
	}
	return codes
}

// Current is the code of the app's translation in use ("ru"), or "en" when none of ours is:
// Fyne matches the system's languages against every translation it has, its own included, so a
// German system gets Fyne's German buttons and our English. The window localizes the exercise
// texts with it, so that they are in the same language as everything around them.
func Current() string {
	for _, code := range Ours()[1:] {
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
