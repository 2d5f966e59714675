package ui

import (
	"io"
	"maps"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/sound"
	"github.com/spinecoach/spinecoach/internal/speech"
)

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
	// FramesPerSecond is how often the session's figure and beat bar are redrawn while they
	// move: FramesPerSecond in the app; 0, as in tests, shows each movement's end at once.
	FramesPerSecond int
	// Clock is the session figure's time source, time.Now when nil (see Figure.Clock).
	Clock func() time.Time
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
	loads  sync.WaitGroup // journal reads under way: Progress, the outlook, a start
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

// tick keeps the home screen's "next session" line current while the window is open; the
// outlook is worked out off the UI goroutine (home.refreshOutlook), and only while home shows.
func (s *Shell) tick(c <-chan time.Time) {
	for range c {
		fyne.Do(func() {
			if s.cur == s.home {
				s.home.refreshOutlook()
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

// outlook is what the reminders say now, or nothing when the app gave no way to know.
func (s *Shell) outlook() (Outlook, bool) {
	if s.opts.Outlook == nil {
		return Outlook{}, false
	}
	return s.opts.Outlook(), true
}
