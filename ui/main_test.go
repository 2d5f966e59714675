package ui

import (
	"log"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	if err := LoadTranslations(); err != nil {
		log.Fatal(err)
	}
	os.Exit(m.Run())
}
