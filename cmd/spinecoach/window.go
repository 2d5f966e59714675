package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/ui"
)

// openWindow runs the coach window until the user closes it.
func openWindow(opts options, stderr io.Writer) int {
	prog, err := loadProgram(opts.programFile)
	if err != nil {
		// Refused whole, never half-loaded: the message names the field at fault.
		fmt.Fprintln(stderr, "spinecoach: the program file cannot be used:", err)
		return 1
	}
	app.SetMetadata(fyne.AppMetadata{
		ID: appID, Name: appName, Version: version, Build: 1,
		Migrations: map[string]bool{"fyneDo": true},
	})
	a := app.NewWithID(appID)
	if err := ui.LoadTranslations(); err != nil {
		log.Printf("load translations: %v", err)
	}
	dir, err := dataDir(opts.dataDir, a)
	if err != nil {
		fmt.Fprintln(stderr, "spinecoach:", err)
		return 1
	}
	log.Printf("data folder: %s", dir)
	set, report, err := settings.Load(dir)
	if err != nil {
		log.Printf("settings: %v", err)
	}
	var notices []string
	if msg := report.Message(); msg != "" {
		log.Printf("settings: %s", msg)
		notices = append(notices, msg)
	}

	w := a.NewWindow(appName)
	shell := ui.NewShell(w, ui.Options{
		Program:      prog,
		Settings:     set,
		SaveSettings: func(s settings.Settings) error { return settings.Save(dir, s) },
		Notices:      notices,
	})
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.Close() })
	w.SetOnClosed(shell.Close)
	w.Resize(fyne.NewSize(1100, 760))
	w.ShowAndRun()
	return 0
}

// dataDir picks the folder for user data: the flag, else $SPINECOACH_DATA, else the app's own
// storage folder; it is created if missing.
func dataDir(flagValue string, a fyne.App) (string, error) {
	dir := flagValue
	if dir == "" {
		dir = os.Getenv("SPINECOACH_DATA")
	}
	if dir == "" {
		dir = a.Storage().RootURI().Path()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("cannot use the data folder %s: %w", dir, err)
	}
	return dir, nil
}
