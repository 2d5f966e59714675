package agent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"sync"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/notify"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// Options configure an Agent. Only Dir and Notifier are required.
type Options struct {
	// Dir is the data folder: settings.json, journal.jsonl, the checkpoint, the reminder memory.
	Dir string
	// Notifier shows the reminders (notify.Desktop in the app, notify.Recorder in tests).
	Notifier notify.Notifier
	// Now is the wall clock; nil means time.Now.
	Now func() time.Time
	// Location holds the local days; nil means time.Local.
	Location *time.Location
	// Log receives a line for each reminder, failure and re-read; nil discards them.
	Log *log.Logger
	// Poll is the Runner's longest wait; zero means schedule.DefaultPoll.
	Poll time.Duration
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

	mu        sync.Mutex
	files     folder
	settings  settings.Settings
	records   []journal.Record
	active    time.Time // start of the session in progress (from the checkpoint), or zero
	text      texts
	lastError string // why the last reminder could not be shown, or ""
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
		OnDue:        func(schedule.Due) { a.changed() },
		OnRemember:   a.saveMemory,
		LastReminded: a.loadMemory(),
		Location:     a.loc,
		Poll:         opts.Poll,
	}
	a.reread(true)
	return a, nil
}

// Run sends reminders until ctx is done.
func (a *Agent) Run(ctx context.Context) error { return a.runner.Run(ctx) }

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

// notification is the text of a reminder: which session of the day it is, and what to do.
func (a *Agent) notification(r schedule.Reminder) notify.Notification {
	st, rules := a.snapshot()
	a.mu.Lock()
	t := a.text
	a.mu.Unlock()
	done := countToday(st, r.At, a.loc)
	title := t.L("Time for your back exercises")
	if r.FollowUp {
		title = t.L("Your back exercises are still due")
	}
	body := t.L("Session {{.N}} of {{.Total}} today, about 40 minutes. Start it, snooze or skip it from the Spine Coach icon.",
		"N", fmt.Sprint(min(done+1, max(rules.PerDay, 1))), "Total", fmt.Sprint(max(rules.PerDay, 1)))
	return notify.Notification{Title: title, Body: body}
}

// countToday counts the sessions finished or skipped on now's local day.
func countToday(st schedule.State, now time.Time, loc *time.Location) int {
	y, m, d := now.In(loc).Date()
	from := time.Date(y, m, d, 0, 0, 0, 0, loc)
	to := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
	n := 0
	slots := append([]time.Time{st.Skipped.Due}, st.Finished...)
	for _, t := range slots {
		if !t.IsZero() && !t.Before(from) && t.Before(to) {
			n++
		}
	}
	return n
}
