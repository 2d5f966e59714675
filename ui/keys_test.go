package ui

import (
	"errors"
	"image/color"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// typeKey types a key as the window does: to the focused control if there is one, else to the
// window's handler; then, for Space, the typed space to whatever has the focus by then.
func typeKey(w fyne.Window, keys ...fyne.KeyName) {
	for _, k := range keys {
		ev := &fyne.KeyEvent{Name: k}
		if f := w.Canvas().Focused(); f != nil {
			f.TypedKey(ev)
		} else {
			w.Canvas().OnTypedKey()(ev)
		}
		if k == fyne.KeySpace {
			if f := w.Canvas().Focused(); f != nil {
				f.TypedRune(' ')
			} else if r := w.Canvas().OnTypedRune(); r != nil {
				r(' ')
			}
		}
	}
}

// tabStops are the controls Tab reaches, in order, on the screen or the question showing.
func tabStops(t *testing.T, w fyne.Window) []fyne.Focusable {
	t.Helper()
	c := w.Canvas()
	c.Unfocus()
	defer c.Unfocus()
	var stops []fyne.Focusable
	for {
		c.FocusNext()
		f := c.Focused()
		if f == nil || len(stops) > 0 && f == stops[0] {
			return stops
		}
		stops = append(stops, f)
		if len(stops) > 100 {
			t.Fatal("Tab goes round more than 100 controls")
		}
	}
}

// keyPlace is a screen or a question, a key its user may press there, and how to tell that the
// key did what it says.
type keyPlace struct {
	name string
	open func(s *Shell)
	key  fyne.KeyName
	took func(s *Shell) bool
}

func keyPlaces() []keyPlace {
	atHome := func(s *Shell) bool { return s.cur == s.home && s.modal == nil }
	noQuestion := func(s *Shell) bool { return s.modal == nil }
	session := func(s *Shell) {
		s.resumeSession(&Interrupted{PainBefore: coach.NoPain})
	}
	return []keyPlace{
		{"home", func(s *Shell) { s.showHome() }, fyne.KeyG, func(s *Shell) bool { s.loads.Wait(); _, ok := s.cur.(*progress); return ok }},
		{"settings", func(s *Shell) { s.showSettings() }, fyne.KeyEscape, atHome},
		{"about", func(s *Shell) { s.showAbout() }, fyne.KeyEscape, atHome},
		{"progress", openProgress, fyne.KeyEscape, atHome},
		{"finish", func(s *Shell) {
			s.keep(SessionReport{Snapshot: coach.New(s.prog, s.set.Coach(), nil).Snapshot(), PainBefore: coach.NoPain, PainAfter: coach.NoPain})
		}, fyne.KeyEscape, atHome},
		{"session", session, fyne.KeyP, func(s *Shell) bool { return s.modal != nil }},
		{"pain question", func(s *Shell) { s.startSession() }, fyne.Key4, func(s *Shell) bool { return s.sess != nil && s.modal == nil }},
		{"end question", func(s *Shell) { session(s); s.sess.confirmEnd() }, fyne.KeyEscape, noQuestion},
		{"flare-up question", func(s *Shell) { s.home.askFlare() }, fyne.KeyEscape, noQuestion},
		{"start-at-login question", func(s *Shell) { s.askStartAtLogin() }, fyne.KeyEscape, noQuestion},
		{"resume question", func(s *Shell) {
			s.offerResume(&Interrupted{Started: time.Now(), Results: coach.New(s.prog, s.set.Coach(), nil).Snapshot().Results})
		}, fyne.KeyEscape, noQuestion},
		{"message", func(s *Shell) { s.tell("Note", "A message.") }, fyne.KeyEscape, func(s *Shell) bool { return len(s.notes) == 0 }},
	}
}

// TestEveryControlPassesOnKeys tabs to each control of every screen and question, then presses
// a key of that screen: the control must hand it on, or the user who tabbed is stuck.
func TestEveryControlPassesOnKeys(t *testing.T) {
	for _, p := range keyPlaces() {
		t.Run(p.name, func(t *testing.T) {
			s, w := newTestShell(t, Options{
				Journal:      func() ([]journal.Record, error) { return nil, nil },
				Outlook:      func() Outlook { return Outlook{} },
				SaveSettings: func(settings.Settings) error { return nil },
			})
			p.open(s)
			s.loads.Wait()
			stops := tabStops(t, w)
			if len(stops) == 0 {
				t.Fatal("Tab reaches no control")
			}
			for i := range stops {
				s.dismiss()
				for len(s.notes) > 0 {
					s.closeNote()
				}
				if s.sess != nil {
					s.sess.sess.Stop() // the last pass's session, left for a new one
				}
				s.showHome()
				s.loads.Wait()
				p.open(s)
				s.loads.Wait()
				w.Canvas().Unfocus()
				for range i + 1 {
					w.Canvas().FocusNext()
				}
				f := w.Canvas().Focused()
				switch f.(type) {
				case *keyButton, *keyCheck, *keySelect:
				default:
					t.Errorf("control %d is a %T, which keeps the screen's keys to itself", i, f)
					continue
				}
				typeKey(w, p.key)
				s.loads.Wait()
				if !p.took(s) {
					t.Errorf("with control %d (%s) focused, %s did nothing", i, controlName(f), p.key)
				}
			}
		})
	}
}

func controlName(f fyne.Focusable) string {
	switch c := f.(type) {
	case *keyButton:
		return "button " + c.Text
	case *keyCheck:
		return "check box " + c.Text
	case *keySelect:
		return "list " + c.Selected
	}
	return ""
}

// TestEnterPressesFocusedButton: a user who tabbed to a button and pressed Enter means that
// button, not the screen's own Enter.
func TestEnterPressesFocusedButton(t *testing.T) {
	s, w := newTestShell(t, Options{SaveSettings: func(settings.Settings) error { return nil }})
	for _, f := range tabStops(t, w) {
		if b, ok := f.(*keyButton); ok && strings.HasPrefix(b.Text, "Settings") {
			w.Canvas().Focus(b)
		}
	}
	if w.Canvas().Focused() == nil {
		t.Fatal("Tab does not reach the Settings button")
	}
	typeKey(w, fyne.KeyReturn)
	if _, ok := s.cur.(*settingsScreen); !ok {
		t.Fatalf("Enter on the focused Settings button shows %T, want the settings", s.cur)
	}
	if w.Canvas().Focused() != nil {
		t.Error("the new screen opened with a control still focused")
	}
	press(w, fyne.KeyEscape)
	// Found by walking the screen, not by Tab, which would move the focus it checks.
	var settingsBg, aboutBg color.Color
	visit(w.Content(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*keyButton); ok && strings.HasPrefix(b.Text, "Settings") {
			settingsBg = buttonColor(b)
		} else if ok && strings.HasPrefix(b.Text, "About") {
			aboutBg = buttonColor(b)
		}
		return true
	})
	if settingsBg == nil || settingsBg != aboutBg {
		t.Errorf("back home, the Settings button still shows the focus: %v, a plain button %v", settingsBg, aboutBg)
	}
}

