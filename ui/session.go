package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/report"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// sessionScreen follows a coach.Session: what to do now, a large countdown or rep counter,
// the pace, and the controls with their keys.
type sessionScreen struct {
	shell   *Shell
	sess    *coach.Session
	content fyne.CanvasObject

	title, instructions   *widget.Label
	heading, caption      *BigText
	band                  *PhaseBand
	countdown             *Countdown
	reps                  *RepCounter
	beat                  *Beat
	pic                   *fyne.Container
	figure                *Figure
	target, seconds       *widget.Label
	targetRow, secondsRow *fyne.Container
	main                  *keyButton
	controls              *fyne.Container

	last       coach.Snapshot
	shown      bool // whether a snapshot has been drawn yet
	painBefore int  // how the back felt at the start, or coach.NoPain

	language string // the translation in use, for the voice
}

// newSessionScreen starts a session and makes it the shell's current one, so that its first
// snapshot, delivered as it starts, is drawn.
func newSessionScreen(s *Shell, from *Interrupted) *sessionScreen {
	v := &sessionScreen{shell: s, language: Language()}
	v.build()
	s.sess = v
	v.painBefore = coach.NoPain
	if from != nil {
		v.painBefore = from.PainBefore
	}
	listen := func(snap coach.Snapshot) { fyne.Do(func() { v.render(snap) }) }
	if from != nil && from.Results != nil {
		v.sess = coach.Resume(s.prog, s.set.Coach(), from.Results, from.Started, listen)
	} else {
		v.sess = coach.New(s.prog, s.set.Coach(), listen)
	}
	return v
}

func (v *sessionScreen) build() {
	v.band = NewPhaseBand()
	v.heading = NewBigText("")
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.SizeName = theme.SizeNameHeadingText
	v.title.Wrapping = fyne.TextWrapWord
	v.caption = NewBigText("")
	v.instructions = wrapped("")
	v.countdown = NewCountdown()
	v.reps = NewRepCounter()
	v.beat = NewBeat()
	v.beat.FramesPerSecond = v.shell.opts.FramesPerSecond
	v.figure = NewFigure(nil)
	v.figure.FramesPerSecond = v.shell.opts.FramesPerSecond
	v.figure.Clock = v.shell.opts.Clock
	v.pic = container.NewStack()

	v.target, v.seconds = widget.NewLabel(""), widget.NewLabel("")
	v.targetRow = container.NewHBox(v.target,
		v.shell.button("", theme.ContentRemoveIcon(), func() { v.sess.AdjustTarget(-1) }),
		v.shell.button("", theme.ContentAddIcon(), func() { v.sess.AdjustTarget(+1) }))
	v.secondsRow = container.NewHBox(v.seconds,
		v.shell.button("", theme.ContentRemoveIcon(), func() { v.sess.AdjustHoldSeconds(-1) }),
		v.shell.button("", theme.ContentAddIcon(), func() { v.sess.AdjustHoldSeconds(+1) }))

	v.main = v.shell.button("", nil, v.mainAction)
	v.main.Importance = widget.HighImportance
	hurts := v.shell.button(keyed(lang.L("It hurts"), "P"), theme.WarningIcon(), v.painStop)
	hurts.Importance = widget.DangerImportance
	// One row at every text size: each button is as wide as its words, the rest shared out.
	// At the largest text the words alone fill the row, so only "It hurts" keeps its icon.
	icon := func(r fyne.Resource) fyne.Resource {
		if v.shell.set.TextSize == settings.TextExtraLarge {
			return nil
		}
		return r
	}
	v.controls = container.New(&buttonRow{},
		v.main,
		v.shell.button(keyed(lang.L("Back"), "Left"), icon(theme.MediaSkipPreviousIcon()), func() { v.sess.Back() }),
		v.shell.button(keyed(lang.L("Next"), "Enter"), icon(theme.MediaSkipNextIcon()), func() { v.sess.Next() }),
		hurts,
		v.shell.button(keyed(lang.L("End"), "Esc"), icon(theme.MediaStopIcon()), v.confirmEnd),
	)

	// The title, and the targets beside it while they can be changed (showTarget).
	titleRow := container.NewBorder(nil, nil, nil, container.NewVBox(v.targetRow, v.secondsRow), v.title)
	number := container.NewStack(v.countdown, v.reps)
	bottom := container.NewVBox(widget.NewSeparator(), v.controls)
	v.content = container.New(&sessionLayout{}, v.band, v.heading, titleRow, v.pic, v.caption, number, v.beat, v.instructions, bottom)
}

