package agent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/notify"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// Options configure an Agent. Only Dir and Notifier are required.
type Options struct {
	// Dir is the data folder: settings.json, journal.jsonl, the checkpoint, the reminder memory.
	Dir string
	// Notifier shows the reminders (notify.Desktop in the app, notifytest.Recorder in tests).
	Notifier notify.Notifier
	// Now is the wall clock; nil means time.Now.
	Now func() time.Time
	// Location holds the local days; nil means time.Local.
	Location *time.Location
	// Log receives a line for each reminder, failure and re-read; nil discards them.
	Log *log.Logger
	// Poll is the Runner's longest wait; zero means schedule.DefaultPoll.
	Poll time.Duration
	// SessionMinutes is the program's length of a session, for the reminder's text.
	SessionMinutes int
	// OpenWindow opens the coach window, on the start of a session if start is set: a click on
	// the reminder, or its "Start now". Nil ignores them.
	OpenWindow func(start bool)
}

// Agent is the reminder logic of the background process, without the tray: it keeps the state
// read from the data folder, runs the schedule's Runner, sends reminders, and turns the tray's
// actions into journal records. The tray is a thin layer that renders MenuState and calls the
// action methods. An Agent is safe for concurrent use.
type Agent struct {
	dir      string
	notifier notify.Notifier
	now      func() time.Time
	loc      *time.Location
	log      *log.Logger
	journal  *journal.Journal
	runner   *schedule.Runner
	changes  chan struct{}

	minutes    int
	openWindow func(start bool)
	trayHost   atomic.Bool // a tray host shows the icon: reminders need not stay on screen
	shown      atomic.Bool // a reminder that can be withdrawn is on screen

	mu        sync.Mutex
	files     folder
	settings  settings.Settings
	records   []journal.Record
	active    time.Time // start of the session in progress (from the checkpoint), or zero
	lastError string    // why the last reminder could not be shown, or ""

	// textMu is held while text is made and while the language changes: Fyne's lang switches
	// its language without a lock.
	textMu   sync.Mutex
	language settings.Language
	spoken   bool // language has been loaded
}