// buttonColor is the colour a button is drawn on, which shows whether it has the focus.
func buttonColor(b *keyButton) color.Color {
	for _, o := range test.WidgetRenderer(b).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok {
			return r.FillColor
		}
	}
	return nil
}

// TestMessagesComeFirst: a message over a question takes the keys until it is closed, then the
// question has them again; a question asked or closed under a message leaves the message on top.
func TestMessagesComeFirst(t *testing.T) {
	s, w := newTestShell(t, Options{Settings: settings.Default(), Notices: []string{"Your settings were reset."}})
	if len(s.notes) != 1 || s.modal == nil {
		t.Fatalf("want the first-run question under a message; got %d messages, question %v", len(s.notes), s.modal != nil)
	}
	overlays := w.Canvas().Overlays()
	if overlays.Top() != s.notes[0] {
		t.Error("the message is not drawn over the question")
	}
	press(w, fyne.KeyReturn)
	if len(s.notes) != 0 || s.modal == nil || overlays.Top() != s.modal.pop {
		t.Fatalf("Enter should close the message only; %d messages, question %v", len(s.notes), s.modal != nil)
	}
	press(w, fyne.KeyEscape)
	if s.modal != nil || !s.set.StartAtLoginAsked || s.set.StartAtLogin {
		t.Errorf("Esc should answer the question with no; question %v, settings %+v", s.modal != nil, s.set)
	}

	// A question asked while a message shows goes under it, and is there when it closes.
	s.tell("Not saved", "The disk is full.")
	s.askStartAtLogin()
	if got := overlays.List(); len(got) != 2 || got[0] != s.modal.pop || got[1] != s.notes[0] {
		t.Fatalf("want the question under the message, got %d overlays", len(got))
	}
	press(w, fyne.KeyEscape)
	if s.modal == nil || overlays.Top() != s.modal.pop {
		t.Fatal("the question asked under the message is gone when the message closes")
	}
	// A question closed under a message leaves the message.
	s.tell("Not saved", "The disk is full.")
	s.dismiss()
	if got := overlays.List(); len(got) != 1 || got[0] != s.notes[0] {
		t.Fatalf("closing the question under a message took the message away: %d overlays", len(got))
	}
	press(w, fyne.KeyEscape)
	if len(overlays.List()) != 0 || len(s.notes) != 0 {
		t.Errorf("%d overlays and %d messages left", len(overlays.List()), len(s.notes))
	}
}

