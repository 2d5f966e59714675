package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
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

	rec, err := openRecords(dir, prog)
	if err != nil {
		fmt.Fprintln(stderr, "spinecoach:", err)
		return 1
	}
	notices = append(notices, rec.notices...)

	w := a.NewWindow(appName)
	rec.win = w
	shell := ui.NewShell(w, ui.Options{
		Program:      prog,
		Settings:     set,
		SaveSettings: func(s settings.Settings) error { return settings.Save(dir, s) },
		OnProgress:   rec.checkpoint,
		OnFinish:     rec.save,
		Notices:      notices,
		Interrupted:  rec.interrupted(),
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

// records keeps the window's sessions in the journal: a checkpoint after each exercise, the
// record when the session ends, and the checkpoint of a session a crash cut short.
type records struct {
	dir     string
	prog    program.Program
	journal *journal.Journal
	win     fyne.Window // for telling the user a session could not be saved
	notices []string
	pending *journal.Session // the checkpoint found at start-up
	id      string           // the current session's id, kept across its checkpoints
	started time.Time
}

func openRecords(dir string, prog program.Program) (*records, error) {
	j, err := journal.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open the journal in %s: %w", dir, err)
	}
	r := &records{dir: dir, prog: prog, journal: j}
	_, report, err := j.Load()
	switch {
	case err != nil:
		log.Printf("journal: %v", err)
		r.notices = append(r.notices, lang.L("Your journal could not be read; new sessions are still saved."))
	case report.SetAside > 0:
		log.Printf("journal: %d lines set aside in %s", report.SetAside, report.CorruptPath)
		r.notices = append(r.notices, lang.N("{{.N}} line of your journal could not be read. It was kept in {{.File}}; everything else is safe.",
			report.SetAside, map[string]any{"N": report.SetAside, "File": filepath.Base(report.CorruptPath)}))
	}
	cp, err := journal.LoadCheckpoint(dir)
	if err != nil {
		log.Printf("journal: checkpoint: %v", err)
	}
	if cp != nil && cp.Session != nil {
		r.pending = cp.Session
	}
	return r, nil
}

// sessionID returns the id of the session that started at started, new for a new session.
func (r *records) sessionID(started time.Time) string {
	if !started.Equal(r.started) {
		r.started, r.id = started, journal.NewSessionID(started)
	}
	return r.id
}

func (r *records) checkpoint(snap coach.Snapshot) {
	rec := sessionRecord(r.sessionID(snap.Started), r.prog, snap)
	if err := journal.SaveCheckpoint(r.dir, rec); err != nil {
		log.Printf("journal: checkpoint: %v", err)
	}
}

func (r *records) save(snap coach.Snapshot) {
	r.append(sessionRecord(r.sessionID(snap.Started), r.prog, snap))
}

func (r *records) append(rec journal.Record) {
	if err := r.journal.Append(rec); err != nil {
		log.Printf("journal: %v", err)
		dialog.ShowError(errors.New(lang.L("This session could not be saved: {{.Error}}", map[string]any{"Error": err})), r.win)
		return // the checkpoint stays, so the session is offered again at the next start
	}
	if err := journal.ClearCheckpoint(r.dir); err != nil {
		log.Printf("journal: clear checkpoint: %v", err)
	}
}

// interrupted offers the checkpoint found at start-up back to the user.
func (r *records) interrupted() *ui.Interrupted {
	s := r.pending
	if s == nil {
		return nil
	}
	r.started, r.id = s.Start, s.ID // a resumed session keeps its id
	return &ui.Interrupted{
		Started: s.Start.Local(),
		Results: resumeResults(s),
		Save:    func() { r.append(journal.NewSessionRecord(*s)) },
	}
}
