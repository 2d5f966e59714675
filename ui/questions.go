package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// askPainLevel asks for a pain level in one tap or one key (0 to 9, T for 10), or lets the
// user skip the question with Enter. Esc cancels when cancel is given, and skips otherwise.
func (s *Shell) askPainLevel(title string, lines []string, answer func(level int), skip, cancel func()) {
	answer1 := func(level int) { s.dismiss(); answer(level) }
	skip1 := func() { s.dismiss(); skip() }
	cancel1 := skip1
	if cancel != nil {
		cancel1 = func() { s.dismiss(); cancel() }
	}
	levels := container.NewGridWithColumns(6)
	for level := 0; level <= coach.TopPain; level++ {
		label := strconv.Itoa(level)
		if level == coach.TopPain {
			label = keyed(label, "T")
		}
		levels.Add(s.button(label, nil, func() { answer1(level) }))
	}
	// Skip stands on its own row: its words are longer than a number's cell in some languages.
	skipRow := container.NewHBox(layout.NewSpacer(), s.button(keyed(lang.L("Skip"), "Enter"), nil, skip1))
	if cancel != nil {
		skipRow.Objects = append([]fyne.CanvasObject{s.button(keyed(lang.L("Cancel"), "Esc"), nil, cancel1)}, skipRow.Objects...)
	}
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	body := container.NewVBox(heading)
	for _, l := range lines {
		body.Add(wrapped(l))
	}
	body.Add(levels)
	body.Add(skipRow)
	s.ask(body, func(ev *fyne.KeyEvent) {
		switch {
		case ev.Name >= fyne.Key0 && ev.Name <= fyne.Key9 && len(ev.Name) == 1:
			answer1(int(ev.Name[0] - '0'))
		case ev.Name == fyne.KeyT:
			answer1(coach.TopPain)
		case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
			skip1()
		case ev.Name == fyne.KeyEscape:
			cancel1()
		}
	})
}

// askPain follows a pain stop: the exercise is already stopped, as the program says; one tap
// gives how much it hurt, or skips the question.
func (v *sessionScreen) askPain(snap coach.Snapshot) {
	v.shell.askPainLevel(lang.L("Stopped: {{.Exercise}}", data{"Exercise": snap.Exercise.Title}),
		[]string{
			lang.L("When an exercise hurts, stop it and go on to the next one."),
			lang.L("How strong was the pain? 0 is none, 10 is the worst. Keys 0 to 9, T for 10."),
		},
		v.sess.SetPain, v.sess.Next, nil)
}

// askBackNow asks how the back feels after a session, for the pain trend.
func (s *Shell) askBackNow(title string, then func(level int)) {
	s.askPainLevel(title,
		[]string{lang.L("0 is no pain, 10 is the worst. Keys 0 to 9, T for 10, or Enter to skip.")},
		then, func() { then(coach.NoPain) }, nil)
}

// confirmEnd asks before ending a session early; the session waits, paused, for the answer.
func (v *sessionScreen) confirmEnd() {
	wasPaused := v.sess.Snapshot().Paused
	if !wasPaused {
		v.sess.TogglePause()
	}
	v.shell.confirm(lang.L("End the session now?"), lang.L("What you have done so far is kept."),
		lang.L("Carry on"), lang.L("End session"),
		func() {
			if !wasPaused {
				v.sess.TogglePause()
			}
		},
		func() { v.sess.End() })
}
