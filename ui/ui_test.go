package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// testSettings are counted repetitions and the longest get-ready countdown, which keep the
// session's timer out of the way so that only the test's keys change anything.
func testSettings() settings.Settings {
	set := settings.Default()
	set.Counting = coach.Counted
	set.ReadySeconds = settings.ReadySeconds.Max
	set.StartAtLoginAsked = true
	return set
}

// newTestShell opens the shell in a test window, with testSettings unless opts has settings.
func newTestShell(t *testing.T, opts Options) (*Shell, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	if opts.Program.Exercises == nil {
		opts.Program = program.Builtin()
	}
	if opts.Settings.PaceSeconds == 0 {
		opts.Settings = testSettings()
	}
	s := NewShell(w, opts)
	t.Cleanup(s.Close)
	s.loads.Wait() // home's outlook, read off the UI goroutine
	return s, w
}

// pressAndWait presses keys one by one, each once the journal reads the last one started (the
// outlook, whether a rest runs before a start) are done and shown, as the event loop would.
func pressAndWait(s *Shell, w fyne.Window, keys ...fyne.KeyName) {
	for _, k := range keys {
		press(w, k)
		s.loads.Wait()
	}
}

func press(w fyne.Window, keys ...fyne.KeyName) {
	for _, k := range keys {
		w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k})
	}
}

// visit calls f on o and, while f says so, on everything o holds: a container's objects and
// what a widget draws.
func visit(o fyne.CanvasObject, f func(fyne.CanvasObject) bool) {
	if !f(o) {
		return
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			visit(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			visit(c, f)
		}
	}
}

// texts collects every label's text on the window, to check what the user can read.
func texts(w fyne.Window) string {
	var b strings.Builder
	var read func(o fyne.CanvasObject) bool
	read = func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		switch v := o.(type) {
		case *widget.Label:
			b.WriteString(v.Text + "\n")
		case *widget.Button:
			b.WriteString(v.Text + "\n")
		case *Countdown:
			b.WriteString(v.Text() + "\n")
		case *RepCounter:
			b.WriteString(v.Text() + "\n")
		case *BigText:
			b.WriteString(v.Text() + "\n")
		case *PhaseBand:
			b.WriteString(v.Text() + "\n")
		case *widget.RichText:
			b.WriteString(v.String() + "\n")
		case *widget.Card:
			visit(v.Content, read)
		default:
			return true
		}
		return false
	}
	visit(w.Content(), read)
	for _, o := range w.Canvas().Overlays().List() {
		visit(o, read)
	}
	return b.String()
}

// dash writes a range as the program's source does ("15–20"), so that a test reads a dose from
// the program instead of copying it.
func dash(r program.Range) string { return fmt.Sprintf("%d–%d", r.Min, r.Max) }

// TestHomeListsSevenCards checks the home screen lists the program's exercises, numbered, each
// with its dose as the article gives it.
func TestHomeListsSevenCards(t *testing.T) {
	s, w := newTestShell(t, Options{})
	if n := len(s.home.cards.Objects); n != 7 {
		t.Fatalf("home shows %d cards, want 7", n)
	}
	p := s.prog
	toesTurned, static, lift := p.Exercises[2].Dose, p.Exercises[5].Dose, p.Exercises[6].Dose
	shown := texts(w)
	for _, want := range []string{
		"1. " + p.Exercises[0].Title, "7. " + p.Exercises[6].Title,
		"30 times", dash(*toesTurned.Reps) + " times",
		dash(*static.Holds) + " times, hold " + dash(*static.HoldSeconds) + " s",
		dash(*lift.Holds) + " times, hold " + dash(*lift.HoldSeconds) + " s",
		"To both sides: right, then left, is one repetition",
		fmt.Sprintf("The program suggests about %d min, repeated after %s hours.", p.SessionMinutes, dash(p.RepeatAfterHours)),
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("home does not show %q", want)
		}
	}
}

