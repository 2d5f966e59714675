package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/report"
)

// about is the "About your back" page: the signs of lumbar osteochondrosis and the program's
// advice, as the source article gives them, its source, and that the app is no doctor.
type about struct {
	shell   *Shell
	content fyne.CanvasObject
	scroll  *container.Scroll
}

func newAbout(s *Shell) *about {
	a := &about{shell: s}
	md := strings.Join([]string{
		"## " + lang.L("About your back"),
		lang.L("Osteochondrosis of the lower back is wear of the discs between the vertebrae. The discs change and can press on the nerves nearby."),
		"### " + lang.L("Signs"),
		"- " + lang.L("A dull ache in the lower back and the legs"),
		"- " + lang.L("Numbness in the arms or legs"),
		"- " + lang.L("Sharp pain when you turn your body"),
		"- " + lang.L("A stiff lower back that moves less than it did"),
		"### " + lang.L("What the program advises"),
		"- " + lang.L("During a flare-up (when the pain suddenly gets worse), rest completely: do not exercise."),
		"- " + lang.L("If an exercise hurts, stop it and go on to the next one."),
		"- " + lang.L("Work for about {{.Target}}, then repeat the whole set {{.Gap}} hours later.", data{
			"Target": minutesText(time.Duration(s.prog.SessionMinutes) * time.Minute),
			"Gap":    report.RangeText(s.prog.RepeatAfterHours),
		}),
		"### " + lang.L("Source"),
		lang.L("The exercises and doses are from a published home program of exercises for the lumbar spine."),
		"### " + lang.L("This app is not a doctor"),
		lang.L("Spine Coach helps you follow the program. It does not diagnose or treat anything and does not replace a doctor. Ask your doctor whether these exercises are right for you."),
		lang.L("Spine Coach {{.Version}}", data{"Version": fyne.CurrentApp().Metadata().Version}),
	}, "\n\n")
	text := widget.NewRichTextFromMarkdown(md)
	text.Wrapping = fyne.TextWrapWord
	back := s.button(keyed(lang.L("Back"), "Esc"), theme.NavigateBackIcon(), s.showHome)
	a.scroll = container.NewVScroll(container.NewPadded(text))
	a.content = container.NewBorder(nil, container.NewPadded(container.NewHBox(back)), nil, nil, a.scroll)
	return a
}

func (a *about) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape, fyne.KeyBackspace, fyne.KeyLeft, fyne.KeyReturn, fyne.KeyEnter:
		a.shell.showHome()
	default:
		scrollKeys(a.scroll, ev)
	}
}
