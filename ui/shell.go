package ui

import (
	"io"
	"log"
	"maps"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/sound"
	"github.com/spinecoach/spinecoach/internal/speech"
)

// LoadTranslations adds the app's translations to Fyne's lang package, in the system's
// language (language.Load with a choice made in Settings). Call it before the first window is built.
func LoadTranslations() error {
	_, err := language.Load(settings.LanguageSystem)
	return err
}

// Options is what the shell needs from the app: the program, the user's settings, and where to
// send what happens. Callbacks run on the Fyne goroutine.
type Options struct {
	Program  program.Program
	Settings settings.Settings
	// SaveSettings stores settings the user changed; on error the change is undone and the
	// user told.
	SaveSettings func(settings.Settings) error
	// OnProgress receives the session after each exercise ends, to checkpoint it.
	OnProgress func(SessionReport)
	// OnFinish receives the session when it ends, finished or ended early.
	OnFinish func(SessionReport)
	// Unsaved reports whether a session could not be written yet and is kept in memory; the
	// finish screen then offers SaveElsewhere, which writes it to a file the user chooses.
	Unsaved       func() bool
	SaveElsewhere func(io.Writer) error
	// Notices are told to the user when the window opens: files set aside, settings reset.
	Notices []string
	// Interrupted is a session that did not end, found when the window opens; the user is
	// offered to resume it or to save it as it stands.
	Interrupted *Interrupted
	// Journal returns the journal's records, re-read from disk, for the Progress screen.
	Journal func() ([]journal.Record, error)
	// Outlook says when the next session is due, or that a flare-up rest runs.
	Outlook func() Outlook
	// Flare starts a flare-up rest of days days; EndFlare ends it now.
	Flare    func(days int) error
	EndFlare func() error
	// Sound plays the session's cues when the settings have sound on; nil is silent.
	Sound sound.Player
	// Voice says the session's spoken cues when the settings have the voice on; nil is silent.
	Voice speech.Speaker
}

// SessionReport is a session as the app keeps it: the coach's snapshot and how the back felt
// before and after, 0–10 or coach.NoPain when the user skipped the question.
type SessionReport struct {
	coach.Snapshot
	PainBefore, PainAfter int
}

// Interrupted is a session cut short by a crash, a power cut or a kill, as last checkpointed.
type Interrupted struct {
	Started    time.Time
	Results    []coach.Result
	PainBefore int
	// Save keeps the session in the journal as it stands.
	Save func()
}

// screen is one page of the window and the keys it answers.
type screen interface {
	typedKey(*fyne.KeyEvent)
}

// revealer is a screen that scrolls, and brings a control the user tabbed to into view.
type revealer interface {
	reveal(fyne.CanvasObject)
}

// Shell is the coach window's content: it moves between the home, session, finish and About
// screens and routes the keyboard to the one showing.
type Shell struct {
	win   fyne.Window
	prog  program.Program
	set   settings.Settings
	opts  Options
	home  *home
	cur   screen
	modal *modal
	notes []*widget.PopUp // messages over everything, newest last; they take the keys first
	sess  *sessionScreen

	ticker *time.Ticker
	loads  sync.WaitGroup // journal reads for Progress under way
}

// NewShell fills win with the home screen and takes over its keyboard.
func NewShell(win fyne.Window, opts Options) *Shell {
	s := &Shell{win: win, prog: opts.Program, set: opts.Settings, opts: opts}
	if s.set.Targets == nil {
		s.set.Targets = map[string]program.Target{}
	}
	s.applyTheme()
	s.home = newHome(s)
	win.Canvas().SetOnTypedKey(s.typedKey)
	s.ticker = time.NewTicker(30 * time.Second)
	go s.tick(s.ticker.C)
	s.showHome()
	switch {
	case opts.Interrupted != nil:
		s.offerResume(opts.Interrupted)
	case !s.set.StartAtLoginAsked:
		s.askStartAtLogin()
	}
	if len(opts.Notices) > 0 {
		s.tell(lang.L("Please note"), strings.Join(opts.Notices, "\n\n"))
	}
	return s
}

