package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/report"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// offerResume asks what to do with a session that was cut short: nothing is lost either way.
func (s *Shell) offerResume(in *Interrupted) {
	s.confirm(lang.L("Your last session was not finished"),
		lang.L("It started at {{.Time}}, and {{.N}} of {{.Total}} exercises were reached. Go on from the next one, or save it as it stands.", data{
			"Time": in.Started.Format("15:04"), "N": coach.Reached(in.Results), "Total": len(s.prog.Exercises),
		}),
		lang.L("Save as it stands"), lang.L("Go on with it"),
		func() {
			if in.Save != nil {
				in.Save()
			}
		},
		func() { s.resumeSession(in) })
}

// askStartAtLogin asks once, on the first run, whether the reminders start when the user logs
// in; the answer is kept and can be changed in Settings.
func (s *Shell) askStartAtLogin() {
	answer := func(yes bool) {
		s.update(func(x *settings.Settings) { x.StartAtLogin, x.StartAtLoginAsked = yes, true })
	}
	s.confirm(lang.L("Remind you when it is time?"),
		lang.L("The program is done about every {{.Gap}} hours. Spine Coach can start quietly when you log in and remind you when the next session is due, never at night. You can change this in Settings.",
			data{"Gap": report.RangeText(s.prog.RepeatAfterHours)}),
		lang.L("Not now"), lang.L("Yes, when I log in"),
		func() { answer(false) }, func() { answer(true) })
}

// confirm asks a yes-or-no question over the screen: a title, a line that explains, and two
// buttons, no (Esc) and yes (Enter, the default). Either answer closes the question first.
func (s *Shell) confirm(title, text, noLabel, yesLabel string, no, yes func()) {
	no1 := func() { s.dismiss(); no() }
	yes1 := func() { s.dismiss(); yes() }
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	yesBtn := s.button(keyed(yesLabel, "Enter"), nil, yes1)
	yesBtn.Importance = widget.HighImportance
	s.ask(container.NewVBox(
		head,
		wrapped(text),
		container.NewGridWithColumns(2, s.button(keyed(noLabel, "Esc"), nil, no1), yesBtn),
	), func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			yes1()
		case fyne.KeyEscape:
			no1()
		}
	})
}