// render draws a snapshot of the session. It runs on the Fyne goroutine.
func (v *sessionScreen) render(snap coach.Snapshot) {
	if v.shell.sess != v || (v.shown && snap.Seq <= v.last.Seq) {
		return // a late snapshot of a session the user has left, or one already drawn
	}
	prev, first := v.last, !v.shown
	v.last, v.shown = snap, true
	v.shell.cue(prev, snap, v.language)
	// A finished session is checkpointed too: it is saved only after the question about how the
	// back feels, and a window closed during the question must not lose it.
	if (coach.ExerciseEnded(prev, snap) || snap.Phase == coach.Finished) && v.shell.opts.OnProgress != nil {
		v.shell.opts.OnProgress(SessionReport{Snapshot: snap, PainBefore: v.painBefore, PainAfter: coach.NoPain})
	}
	switch snap.Phase {
	case coach.Finished:
		v.shell.dismiss()
		v.sess.Stop()
		v.shell.finished(snap, v.painBefore)
		return
	case coach.PainCheck:
		if v.shell.modal == nil {
			v.askPain(snap)
		}
	}
	if first || prev.Index != snap.Index {
		v.showExercise(snap)
	}
	v.title.SetText(titleText(snap))
	v.figure.Follow(snap)
	v.showCounter(snap)
	v.showTarget(snap)
	v.main.SetText(v.mainLabel(snap))
	if first || prev.Index != snap.Index || prev.Phase != snap.Phase || prev.Paused != snap.Paused {
		// Parts shown or hidden, and instructions of a new length: lay the screen out again.
		v.content.Refresh()
	}
}

func (v *sessionScreen) showExercise(snap coach.Snapshot) {
	e := snap.Exercise
	v.heading.SetText(lang.L("Exercise {{.N}} of {{.Total}}", data{"N": snap.Index + 1, "Total": snap.Total}))
	v.instructions.SetText(e.Position + " " + e.Action)
	v.pic.Objects = []fyne.CanvasObject{v.figure}
	if snap.Exercise.Figure == nil {
		v.pic.Objects = []fyne.CanvasObject{newPlaceholder(snap.Index + 1)}
	}
	v.pic.Refresh()
}

func (v *sessionScreen) showCounter(snap coach.Snapshot) {
	reps := snap.Exercise.Dose.Kind() == program.Reps
	counting := snap.Phase == coach.Moving || (snap.Phase == coach.PainCheck && reps) || snap.Phase == coach.Between
	if counting {
		v.countdown.Hide()
		v.reps.Show()
		v.reps.Set(snap.Count, doneTarget(snap))
	} else {
		v.reps.Hide()
		v.countdown.Show()
		v.countdown.Set(snap.Remaining())
	}
	v.countdown.SetMuted(snap.Paused || snap.Phase == coach.Relaxing || snap.Phase == coach.Ready)
	v.reps.SetMuted(snap.Paused || snap.Phase == coach.Between)
	side := coach.NoSide
	if snap.Phase == coach.Moving && !snap.Paused {
		side = snap.Side
	}
	v.band.Set(snap.Phase, phaseWord(snap), side, snap.Paused)
	v.caption.SetText(captionText(snap))

	paced := snap.Phase == coach.Moving && snap.Counting == coach.Paced
	if paced {
		v.beat.Show()
		v.beat.Run(snap.Progress(), snap.Remaining(), !snap.Paused)
	} else {
		v.beat.Hide()
	}
}

// phaseWord says what is happening now, in the phase band: "Get ready", "RIGHT", "Hold 3
// of 7", "Relax", "Done: 30 of 30".
func phaseWord(snap coach.Snapshot) string {
	if snap.Paused {
		return lang.L("Paused")
	}
	switch snap.Phase {
	case coach.Ready:
		return lang.L("Get ready")
	case coach.Holding:
		return lang.L("Hold {{.N}} of {{.Total}}", data{"N": snap.Count + 1, "Total": snap.Target.Holds})
	case coach.Relaxing:
		return lang.L("Relax")
	case coach.Between:
		return lang.L("Done: {{.N}} of {{.Total}}", data{"N": snap.Count, "Total": doneTarget(snap)})
	case coach.PainCheck:
		return lang.L("Stopped: it hurt")
	case coach.Moving:
		if side := sideText(snap.Side); side != "" {
			return side
		}
		return lang.L("Move")
	}
	return ""
}