// tick keeps the home screen's "next session" line current while the window is open. The
// outlook is worked out here, off the UI goroutine, as it may read the journal; the screen only
// shows it.
func (s *Shell) tick(c <-chan time.Time) {
	for range c {
		o, ok := s.outlook()
		fyne.Do(func() {
			if s.cur == s.home {
				s.home.showOutlook(o, ok)
			}
		})
	}
}

// Close stops the shell's timers, for a window that closes.
func (s *Shell) Close() {
	s.ticker.Stop()
	if s.sess != nil {
		s.sess.sess.Stop()
	}
}

func (s *Shell) show(cur screen, content fyne.CanvasObject) {
	s.cur = cur
	// Unfocus first: the new content brings its own focus, and a button focused on the old
	// screen would otherwise never hear that it lost it, and show as focused when it is back.
	s.win.Canvas().Unfocus()
	s.win.SetContent(content)
}

func (s *Shell) showHome() {
	s.sess = nil
	s.home.refresh()
	s.show(s.home, s.home.content)
}

func (s *Shell) showSettings() {
	v := newSettingsScreen(s)
	s.show(v, v.content)
}

func (s *Shell) showAbout() {
	a := newAbout(s)
	s.show(a, a.content)
}

// showProgress reads the journal off the UI goroutine, however long it is, and shows Progress
// once it is read, unless the user went elsewhere meanwhile.
func (s *Shell) showProgress() {
	from := s.cur
	s.loads.Add(1)
	go func() {
		defer s.loads.Done()
		var records []journal.Record
		var err error
		if s.opts.Journal != nil {
			records, err = s.opts.Journal()
		}
		fyne.Do(func() {
			if s.cur != from || s.modal != nil {
				return
			}
			p := newProgress(s, records, err)
			s.show(p, p.content)
		})
	}()
}

// StartSession starts a session unless one is under way, as "Start session now" in the tray asks.
func (s *Shell) StartSession() {
	if s.sess == nil && s.modal == nil {
		s.startSession()
	}
}

// resumeSession starts a session, continuing from an interrupted one when it has results.
func (s *Shell) resumeSession(from *Interrupted) {
	log.Printf("session started")
	v := newSessionScreen(s, from)
	s.show(v, v.content)
}

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

// finished asks how the back feels now, then shows the finish screen and hands the session to
// the app. A session in which nothing was done is not one (coach.NothingDone): home, and a word
// why. The targets the user chose become the next session's starting point.
func (s *Shell) finished(snap coach.Snapshot, painBefore int) {
	if coach.NothingDone(snap.Results) {
		s.sess = nil
		s.showHome()
		s.tell(lang.L("Not counted as a session"), lang.L("The session ended before the first movement, so it is not kept: it does not count toward today, and the next reminder stays as it was."))
		return
	}
	s.askBackNow(lang.L("And how is your back now?"), func(after int) {
		s.keep(SessionReport{Snapshot: snap, PainBefore: painBefore, PainAfter: after})
	})
}

func (s *Shell) keep(r SessionReport) {
	snap := r.Snapshot
	s.sess = nil
	s.update(func(set *settings.Settings) { set.Targets = coach.NextTargets(set.Targets, snap.Results) })
	if s.opts.OnFinish != nil {
		s.opts.OnFinish(r)
	}
	f := newFinish(s, snap)
	s.show(f, f.content)
}

// update applies a change to the settings if they stay valid and can be saved; otherwise it
// tells the user why and keeps the settings as they were.
func (s *Shell) update(change func(*settings.Settings)) bool {
	next := s.set
	next.Targets = maps.Clone(s.set.Targets)
	change(&next)
	err := settingsError(next.Validate())
	if err == nil && s.opts.SaveSettings != nil {
		err = s.opts.SaveSettings(next)
	}
	if err != nil {
		s.ShowError(err)
		return false
	}
	textChanged := next.TextSize != s.set.TextSize || next.HighContrast != s.set.HighContrast
	s.set = next
	if textChanged {
		s.applyTheme()
	}
	return true
}

// textScale is how much larger than Fyne's default each text size setting draws.
var textScale = map[settings.TextSize]float32{
	settings.TextNormal: 1, settings.TextLarge: 1.25, settings.TextExtraLarge: 1.6,
}

