package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/agent"
	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/instance"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/sound/speaker"
	"github.com/spinecoach/spinecoach/internal/speech"
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

	rec, err := openRecords(dir, prog)
	if err != nil {
		fmt.Fprintln(stderr, "spinecoach:", err)
		return 1
	}
	notices = append(notices, rec.notices...)

	w := a.NewWindow(appName)
	// saved is read by the home screen's outlook off the UI goroutine (every half-minute) and
	// written by Settings on it.
	var savedMu sync.Mutex
	saved := set
	current := func() settings.Settings {
		savedMu.Lock()
		defer savedMu.Unlock()
		return saved
	}
	noTray := !agent.TrayHostPresent() // asked once: the home screen then says the reminders are on
	voice := speech.New()
	defer voice.Close()
	if set.Voice {
		voice.Start()
	}
	shell := ui.NewShell(w, ui.Options{
		Program:  prog,
		Settings: set,
		SaveSettings: func(s settings.Settings) error {
			if err := settings.Save(dir, s); err != nil {
				log.Printf("settings: %v", err)
				return notSaved(err)
			}
			savedMu.Lock()
			before := saved
			saved = s
			savedMu.Unlock()
			applyAutostart(before, s, dir)
			wakeAgent(dir)
			return nil
		},
		OnProgress:    rec.checkpoint,
		OnFinish:      rec.save,
		Unsaved:       rec.unsaved,
		SaveElsewhere: rec.writeUnsaved,
		Notices:       notices,
		Interrupted:   rec.interrupted(),
		Journal: func() ([]journal.Record, error) {
			records, _, err := rec.cache.Load()
			return records, err
		},
		Outlook:  func() ui.Outlook { return outlook(rec.cache, current(), noTray) },
		Flare:    func(days int) error { return rec.flare(days, current()) },
		EndFlare: rec.endFlare,
		// The sound device opens at the first cue, off the UI goroutine; without one the
		// log says why, once, and the session stays silent.
		Sound: speaker.New(),
		// The speech service is opened in the background: without one the log says why,
		// once, Settings says the voice is unavailable, and the tones go on.
		Voice: voice,
	})
	rec.shell = shell
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
		rec.close()
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

// outlook is what the reminders say now, from the same rules the agent follows.
func outlook(cache *journal.Cache, set settings.Settings, noTray bool) ui.Outlook {
	records, _, err := cache.Load()
	if err != nil {
		log.Printf("journal: %v", err)
	}
	now := time.Now()
	st := schedule.FromJournal(records, now)
	rules := schedule.RulesFrom(set)
	o := ui.Outlook{Due: schedule.Next(now, st, rules, time.Local), Today: schedule.Today(now, st, rules, time.Local), NoTray: noTray}
	if until, ok := st.Resting(now); ok {
		o.RestUntil = until
	}
	return o
}

// flare starts a flare-up rest of days days, today the first: no reminders until the day
// window opens on the first day back.
func (r *records) flare(days int, set settings.Settings) error {
	rec, err := schedule.StartFlare(time.Now(), days, schedule.RulesFrom(set), time.Local)
	if err != nil {
		return err
	}
	return r.note(rec)
}

// endFlare ends the flare-up rest now. One that already ended (the tray ended it, or it ran
// out) leaves nothing to do: the outlook, shown again, says so.
func (r *records) endFlare() error {
	records, _, err := r.cache.Load()
	if err != nil {
		log.Printf("journal: %v", err)
	}
	now := time.Now()
	rec, err := schedule.EndFlare(schedule.FromJournal(records, now), now)
	if errors.Is(err, schedule.ErrNotResting) {
		log.Printf("flare-up rest: %v", err)
		return nil
	}
	if err != nil {
		return err
	}
	return r.note(rec)
}

// note appends a record that changes the reminders, and tells the agent.
func (r *records) note(rec journal.Record) error {
	if err := r.journal.Append(rec); err != nil {
		return notSaved(err)
	}
	wakeAgent(r.dir)
	r.reload()
	return nil
}

