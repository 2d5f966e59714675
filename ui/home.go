package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// home is the first screen: today's program as cards, the estimated time, the way of counting,
// and the button that starts a session.
type home struct {
	shell    *Shell
	content  fyne.CanvasObject
	estimate *widget.Label
	pace     *widget.Label
	counting *widget.RadioGroup
	paceRow  *fyne.Container
	cards    *fyne.Container
}

func newHome(s *Shell) *home {
	h := &home{shell: s}
	start := widget.NewButtonWithIcon(keyed(lang.L("Start session"), "Enter"), theme.MediaPlayIcon(), s.startSession)
	start.Importance = widget.HighImportance
	about := widget.NewButtonWithIcon(keyed(lang.L("About your back"), "A"), theme.InfoIcon(), s.showAbout)
	prefs := widget.NewButtonWithIcon(keyed(lang.L("Settings"), "S"), theme.SettingsIcon(), s.showSettings)

	h.estimate = wrapped("")
	h.counting = widget.NewRadioGroup([]string{lang.L("The app counts"), lang.L("I count with Space")}, h.countingChanged)
	h.counting.Horizontal = true
	h.pace = widget.NewLabel("")
	slower := widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { h.changePace(+1) })
	faster := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { h.changePace(-1) })
	h.paceRow = container.NewHBox(h.pace, faster, slower)

	title := widget.NewLabelWithStyle(s.prog.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(prefs, about), title),
		h.estimate,
		container.NewHBox(start, h.counting, h.paceRow),
		widget.NewSeparator(),
	)
	h.cards = container.NewGridWithColumns(2)
	for i, e := range s.prog.Exercises {
		h.cards.Add(newCard(i+1, e))
	}
	h.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, container.NewVScroll(h.cards))
	h.refresh()
	return h
}

// refresh shows the current way of counting and the time it makes.
func (h *home) refresh() {
	set := h.shell.set
	h.estimate.SetText(lang.L("About {{.Estimate}} at this pace. The program suggests about {{.Target}}, repeated after {{.Gap}} hours.", data{
		"Estimate": minutesText(coach.Estimate(h.shell.prog, h.shell.config())),
		"Target":   minutesText(time.Duration(h.shell.prog.SessionMinutes) * time.Minute),
		"Gap":      rangeText(h.shell.prog.RepeatAfterHours),
	}))
	h.pace.SetText(lang.L("One movement every {{.N}} s", data{"N": set.PaceSeconds}))
	choice := lang.L("The app counts")
	if set.Counting == settings.CountingCounted {
		choice = lang.L("I count with Space")
		h.paceRow.Hide()
	} else {
		h.paceRow.Show()
	}
	if h.counting.Selected != choice {
		h.counting.SetSelected(choice)
	}
}

func (h *home) countingChanged(choice string) {
	c := settings.CountingPaced
	if choice == lang.L("I count with Space") {
		c = settings.CountingCounted
	}
	if c != h.shell.set.Counting {
		h.shell.update(func(s *settings.Settings) { s.Counting = c })
	}
	h.refresh()
}

func (h *home) changePace(delta int) {
	p := settings.PaceSeconds.Clamp(h.shell.set.PaceSeconds + delta)
	if p != h.shell.set.PaceSeconds {
		h.shell.update(func(s *settings.Settings) { s.PaceSeconds = p })
	}
	h.refresh()
}

func (h *home) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		h.shell.startSession()
	case fyne.KeyA, fyne.KeyF1:
		h.shell.showAbout()
	case fyne.KeyS:
		h.shell.showSettings()
	}
}

// keyed adds a key hint to a button label: "Start session  [Enter]".
func keyed(label, key string) string { return label + "  [" + key + "]" }
