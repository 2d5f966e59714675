package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// TestRussianNamesWhole shows the finish and Progress screens in Russian at extra-large text in
// a narrow window: every exercise's name is shown whole (wrapped, never cut), so exercises 3
// and 4, whose names differ only at the end, can be told apart.
func TestRussianNamesWhole(t *testing.T) {
	inLanguage(t, "ru_RU")
	prog := program.Builtin().Localized(Language())
	set := settings.Default()
	set.StartAtLoginAsked, set.TextSize = true, settings.TextExtraLarge
	s, w := newTestShell(t, Options{
		Program: prog, Settings: set,
		Journal: func() ([]journal.Record, error) { return progressFixture(), nil },
	})
	w.Resize(fyne.NewSize(700, 760))
	press(w, fyne.KeyReturn, fyne.KeyReturn)
	s.sess.sess.Stop()
	s.keep(SessionReport{Snapshot: s.sess.sess.Snapshot(), PainBefore: coach.NoPain, PainAfter: coach.NoPain})
	namesWhole(t, "finish", w, prog)
	openProgress(s)
	namesWhole(t, "progress", w, prog)
}

// namesWhole checks each exercise name on the window is in a label that shows it whole: not
// truncated, and as high as its wrapped lines.
func namesWhole(t *testing.T, screen string, w fyne.Window, prog program.Program) {
	t.Helper()
	found := map[string]bool{}
	visit(w.Content(), func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		if !ok {
			return true
		}
		for _, e := range prog.Exercises {
			if strings.HasSuffix(l.Text, e.Title) {
				found[e.ID] = true
				if l.Truncation != fyne.TextTruncateOff || l.Wrapping == fyne.TextWrapOff && l.Size().Width < l.MinSize().Width ||
					l.Size().Height < l.MinSize().Height {
					t.Errorf("%s: %q is cut: truncation %v, size %v, needs %v", screen, l.Text, l.Truncation, l.Size(), l.MinSize())
				}
			}
		}
		return false
	})
	for _, e := range prog.Exercises {
		if !found[e.ID] {
			t.Errorf("%s does not show %q", screen, e.Title)
		}
	}
}
