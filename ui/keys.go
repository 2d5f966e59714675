package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne gives every key to the focused widget and none to the window, so a screen's own keys
// (Esc for Back, Enter, P, the arrows) would stop working once the user tabs to a control or
// clicks a check box or a select, which take the focus. The controls below use the keys they
// need and hand the others to the shell, which routes them to the screen or question showing.
// Every control in the window is one of them; a test keeps it so.

// passOn is what a control tells the shell: the keys it does not use, and that it took the
// focus, so that a screen that scrolls can bring it into view.
type passOn struct{ shell *Shell }

func (p passOn) key(ev *fyne.KeyEvent) {
	if p.shell != nil {
		p.shell.typedKey(ev)
	}
}

func (p passOn) focused(o fyne.CanvasObject) {
	if p.shell != nil {
		p.shell.focused(o)
	}
}

// keySelect is a Select that passes on the keys it does not use.
type keySelect struct {
	widget.Select
	passOn
}

var _ fyne.Focusable = (*keySelect)(nil)

func newKeySelect(s *Shell, options []string, changed func(string)) *keySelect {
	sel := &keySelect{passOn: passOn{s}}
	sel.Options, sel.OnChanged = options, changed
	sel.ExtendBaseWidget(sel)
	return sel
}

// TypedKey opens the list on Space or Enter, and steps to the next choice on ↑ or →, the one
// before on ↓ or ←, without going round from the last to the first (Fyne's own Select would
// turn a volume of 100 % into 0 %); it passes on the other keys. The arrows step rather than
// open the list because Fyne's list starts at its top, not at the current choice.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		s.Select.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case fyne.KeyUp, fyne.KeyRight:
		s.step(+1)
	case fyne.KeyDown, fyne.KeyLeft:
		s.step(-1)
	default:
		s.key(ev)
	}
}

func (s *keySelect) step(delta int) {
	if i := s.SelectedIndex() + delta; i >= 0 && i < len(s.Options) {
		s.SetSelectedIndex(i)
	}
}

// FocusGained shows the focus and brings the select into view.
func (s *keySelect) FocusGained() {
	s.Select.FocusGained()
	s.focused(s)
}

// keyCheck is a Check that passes on the keys it does not use; Space toggles it.
type keyCheck struct {
	widget.Check
	passOn
}

var _ fyne.Focusable = (*keyCheck)(nil)

func newKeyCheck(s *Shell, label string, changed func(bool)) *keyCheck {
	c := &keyCheck{passOn: passOn{s}}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey toggles the check on Space and passes on the other keys.
func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace {
		c.SetChecked(!c.Checked)
		return
	}
	c.key(ev)
}

// TypedRune does nothing: Fyne's Check toggles on the typed space that follows the Space key,
// which would also toggle the check under a message that Space just closed.
func (c *keyCheck) TypedRune(rune) {}

// Tapped toggles the check without keeping the focus a click gives it: a click is not a
// reason to take the screen's Space (start a session, count a movement) away.
func (c *keyCheck) Tapped(ev *fyne.PointEvent) {
	cv := fyne.CurrentApp().Driver().CanvasForObject(c)
	had := cv != nil && cv.Focused() == c
	c.Check.Tapped(ev)
	if cv != nil && !had && cv.Focused() == c {
		cv.Unfocus()
	}
}

// FocusGained shows the focus and brings the check box into view.
func (c *keyCheck) FocusGained() {
	c.Check.FocusGained()
	c.focused(c)
}

// keyButton is a Button that passes on the keys it does not use. Space, Enter and Return press
// it: a user who tabbed to a button and pressed Enter means that button, not the screen's own
// Enter. Pressed, it gives the focus back to the screen, whose Space and Enter then mean again
// what the screen says (count a movement, next exercise).
type keyButton struct {
	widget.Button
	passOn
}

var _ fyne.Focusable = (*keyButton)(nil)

func newKeyButton(s *Shell, label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{passOn: passOn{s}}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Space, Enter or Return and passes on the rest.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if c := fyne.CurrentApp().Driver().CanvasForObject(b); c != nil && c.Focused() == b {
			c.Unfocus()
		}
		b.Tapped(nil)
	default:
		b.key(ev)
	}
}

// FocusGained shows the focus and brings the button into view.
func (b *keyButton) FocusGained() {
	b.Button.FocusGained()
	b.focused(b)
}

// scrollKeys moves sc on ↑ ↓ (a line), Page Up and Page Down (a screenful), Home and End, and
// ignores other keys: long screens read from the keyboard alone.
func scrollKeys(sc *container.Scroll, ev *fyne.KeyEvent) {
	line := 3 * theme.TextSize()
	page := max(line, sc.Size().Height-line)
	off := sc.Offset
	switch ev.Name {
	case fyne.KeyUp:
		off.Y -= line
	case fyne.KeyDown:
		off.Y += line
	case fyne.KeyPageUp:
		off.Y -= page
	case fyne.KeyPageDown:
		off.Y += page
	case fyne.KeyHome:
		off.Y = 0
	case fyne.KeyEnd:
		off.Y = sc.Content.MinSize().Height
	default:
		return
	}
	sc.ScrollToOffset(clampOffset(sc, off))
}

// reveal scrolls sc just enough to show o, one of its content's objects, whole, with a margin
// for the hint under a setting.
func reveal(sc *container.Scroll, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	margin := 2 * theme.Padding()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(sc).Y - margin
	bottom := top + o.Size().Height + 2*margin
	off := sc.Offset
	switch {
	case top < 0:
		off.Y += top
	case bottom > sc.Size().Height:
		off.Y += min(top, bottom-sc.Size().Height)
	default:
		return
	}
	sc.ScrollToOffset(clampOffset(sc, off))
}

func clampOffset(sc *container.Scroll, off fyne.Position) fyne.Position {
	off.Y = max(0, min(off.Y, sc.Content.MinSize().Height-sc.Size().Height))
	return off
}
