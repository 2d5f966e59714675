package language

import (
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/settings"
)

// days is a plural text of the app: its Russian forms tell whether Russian plural rules apply.
func days(n int) string { return lang.N("{{.N}} days", n, map[string]any{"N": n}) }

// TestChoiceOverSystem: a choice in Settings wins over the system's language, with the chosen
// language's plural rules, and "System" goes back to the system's.
func TestChoiceOverSystem(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	tests := []struct {
		choice    settings.Language
		code      string
		one, five string
		twentyOne string
	}{
		{settings.LanguageRussian, "ru", "1 день", "5 дней", "21 день"},
		{settings.LanguageEnglish, "en", "1 day", "5 days", "21 days"},
		{settings.LanguageRussian, "ru", "1 день", "5 дней", "21 день"},
		{settings.LanguageSystem, "en", "1 day", "5 days", "21 days"},
	}
	for _, tt := range tests {
		code, err := Load(tt.choice)
		if err != nil {
			t.Fatal(err)
		}
		if code != tt.code || days(1) != tt.one || days(5) != tt.five || days(21) != tt.twentyOne {
			t.Errorf("Load(%q) = %q: %q, %q, %q; want %q: %q, %q, %q", tt.choice, code, days(1), days(5), days(21),
				tt.code, tt.one, tt.five, tt.twentyOne)
		}
	}
}

// TestSystemLanguage: LANGUAGE comes first, also with LANG=C, and a language we do not have
// leaves the choice to Fyne.
func TestSystemLanguage(t *testing.T) {
	ours := []string{"en", "ru"}
	tests := []struct {
		language, lcAll, lang string
		want                  string
	}{
		{"ru", "", "C", "ru"},
		{"de:ru:en", "", "de_DE.UTF-8", "ru"},
		{"", "", "ru_RU.UTF-8", "ru"},
		{"", "en_GB.UTF-8", "ru_RU.UTF-8", "en"},
		{"", "", "de_DE.UTF-8", ""},
		{"", "", "C", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		t.Setenv("LANGUAGE", tt.language)
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.lang)
		if got := systemChoice(ours); got != tt.want {
			t.Errorf("LANGUAGE=%q LC_ALL=%q LANG=%q: %q, want %q", tt.language, tt.lcAll, tt.lang, got, tt.want)
		}
	}
}

// TestSystemRussianWithLangC is the README's "LANGUAGE=ru spinecoach" on a system with LANG=C.
func TestSystemRussianWithLangC(t *testing.T) {
	t.Setenv("LANGUAGE", "ru")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C")
	code, err := Load(settings.LanguageSystem)
	if err != nil {
		t.Fatal(err)
	}
	if code != "ru" || days(3) != "3 дня" {
		t.Fatalf("Load(system) with LANGUAGE=ru LANG=C = %q, %q", code, days(3))
	}
}

// TestEnglish: a key's English comes from en.json; a key it lacks stays itself.
func TestEnglish(t *testing.T) {
	if got := English("report.title"); got != "Back exercise journal" {
		t.Errorf(`English("report.title") = %q`, got)
	}
	if got := English("no.such.key"); got != "no.such.key" {
		t.Errorf(`English("no.such.key") = %q`, got)
	}
}