// records keeps the window's sessions in the journal: a checkpoint after each exercise, the
// record when the session ends, and the checkpoint of a session a crash cut short.
type records struct {
	dir     string
	prog    program.Program
	journal *journal.Journal
	cache   *journal.Cache // the records as last read; read again only when the file changed
	saver   *journal.Saver // keeps a session in memory while the folder cannot be written
	shell   *ui.Shell      // for telling the user a session could not be saved
	notices []string
	pending *journal.Session // the checkpoint found at start-up
	id      string           // the current session's id, kept across its checkpoints
	started time.Time

	retrying sync.Once     // the retry loop runs once the first write failed
	done     chan struct{} // closed when the window closes
}

// retryEvery is how often a session that could not be written is tried again.
const retryEvery = 30 * time.Second

func openRecords(dir string, prog program.Program) (*records, error) {
	j, err := journal.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open the journal in %s: %w", dir, err)
	}
	r := &records{dir: dir, prog: prog, journal: j, cache: journal.NewCache(j), saver: journal.NewSaver(j), done: make(chan struct{})}
	records, report, err := r.cache.Load()
	writeErr := j.Writable()
	switch {
	case writeErr != nil:
		log.Printf("journal: %v", writeErr)
		r.notices = append(r.notices, lang.L("Your data folder {{.Dir}} cannot be written to, so sessions cannot be saved there now. Free some space or fix the folder's permissions, or start Spine Coach with --data-dir and another folder.", map[string]any{"Dir": dir}))
	case err != nil:
		log.Printf("journal: %v", err)
		r.notices = append(r.notices, lang.L("Your journal could not be read; new sessions are still saved."))
	}
	switch {
	case report.SetAside > 0:
		log.Printf("journal: %d lines set aside in %s", report.SetAside, report.CorruptPath)
		r.notices = append(r.notices, lang.N("{{.N}} line of your journal could not be read. It was kept in {{.File}}; everything else is safe.",
			report.SetAside, map[string]any{"N": report.SetAside, "File": filepath.Base(report.CorruptPath)}))
	case report.Unreadable > 0:
		log.Printf("journal: %d unreadable lines left in place: %v", report.Unreadable, report.RepairErr)
		r.notices = append(r.notices, lang.N("{{.N}} line of your journal could not be read. It stays in the journal until the folder can be written; everything else is shown.",
			report.Unreadable, map[string]any{"N": report.Unreadable}))
	}
	if future := schedule.FromJournal(records, time.Now()).Future; future > 0 {
		log.Printf("journal: %d records carry a future date; the reminders leave them out", future)
		r.notices = append(r.notices, lang.N("{{.N}} record in your journal carries a date in the future, so the reminders leave it out. Please check your computer's date and time.",
			future, map[string]any{"N": future}))
	}
	cp, err := journal.Unsaved(dir, records)
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

func (r *records) checkpoint(rep ui.SessionReport) {
	if coach.NothingDone(rep.Results) {
		// Nothing to lose: a crash now leaves no session to offer back.
		if err := journal.ClearCheckpoint(r.dir); err != nil {
			log.Printf("journal: clear checkpoint: %v", err)
		}
		return
	}
	first, err := r.saver.Checkpoint(r.record(rep))
	r.failed("checkpoint", first, err)
}

// save keeps a session that ended, unless nothing was done in it (coach.NothingDone): that is
// no session, and must not count toward the day or move the next reminder.
func (r *records) save(rep ui.SessionReport) {
	if coach.NothingDone(rep.Results) {
		r.checkpoint(rep)
		return
	}
	r.finish(r.record(rep))
}

// finish appends an ended session; when it cannot be written it stays in memory, is tried again,
// and the finish screen offers to save it elsewhere.
func (r *records) finish(rec journal.Record) {
	first, err := r.saver.Finish(rec)
	if r.failed("save", first, err) {
		return
	}
	wakeAgent(r.dir) // the next due time has moved
	r.reload()
}

// reload reads the journal the window just wrote to into the cache, off the UI goroutine, so the
// screens that ask next find it read.
func (r *records) reload() {
	go func() {
		if _, _, err := r.cache.Load(); err != nil {
			log.Printf("journal: %v", err)
		}
	}()
}

