package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// startSession goes from "Start session" to the first exercise through the questions the
// program's safety rules ask (coach.Start). Esc on any of them cancels the start. Whether a
// flare-up rest runs is read off the UI goroutine, as it may read the journal; the start goes on
// with fyne.Do unless the user went elsewhere, or a start is under way, meanwhile.
func (s *Shell) startSession() {
	if s.opts.Outlook == nil {
		s.startFrom(coach.Start{})
		return
	}
	from := s.cur
	s.loads.Add(1)
	go func() {
		defer s.loads.Done()
		st := coach.Start{Resting: s.opts.Outlook().Resting()}
		fyne.Do(func() {
			if s.cur == from && s.modal == nil && s.sess == nil {
				s.startFrom(st)
			}
		})
	}()
}

func (s *Shell) startFrom(st coach.Start) { s.startStep(st, st.First(), coach.NoPain) }

// startStep does one step of the way to the first exercise; painBefore is the answer so far.
func (s *Shell) startStep(st coach.Start, step coach.Step, painBefore int) {
	switch step {
	case coach.AskRest:
		s.askRest(lang.L("You are resting for a flare-up"), "", func(anyway bool) {
			s.startStep(st, st.AfterRest(anyway), painBefore)
		}, func() { s.startStep(st, coach.Home, painBefore) })
	case coach.AskPain:
		s.askPainLevel(lang.L("How is your back right now?"),
			[]string{lang.L("0 is no pain, 10 is the worst. Keys 0 to 9, T for 10. Enter skips the question, Esc goes back.")},
			func(level int) { s.startStep(st, st.AfterPain(level), level) },
			func() { s.startStep(st, st.AfterPain(coach.NoPain), coach.NoPain) },
			func() { s.startStep(st, coach.Home, coach.NoPain) })
	case coach.OfferRest:
		offer := lang.N("Rest for {{.N}} days?", s.set.FlareRestDays, data{"N": s.set.FlareRestDays})
		if st.Resting {
			offer = ""
		}
		s.askRest(lang.L("That is the worst pain on the scale"), offer, func(anyway bool) {
			s.startStep(st, st.AfterOffer(!anyway), painBefore)
		}, func() { s.startStep(st, coach.Home, painBefore) })
	case coach.StartRest:
		if s.opts.Flare != nil {
			if err := s.opts.Flare(s.set.FlareRestDays); err != nil {
				s.ShowError(err)
			}
		}
		s.home.refreshOutlook()
	case coach.Begin:
		s.resumeSession(&Interrupted{PainBefore: painBefore})
	case coach.Home: // the questions close over home as it was
	}
}

// askRest tells the user the program advises complete rest during a flare-up and asks what
// they will do: rest is the default (Enter), exercising anyway the other choice (A); Esc
// cancels. offer, when given, asks whether to start a flare-up rest.
func (s *Shell) askRest(title, offer string, then func(anyway bool), cancel func()) {
	answer := func(anyway bool) { s.dismiss(); then(anyway) }
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	body := container.NewVBox(head,
		wrapped(lang.L("During a flare-up, when the pain suddenly gets worse, the program advises complete rest: no exercises.")))
	if offer != "" {
		body.Add(wrapped(offer + " " + lang.L("Reminders stop until the rest ends; you can end it sooner.")))
	}
	rest := s.button(keyed(lang.L("Rest"), "Enter"), nil, func() { answer(false) })
	rest.Importance = widget.HighImportance
	body.Add(container.NewGridWithColumns(2, s.button(keyed(lang.L("Exercise anyway"), "A"), nil, func() { answer(true) }), rest))
	s.ask(body, func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			answer(false)
		case fyne.KeyEscape:
			s.dismiss()
			cancel()
		case fyne.KeyA:
			answer(true)
		}
	})
}