// TestHiddenControlLetsGo: a focused control that a change hides gives the keys back to the
// screen; pressed, a focused button gives them back too.
func TestHiddenControlLetsGo(t *testing.T) {
	s, w := newTestShell(t, Options{Settings: settings.Default(), SaveSettings: func(settings.Settings) error { return nil }})
	s.set.StartAtLoginAsked = true
	s.dismiss()
	var plus *keyButton
	for _, f := range tabStops(t, w) {
		if b, ok := f.(*keyButton); ok && b.Icon != nil && b.Text == "" {
			plus = b // the last icon button is the pace's +
		}
	}
	w.Canvas().Focus(plus)
	typeKey(w, fyne.KeyC) // count by hand: the pace row goes
	if s.home.paceRow.Visible() || w.Canvas().Focused() != nil {
		t.Fatalf("pace row shown %v, focus on %T", s.home.paceRow.Visible(), w.Canvas().Focused())
	}
	typeKey(w, fyne.KeyReturn)
	if !strings.Contains(texts(w), "How is your back right now?") {
		t.Error("Enter did not start a session")
	}
}

// TestFocusedButtonThenSpace: on the session screen, a button pressed from the keyboard gives
// Space back to the screen, where it counts a movement.
func TestFocusedButtonThenSpace(t *testing.T) {
	s, w := newTestShell(t, Options{})
	s.resumeSession(&Interrupted{PainBefore: coach.NoPain})
	t.Cleanup(func() { s.sess.sess.Stop() })
	for _, f := range tabStops(t, w) {
		if b, ok := f.(*keyButton); ok && strings.HasPrefix(b.Text, "It hurts") {
			w.Canvas().Focus(b)
		}
	}
	typeKey(w, fyne.KeySpace) // presses "It hurts"
	if s.modal == nil {
		t.Fatal("Space on the focused It hurts button did not ask about the pain")
	}
	// Answer; start exercise 2; count one repetition, right then left.
	typeKey(w, fyne.Key3, fyne.KeySpace, fyne.KeySpace, fyne.KeySpace)
	snap := s.sess.sess.Snapshot()
	if snap.Index != 1 || snap.Count != 1 || snap.Results[1].Status == coach.PainStopped {
		t.Errorf("exercise %d, count %d, status %v: Space should have counted on exercise 2", snap.Index+1, snap.Count, snap.Results[1].Status)
	}
}

