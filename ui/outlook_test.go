package ui

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

func TestOutlookText(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 25, 0, 0, time.Local)
	due := func(at time.Time) Outlook { return Outlook{Due: schedule.Due{At: at, Reason: schedule.ReasonAfterGap}} }
	for _, tt := range []struct {
		name string
		o    Outlook
		want string
	}{
		{"later today", due(now.Add(2*time.Hour + 5*time.Minute)), "Next session at 14:30, in 2 h 05 min."},
		{"soon", due(now.Add(44*time.Minute + 30*time.Second)), "Next session at 13:09, in 45 min."},
		{"tomorrow", due(time.Date(2026, 11, 26, 8, 0, 0, 0, time.Local)), "Next session tomorrow at 08:00."},
		{"later", due(time.Date(2026, 11, 28, 8, 0, 0, 0, time.Local)), "Next session Saturday 28 November at 08:00."},
		{"due", due(now.Add(-time.Minute)), "A session is due now."},
		{"none", Outlook{}, "No session is planned."},
		{"resting", Outlook{RestUntil: time.Date(2026, 11, 28, 8, 0, 0, 0, time.Local)}, "Resting for your back until Saturday 28 November."},
	} {
		if got := outlookText(tt.o, now); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: %q, want it to start %q", tt.name, got, tt.want)
		}
	}
}

// TestFlareFromHome starts a flare-up rest from the home screen's keys and ends it.
func TestFlareFromHome(t *testing.T) {
	outlook := Outlook{Due: schedule.Due{At: time.Now().Add(3 * time.Hour)}}
	var rested int
	s, w := newTestShell(t, Options{
		Outlook: func() Outlook { return outlook },
		Flare: func(days int) error {
			rested = days
			outlook = Outlook{RestUntil: time.Now().AddDate(0, 0, days)}
			return nil
		},
		EndFlare: func() error { outlook = Outlook{Due: schedule.Due{At: time.Now()}}; return nil },
	})
	// Three hours on may be tomorrow ("Next session tomorrow at …"): either says when.
	if !strings.Contains(texts(w), "Next session ") {
		t.Fatalf("home does not say when the next session is due:\n%s", texts(w))
	}
	pressAndWait(s, w, fyne.KeyR) // not resting: nothing to end
	if s.modal != nil || rested != 0 {
		t.Fatal("R did something while no rest runs")
	}
	pressAndWait(s, w, fyne.KeyF)
	if !strings.Contains(texts(w), "Rest for 3 days?") {
		t.Fatalf("F did not ask to confirm the rest:\n%s", texts(w))
	}
	pressAndWait(s, w, fyne.KeyReturn)
	if rested != s.set.FlareRestDays || !strings.Contains(texts(w), "the program advises complete rest") {
		t.Fatalf("after confirming, rested %d days and home shows:\n%s", rested, texts(w))
	}
	pressAndWait(s, w, fyne.KeyR)
	if !strings.Contains(texts(w), "A session is due now.") {
		t.Errorf("R did not end the rest:\n%s", texts(w))
	}
}

// TestHomeSaysTodayAndRemindersWithoutTray: the home screen gives today's count (the reminders'
// own, schedule.Today) and, on a desktop without a tray, says the reminders are on.
func TestHomeSaysTodayAndRemindersWithoutTray(t *testing.T) {
	outlook := Outlook{Due: schedule.Due{At: time.Now().Add(3 * time.Hour)}, Today: schedule.Count{Sessions: 2, EndedEarly: 1, Target: 3}}
	_, w := newTestShell(t, Options{Outlook: func() Outlook { return outlook }})
	shown := texts(w)
	if !strings.Contains(shown, "Today: 1 of 3 sessions done. 1 ended early. Next session ") {
		t.Fatalf("home does not give today's count before the next session:\n%s", shown)
	}
	if strings.Contains(shown, "Reminders are on") {
		t.Fatalf("with a tray, home says the reminders are on:\n%s", shown)
	}
	outlook.NoTray = true
	_, w = newTestShell(t, Options{Outlook: func() Outlook { return outlook }})
	if shown := texts(w); !strings.Contains(shown, "Reminders are on: with no tray on this desktop, each stays on screen until you answer it.") {
		t.Fatalf("without a tray, home does not say the reminders are on:\n%s", shown)
	}
}