// captionText is the word over the big number: what it counts, or what to do.
func captionText(snap coach.Snapshot) string {
	switch snap.Phase {
	case coach.Ready:
		return lang.L("Starts in")
	case coach.Holding, coach.Relaxing:
		return lang.L("Seconds")
	case coach.Moving:
		if snap.Counting == coach.Counted {
			return lang.L("Press Space after each movement")
		}
		return lang.L("Repetitions")
	}
	return ""
}

// titleText names the exercise: "Up next" before it starts.
func titleText(snap coach.Snapshot) string {
	if snap.Phase == coach.Ready {
		return lang.L("Up next: {{.Exercise}}", data{"Exercise": snap.Exercise.Title})
	}
	return snap.Exercise.Title
}

// doneTarget is the amount the current exercise aimed at: repetitions or holds.
func doneTarget(snap coach.Snapshot) int {
	if snap.Exercise.Dose.Kind() == program.Holds {
		return snap.Target.Holds
	}
	return snap.Target.Reps
}

// showTarget shows the targets' controls while the session is paused, when the user is at the
// keyboard: otherwise they would take the title's room. The counter and the band show the
// targets at all times, and the keys (Up, Down, + and -) change them at any time.
func (v *sessionScreen) showTarget(snap coach.Snapshot) {
	d := snap.Exercise.Dose
	atKeyboard := snap.Paused
	if d.Kind() == program.Holds {
		v.target.SetText(keyed(lang.L("Holds: {{.N}} (range {{.Range}})", data{"N": snap.Target.Holds, "Range": report.RangeText(*d.Holds)}), "Up/Down"))
		v.seconds.SetText(keyed(lang.L("Seconds: {{.N}} (range {{.Range}})", data{"N": snap.Target.HoldSeconds, "Range": report.RangeText(*d.HoldSeconds)}), "+ -"))
		showIf(v.targetRow, atKeyboard && !d.Holds.Fixed())
		showIf(v.secondsRow, atKeyboard && !d.HoldSeconds.Fixed())
		return
	}
	v.target.SetText(keyed(lang.L("Target: {{.N}} (range {{.Range}})", data{"N": snap.Target.Reps, "Range": report.RangeText(*d.Reps)}), "Up/Down"))
	showIf(v.targetRow, atKeyboard && !d.Reps.Fixed())
	showIf(v.secondsRow, false)
}

// showIf shows or hides o. A control hidden with the focus would keep it, and take the Space
// or Enter meant for the screen, so the focus goes back to the screen first.
func showIf(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		if f, ok := c.Focused().(fyne.CanvasObject); ok && holds(o, f) {
			c.Unfocus()
		}
	}
	o.Hide()
}

// holds says whether o is, or contains, the control f.
func holds(o, f fyne.CanvasObject) bool {
	if o == f {
		return true
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			if holds(child, f) {
				return true
			}
		}
	}
	return false
}

// mainLabel names what Space does now.
func (v *sessionScreen) mainLabel(snap coach.Snapshot) string {
	switch {
	case snap.Phase == coach.Ready && !snap.Paused:
		return keyed(lang.L("Start now"), lang.L("Space"))
	case snap.Phase == coach.Between && !snap.Paused:
		return keyed(lang.L("Go on"), lang.L("Space"))
	case snap.Phase == coach.Moving && snap.Counting == coach.Counted:
		return keyed(lang.L("Count"), lang.L("Space"))
	case snap.Paused:
		return keyed(lang.L("Resume"), lang.L("Space"))
	}
	return keyed(lang.L("Pause"), lang.L("Space"))
}

// mainAction is Space: start now, count a movement, or pause and resume.
func (v *sessionScreen) mainAction() {
	snap := v.sess.Snapshot()
	switch {
	case (snap.Phase == coach.Ready || snap.Phase == coach.Between) && !snap.Paused:
		v.sess.StartNow()
	case snap.Phase == coach.Moving && snap.Counting == coach.Counted:
		v.sess.Count()
	default:
		v.sess.TogglePause()
	}
}

func (v *sessionScreen) painStop() { v.sess.PainStop() }

func (v *sessionScreen) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace:
		v.mainAction()
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyRight:
		v.sess.Next()
	case fyne.KeyLeft:
		v.sess.Back()
	case fyne.KeyP:
		v.painStop()
	case fyne.KeyEscape:
		v.confirmEnd()
	case fyne.KeyUp:
		v.sess.AdjustTarget(+1)
	case fyne.KeyDown:
		v.sess.AdjustTarget(-1)
	case fyne.KeyPlus, fyne.KeyEqual:
		v.sess.AdjustHoldSeconds(+1)
	case fyne.KeyMinus:
		v.sess.AdjustHoldSeconds(-1)
	}
}
