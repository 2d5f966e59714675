package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/spinecoach/spinecoach/internal/agent"
	"github.com/spinecoach/spinecoach/internal/instance"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/sound/speaker"
	"github.com/spinecoach/spinecoach/internal/speech"
	"github.com/spinecoach/spinecoach/internal/store"
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
	dir, err := agent.DataDir(opts.dataDir)
	if err != nil {
		fmt.Fprintln(stderr, "spinecoach:", err)
		return 1
	}
	// One window per data folder: a second start brings the first to the front.
	inst, err := instance.Claim(dir, instance.RoleWindow)
	if errors.Is(err, instance.ErrRunning) {
		return handOver(dir, opts.start, stderr)
	}
	if err != nil {
		log.Printf("window: %v; carrying on without single-window handover", err)
	} else {
		defer inst.Close()
	}
	app.SetMetadata(fyne.AppMetadata{
		ID: appID, Name: appName, Version: version, Build: 1,
		Migrations: map[string]bool{"fyneDo": true},
	})
	a := app.NewWithID(appID)
	log.Printf("data folder: %s", dir)
	set, report, err := settings.Load(dir)
	if err != nil {
		log.Printf("settings: %v", err)
	}
	// The language chosen in Settings, else the system's. A choice made while the window is
	// open applies at its next start (the Settings screen says so).
	code, err := language.Load(set.Language)
	if err != nil {
		log.Printf("load translations: %v", err)
	}
	prog = prog.Localized(code) // the exercise texts in the language the screens use
	var notices []string
	if msg := report.Message(); msg != "" {
		log.Printf("settings: %s", msg)
		notices = append(notices, ui.SettingsNotice(report))
	}

	var shell *ui.Shell // set below, before the window shows: the store's hooks run after
	st, err := store.Open(dir, prog, set, store.Hooks{
		Changed:    func() { wakeAgent(dir) },
		NotWritten: func(err error) { shell.SessionNotWritten(err, dir) },
		SavedLater: func() { fyne.Do(shell.SessionSavedLater) },
	})
	if err != nil {
		fmt.Fprintln(stderr, "spinecoach:", err)
		return 1
	}
	notices = append(notices, ui.JournalNotices(dir, st.Opened())...)

	w := a.NewWindow(appName)
	noTray := !agent.TrayHostPresent() // asked once: the home screen then says the reminders are on
	voice := speech.New()
	defer voice.Close()
	if set.Voice {
		voice.Start()
	}
	shell = ui.NewShell(w, ui.Options{
		Program:  prog,
		Settings: set,
		SaveSettings: func(s settings.Settings) error {
			before, err := st.SaveSettings(s)
			if err == nil {
				applyAutostart(before, s, dir)
			}
			return ui.NotSaved(err)
		},
		OnProgress:    func(r ui.SessionReport) { st.Checkpoint(r.Snapshot, r.PainBefore) },
		OnFinish:      func(r ui.SessionReport) { st.Save(r.Snapshot, r.PainBefore, r.PainAfter) },
		Unsaved:       st.Unsaved,
		SaveElsewhere: st.WriteUnsaved,
		Notices:       notices,
		Interrupted:   interrupted(st),
		Journal:       st.Records,
		Outlook: func() ui.Outlook {
			o := st.Outlook(time.Now(), time.Local)
			return ui.Outlook{Due: o.Due, RestUntil: o.RestUntil, Today: o.Today, NoTray: noTray}
		},
		Flare:    func(days int) error { return ui.NotSaved(st.StartFlare(days)) },
		EndFlare: func() error { return ui.NotSaved(st.EndFlare()) },
		// The sound device opens at the first cue, off the UI goroutine; without one the
		// log says why, once, and the session stays silent.
		Sound: speaker.New(),
		// The speech service is opened in the background: without one the log says why,
		// once, Settings says the voice is unavailable, and the tones go on.
		Voice:           voice,
		FramesPerSecond: ui.FramesPerSecond,
	})
	if inst != nil {
		go answer(inst, w, shell)
	}
	wakeAgent(dir)
	if opts.start {
		shell.StartSession()
	}
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.Close() })
	w.SetOnClosed(func() {
		shell.Close()
		st.Close()
	})
	w.Resize(fyne.NewSize(1100, 760))
	w.ShowAndRun()
	return 0
}

// handOver asks the window already open on this data folder to come to the front, and to
// start a session when start is set.
func handOver(dir string, start bool, stderr io.Writer) int {
	msg := instance.MsgShow
	if start {
		msg = instance.MsgStart
	}
	if err := instance.Send(dir, instance.RoleWindow, msg); err != nil {
		fmt.Fprintln(stderr, "spinecoach: Spine Coach is already open but does not answer:", err)
		return 1
	}
	return 0
}

// answer brings the window to the front when another start of the app asks, until the
// instance closes.
func answer(inst *instance.Instance, w fyne.Window, shell *ui.Shell) {
	for msg := range inst.Messages() {
		fyne.Do(func() {
			w.Show()
			w.RequestFocus()
			if msg == instance.MsgStart {
				shell.StartSession()
			}
		})
	}
}

// wakeAgent makes sure the reminder agent runs and re-reads the data folder; it never makes the
// window wait.
func wakeAgent(dir string) {
	go func() {
		if err := agent.EnsureRunning(dir); err != nil {
			log.Printf("reminders: %v", err)
		}
	}()
}

// applyAutostart writes or removes the login entry for the reminders when the user's answer
// changes (agent.ApplyStartAtLogin: nothing is registered before the user was asked).
func applyAutostart(before, after settings.Settings, dir string) {
	if before.StartAtLoginAsked == after.StartAtLoginAsked && before.StartAtLogin == after.StartAtLogin {
		return
	}
	exe, err := agent.Executable()
	if err == nil {
		err = agent.ApplyStartAtLogin(after, exe, dir)
	}
	if err != nil {
		log.Printf("start at login: %v", err)
	}
}

// interrupted offers the session a crash cut short back to the user, nil when there is none.
func interrupted(st *store.Store) *ui.Interrupted {
	s := st.Interrupted()
	if s == nil {
		return nil
	}
	return &ui.Interrupted{
		Started:    s.Start.Local(),
		Results:    store.ResumeResults(s),
		PainBefore: journal.PainLevel(s.PainBefore),
		Save:       func() { st.KeepInterrupted(s) },
	}
}
