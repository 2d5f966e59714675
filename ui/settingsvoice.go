package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/speech"
)

// countAloudChoices are the ways of counting aloud, in the order offered.
var countAloudChoices = []settings.CountAloud{settings.CountEvery, settings.CountFives, settings.CountNever}

func countAloudText(c settings.CountAloud) string {
	switch c {
	case settings.CountEvery:
		return lang.L("Every repetition")
	case settings.CountFives:
		return lang.L("Every fifth")
	case settings.CountNever:
		return lang.L("Never")
	}
	return string(c)
}

// voiceItem is the settings row of the voice; when the system has no speech service it says so
// under the row, in the user's words, wrapped to the window; so it does when the service stopped
// answering (the voice tries it again every speech.RetryAfter while lines come).
func voiceItem(s *Shell, row fyne.CanvasObject) *widget.FormItem {
	if s.opts.Voice == nil {
		return widget.NewFormItem("", row)
	}
	switch err := s.opts.Voice.Unavailable(); {
	case errors.Is(err, speech.ErrNoService):
		row = container.NewVBox(row, wrapped(lang.L("Voice is unavailable: this computer has no speech service. The tones still sound.")))
	case err != nil:
		row = container.NewVBox(row, wrapped(lang.L("Voice is unavailable: the speech service stopped answering. The tones still sound.")))
	}
	return widget.NewFormItem("", row)
}

// choiceSelect offers choices, named by text, with value selected. A change the settings refuse
// is undone on screen.
func choiceSelect[T comparable](s *Shell, choices []T, value T, text func(T) string, changed func(T) bool) *keySelect {
	names := make([]string, len(choices))
	values := map[string]T{}
	for i, c := range choices {
		names[i] = text(c)
		values[names[i]] = c
	}
	sel := newKeySelect(s, names, nil)
	sel.Selected = text(value)
	sel.OnChanged = func(name string) {
		c := values[name]
		if c == value {
			return
		}
		if !changed(c) {
			sel.SetSelected(text(value))
			return
		}
		value = c
	}
	return sel
}
