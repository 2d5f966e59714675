package agent

import (
	"context"
	"time"

	"fyne.io/systray"
)

// TrayActions are what the tray's items do beyond the Agent's own methods.
type TrayActions struct {
	// OpenWindow starts or raises the coach window; start asks it to begin a session.
	OpenWindow func(start bool)
	// Quit ends the agent.
	Quit func()
	// Logf logs a failed action.
	Logf func(format string, args ...any)
}

// tray renders MenuState into fyne.io/systray and forwards clicks; it holds no logic.
type tray struct {
	a    *Agent
	do   TrayActions
	last MenuState

	status, today, start, snooze, skip, pause, flare, endFlare, open, quit *systray.MenuItem
}

// runTray shows the tray icon and menu until ctx is done. It blocks the calling goroutine, which
// must be the main one (macOS runs the tray's event loop there).
func runTray(ctx context.Context, a *Agent, do TrayActions) {
	t := &tray{a: a, do: do}
	go func() {
		<-ctx.Done()
		systray.Quit()
	}()
	systray.Run(func() { t.ready(ctx) }, nil)
}

func (t *tray) ready(ctx context.Context) {
	systray.SetIcon(trayIcon())
	systray.SetTitle("Spine Coach")
	t.status = systray.AddMenuItem("", "")
	t.status.Disable()
	t.today = systray.AddMenuItem("", "")
	t.today.Disable()
	systray.AddSeparator()
	t.start = systray.AddMenuItem("", "")
	t.snooze = systray.AddMenuItem("", "")
	t.skip = systray.AddMenuItem("", "")
	t.pause = systray.AddMenuItem("", "")
	t.flare = systray.AddMenuItem("", "")
	t.endFlare = systray.AddMenuItem("", "")
	systray.AddSeparator()
	t.open = systray.AddMenuItem("", "")
	t.quit = systray.AddMenuItem("", "")
	t.render(t.a.MenuState(), true)
	systray.SetOnTapped(func() { t.do.OpenWindow(false) })

	t.on(ctx, t.start, func() error { t.do.OpenWindow(true); return nil })
	t.on(ctx, t.snooze, t.a.Snooze)
	t.on(ctx, t.skip, t.a.Skip)
	t.on(ctx, t.pause, t.a.PauseToday)
	t.on(ctx, t.flare, func() error { return t.a.Flare(t.a.Settings().FlareRestDays) })
	t.on(ctx, t.endFlare, t.a.EndFlare)
	t.on(ctx, t.open, func() error { t.do.OpenWindow(false); return nil })
	t.on(ctx, t.quit, func() error { t.do.Quit(); return nil })

	// Redraw on every change, and each half minute for "due now" and "tomorrow" to turn over.
	tick := time.NewTicker(30 * time.Second)
	go func() {
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.a.Changes():
			case <-tick.C:
			}
			t.render(t.a.MenuState(), false)
		}
	}()
}

// on runs act for each click on item.
func (t *tray) on(ctx context.Context, item *systray.MenuItem, act func() error) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-item.ClickedCh:
				if err := act(); err != nil {
					t.do.Logf("tray: %v", err)
				}
			}
		}
	}()
}

// render changes only what differs from the last state, so an idle tray sends nothing over D-Bus.
func (t *tray) render(m MenuState, all bool) {
	old := t.last
	t.last = m
	set := func(item *systray.MenuItem, title, oldTitle string, show, oldShow bool) {
		if all || title != oldTitle {
			item.SetTitle(title)
		}
		if all || show != oldShow {
			if show {
				item.Show()
			} else {
				item.Hide()
			}
		}
	}
	if all || m.Tooltip != old.Tooltip {
		systray.SetTooltip(m.Tooltip)
	}
	set(t.status, m.Status, old.Status, true, true)
	set(t.today, m.Done, old.Done, !m.Resting, !old.Resting)
	set(t.start, m.Start, old.Start, true, true)
	set(t.snooze, m.Snooze, old.Snooze, m.CanSnooze, old.CanSnooze)
	set(t.skip, m.Skip, old.Skip, m.CanSkip, old.CanSkip)
	set(t.pause, m.Pause, old.Pause, !m.Resting, !old.Resting)
	set(t.flare, m.Flare, old.Flare, !m.Resting, !old.Resting)
	set(t.endFlare, m.EndFlare, old.EndFlare, m.Resting, old.Resting)
	set(t.open, m.Open, old.Open, true, true)
	set(t.quit, m.Quit, old.Quit, true, true)
}
