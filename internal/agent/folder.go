package agent

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// MemoryName is the file in the data folder where the agent keeps what it last reminded about,
// so a restart neither repeats a reminder nor forgets the follow-up.
const MemoryName = "reminded.json"

// folder holds the stamps of the files the agent reads, as of the last read.
type folder struct {
	settings, journal, checkpoint atomicfile.Stamp
}

// reread reads the files that changed since the last read, or all of them when force is set
// (a "wake", or the start). The Runner calls it at every wake-up (at most every 30 s), so an
// unchanged folder costs three stat calls.
func (a *Agent) reread(force bool) {
	now := folder{
		settings:   atomicfile.StampOf(filepath.Join(a.dir, settings.FileName)),
		journal:    atomicfile.StampOf(filepath.Join(a.dir, journal.FileName)),
		checkpoint: atomicfile.StampOf(filepath.Join(a.dir, journal.CheckpointName)),
	}
	a.mu.Lock()
	old := a.files
	a.files = now
	a.mu.Unlock()
	var what []string
	if force || !now.settings.Equal(old.settings) {
		a.readSettings()
		what = append(what, settings.FileName)
	}
	if force || !now.journal.Equal(old.journal) {
		a.readJournal()
		what = append(what, journal.FileName)
	}
	if force || !now.checkpoint.Equal(old.checkpoint) {
		a.readCheckpoint()
		what = append(what, journal.CheckpointName)
	}
	if len(what) > 0 {
		a.log.Printf("re-read %v", what)
		a.changed()
		a.withdrawIfMoot()
	}
}

func (a *Agent) readSettings() {
	s, report, err := settings.Load(a.dir)
	if err != nil {
		a.log.Printf("settings: %v", err)
	}
	if msg := report.Message(); msg != "" {
		a.log.Printf("settings: %s", msg)
	}
	a.mu.Lock()
	a.settings = s
	a.mu.Unlock()
	a.speak(s.Language)
}

// speak makes the tray and the reminders speak the language chosen in Settings, or the
// system's: the window's translations, through Fyne's lang.
func (a *Agent) speak(choice settings.Language) {
	a.textMu.Lock()
	defer a.textMu.Unlock()
	if a.spoken && choice == a.language {
		return
	}
	code, err := language.Load(choice)
	if err != nil {
		a.log.Printf("translations: %v", err)
	}
	a.spoken, a.language = true, choice
	a.log.Printf("language: %s", code)
}

func (a *Agent) readJournal() {
	records, report, err := a.journal.Load()
	if err != nil {
		// Keep what was read before: a passing read error must not bring back old reminders.
		a.log.Printf("journal: %v", err)
		return
	}
	if report.SetAside > 0 {
		a.log.Printf("journal: %d unreadable lines were moved to %s", report.SetAside, report.CorruptPath)
	}
	a.mu.Lock()
	a.records = records
	a.mu.Unlock()
}

// readCheckpoint notes the start of a session in progress. It only reads: the window owns the
// checkpoint and decides what to do with a damaged one.
func (a *Agent) readCheckpoint() {
	var start time.Time
	data, err := os.ReadFile(filepath.Join(a.dir, journal.CheckpointName))
	if err == nil {
		var r journal.Record
		if json.Unmarshal(data, &r) == nil && r.Kind == journal.KindSession && r.Session != nil {
			start = r.Session.Start.Round(0)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		a.log.Printf("checkpoint: %v", err)
	}
	a.mu.Lock()
	a.active = start
	a.mu.Unlock()
}

func (a *Agent) loadMemory() schedule.Memory {
	var m schedule.Memory
	data, err := os.ReadFile(filepath.Join(a.dir, MemoryName))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			a.log.Printf("reminder memory: %v", err)
		}
		return m
	}
	if err := json.Unmarshal(data, &m); err != nil {
		a.log.Printf("reminder memory: %s does not parse, starting afresh: %v", MemoryName, err)
		return schedule.Memory{}
	}
	return m
}

func (a *Agent) saveMemory(m schedule.Memory) {
	data, err := json.Marshal(m)
	if err == nil {
		err = atomicfile.WriteFile(filepath.Join(a.dir, MemoryName), append(data, '\n'), 0o600)
	}
	if err != nil {
		a.log.Printf("reminder memory: %v", err)
	}
}
