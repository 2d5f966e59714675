package ui

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/sound"
	"github.com/spinecoach/spinecoach/internal/sound/soundtest"
)

// holdSession starts a session on the first exercise with holds, timer stopped, for cues
// drawn from hand-made snapshots.
func holdSession(t *testing.T, set settings.Settings, player sound.Player) (*Shell, coach.Snapshot) {
	t.Helper()
	s, w := newTestShell(t, Options{Settings: set, Sound: player})
	press(w, fyne.KeyReturn, fyne.KeyReturn) // start, skipping the question about the back
	s.sess.sess.Stop()
	snap := s.sess.sess.Snapshot()
	snap.Index = 5
	snap.Exercise = s.prog.Exercises[5]
	return s, snap
}

func TestSessionPlaysCues(t *testing.T) {
	set := testSettings()
	set.Sound, set.Volume = true, 50
	rec := &soundtest.Recorder{}
	s, snap := holdSession(t, set, rec)
	rec.Reset()
	step := func(edit func(*coach.Snapshot)) {
		snap.Seq++
		edit(&snap)
		s.sess.render(snap)
	}
	step(func(c *coach.Snapshot) { c.Phase, c.Length, c.Elapsed = coach.Holding, 10*time.Second, 0 })
	step(func(c *coach.Snapshot) { c.Elapsed = 6 * time.Second }) // 4 left
	step(func(c *coach.Snapshot) { c.Elapsed = 7 * time.Second }) // 3 left
	step(func(c *coach.Snapshot) { c.Elapsed = 7300 * time.Millisecond })
	step(func(c *coach.Snapshot) { c.Elapsed = 8 * time.Second })
	step(func(c *coach.Snapshot) { c.Elapsed = 9 * time.Second })
	step(func(c *coach.Snapshot) { c.Phase, c.Count, c.Length, c.Elapsed = coach.Relaxing, 1, 5*time.Second, 0 })
	step(func(c *coach.Snapshot) { c.Phase, c.Ended = coach.Finished, c.At })
	want := []sound.Cue{sound.HoldStart, sound.Countdown, sound.Countdown, sound.Countdown, sound.HoldEnd, sound.Chime}
	if got := rec.Cues(); !slices.Equal(got, want) {
		t.Errorf("cues = %v, want %v", got, want)
	}
	for _, p := range rec.Played() {
		if p.Volume != sound.Level(50) {
			t.Errorf("%s played at %g, want %g", p.Cue, p.Volume, sound.Level(50))
		}
	}
}

func TestSessionSilent(t *testing.T) {
	cases := map[string]func(*settings.Settings){
		"sound off": func(s *settings.Settings) { s.Sound = false },
		"volume 0":  func(s *settings.Settings) { s.Sound, s.Volume = true, 0 },
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			set := testSettings()
			edit(&set)
			rec := &soundtest.Recorder{}
			s, snap := holdSession(t, set, rec)
			snap.Seq++
			snap.Phase, snap.Length, snap.Elapsed = coach.Holding, 10*time.Second, 8*time.Second
			s.sess.render(snap)
			if got := rec.Cues(); len(got) != 0 {
				t.Errorf("played %v", got)
			}
		})
	}
	// No player at all is silent too, and does not fail.
	s, snap := holdSession(t, testSettings(), nil)
	snap.Seq++
	snap.Phase, snap.Length = coach.Holding, 10*time.Second
	s.sess.render(snap)
}

// settingsWidgets opens Settings and finds its sound and contrast controls.
func settingsWidgets(t *testing.T, s *Shell, w fyne.Window) (soundCheck, contrast *keyCheck, volume *keySelect) {
	t.Helper()
	press(w, fyne.KeyS)
	visit(w.Content(), func(o fyne.CanvasObject) bool {
		switch v := o.(type) {
		case *keyCheck:
			switch v.Text {
			case "Sound cues":
				soundCheck = v
			case "High contrast":
				contrast = v
			}
		case *keySelect:
			if volume == nil && slices.Contains(v.Options, "100 %") { // the first: the voice has its own
				volume = v
			}
		}
		return true
	})
	if soundCheck == nil || contrast == nil || volume == nil {
		t.Fatalf("settings lack a control: sound %v, contrast %v, volume %v", soundCheck != nil, contrast != nil, volume != nil)
	}
	return soundCheck, contrast, volume
}

func TestSettingsSoundAndVolume(t *testing.T) {
	var saved settings.Settings
	rec := &soundtest.Recorder{}
	set := testSettings()
	s, w := newTestShell(t, Options{Settings: set, Sound: rec, SaveSettings: func(x settings.Settings) error { saved = x; return nil }})
	check, _, volume := settingsWidgets(t, s, w)
	if !check.Checked || volume.Selected != "70 %" || len(volume.Options) != 11 {
		t.Fatalf("sound %v at %q of %d steps, want on at 70 %% of 11", check.Checked, volume.Selected, len(volume.Options))
	}
	volume.SetSelected("30 %")
	if saved.Volume != 30 || !slices.Equal(rec.Played(), []soundtest.Played{{Cue: cuePreview, Volume: sound.Level(30)}}) {
		t.Errorf("volume 30: saved %d, played %v", saved.Volume, rec.Played())
	}
	rec.Reset()
	test.Tap(check)
	if saved.Sound || s.set.Sound || len(rec.Played()) != 0 {
		t.Errorf("sound off: saved %v, played %v", saved.Sound, rec.Played())
	}
	volume.SetSelected("50 %") // with sound off, the change is kept but nothing sounds
	if saved.Volume != 50 || len(rec.Played()) != 0 {
		t.Errorf("volume with sound off: saved %d, played %v", saved.Volume, rec.Played())
	}
	test.Tap(check)
	if !saved.Sound || len(rec.Played()) != 1 {
		t.Errorf("sound on: saved %v, played %v", saved.Sound, rec.Played())
	}
}

// TestFocusedControlPassesKeys: a check or select the user clicked or tabbed to takes the
// focus, and with it every key; Esc must still go back from Settings.
func TestFocusedControlPassesKeys(t *testing.T) {
	s, w := newTestShell(t, Options{})
	for i := range 2 {
		_, contrast, volume := settingsWidgets(t, s, w)
		f := []fyne.Focusable{contrast, volume}[i]
		w.Canvas().Focus(f)
		if w.Canvas().Focused() != f {
			t.Fatal("control did not take the focus")
		}
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if s.cur != s.home {
			t.Fatalf("Esc on a focused %T did not go back", f)
		}
	}
	// On the session screen, a focused control passes on P, Esc and the arrows too.
	s.showHome()
	press(w, fyne.KeyReturn, fyne.KeyReturn)
	w.Canvas().Focus(s.sess.main)
	s.sess.main.TypedKey(&fyne.KeyEvent{Name: fyne.KeyP})
	if snap := s.sess.sess.Snapshot(); snap.Phase != coach.PainCheck {
		t.Errorf("P on the focused main button: phase %s, want pain-check", snap.Phase)
	}
}
