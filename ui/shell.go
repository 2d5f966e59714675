package ui

import (
	"maps"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/assets"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// LoadTranslations adds the app's translations to Fyne's lang package. Call it once, before the
// first window is built.
func LoadTranslations() error {
	return lang.AddTranslationsFS(assets.Translations, "translations")
}

// Options is what the shell needs from the app: the program, how to coach, and where to send
// what happens. Callbacks run on the Fyne goroutine.
type Options struct {
	Program program.Program
	Config  coach.Config
	// OnConfig receives the way of counting, pace and targets when the user changes them.
	OnConfig func(coach.Config)
	// OnProgress receives the session after each exercise ends, to checkpoint it.
	OnProgress func(coach.Snapshot)
	// OnFinish receives the session when it ends, finished or ended early.
	OnFinish func(coach.Snapshot)
}

// screen is one page of the window and the keys it answers.
type screen interface {
	typedKey(*fyne.KeyEvent)
}

// Shell is the coach window's content: it moves between the home, session, finish and About
// screens and routes the keyboard to the one showing.
type Shell struct {
	win   fyne.Window
	prog  program.Program
	cfg   coach.Config
	opts  Options
	home  *home
	cur   screen
	modal *modal
	sess  *sessionScreen
}

// NewShell fills win with the home screen and takes over its keyboard.
func NewShell(win fyne.Window, opts Options) *Shell {
	s := &Shell{win: win, prog: opts.Program, cfg: opts.Config.WithDefaults(), opts: opts}
	if s.cfg.Targets == nil {
		s.cfg.Targets = map[string]program.Target{}
	}
	s.home = newHome(s)
	win.Canvas().SetOnTypedKey(s.typedKey)
	s.showHome()
	return s
}

// Close stops a running session's timer, for a window that closes.
func (s *Shell) Close() {
	if s.sess != nil {
		s.sess.sess.Stop()
	}
}

func (s *Shell) show(cur screen, content fyne.CanvasObject) {
	s.cur = cur
	s.win.SetContent(content)
	s.win.Canvas().Unfocus()
}

func (s *Shell) showHome() {
	s.sess = nil
	s.home.refresh()
	s.show(s.home, s.home.content)
}

func (s *Shell) showAbout() {
	a := newAbout(s)
	s.show(a, a.content)
}

func (s *Shell) startSession() {
	v := newSessionScreen(s)
	s.show(v, v.content)
}

// finished shows the finish screen and hands the session to the app. The targets the user
// chose become the next session's starting point.
func (s *Shell) finished(snap coach.Snapshot) {
	for _, r := range snap.Results {
		if r.Status != coach.NotStarted {
			s.cfg.Targets[r.ExerciseID] = r.Target
		}
	}
	s.configChanged()
	if s.opts.OnFinish != nil {
		s.opts.OnFinish(snap)
	}
	f := newFinish(s, snap)
	s.show(f, f.content)
}

func (s *Shell) configChanged() {
	if s.opts.OnConfig != nil {
		cfg := s.cfg
		cfg.Targets = maps.Clone(s.cfg.Targets)
		s.opts.OnConfig(cfg)
	}
}

func (s *Shell) typedKey(ev *fyne.KeyEvent) {
	if s.modal != nil {
		s.modal.typedKey(ev)
		return
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

// ask shows content as a modal question answered with keys.
func (s *Shell) ask(content fyne.CanvasObject, keys func(*fyne.KeyEvent)) {
	s.dismiss()
	s.modal = &modal{pop: widget.NewModalPopUp(content, s.win.Canvas()), keys: keys}
	s.modal.pop.Show()
}

func (s *Shell) dismiss() {
	if s.modal != nil {
		s.modal.pop.Hide()
		s.modal = nil
	}
}
