package ui

import (
	"log"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	framesPerSecond = 0 // animations jump to their end, as under Fyne's test driver
	if err := LoadTranslations(); err != nil {
		log.Fatal(err)
	}
	os.Exit(m.Run())
}
