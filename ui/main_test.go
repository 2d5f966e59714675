package ui

import (
	"log"
	"os"
	"testing"

	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/settings"
)

func TestMain(m *testing.M) {
	if err := systemLanguage(); err != nil {
		log.Fatal(err)
	}
	os.Exit(m.Run())
}

// systemLanguage makes lang speak the system's language, as the window does when the user chose
// none in Settings.
func systemLanguage() error {
	_, err := language.Load(settings.LanguageSystem)
	return err
}
