package ui

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// screen is one page of the window and the keys it answers.
type screen interface {
	typedKey(*fyne.KeyEvent)
}

// revealer is a screen that scrolls, and brings a control the user tabbed to into view.
type revealer interface {
	reveal(fyne.CanvasObject)
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
	s.home.refreshOutlook()
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
		read := s.readProgress()
		fyne.Do(func() {
			if s.cur != from || s.modal != nil {
				return
			}
			p := newProgress(s, read)
			s.show(p, p.content)
		})
	}()
}

// progressRead is what Progress shows, read from the journal off the UI goroutine: the
// records, the error reading them, and what the reminders say now.
type progressRead struct {
	records []journal.Record
	err     error
	outlook Outlook
	known   bool // the app gave an outlook
}

// readProgress reads what Progress shows. It may read the journal: call it off the UI goroutine.
func (s *Shell) readProgress() progressRead {
	var r progressRead
	if s.opts.Journal != nil {
		r.records, r.err = s.opts.Journal()
	}
	r.outlook, r.known = s.outlook()
	return r
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
