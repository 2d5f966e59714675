package ui

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/report"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// settingsScreen lets the user change reminders, the way a session runs and the text size.
// Every change is validated and saved at once; there is no Save button to forget.
type settingsScreen struct {
	shell   *Shell
	content fyne.CanvasObject
	scroll  *container.Scroll
}

func newSettingsScreen(s *Shell) *settingsScreen {
	v := &settingsScreen{shell: s}
	set := s.set
	set1 := func(change func(*settings.Settings)) bool { return s.update(change) }

	dayStart := clockSelect(s, set.DayStart, func(c settings.Clock) bool { return set1(func(x *settings.Settings) { x.DayStart = c }) })
	dayEnd := clockSelect(s, set.DayEnd, func(c settings.Clock) bool { return set1(func(x *settings.Settings) { x.DayEnd = c }) })
	gap := numberSelect(s, settings.GapMinutes, 30, set.GapMinutes, hoursText, func(n int) bool { return set1(func(x *settings.Settings) { x.GapMinutes = n }) })
	perDay := numberSelect(s, settings.SessionsPerDay, 1, set.SessionsPerDay, strconv.Itoa, func(n int) bool { return set1(func(x *settings.Settings) { x.SessionsPerDay = n }) })
	snooze := numberSelect(s, settings.SnoozeMinutes, 5, set.SnoozeMinutes, hoursText, func(n int) bool { return set1(func(x *settings.Settings) { x.SnoozeMinutes = n }) })
	followUp := numberSelect(s, settings.FollowUpMinutes, 5, set.FollowUpMinutes, hoursText, func(n int) bool { return set1(func(x *settings.Settings) { x.FollowUpMinutes = n }) })
	flare := numberSelect(s, settings.FlareRestDays, 1, set.FlareRestDays, daysText, func(n int) bool { return set1(func(x *settings.Settings) { x.FlareRestDays = n }) })
	login := settingCheck(s, lang.L("Start reminders when I log in"), set.StartAtLogin, func(on bool) bool {
		return set1(func(x *settings.Settings) { x.StartAtLogin, x.StartAtLoginAsked = on, true })
	})
	// Sound on, or a new volume, sounds a beep at once: the user hears what a cue will be like.
	sound := settingCheck(s, lang.L("Sound cues"), set.Sound, func(on bool) bool {
		ok := set1(func(x *settings.Settings) { x.Sound = on })
		if ok && on {
			s.play(cuePreview)
		}
		return ok
	})
	volume := numberSelect(s, settings.Volume, 10, set.Volume, percentText, func(n int) bool {
		ok := set1(func(x *settings.Settings) { x.Volume = n })
		if ok {
			s.play(cuePreview)
		}
		return ok
	})
	// Voice on, or a new voice volume, says the first exercise at once, as a session will.
	voice := settingCheck(s, lang.L("Voice"), set.Voice, func(on bool) bool {
		ok := set1(func(x *settings.Settings) { x.Voice = on })
		if ok && on {
			s.voicePreview()
		}
		return ok
	})
	voiceVolume := numberSelect(s, settings.Volume, 10, set.VoiceVolume, percentText, func(n int) bool {
		ok := set1(func(x *settings.Settings) { x.VoiceVolume = n })
		if ok {
			s.voicePreview()
		}
		return ok
	})
	countAloud := choiceSelect(s, countAloudChoices, set.CountAloud, countAloudText, func(c settings.CountAloud) bool {
		return set1(func(x *settings.Settings) { x.CountAloud = c })
	})
	contrast := settingCheck(s, lang.L("High contrast"), set.HighContrast, func(on bool) bool {
		return set1(func(x *settings.Settings) { x.HighContrast = on })
	})

	pace := numberSelect(s, settings.PaceSeconds, 1, set.PaceSeconds, secondsText, func(n int) bool { return set1(func(x *settings.Settings) { x.PaceSeconds = n }) })
	ready := numberSelect(s, settings.ReadySeconds, 1, set.ReadySeconds, secondsText, func(n int) bool { return set1(func(x *settings.Settings) { x.ReadySeconds = n }) })
	position := numberSelect(s, settings.PositionSeconds, 5, set.PositionSeconds, secondsText, func(n int) bool { return set1(func(x *settings.Settings) { x.PositionSeconds = n }) })
	relax := numberSelect(s, settings.RelaxSeconds, 1, set.RelaxSeconds, secondsText, func(n int) bool { return set1(func(x *settings.Settings) { x.RelaxSeconds = n }) })
	sizes := []settings.TextSize{settings.TextNormal, settings.TextLarge, settings.TextExtraLarge}
	sizeNames := []string{lang.L("Normal"), lang.L("Large"), lang.L("Extra large")}
	textSize := newKeySelect(s, sizeNames, func(name string) {
		for i, n := range sizeNames {
			if n == name && sizes[i] != s.set.TextSize {
				set1(func(x *settings.Settings) { x.TextSize = sizes[i] })
			}
		}
	})
	for i, size := range sizes {
		if size == set.TextSize {
			textSize.Selected = sizeNames[i]
		}
	}

	languages := []settings.Language{settings.LanguageSystem, settings.LanguageEnglish, settings.LanguageRussian}
	languageNames := []string{lang.L("System language"), languageEnglish, languageRussian}
	languageSel := newKeySelect(s, languageNames, func(name string) {
		for i, n := range languageNames {
			if n == name && languages[i] != s.set.Language {
				set1(func(x *settings.Settings) { x.Language = languages[i] })
			}
		}
	})
	for i, l := range languages {
		if l == set.Language {
			languageSel.Selected = languageNames[i]
		}
	}

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Reminders from"), container.NewHBox(dayStart, widget.NewLabel(lang.L("to")), dayEnd)),
		hinted(lang.L("Next session after"), gap, lang.L("The program says {{.Gap}} hours.", data{"Gap": report.RangeText(s.prog.RepeatAfterHours)})),
		widget.NewFormItem(lang.L("Sessions a day"), perDay),
		widget.NewFormItem(lang.L("Snooze for"), snooze),
		hinted(lang.L("Remind again after"), followUp, lang.L("Once, if you have not started.")),
		widget.NewFormItem(lang.L("Flare-up rest"), flare),
		widget.NewFormItem("", login),
		widget.NewFormItem("", container.NewHBox(sound, widget.NewLabel(lang.L("Volume")), volume)),
		voiceItem(s, container.NewHBox(voice, widget.NewLabel(lang.L("Volume")), voiceVolume)),
		widget.NewFormItem(lang.L("Count aloud"), countAloud),
		widget.NewFormItem(lang.L("Pace"), pace),
		widget.NewFormItem(lang.L("Get-ready countdown"), ready),
		widget.NewFormItem(lang.L("Get-ready for a new position"), position),
		widget.NewFormItem(lang.L("Rest between holds"), relax),
		widget.NewFormItem(lang.L("Text size"), textSize),
		widget.NewFormItem("", contrast),
		hinted(lang.L("Language"), languageSel, lang.L("Reminders change now, this window at its next start.")),
	)
	title := widget.NewLabelWithStyle(lang.L("Settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	back := s.button(keyed(lang.L("Back"), "Esc"), theme.NavigateBackIcon(), s.showHome)
	hint := widget.NewLabel(lang.L("Tab moves to the next setting, the arrow keys change it, Space opens its list."))
	hint.Wrapping = fyne.TextWrapWord
	v.scroll = container.NewVScroll(container.NewPadded(form))
	v.content = container.NewBorder(container.NewPadded(title), container.NewPadded(container.NewBorder(nil, nil, back, nil, hint)), nil, nil,
		v.scroll)
	return v
}

func (v *settingsScreen) typedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		v.shell.showHome()
		return
	}
	scrollKeys(v.scroll, ev)
}

