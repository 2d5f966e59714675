package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/report"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// home is the first screen: today's program as cards, the estimated time, the way of counting,
// and the button that starts a session.
type home struct {
	shell    *Shell
	content  fyne.CanvasObject
	estimate *widget.Label
	outlook  *widget.Label
	flare    *keyButton
	endRest  *keyButton
	pace     *widget.Label
	counting *keyCheck
	paceRow  *fyne.Container
	cards    *fyne.Container
	scroll   *container.Scroll
	// asked counts the outlooks asked for, so that only the last one asked is shown.
	asked int
}

func newHome(s *Shell) *home {
	h := &home{shell: s}
	start := s.button(keyed(lang.L("Start session"), "Enter"), theme.MediaPlayIcon(), s.startSession)
	start.Importance = widget.HighImportance
	about := s.button(keyed(lang.L("About your back"), "A"), theme.InfoIcon(), s.showAbout)
	prefs := s.button(keyed(lang.L("Settings"), "S"), theme.SettingsIcon(), s.showSettings)
	progress := s.button(keyed(lang.L("Progress"), "G"), theme.HistoryIcon(), s.showProgress)

	h.estimate = wrapped("")
	h.outlook = wrapped("")
	h.outlook.TextStyle = fyne.TextStyle{Bold: true}
	h.flare = s.button(keyed(lang.L("Flare-up: rest"), "F"), nil, h.askFlare)
	h.endRest = s.button(keyed(lang.L("End the rest"), "R"), nil, h.endFlare)
	h.counting = newKeyCheck(s, keyed(lang.L("I count with Space"), "C"), h.countingChanged)
	h.pace = widget.NewLabel("")
	slower := s.button("", theme.ContentAddIcon(), func() { h.changePace(+1) })
	faster := s.button("", theme.ContentRemoveIcon(), func() { h.changePace(-1) })
	h.paceRow = container.NewHBox(h.pace, faster, slower)

	title := widget.NewLabelWithStyle(s.prog.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(
		s.newTitleBar(nil, title, container.NewHBox(progress, prefs, about)),
		container.NewBorder(nil, nil, nil, container.NewHBox(h.flare, h.endRest), h.outlook),
		h.estimate,
		container.NewHBox(start, h.counting),
		h.paceRow, // on a line of its own: longer languages would push the window past the screen
		widget.NewSeparator(),
	)
	h.cards = container.NewGridWithColumns(2)
	for i, e := range s.prog.Exercises {
		h.cards.Add(newCard(i+1, e))
	}
	h.scroll = container.NewVScroll(h.cards)
	h.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, h.scroll)
	h.refresh()
	return h
}

// refreshOutlook shows when the next session is due, or the flare-up rest and its advice. The
// outlook is worked out off the UI goroutine, as it may read the journal (after a session, a
// rest, or the agent's write, the whole file), and shown with fyne.Do unless a later one was
// asked for meanwhile.
func (h *home) refreshOutlook() {
	s := h.shell
	if s.opts.Outlook == nil {
		h.showOutlook(Outlook{}, false)
		return
	}
	h.asked++
	asked := h.asked
	s.loads.Add(1)
	go func() {
		defer s.loads.Done()
		o := s.opts.Outlook()
		fyne.Do(func() {
			if asked == h.asked {
				h.showOutlook(o, true)
			}
		})
	}()
}

// showOutlook shows o; ok is false when the app gave no way to know the outlook.
func (h *home) showOutlook(o Outlook, ok bool) {
	if !ok {
		h.outlook.Hide()
		showIf(h.flare, false)
		showIf(h.endRest, false)
		return
	}
	text := outlookText(o, time.Now())
	if !o.Resting() && o.Today.Target > 0 {
		text = todayText(o.Today) + " " + text
	}
	if !o.Resting() && o.NoTray {
		text += " " + lang.L("Reminders are on: with no tray on this desktop, each stays on screen until you answer it.")
	}
	h.outlook.SetText(text)
	h.outlook.Show()
	showIf(h.flare, !o.Resting())
	showIf(h.endRest, o.Resting())
}

// refresh shows the current way of counting and the time it makes; the outlook has its own
// refresh, as it reads the journal.
func (h *home) refresh() {
	set := h.shell.set
	h.estimate.SetText(lang.L("About {{.Estimate}} at this pace. The program suggests about {{.Target}}, repeated after {{.Gap}} hours.", data{
		"Estimate": minutesText(coach.Estimate(h.shell.prog, h.shell.set.Coach())),
		"Target":   minutesText(time.Duration(h.shell.prog.SessionMinutes) * time.Minute),
		"Gap":      report.RangeText(h.shell.prog.RepeatAfterHours),
	}))
	h.pace.SetText(keyed(lang.L("One movement every {{.N}} s", data{"N": set.PaceSeconds}), "- +"))
	counted := set.Counting == coach.Counted
	showIf(h.paceRow, !counted)
	if h.counting.Checked != counted {
		h.counting.SetChecked(counted)
	}
}

// countingChanged switches between paced repetitions and repetitions the user counts.
func (h *home) countingChanged(counted bool) {
	c := coach.Paced
	if counted {
		c = coach.Counted
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
	case fyne.KeyG:
		h.shell.showProgress()
	case fyne.KeyF:
		if h.flare.Visible() { // the keys do what the buttons shown do
			h.askFlare()
		}
	case fyne.KeyR:
		if h.endRest.Visible() {
			h.endFlare()
		}
	case fyne.KeyC:
		h.counting.SetChecked(!h.counting.Checked)
	case fyne.KeyPlus, fyne.KeyEqual:
		if h.paceRow.Visible() {
			h.changePace(+1)
		}
	case fyne.KeyMinus:
		if h.paceRow.Visible() {
			h.changePace(-1)
		}
	default:
		scrollKeys(h.scroll, ev)
	}
}

// keyed adds a key hint to a button label: "Start session  [Enter]".
func keyed(label, key string) string { return label + "  [" + key + "]" }
