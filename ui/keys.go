package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Fyne gives every key to the focused widget and none to the window, so a screen's own keys
// (Esc for Back, Enter, P, the arrows) would stop working once the user tabs to a control or
// clicks a check box or a select, which take the focus. The widgets below use the keys they
// need and hand the others to the shell, which routes them to the screen showing.

// keySelect is a Select that passes on the keys it does not use.
type keySelect struct {
	widget.Select
	keys func(*fyne.KeyEvent)
}

var _ fyne.Focusable = (*keySelect)(nil)

func newKeySelect(options []string, changed func(string), keys func(*fyne.KeyEvent)) *keySelect {
	s := &keySelect{keys: keys}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey opens the list on Space or ↑ ↓, steps through it on ← →, and passes on the rest.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight:
		s.Select.TypedKey(ev)
	default:
		if s.keys != nil {
			s.keys(ev)
		}
	}
}

// keyCheck is a Check that passes on the keys it does not use; Space toggles it.
type keyCheck struct {
	widget.Check
	keys func(*fyne.KeyEvent)
}

var _ fyne.Focusable = (*keyCheck)(nil)

func newKeyCheck(label string, changed func(bool), keys func(*fyne.KeyEvent)) *keyCheck {
	c := &keyCheck{keys: keys}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey passes on every key but Space, which the check takes as typed text.
func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name != fyne.KeySpace && c.keys != nil {
		c.keys(ev)
	}
}

// keyButton is a Button that passes on the keys it does not use; Space presses it.
type keyButton struct {
	widget.Button
	keys func(*fyne.KeyEvent)
}

var _ fyne.Focusable = (*keyButton)(nil)

func newKeyButton(label string, icon fyne.Resource, tapped func(), keys func(*fyne.KeyEvent)) *keyButton {
	b := &keyButton{keys: keys}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Space and passes on the rest.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace {
		b.Button.TypedKey(ev)
		return
	}
	if b.keys != nil {
		b.keys(ev)
	}
}
