package ui

import (
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/store"
)

// JournalNotices tell the user, in their language, what opening the journal found: a data
// folder that cannot be written, a journal that could not be read, lines set aside, records
// dated in the future. None when all was well; the log keeps the details in English.
func JournalNotices(dir string, o store.Opened) []string {
	var notices []string
	switch {
	case o.Unwritable != nil:
		notices = append(notices, lang.L("Your data folder {{.Dir}} cannot be written to, so sessions cannot be saved there now. Free some space or fix the folder's permissions, or start Spine Coach with --data-dir and another folder.", data{"Dir": dir}))
	case o.ReadErr != nil:
		notices = append(notices, lang.L("Your journal could not be read; new sessions are still saved."))
	}
	switch {
	case o.SetAside > 0:
		notices = append(notices, lang.N("{{.N}} line of your journal could not be read. It was kept in {{.File}}; everything else is safe.",
			o.SetAside, data{"N": o.SetAside, "File": filepath.Base(o.CorruptPath)}))
	case o.Unreadable > 0:
		notices = append(notices, lang.N("{{.N}} line of your journal could not be read. It stays in the journal until the folder can be written; everything else is shown.",
			o.Unreadable, data{"N": o.Unreadable}))
	}
	if o.Future > 0 {
		notices = append(notices, lang.N("{{.N}} record in your journal carries a date in the future, so the reminders leave it out. Please check your computer's date and time.",
			o.Future, data{"N": o.Future}))
	}
	return notices
}

// NotSaved words a write that failed (store.ErrNotWritten) for the user, in their language; the
// cause (a full disk, a folder without permission) comes from the system as it is. Other errors,
// and nil, stay as they are.
func NotSaved(err error) error {
	if !errors.Is(err, store.ErrNotWritten) {
		return err
	}
	return errors.New(lang.L("This could not be saved: {{.Error}}", data{"Error": store.SystemCause(err)}))
}

// SessionNotWritten tells the user, during the session, that it cannot be written to the data
// folder dir, and what to do.
func (s *Shell) SessionNotWritten(err error, dir string) {
	s.ShowError(errors.New(lang.L("Your session cannot be written to the disk: {{.Error}}. It is kept while Spine Coach stays open and saved as soon as it can be: free some space on the disk, or make the data folder {{.Dir}} writable. At the end you can also save it elsewhere.",
		data{"Error": store.SystemCause(err), "Dir": dir})))
}

// SessionSavedLater tells the user that the session kept in memory is now in the journal.
func (s *Shell) SessionSavedLater() {
	s.Tell(lang.L("Saved"), lang.L("Your session is now saved in your journal."))
}