// reveal scrolls a setting the user tabbed to into view; the Back button is always in view.
func (v *settingsScreen) reveal(o fyne.CanvasObject) {
	if _, ok := o.(*keyButton); !ok {
		reveal(v.scroll, o)
	}
}

func hinted(label string, w fyne.CanvasObject, hint string) *widget.FormItem {
	item := widget.NewFormItem(label, w)
	item.HintText = hint
	return item
}

// settingCheck is a check box for a setting; a change the settings refuse is undone on screen.
func settingCheck(s *Shell, label string, value bool, changed func(bool) bool) *keyCheck {
	var c *keyCheck
	c = newKeyCheck(s, label, func(on bool) {
		if !changed(on) {
			c.Checked = !on // drawn by the SetChecked that called this
		}
	})
	c.Checked = value
	return c
}

// numberSelect offers the values of r in steps, named by text, with value selected; a value
// off the steps (a settings file may hold 22:15) is offered in its place among them. A change
// the settings refuse is undone on screen too.
func numberSelect(s *Shell, r program.Range, step, value int, text func(int) string, changed func(int) bool) *keySelect {
	var ns []int
	for n := r.Min; n <= r.Max; n += step {
		ns = append(ns, n)
	}
	if !slices.Contains(ns, value) {
		ns = append(ns, value)
		slices.Sort(ns)
	}
	names := make([]string, len(ns))
	values := map[string]int{}
	for i, n := range ns {
		names[i] = text(n)
		values[names[i]] = n
	}
	sel := newKeySelect(s, names, nil)
	sel.Selected = text(value)
	sel.OnChanged = func(name string) {
		n := values[name]
		if n == value {
			return
		}
		if !changed(n) {
			sel.SetSelected(text(value))
			return
		}
		value = n
	}
	return sel
}

// clockSelect offers the times of day on the half hour.
func clockSelect(s *Shell, value settings.Clock, changed func(settings.Clock) bool) *keySelect {
	return numberSelect(s, program.Range{Min: 0, Max: 23*60 + 30}, 30, int(value),
		func(n int) string { return settings.Clock(n).String() },
		func(n int) bool { return changed(settings.Clock(n)) })
}

// hoursText is a number of minutes as "45 min", "5 h" or "5 h 30 min".
func hoursText(minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h == 0:
		return lang.L("{{.M}} min", data{"M": m})
	case m == 0:
		return lang.L("{{.H}} h", data{"H": h})
	}
	return lang.L("{{.H}} h {{.M}} min", data{"H": h, "M": m})
}

func percentText(n int) string { return lang.L("{{.N}} %", data{"N": n}) }

func secondsText(n int) string { return lang.L("{{.N}} s", data{"N": n}) }

// The languages' own names, the same in every language: a user who cannot read the one in use
// still finds theirs.
const (
	languageEnglish = "English"
	languageRussian = "Русский"
)

func daysText(n int) string { return lang.N("{{.N}} days", n, data{"N": n}) }
