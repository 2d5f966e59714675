package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// modal is a question over the current screen that takes the keyboard while it shows.
type modal struct {
	pop  *widget.PopUp
	keys func(*fyne.KeyEvent)
}

func (m *modal) typedKey(ev *fyne.KeyEvent) { m.keys(ev) }

// ask shows content as a modal question answered with keys. Messages already showing stay on
// top: they are answered first.
func (s *Shell) ask(content fyne.CanvasObject, keys func(*fyne.KeyEvent)) {
	s.underNotes(func() {
		s.hideQuestion()
		// A fixed width, as a message has: a wrapped line would otherwise ask for its whole
		// length, and the window would widen itself to hold the question.
		boxed := container.New(&fixedWidth{width: s.noteWidth}, content)
		s.modal = &modal{pop: widget.NewModalPopUp(boxed, s.win.Canvas()), keys: keys}
		s.modal.pop.Show()
	})
}

// dismiss closes the question, leaving any message over it.
func (s *Shell) dismiss() {
	if s.modal != nil {
		s.underNotes(s.hideQuestion)
	}
}

func (s *Shell) hideQuestion() {
	if s.modal != nil {
		s.modal.pop.Hide()
		s.modal = nil
	}
}

// underNotes shows or hides a question under the messages showing. Fyne drops every overlay
// above one it removes, without telling them, so the messages come off first, newest first,
// and go back on top after.
func (s *Shell) underNotes(change func()) {
	for i := len(s.notes) - 1; i >= 0; i-- {
		s.notes[i].Hide()
	}
	change()
	for _, n := range s.notes {
		n.Show()
	}
}

// tell shows a message over everything until Enter, Esc, Space or its OK button. Messages
// stack: each closes to show the one under it, then the question or the screen.
func (s *Shell) tell(title, msg string) {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	ok := s.button(keyed(lang.L("OK"), "Enter"), nil, s.closeNote)
	ok.Importance = widget.HighImportance
	box := container.NewVBox(head, wrapped(msg), container.NewHBox(ok))
	// As wide as a comfortable line, or most of the window, as it is when the message is drawn:
	// a notice at start-up is made before the window has its size.
	pop := widget.NewModalPopUp(container.New(&fixedWidth{width: s.noteWidth}, box), s.win.Canvas())
	s.notes = append(s.notes, pop)
	pop.Show()
}

// noteWidth is the width of a message or question: a comfortable line, or most of the window
// as it is when the pop-up is laid out (a notice at start-up is made before the window has its
// size).
func (s *Shell) noteWidth() float32 {
	return min(s.win.Canvas().Size().Width*0.8, 36*theme.TextSize())
}

// fixedWidth gives its object the width it asks for at each layout and the height it needs at
// that width, so a wrapped label in a pop-up does not shrink to one word a line.
type fixedWidth struct{ width func() float32 }

func (f *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

func (f *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := f.width()
	var h float32
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

// closeNote closes the newest message.
func (s *Shell) closeNote() {
	if n := len(s.notes); n > 0 {
		s.notes[n-1].Hide()
		s.notes = s.notes[:n-1]
	}
}

// ShowError tells the user that something they did was not saved, and why, in a sentence.
func (s *Shell) ShowError(err error) { s.tell(lang.L("Not saved"), err.Error()) }

// Tell shows a message with a title over everything until the user closes it.
func (s *Shell) Tell(title, msg string) { s.tell(title, msg) }