// TestCheckSpaceOnce: Space toggles a focused check box once, and the Space that closes the
// message about a refused change does not toggle it again.
func TestCheckSpaceOnce(t *testing.T) {
	failing := false
	s, w := newTestShell(t, Options{SaveSettings: func(settings.Settings) error {
		if failing {
			return errors.New("disk full")
		}
		return nil
	}})
	soundCheck, _, _ := settingsWidgets(t, s, w)
	w.Canvas().Focus(soundCheck)
	typeKey(w, fyne.KeySpace)
	if s.set.Sound || soundCheck.Checked {
		t.Fatalf("Space did not turn the sound off once: setting %v, box %v", s.set.Sound, soundCheck.Checked)
	}
	failing = true
	typeKey(w, fyne.KeySpace)
	if s.set.Sound || soundCheck.Checked || len(s.notes) != 1 {
		t.Fatalf("a refused change: setting %v, box %v, %d messages; want off, off, 1", s.set.Sound, soundCheck.Checked, len(s.notes))
	}
	typeKey(w, fyne.KeySpace) // closes the message
	if len(s.notes) != 0 || soundCheck.Checked {
		t.Errorf("the Space that closed the message toggled the box: %d messages, box %v", len(s.notes), soundCheck.Checked)
	}
}

// TestClickedCheckLeavesKeys: a click on the home screen's check box does not take Space.
func TestClickedCheckLeavesKeys(t *testing.T) {
	s, w := newTestShell(t, Options{SaveSettings: func(settings.Settings) error { return nil }})
	test.Tap(s.home.counting)
	if f := w.Canvas().Focused(); f != nil {
		t.Fatalf("the clicked check box kept the focus")
	}
	typeKey(w, fyne.KeySpace)
	if !strings.Contains(texts(w), "How is your back right now?") {
		t.Error("Space did not start a session after the click")
	}
}

// TestSelectOffStep: a saved value between the list's steps is offered as it is, and the arrows
// step from it.
func TestSelectOffStep(t *testing.T) {
	s, _ := newTestShell(t, Options{SaveSettings: func(settings.Settings) error { return nil }})
	s.set.SnoozeMinutes = 7
	var got []int
	sel := numberSelect(s, settings.SnoozeMinutes, 5, 7, func(n int) string { return strconv.Itoa(n) }, func(n int) bool { got = append(got, n); return true })
	if sel.Selected != "7" || sel.Options[0] != "5" || sel.Options[1] != "7" || sel.Options[2] != "10" {
		t.Fatalf("selected %q of %v", sel.Selected, sel.Options[:3])
	}
	sel.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if sel.Selected != "10" || len(got) != 1 || got[0] != 10 {
		t.Errorf("↑ from 7 chose %q (changes %v), want 10", sel.Selected, got)
	}
}

// TestScrollKeys: the long screens scroll from the keyboard.
func TestScrollKeys(t *testing.T) {
	s, w := newTestShell(t, Options{})
	w.Resize(fyne.NewSize(600, 400))
	s.showHome()
	sc := s.home.scroll
	typeKey(w, fyne.KeyDown)
	if sc.Offset.Y <= 0 {
		t.Fatalf("↓ did not scroll the cards: offset %v", sc.Offset)
	}
	typeKey(w, fyne.KeyEnd)
	end := sc.Content.MinSize().Height - sc.Size().Height
	if sc.Offset.Y != end {
		t.Errorf("End scrolled to %v, want the bottom %v", sc.Offset.Y, end)
	}
	typeKey(w, fyne.KeyPageDown)
	if sc.Offset.Y != end {
		t.Errorf("Page Down at the bottom moved to %v", sc.Offset.Y)
	}
	typeKey(w, fyne.KeyHome)
	if sc.Offset.Y != 0 {
		t.Errorf("Home scrolled to %v, want the top", sc.Offset.Y)
	}
}

