package ui

import (
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Issue 14 finding 3: a session that could not be written is offered to be saved elsewhere on the
// finish screen; one that was saved is not.
func TestFinishOffersToSaveAnUnsavedSession(t *testing.T) {
	for _, unsaved := range []bool{false, true} {
		s, w := newTestShell(t, Options{
			Unsaved:       func() bool { return unsaved },
			SaveElsewhere: func(io.Writer) error { return nil },
		})
		press(w, fyne.KeyReturn, fyne.KeyReturn) // start, skipping the question about the back
		for range 6 {
			press(w, fyne.KeyReturn)
		}
		press(w, fyne.KeyP, fyne.KeyReturn, fyne.KeyReturn)
		f, ok := s.cur.(*finish)
		if !ok {
			t.Fatalf("not on the finish screen:\n%s", texts(w))
		}
		shown := texts(w)
		offered := strings.Contains(shown, "Save elsewhere") && strings.Contains(shown, "not on the disk yet")
		if offered != unsaved || f.unsaved != unsaved {
			t.Errorf("unsaved=%v: the finish screen offers to save elsewhere: %v\n%s", unsaved, offered, shown)
		}
	}
}
