package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/synctest"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// block makes the files of names in dir unwritable, as a full disk or a read-only folder would
// (the tests may run as root, who writes anywhere): a folder stands where each goes. It
// returns the undo.
func block(t *testing.T, dir string, names ...string) func() {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
		if err := os.Mkdir(p, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return func() {
		for _, n := range names {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestSessionKeptUntilItCanBeWritten: a session that cannot be written is told to the window
// once, kept in memory for "Save elsewhere", retried every RetryEvery, and written when the
// folder can be written again; the window then hears it is saved and the reminders that they
// changed.
func TestSessionKeptUntilItCanBeWritten(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		p := program.Builtin()
		var notWritten []error
		changed, savedLater := 0, 0
		st, err := Open(dir, p, settings.Default(), Hooks{
			Changed:    func() { changed++ },
			NotWritten: func(err error) { notWritten = append(notWritten, err) },
			SavedLater: func() { savedLater++ },
		})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		unblock := block(t, dir, journal.CheckpointName, journal.FileName)

		s := coach.New(p, coach.Config{Counting: coach.Counted}, nil)
		defer s.Stop()
		s.StartNow()
		for range 30 {
			s.Count()
		}
		s.Next()
		st.Checkpoint(s.Snapshot(), 3)
		s.End()
		st.Save(s.Snapshot(), 3, 2)
		if len(notWritten) != 1 {
			t.Fatalf("the window was told %d times that the session cannot be written, want once", len(notWritten))
		}
		if !st.Unsaved() {
			t.Fatal("the session is not kept in memory")
		}
		var lines bytes.Buffer
		if err := st.WriteUnsaved(&lines); err != nil || bytes.Count(lines.Bytes(), []byte("\n")) != 1 {
			t.Fatalf("save elsewhere wrote %q, %v; want one journal line", lines.String(), err)
		}

		time.Sleep(RetryEvery)
		synctest.Wait()
		if savedLater != 0 || !st.Unsaved() {
			t.Fatal("a retry into a folder still blocked says the session is saved")
		}
		unblock()
		time.Sleep(RetryEvery)
		synctest.Wait()
		if savedLater != 1 || st.Unsaved() || changed != 1 {
			t.Fatalf("after the folder came back: told saved %d times, unsaved %v, reminders told %d times; want 1, false, 1", savedLater, st.Unsaved(), changed)
		}
		records, err := st.Records()
		if err != nil || len(records) != 1 || records[0].Session.PainBefore == nil || *records[0].Session.PainBefore != 3 {
			t.Fatalf("journal after the retry: %v, %v; want the session with pain 3 before", records, err)
		}
	})
}

// TestFlareRestAndOutlook: a flare-up rest started from the window shows in the outlook until it
// is ended; ending one that no longer runs is no error. Each write tells the reminders.
func TestFlareRestAndOutlook(t *testing.T) {
	changed := 0
	st, err := Open(t.TempDir(), program.Builtin(), settings.Default(), Hooks{Changed: func() { changed++ }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if o := st.Outlook(time.Now(), time.Local); !o.RestUntil.IsZero() || o.Due.IsZero() || o.Today.Target != settings.Default().SessionsPerDay {
		t.Fatalf("outlook of a new journal = %+v; want a due session, no rest, the settings' target", o)
	}
	if err := st.StartFlare(3); err != nil {
		t.Fatal(err)
	}
	if o := st.Outlook(time.Now(), time.Local); o.RestUntil.Before(time.Now().AddDate(0, 0, 2)) {
		t.Fatalf("outlook during a 3-day rest = %+v", o)
	}
	if err := st.EndFlare(); err != nil {
		t.Fatal(err)
	}
	if o := st.Outlook(time.Now(), time.Local); !o.RestUntil.IsZero() {
		t.Fatalf("outlook after the rest ended = %+v", o)
	}
	if err := st.EndFlare(); err != nil {
		t.Fatalf("ending a rest that no longer runs: %v", err)
	}
	if changed != 2 {
		t.Errorf("the reminders were told %d times, want 2 (start, end)", changed)
	}
}

// TestSettingsNotWritten: settings that cannot be written are an ErrNotWritten, and the settings
// in use stay the last saved.
func TestSettingsNotWritten(t *testing.T) {
	dir := t.TempDir()
	before := settings.Default()
	st, err := Open(dir, program.Builtin(), before, Hooks{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	next := before
	next.SessionsPerDay = before.SessionsPerDay + 1
	got, err := st.SaveSettings(next)
	if err != nil || got.SessionsPerDay != before.SessionsPerDay || st.Settings().SessionsPerDay != next.SessionsPerDay {
		t.Fatalf("save: %v; replaced %d, now %d", err, got.SessionsPerDay, st.Settings().SessionsPerDay)
	}
	block(t, dir, settings.FileName)
	if _, err := st.SaveSettings(before); !errors.Is(err, ErrNotWritten) {
		t.Fatalf("save into a blocked file: %v, want ErrNotWritten", err)
	}
	if st.Settings().SessionsPerDay != next.SessionsPerDay {
		t.Error("settings that were not written are in use")
	}
}