// New returns an Agent for the data folder in opts, with the folder read once.
func New(opts Options) (*Agent, error) {
	if opts.Dir == "" || opts.Notifier == nil {
		return nil, errors.New("agent: a data folder and a notifier are needed")
	}
	j, err := journal.Open(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("agent: %w", err)
	}
	a := &Agent{
		dir: opts.Dir, notifier: opts.Notifier, now: opts.Now, loc: opts.Location, log: opts.Log,
		journal: j, changes: make(chan struct{}, 1), settings: settings.Default(),
		minutes: opts.SessionMinutes, openWindow: opts.OpenWindow,
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.loc == nil {
		a.loc = time.Local
	}
	if a.log == nil {
		a.log = log.New(io.Discard, "", 0)
	}
	a.runner = &schedule.Runner{
		Now:          a.clock,
		Load:         a.load,
		Notify:       a.remind,
		OnDue:        a.dueChanged,
		OnRemember:   a.saveMemory,
		LastReminded: a.loadMemory(),
		Location:     a.loc,
		Poll:         opts.Poll,
	}
	a.reread(true)
	return a, nil
}

// Run sends reminders, and answers what the user chooses on them, until ctx is done. A reminder
// still on screen is then withdrawn: its buttons would reach no one.
func (a *Agent) Run(ctx context.Context) error {
	go a.serveAnswers(ctx)
	err := a.runner.Run(ctx)
	a.withdraw("reminders stopped")
	return err
}

// Wake re-reads the data folder now and lets the Runner look again: the window sends "wake"
// after it saved a session or the settings.
func (a *Agent) Wake() {
	a.reread(true)
	a.runner.Wake()
	a.changed()
}

// Changes signals (coalesced) that MenuState may have changed: a new due time, a re-read, an action.
func (a *Agent) Changes() <-chan struct{} { return a.changes }

// Settings returns the settings as last read.
func (a *Agent) Settings() settings.Settings {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.settings
}

// Due is when the next session is due, as of now and the data folder as last read.
func (a *Agent) Due() schedule.Due {
	st, rules := a.snapshot()
	return schedule.Next(a.clock(), st, rules, a.loc)
}

func (a *Agent) clock() time.Time { return a.now().Round(0) }

// dueChanged is the Runner's OnDue: the tray redraws, and the log says when the next reminder comes.
func (a *Agent) dueChanged(d schedule.Due) {
	if d.IsZero() {
		a.log.Printf("next session: none planned (%s)", d.Reason)
	} else {
		a.log.Printf("next session due %s (%s)", d.At.In(a.loc).Format("2006-01-02 15:04:05"), d.Reason)
	}
	a.changed()
}

func (a *Agent) changed() {
	select {
	case a.changes <- struct{}{}:
	default:
	}
}

// load is the Runner's Load: it re-reads the files that changed, then derives the state.
func (a *Agent) load() (schedule.State, schedule.Rules) {
	a.reread(false)
	return a.snapshot()
}

// snapshot derives the schedule's state and rules from what was last read.
func (a *Agent) snapshot() (schedule.State, schedule.Rules) {
	a.mu.Lock()
	defer a.mu.Unlock()
	st := schedule.FromJournal(a.records, a.clock())
	st.Active = a.active
	return st, schedule.RulesFrom(a.settings)
}

// remind is the Runner's Notify: it shows the reminder, or logs why it could not and says so to
// the Runner, which tries again soon.
func (a *Agent) remind(r schedule.Reminder) error {
	n := a.notification(r)
	ctx, cancel := context.WithTimeout(context.Background(), 2*notify.DefaultTimeout)
	defer cancel()
	err := a.notifier.Notify(ctx, n)
	a.mu.Lock()
	a.lastError = ""
	if err != nil {
		a.lastError = err.Error()
	}
	a.mu.Unlock()
	if err == nil {
		a.shown.Store(true)
	}
	kind := "reminder"
	if r.FollowUp {
		kind = "follow-up"
	}
	if err != nil {
		a.log.Printf("%s for %s (%s) not shown: %v", kind, r.Due.At.In(a.loc).Format("2006-01-02 15:04"), r.Due.Reason, err)
	} else {
		a.log.Printf("%s sent for %s (%s): %q", kind, r.Due.At.In(a.loc).Format("2006-01-02 15:04"), r.Due.Reason, n.Title)
	}
	a.changed()
	return err
}

// notification is the text of a reminder: which session of the day it is, and the answers it
// offers. Without a tray host it stays on screen, since its buttons are the way in.
func (a *Agent) notification(r schedule.Reminder) notify.Notification {
	st, rules := a.snapshot()
	count := schedule.Today(r.At, st, rules, a.loc)
	a.mu.Lock()
	snooze := a.settings.SnoozeMinutes
	a.mu.Unlock()
	a.textMu.Lock()
	defer a.textMu.Unlock()
	n := notify.Notification{Title: lang.L("Time for your back exercises"), Resident: !a.trayHost.Load()}
	if r.FollowUp {
		n.Title = lang.L("Your back exercises are still due")
	}
	d := map[string]any{"N": count.Next(), "Total": count.Target, "Minutes": a.minutes}
	n.Body = lang.N("Session {{.N}} of {{.Total}} today, about {{.Minutes}} minutes.", a.minutes, d)
	n.PlainBody = lang.N("Session {{.N}} of {{.Total}} today, about {{.Minutes}} minutes. Start it, snooze or skip it from the Spine Coach icon.", a.minutes, d)
	if n.Resident { // no tray icon to point to
		n.PlainBody = lang.N("Session {{.N}} of {{.Total}} today, about {{.Minutes}} minutes. Open Spine Coach to start it.", a.minutes, d)
	}
	n.Actions = []notify.Action{
		{Key: notify.ActionDefault, Label: lang.L("Start session now")},
		{Key: ActionStart, Label: lang.L("Start now")},
		{Key: ActionSnooze, Label: lang.N("In {{.N}} minutes", snooze, map[string]any{"N": snooze})},
		{Key: ActionSkip, Label: lang.L("Skip this one")},
	}
	return n
}