func (s *Shell) applyTheme() {
	scale, ok := textScale[s.set.TextSize]
	if !ok {
		scale = textScale[settings.TextLarge]
	}
	fyne.CurrentApp().Settings().SetTheme(&Theme{Scale: scale, HighContrast: s.set.HighContrast})
}

// button is a button that passes the keys it does not use to the screen or question showing.
func (s *Shell) button(label string, icon fyne.Resource, tapped func()) *keyButton {
	return newKeyButton(s, label, icon, tapped)
}

// focused brings a control that took the focus into view on a screen that scrolls.
func (s *Shell) focused(o fyne.CanvasObject) {
	if r, ok := s.cur.(revealer); ok && s.modal == nil && len(s.notes) == 0 {
		r.reveal(o)
	}
}

func (s *Shell) typedKey(ev *fyne.KeyEvent) {
	if len(s.notes) > 0 {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape, fyne.KeySpace:
			s.closeNote()
		}
		return
	}
	if s.modal != nil {
		s.modal.typedKey(ev)
		return
	}
	if s.win.Canvas().Overlays().Top() != nil {
		return // a dialog is open: its own keys answer it, the screen under it must not move
	}
	if s.cur != nil {
		s.cur.typedKey(ev)
	}
}

// modal is a question over the current screen that takes the keyboard while it shows.
type modal struct {
	pop  *widget.PopUp
	keys func(*fyne.KeyEvent)
}

func (m *modal) typedKey(ev *fyne.KeyEvent) { m.keys(ev) }

// ask shows content as a modal question answered with keys. Messages already showing stay on
// top: they are answered first.
func (s *Shell) ask(content fyne.CanvasObject, keys func(*fyne.KeyEvent)) {
	s.underNotes(func() {
		s.hideQuestion()
		// A fixed width, as a message has: a wrapped line would otherwise ask for its whole
		// length, and the window would widen itself to hold the question.
		boxed := container.New(&fixedWidth{width: s.noteWidth}, content)
		s.modal = &modal{pop: widget.NewModalPopUp(boxed, s.win.Canvas()), keys: keys}
		s.modal.pop.Show()
	})
}

// dismiss closes the question, leaving any message over it.
func (s *Shell) dismiss() {
	if s.modal != nil {
		s.underNotes(s.hideQuestion)
	}
}

func (s *Shell) hideQuestion() {
	if s.modal != nil {
		s.modal.pop.Hide()
		s.modal = nil
	}
}

// underNotes shows or hides a question under the messages showing. Fyne drops every overlay
// above one it removes, without telling them, so the messages come off first, newest first,
// and go back on top after.
func (s *Shell) underNotes(change func()) {
	for i := len(s.notes) - 1; i >= 0; i-- {
		s.notes[i].Hide()
	}
	change()
	for _, n := range s.notes {
		n.Show()
	}
}

// tell shows a message over everything until Enter, Esc, Space or its OK button. Messages
// stack: each closes to show the one under it, then the question or the screen.
func (s *Shell) tell(title, msg string) {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	ok := s.button(keyed(lang.L("OK"), "Enter"), nil, s.closeNote)
	ok.Importance = widget.HighImportance
	box := container.NewVBox(head, wrapped(msg), container.NewHBox(ok))
	// As wide as a comfortable line, or most of the window, as it is when the message is drawn:
	// a notice at start-up is made before the window has its size.
	pop := widget.NewModalPopUp(container.New(&fixedWidth{width: s.noteWidth}, box), s.win.Canvas())
	s.notes = append(s.notes, pop)
	pop.Show()
}

// noteWidth is the width of a message or question: a comfortable line, or most of the window
// as it is when the pop-up is laid out (a notice at start-up is made before the window has its
// size).
func (s *Shell) noteWidth() float32 {
	return min(s.win.Canvas().Size().Width*0.8, 36*theme.TextSize())
}

// fixedWidth gives its object the width it asks for at each layout and the height it needs at
// that width, so a wrapped label in a pop-up does not shrink to one word a line.
type fixedWidth struct{ width func() float32 }