// TestTabRevealsSetting: a setting the user tabs to is scrolled into view.
func TestTabRevealsSetting(t *testing.T) {
	s, w := newTestShell(t, Options{})
	w.Resize(fyne.NewSize(700, 360))
	s.showSettings()
	v := s.cur.(*settingsScreen)
	stops := tabStops(t, w)
	last := stops[len(stops)-2] // the last setting; the Back button comes after it
	w.Canvas().Focus(last)
	if v.scroll.Offset.Y <= 0 {
		t.Fatalf("tabbing to %s did not scroll", controlName(last))
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(last.(fyne.CanvasObject)).Y - d.AbsolutePositionForObject(v.scroll).Y
	if bottom := top + last.(fyne.CanvasObject).Size().Height; top < 0 || bottom > v.scroll.Size().Height+1 {
		t.Errorf("%s is at %v–%v, outside the visible 0–%v", controlName(last), top, bottom, v.scroll.Size().Height)
	}
	w.Canvas().Focus(stops[0])
	if v.scroll.Offset.Y != 0 {
		t.Errorf("tabbing back to the first setting left the screen at %v", v.scroll.Offset.Y)
	}
}

// TestSelectSteps: the arrows step a setting's choice and stop at the ends; Fyne's own Select
// goes round, which would turn a volume of 100 % into 0 %.
func TestSelectSteps(t *testing.T) {
	s, _ := newTestShell(t, Options{})
	var got []string
	sel := newKeySelect(s, []string{"a", "b", "c"}, func(o string) { got = append(got, o) })
	sel.Selected = "b"
	for _, tt := range []struct {
		key  fyne.KeyName
		want string
	}{
		{fyne.KeyUp, "c"}, {fyne.KeyUp, "c"}, {fyne.KeyRight, "c"},
		{fyne.KeyDown, "b"}, {fyne.KeyLeft, "a"}, {fyne.KeyDown, "a"},
	} {
		sel.TypedKey(&fyne.KeyEvent{Name: tt.key})
		if sel.Selected != tt.want {
			t.Fatalf("after %s the choice is %q, want %q", tt.key, sel.Selected, tt.want)
		}
	}
	if strings.Join(got, " ") != "c b a" {
		t.Errorf("the choice changed to %q, want c b a: once per real change", got)
	}
}

// TestTitleBar: a screen's heading stands between its buttons where it fits there on one line,
// and under them, wrapped, where it does not.
func TestTitleBar(t *testing.T) {
	s, w := newTestShell(t, Options{})
	lead, trail := canvas.NewRectangle(nil), canvas.NewRectangle(nil)
	lead.SetMinSize(fyne.NewSize(100, 40))
	trail.SetMinSize(fyne.NewSize(200, 40))
	title := heading("Exercises for the lumbar spine")
	title.SizeName = theme.SizeNameHeadingText
	bar := s.newTitleBar(lead, title, trail)

	w.Resize(fyne.NewSize(1000, 400))
	size := fyne.NewSize(1000-2*theme.Padding(), bar.MinSize().Height)
	bar.Resize(size)
	if title.Position().Y != 0 || title.Position().X <= lead.Size().Width || title.Position().X+title.Size().Width > trail.Position().X {
		t.Errorf("wide: heading at %v, %v; want between the buttons", title.Position(), title.Size())
	}

	w.Resize(fyne.NewSize(420, 400))
	narrow := fyne.NewSize(420-2*theme.Padding(), bar.MinSize().Height)
	bar.Resize(narrow)
	if title.Position().Y < 40 || title.Size().Width != narrow.Width || narrow.Height < 40+title.MinSize().Height {
		t.Errorf("narrow: heading at %v, %v in a bar %v; want under the buttons, full width", title.Position(), title.Size(), narrow)
	}
}