// TestSettingsLanguage: Settings offers the system's language, English and Russian, each by its
// own name, and saves the choice.
func TestSettingsLanguage(t *testing.T) {
	var saved settings.Settings
	set := testSettings()
	_, w := newTestShell(t, Options{Settings: set, SaveSettings: func(x settings.Settings) error { saved = x; return nil }})
	press(w, fyne.KeyS)
	var sel *keySelect
	visit(w.Content(), func(o fyne.CanvasObject) bool {
		if v, ok := o.(*keySelect); ok && slices.Contains(v.Options, "Русский") {
			sel = v
		}
		return true
	})
	if sel == nil {
		t.Fatalf("Settings has no language choice:\n%s", texts(w))
	}
	if want := []string{"System language", "English", "Русский"}; !slices.Equal(sel.Options, want) || sel.Selected != "System language" {
		t.Fatalf("language choice %q at %q, want %q at the system's", sel.Options, sel.Selected, want)
	}
	sel.SetSelected("Русский")
	if saved.Language != settings.LanguageRussian {
		t.Fatalf("saved language %q, want ru", saved.Language)
	}
}

// TestTickShowsOutlookWorkedOutOffUI: each half-minute tick works the outlook out on the ticker's
// goroutine (it may read the journal) and the home screen shows the new one. Run with -race, it
// also checks the hand-over through fyne.Do.
func TestTickShowsOutlookWorkedOutOffUI(t *testing.T) {
	var mu sync.Mutex
	outlook := Outlook{Due: schedule.Due{At: time.Now().Add(3 * time.Hour)}, Today: schedule.Count{Sessions: 0, Target: 3}}
	calls := 0
	s, w := newTestShell(t, Options{Outlook: func() Outlook {
		mu.Lock()
		defer mu.Unlock()
		calls++
		return outlook
	}})
	if shown := texts(w); !strings.Contains(shown, "Today: 0 of 3 sessions done.") {
		t.Fatalf("home before the tick:\n%s", shown)
	}
	mu.Lock()
	outlook.Today.Sessions = 2
	before := calls
	mu.Unlock()
	c := make(chan time.Time)
	done := make(chan struct{})
	go func() { s.tick(c); close(done) }()
	c <- time.Now()
	close(c)
	<-done
	s.loads.Wait()
	if calls != before+1 {
		t.Errorf("one tick asked for the outlook %d times, want once", calls-before)
	}
	if shown := texts(w); !strings.Contains(shown, "Today: 2 of 3 sessions done.") {
		t.Fatalf("home after the tick does not show the new count:\n%s", shown)
	}
}

// TestOutlookReadOffTheWindow: going home asks for the outlook, which may read the whole journal
// (after a session, or a write by the agent), on its own goroutine: the window shows home at once
// with the line it had, and the new line once it is read. Were the read on the UI goroutine,
// showHome would wait for it and the test would never end.
func TestOutlookReadOffTheWindow(t *testing.T) {
	var mu sync.Mutex
	var release chan struct{} // when set, the next read waits for it
	sessions := 1
	s, w := newTestShell(t, Options{Outlook: func() Outlook {
		mu.Lock()
		wait, done := release, sessions
		mu.Unlock()
		if wait != nil {
			<-wait
		}
		return Outlook{Due: schedule.Due{At: time.Now().Add(3 * time.Hour)}, Today: schedule.Count{Sessions: done, Target: 3}}
	}})
	if shown := texts(w); !strings.Contains(shown, "Today: 1 of 3 sessions done.") {
		t.Fatalf("home at start:\n%s", shown)
	}
	s.showAbout()
	mu.Lock()
	release, sessions = make(chan struct{}), 2
	wait := release
	mu.Unlock()
	s.showHome()
	if s.cur != s.home || !strings.Contains(texts(w), "Today: 1 of 3 sessions done.") {
		t.Fatalf("while the journal is read, home does not show with the line it had:\n%s", texts(w))
	}
	close(wait)
	s.loads.Wait()
	if shown := texts(w); !strings.Contains(shown, "Today: 2 of 3 sessions done.") {
		t.Fatalf("home after the read does not show the new count:\n%s", shown)
	}
}