// failed logs a write that failed, tells the user at the first failure (during the session, in
// words that say what to do), and starts the retries. It reports whether err was a failure.
func (r *records) failed(what string, first bool, err error) bool {
	if err == nil {
		return false
	}
	log.Printf("journal: %s: %v", what, err)
	if first && r.shell != nil {
		log.Printf("journal: told the user: the session cannot be written (%v); it is kept in memory", systemCause(err))
		r.shell.ShowError(errors.New(lang.L("Your session cannot be written to the disk: {{.Error}}. It is kept while Spine Coach stays open and saved as soon as it can be: free some space on the disk, or make the data folder {{.Dir}} writable. At the end you can also save it elsewhere.",
			map[string]any{"Error": systemCause(err), "Dir": r.dir})))
	}
	r.retrying.Do(func() { go r.retry() })
	return true
}

// retry writes what the saver keeps in memory every retryEvery until the window closes, and tells
// the user when it is saved.
func (r *records) retry() {
	tick := time.NewTicker(retryEvery)
	defer tick.Stop()
	for {
		select {
		case <-r.done:
			return
		case <-tick.C:
		}
		if len(r.saver.Pending()) == 0 {
			continue
		}
		if err := r.saver.Retry(); err != nil {
			log.Printf("journal: retry: %v", err)
			continue
		}
		log.Printf("journal: the session kept in memory is saved")
		wakeAgent(r.dir)
		r.reload()
		fyne.Do(func() {
			if r.shell != nil {
				r.shell.Tell(lang.L("Saved"), lang.L("Your session is now saved in your journal."))
			}
		})
	}
}

// unsaved reports whether a session is kept in memory because it could not be written.
func (r *records) unsaved() bool { return len(r.saver.Pending()) > 0 }

// writeUnsaved writes the sessions kept in memory as journal lines, for "Save elsewhere".
func (r *records) writeUnsaved(w io.Writer) error { return journal.WriteLines(w, r.saver.Pending()) }

// close tries once more to write what is kept in memory, and stops the retries.
func (r *records) close() {
	close(r.done)
	if err := r.saver.Retry(); err != nil {
		log.Printf("journal: the window closes with %d sessions that could not be saved: %v", len(r.saver.Pending()), err)
	}
}

// record is the journal record of a session, with how the back felt before and after.
func (r *records) record(rep ui.SessionReport) journal.Record {
	rec := sessionRecord(r.sessionID(rep.Started), r.prog, rep.Snapshot)
	rec.Session.PainBefore, rec.Session.PainAfter = painLevel(rep.PainBefore), painLevel(rep.PainAfter)
	return rec
}

func painLevel(level int) *int {
	if level < 0 || level > 10 {
		return nil
	}
	return journal.Pain(level)
}

// interrupted offers the checkpoint found at start-up back to the user.
func (r *records) interrupted() *ui.Interrupted {
	s := r.pending
	if s == nil {
		return nil
	}
	if coach.NothingDone(resumeResults(s)) {
		// A checkpoint of a session with nothing done (left by an older version): no session.
		r.pending = nil
		if err := journal.ClearCheckpoint(r.dir); err != nil {
			log.Printf("journal: clear checkpoint: %v", err)
		}
		return nil
	}
	r.started, r.id = s.Start, s.ID // a resumed session keeps its id
	before := coach.NoPain
	if s.PainBefore != nil {
		before = *s.PainBefore
	}
	return &ui.Interrupted{
		Started:    s.Start.Local(),
		Results:    resumeResults(s),
		PainBefore: before,
		Save:       func() { r.finish(journal.NewSessionRecord(*s)) },
	}
}

// systemCause is the system's own words for why a write failed ("no space left on device"), without
// the paths and steps the log keeps; err itself when it has none.
func systemCause(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

// notSaved words a failed write for the user, in their language; the cause (a full disk, a
// folder without permission) comes from the system as it is.
func notSaved(err error) error {
	return errors.New(lang.L("This could not be saved: {{.Error}}", map[string]any{"Error": systemCause(err)}))
}
