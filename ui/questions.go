package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// askPain follows a pain stop: the exercise is already stopped, as the program says; one tap
// gives how much it hurt, or skips the question.
func (v *sessionScreen) askPain(snap coach.Snapshot) {
	answer := func(level int) {
		v.shell.dismiss()
		v.sess.SetPain(level)
	}
	skip := func() {
		v.shell.dismiss()
		v.sess.Next()
	}
	levels := container.NewGridWithColumns(6)
	for level := 0; level <= 10; level++ {
		levels.Add(widget.NewButton(strconv.Itoa(level), func() { answer(level) }))
	}
	skipBtn := widget.NewButton(keyed(lang.L("Skip"), "Enter"), skip)
	levels.Add(skipBtn)

	title := widget.NewLabelWithStyle(lang.L("Stopped: {{.Exercise}}", data{"Exercise": snap.Exercise.Title}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	body := container.NewVBox(
		title,
		wrapped(lang.L("When an exercise hurts, stop it and go on to the next one.")),
		wrapped(lang.L("How strong was the pain? 0 is none, 10 is the worst. Keys 0 to 9.")),
		levels,
	)
	v.shell.ask(body, func(ev *fyne.KeyEvent) {
		switch {
		case ev.Name >= fyne.Key0 && ev.Name <= fyne.Key9 && len(ev.Name) == 1:
			answer(int(ev.Name[0] - '0'))
		case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter || ev.Name == fyne.KeyEscape:
			skip()
		}
	})
}

// confirmEnd asks before ending a session early; the session waits, paused, for the answer.
func (v *sessionScreen) confirmEnd() {
	wasPaused := v.sess.Snapshot().Paused
	if !wasPaused {
		v.sess.TogglePause()
	}
	end := func() {
		v.shell.dismiss()
		v.sess.End()
	}
	carryOn := func() {
		v.shell.dismiss()
		if !wasPaused {
			v.sess.TogglePause()
		}
	}
	title := widget.NewLabelWithStyle(lang.L("End the session now?"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	endBtn := widget.NewButton(keyed(lang.L("End session"), "Enter"), end)
	endBtn.Importance = widget.HighImportance
	body := container.NewVBox(
		title,
		wrapped(lang.L("What you have done so far is kept.")),
		container.NewGridWithColumns(2, widget.NewButton(keyed(lang.L("Carry on"), "Esc"), carryOn), endBtn),
	)
	v.shell.ask(body, func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			end()
		case fyne.KeyEscape:
			carryOn()
		}
	})
}