func (f *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

func (f *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := f.width()
	var h float32
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

// closeNote closes the newest message.
func (s *Shell) closeNote() {
	if n := len(s.notes); n > 0 {
		s.notes[n-1].Hide()
		s.notes = s.notes[:n-1]
	}
}

// ShowError tells the user that something they did was not saved, and why, in a sentence.
func (s *Shell) ShowError(err error) { s.tell(lang.L("Not saved"), err.Error()) }

// Tell shows a message with a title over everything until the user closes it.
func (s *Shell) Tell(title, msg string) { s.tell(title, msg) }

// outlook is what the reminders say now, or nothing when the app gave no way to know.
func (s *Shell) outlook() (Outlook, bool) {
	if s.opts.Outlook == nil {
		return Outlook{}, false
	}
	return s.opts.Outlook(), true
}

// askStartAtLogin asks once, on the first run, whether the reminders start when the user logs
// in; the answer is kept and can be changed in Settings.
func (s *Shell) askStartAtLogin() {
	answer := func(yes bool) {
		s.update(func(x *settings.Settings) { x.StartAtLogin, x.StartAtLoginAsked = yes, true })
	}
	s.confirm(lang.L("Remind you when it is time?"),
		lang.L("The program is done about every {{.Gap}} hours. Spine Coach can start quietly when you log in and remind you when the next session is due, never at night. You can change this in Settings.",
			data{"Gap": rangeText(s.prog.RepeatAfterHours)}),
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

// titleBar lays out a screen's heading between its buttons where it fits there on one line;
// where it does not (large text, a long language, a narrow window), the buttons take a row and
// the heading, wrapped, goes under them. The objects are the buttons before the heading (an
// empty container for none), the heading, and the buttons after it. width is the width the bar
// will get, which the height it needs depends on.
type titleBar struct{ width func() float32 }

// newTitleBar is a titleBar across a padded row of the window.
func (s *Shell) newTitleBar(lead, title, trail fyne.CanvasObject) *fyne.Container {
	if lead == nil {
		lead = container.NewHBox()
	}
	bar := &titleBar{width: func() float32 { return s.win.Canvas().Size().Width - 2*theme.Padding() }}
	return container.New(bar, lead, title, trail)
}

func (l *titleBar) oneLine(objs []fyne.CanvasObject, width float32) bool {
	t := objs[1].(*widget.Label)
	text := fyne.MeasureText(t.Text, theme.Size(t.SizeName), t.TextStyle).Width + 2*theme.InnerPadding()
	return objs[0].MinSize().Width+text+objs[2].MinSize().Width+2*theme.Padding() <= width
}

// titleHeight is the heading's height at width w.
func titleHeight(t fyne.CanvasObject, w float32) float32 {
	t.Resize(fyne.NewSize(w, t.MinSize().Height))
	return t.MinSize().Height
}

func (l *titleBar) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width()
	buttons := fyne.NewSize(objs[0].MinSize().Width+theme.Padding()+objs[2].MinSize().Width, max(objs[0].MinSize().Height, objs[2].MinSize().Height))
	if l.oneLine(objs, w) {
		return fyne.NewSize(buttons.Width, max(buttons.Height, titleHeight(objs[1], w-buttons.Width-2*theme.Padding())))
	}
	return fyne.NewSize(buttons.Width, buttons.Height+theme.Padding()+titleHeight(objs[1], max(w, buttons.Width)))
}

func (l *titleBar) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	lead, title, trail := objs[0], objs[1], objs[2]
	lw, tw := lead.MinSize().Width, trail.MinSize().Width
	rowH := max(lead.MinSize().Height, trail.MinSize().Height)
	lead.Move(fyne.NewPos(0, 0))
	trail.Move(fyne.NewPos(size.Width-tw, 0))
	if l.oneLine(objs, size.Width) {
		lead.Resize(fyne.NewSize(lw, size.Height))
		trail.Resize(fyne.NewSize(tw, size.Height))
		title.Move(fyne.NewPos(lw+pad, 0))
		title.Resize(fyne.NewSize(size.Width-lw-tw-2*pad, size.Height))
		return
	}
	lead.Resize(fyne.NewSize(lw, rowH))
	trail.Resize(fyne.NewSize(tw, rowH))
	title.Move(fyne.NewPos(0, rowH+pad))
	title.Resize(fyne.NewSize(size.Width, size.Height-rowH-pad))
}