// TestEstimateFollowsPace checks the home screen's estimate: with the default settings it is
// within 15% of the program's session length (the article's "about 40 minutes"), and it
// follows the pace the user sets.
func TestEstimateFollowsPace(t *testing.T) {
	var saved settings.Settings
	s, w := newTestShell(t, Options{
		Settings:     settings.Default(),
		SaveSettings: func(set settings.Settings) error { saved = set; return nil },
	})
	shownMinutes := func() int {
		t.Helper()
		m := regexp.MustCompile(`About (\d+) min at this pace`).FindStringSubmatch(texts(w))
		if m == nil {
			t.Fatalf("home shows no estimate:\n%s", texts(w))
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	want := s.prog.SessionMinutes
	if got := shownMinutes(); got*100 < want*85 || got*100 > want*115 {
		t.Errorf("home estimates %d min with the default settings, want within 15%% of the program's %d", got, want)
	}
	before := shownMinutes()
	pace := s.set.PaceSeconds
	s.home.changePace(-1)
	if saved.PaceSeconds != pace-1 {
		t.Errorf("saved pace = %d s, want %d s", saved.PaceSeconds, pace-1)
	}
	wantText := fmt.Sprintf("One movement every %d s", pace-1)
	if got := shownMinutes(); got >= before || !strings.Contains(texts(w), wantText) {
		t.Errorf("after a quicker pace, home estimates %d min (was %d) and shows:\n%s", got, before, texts(w))
	}
	for range 20 {
		s.home.changePace(+1)
	}
	if s.set.PaceSeconds != settings.PaceSeconds.Max {
		t.Errorf("pace went to %d s, want it held at %d s", s.set.PaceSeconds, settings.PaceSeconds.Max)
	}
}

// TestSettingsRefusedAndSaved changes settings on the Settings screen: a valid change is saved
// at once, one the settings refuse is undone and the user told.
func TestSettingsRefusedAndSaved(t *testing.T) {
	var saves int
	s, w := newTestShell(t, Options{SaveSettings: func(settings.Settings) error { saves++; return nil }})
	press(w, fyne.KeyS)
	if _, ok := s.cur.(*settingsScreen); !ok || !strings.Contains(texts(w), "5 h 30 min") {
		t.Fatalf("S did not open the settings:\n%s", texts(w))
	}
	if !s.update(func(x *settings.Settings) { x.GapMinutes = 300 }) || s.set.GapMinutes != 300 || saves != 1 {
		t.Errorf("a valid gap was not saved: gap %d, %d saves", s.set.GapMinutes, saves)
	}
	if s.update(func(x *settings.Settings) { x.DayEnd = x.DayStart }) {
		t.Error("a day window that ends when it starts was accepted")
	}
	if s.set.DayEnd != settings.Default().DayEnd || saves != 1 {
		t.Errorf("a refused change was kept (day end %v) or saved (%d saves)", s.set.DayEnd, saves)
	}
	if len(w.Canvas().Overlays().List()) == 0 {
		t.Error("the user was not told why the change was refused")
	}
	s.update(func(x *settings.Settings) { x.TextSize = settings.TextExtraLarge })
	if th, ok := fyne.CurrentApp().Settings().Theme().(*Theme); !ok || th.Scale != 1.6 {
		t.Errorf("extra-large text gives theme %#v, want scale 1.6", fyne.CurrentApp().Settings().Theme())
	}
}

// TestKeysDriveSession goes through a session from the keyboard alone.
func TestKeysDriveSession(t *testing.T) {
	var finished, checkpoint SessionReport
	s, w := newTestShell(t, Options{
		OnFinish:   func(r SessionReport) { finished = r },
		OnProgress: func(r SessionReport) { checkpoint = r },
	})
	press(w, fyne.KeyReturn) // start: first, how is the back?
	if !strings.Contains(texts(w), "How is your back right now?") {
		t.Fatalf("Enter did not ask how the back is:\n%s", texts(w))
	}
	press(w, fyne.Key3)
	if s.sess == nil || !strings.Contains(texts(w), "Get ready") {
		t.Fatalf("Enter did not start a session:\n%s", texts(w))
	}
	press(w, fyne.KeySpace) // start now
	for range 12 {
		press(w, fyne.KeySpace)
	}
	if shown := texts(w); !strings.Contains(shown, "12 / 30") || !strings.Contains(shown, "Press Space after each movement") {
		t.Fatalf("after 12 presses the screen shows:\n%s", shown)
	}
	press(w, fyne.KeyRight) // next: exercise 2, two-sided
	press(w, fyne.KeySpace)
	if shown := texts(w); !strings.Contains(shown, "Exercise 2 of 7") || !strings.Contains(shown, "RIGHT") {
		t.Fatalf("exercise 2 screen shows:\n%s", shown)
	}
	press(w, fyne.KeySpace)
	if !strings.Contains(texts(w), "LEFT") {
		t.Fatal("after one movement the screen does not say to the left")
	}
	press(w, fyne.KeyP) // it hurts
	if shown := texts(w); !strings.Contains(shown, "Stopped: "+s.prog.Exercises[1].Title) {
		t.Fatalf("P did not ask for the pain level:\n%s", shown)
	}
	press(w, fyne.Key6)
	if shown := texts(w); !strings.Contains(shown, "Exercise 3 of 7") || s.modal != nil {
		t.Fatalf("after the pain level the screen shows:\n%s", shown)
	}
	if r := checkpoint.Results[1]; r.Status != coach.PainStopped || r.Pain != 6 {
		t.Errorf("last checkpoint has exercise 2 as %+v, want stopped for pain at level 6", r)
	}
	press(w, fyne.KeyLeft, fyne.KeyEscape) // back to exercise 2, then ask to end
	if !strings.Contains(texts(w), "End the session now?") {
		t.Fatal("Esc did not ask before ending")
	}
	press(w, fyne.KeyEscape) // carry on
	if s.modal != nil || s.sess.sess.Snapshot().Paused {
		t.Fatal("carrying on left the question open or the session paused")
	}
	press(w, fyne.KeyEscape, fyne.KeyReturn) // end
	if checkpoint.Phase != coach.Finished || finished.Phase == coach.Finished {
		t.Fatal("an ended session was not checkpointed before the question about the back, or was saved before it")
	}
	if !strings.Contains(texts(w), "And how is your back now?") {
		t.Fatalf("the end did not ask how the back is now:\n%s", texts(w))
	}
	press(w, fyne.Key2)
	if finished.Phase != coach.Finished {
		t.Fatal("ending did not hand the session to the app")
	}
	if finished.PainBefore != 3 || finished.PainAfter != 2 {
		t.Errorf("pain before %d, after %d; want 3 and 2", finished.PainBefore, finished.PainAfter)
	}
	if r := finished.Results[0]; r.Status != coach.Partial || r.Count != 12 {
		t.Errorf("exercise 1 = %+v, want 12 done", r)
	}
	if shown := texts(w); !strings.Contains(shown, "Session ended") || !strings.Contains(shown, "12 of 30") {
		t.Errorf("finish screen shows:\n%s", shown)
	}
	press(w, fyne.KeyReturn)
	if s.cur != s.home {
		t.Error("Enter on the finish screen did not return home")
	}
	press(w, fyne.KeyA)
	if !strings.Contains(texts(w), "This app is not a doctor") {
		t.Error("A did not open About your back")
	}
	press(w, fyne.KeyEscape)
	if s.cur != s.home {
		t.Error("Esc on About did not return home")
	}
}

func TestPainStopOnHoldAndSkip(t *testing.T) {
	var finished SessionReport
	s, w := newTestShell(t, Options{OnFinish: func(r SessionReport) { finished = r }})
	press(w, fyne.KeyReturn, fyne.KeyReturn) // start, skipping the question about the back
	for range 6 {
		press(w, fyne.KeyReturn)
	}
	press(w, fyne.KeyP, fyne.KeyReturn, fyne.KeyReturn) // hurts on the pelvic lift; skip both questions
	if finished.PainBefore != coach.NoPain || finished.PainAfter != coach.NoPain {
		t.Errorf("skipped questions recorded pain %d and %d", finished.PainBefore, finished.PainAfter)
	}
	if s.cur == s.home || !strings.Contains(texts(w), "Stopped: it hurt") {
		t.Fatalf("a skipped pain question on the last exercise should finish the session:\n%s", texts(w))
	}
}

func TestCountdownDigits(t *testing.T) {
	test.NewTempApp(t)
	c := NewCountdown()
	for _, tt := range []struct {
		remaining time.Duration
		want      string
	}{
		{15 * time.Second, "15"},
		{14*time.Second + time.Millisecond, "15"},
		{10 * time.Second, "10"},
		{999 * time.Millisecond, "1"},
		{time.Millisecond, "1"},
		{0, "0"},
		{-time.Second, "0"},
	} {
		c.Set(tt.remaining)
		if got := c.Text(); got != tt.want {
			t.Errorf("Set(%v) shows %q, want %q", tt.remaining, got, tt.want)
		}
	}
}

// TestBigTextScales checks the digits fill their widget and grow with it.
func TestBigTextScales(t *testing.T) {
	test.NewTempApp(t)
	c := NewCountdown()
	c.Set(12 * time.Second)
	r := test.WidgetRenderer(c).(*bigTextRenderer)
	c.Resize(fyne.NewSize(300, 200))
	small := r.text.TextSize
	c.Resize(fyne.NewSize(900, 600))
	large := r.text.TextSize
	if large < 2.9*small || large > 3.1*small {
		t.Errorf("text size %v at 300×200 and %v at 900×600, want it to scale 3×", small, large)
	}
	if got := fyne.MeasureText("12", large, r.text.TextStyle); got.Width > 900 || got.Height > 600 || got.Height < 450 && got.Width < 850 {
		t.Errorf("text measures %v in a 900×600 widget, want it to fill one side", got)
	}
}

// TestBeatFillsOverMovement drives the beat bar's animation frame by frame.
func TestBeatFillsOverMovement(t *testing.T) {
	test.NewTempApp(t)
	b := NewBeat()
	b.Resize(fyne.NewSize(400, 20))
	r := test.WidgetRenderer(b).(*beatRenderer)
	b.Run(0.5, 1500*time.Millisecond, true)
	if r.anim == nil || r.anim.Duration != 1500*time.Millisecond {
		t.Fatalf("a running movement has animation %+v, want one over the remaining 1.5s", r.anim)
	}
	for _, tt := range []struct {
		frame float32
		width float32
	}{{0, 200}, {0.5, 300}, {1, 400}} {
		r.anim.Tick(tt.frame)
		if got := r.fill.Size().Width; got != tt.width {
			t.Errorf("frame %v: fill %v wide, want %v", tt.frame, got, tt.width)
		}
	}
	b.Run(0.25, time.Second, false)
	if r.anim != nil || r.fill.Size().Width != 100 {
		t.Errorf("a paused movement animates (%v) or shows %v, want still at 100", r.anim, r.fill.Size().Width)
	}
}

// TestResumeOffer opens the window over a session a crash cut short: Enter goes on from the
// next exercise, Esc saves it as it stands.
func TestResumeOffer(t *testing.T) {
	started := time.Date(2026, 11, 25, 9, 30, 0, 0, time.Local)
	results := []coach.Result{
		{ExerciseID: "arms-up-toes", Count: 30, Status: coach.Done, Pain: coach.NoPain, Target: program.Target{Reps: 30}},
		{ExerciseID: "side-stretch", Count: 2, Status: coach.PainStopped, Pain: 3, Target: program.Target{Reps: 30}},
	}
	saved := 0
	in := &Interrupted{Started: started, Results: results, Save: func() { saved++ }}
	s, w := newTestShell(t, Options{Interrupted: in})
	if shown := texts(w); !strings.Contains(shown, "It started at 09:30, and 2 of 7 exercises were reached.") {
		t.Fatalf("no resume offer:\n%s", shown)
	}
	press(w, fyne.KeyReturn)
	if s.sess == nil || s.modal != nil || !strings.Contains(texts(w), "Exercise 3 of 7") {
		t.Fatalf("Enter did not go on at exercise 3:\n%s", texts(w))
	}
	if snap := s.sess.sess.Snapshot(); snap.Results[1] != results[1] || !snap.Started.Equal(started) {
		t.Errorf("resumed session lost what was done: %+v, started %v", snap.Results[1], snap.Started)
	}
	if saved != 0 {
		t.Error("going on also saved the interrupted session")
	}
	// The resumed session's countdown redraws its window every second, on the timer's
	// goroutine; close it before the next shell lays out its own window, as the app has
	// one window at a time.
	s.Close()

	s2, w2 := newTestShell(t, Options{Interrupted: in})
	press(w2, fyne.KeyEscape)
	if saved != 1 || s2.modal != nil || s2.sess != nil {
		t.Errorf("Esc: saved %d times, question open %v, session %v; want saved once, home", saved, s2.modal != nil, s2.sess != nil)
	}
}

// TestFirstRunAsksStartAtLogin asks once whether reminders start at login, and keeps the answer.
func TestFirstRunAsksStartAtLogin(t *testing.T) {
	for _, tt := range []struct {
		key  fyne.KeyName
		want bool
	}{{fyne.KeyReturn, true}, {fyne.KeyEscape, false}} {
		var saved settings.Settings
		first := settings.Default()
		s, w := newTestShell(t, Options{Settings: first, SaveSettings: func(x settings.Settings) error { saved = x; return nil }})
		if !strings.Contains(texts(w), "Remind you when it is time?") {
			t.Fatalf("the first run does not ask:\n%s", texts(w))
		}
		press(w, tt.key)
		if !saved.StartAtLoginAsked || saved.StartAtLogin != tt.want || s.modal != nil {
			t.Errorf("after %s: asked %v, start at login %v; want asked, %v", tt.key, saved.StartAtLoginAsked, saved.StartAtLogin, tt.want)
		}
		_, w2 := newTestShell(t, Options{Settings: saved})
		if strings.Contains(texts(w2), "Remind you when it is time?") {
			t.Error("the question came back after it was answered")
		}
	}
}

// TestHomeKeysAfterChoosingCounting: choosing how to count must not take the keyboard away.
func TestHomeKeysAfterChoosingCounting(t *testing.T) {
	s, w := newTestShell(t, Options{SaveSettings: func(settings.Settings) error { return nil }})
	test.Tap(s.home.counting)
	if s.set.Counting != coach.Paced {
		t.Fatalf("the test settings count by hand, so a tap should switch to paced; got %q", s.set.Counting)
	}
	typeKey(w, fyne.KeyC)
	if s.set.Counting != coach.Counted || !s.home.counting.Checked {
		t.Errorf("C did not switch back to counting by hand: %q, box checked %v", s.set.Counting, s.home.counting.Checked)
	}
	typeKey(w, fyne.KeyReturn)
	if !strings.Contains(texts(w), "How is your back right now?") {
		t.Error("Enter did not start a session after choosing how to count")
	}
}
