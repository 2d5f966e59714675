package agent

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync"

	"github.com/spinecoach/spinecoach/internal/instance"
	"github.com/spinecoach/spinecoach/internal/program"
)

// Config is what `spinecoach agent` runs with.
type Config struct {
	// Dir is the absolute data folder (see DataDir).
	Dir string
	// Exe is the absolute path of this binary: the window is started from it, and the
	// autostart entry names it.
	Exe string
	// AppName is the sender shown on notifications ("Spine Coach").
	AppName string
	// Log receives the agent's log lines.
	Log *log.Logger
}

// Run is the background agent: it claims the agent role in the data folder (if another agent
// holds it, it asks that one to re-read the folder and returns nil), applies the start-at-login
// setting, and runs the reminders, the tray and the message socket until ctx is done or the user
// quits from the tray. It blocks the calling goroutine, which must be the main one.
func Run(ctx context.Context, cfg Config) error {
	inst, err := instance.Claim(cfg.Dir, instance.RoleAgent)
	if errors.Is(err, instance.ErrRunning) {
		if err := instance.Send(cfg.Dir, instance.RoleAgent, instance.MsgWake); err != nil {
			return fmt.Errorf("an agent already runs for %s but does not answer: %w", cfg.Dir, err)
		}
		cfg.Log.Printf("an agent already runs for %s; asked it to re-read the data folder", cfg.Dir)
		return nil
	}
	if err != nil {
		return err
	}
	defer inst.Close()
	ctx, endSession := watchSession(ctx, cfg.Log.Printf) // the agent ends with the login session it serves
	defer endSession()

	iconPath, err := WriteIcon(cfg.Dir)
	if err != nil {
		cfg.Log.Printf("%v; notifications go without an icon", err)
	}
	notifier, closeNotifier := newNotifier(cfg.AppName, iconPath, cfg.Log)
	defer closeNotifier()
	a, err := New(Options{
		Dir: cfg.Dir, Notifier: notifier, Log: cfg.Log,
		SessionMinutes: program.Builtin().SessionMinutes,
		OpenWindow:     func(start bool) { openWindow(cfg, start) },
	})
	if err != nil {
		return err
	}
	cfg.Log.Printf("started for %s; %s", cfg.Dir, a.MenuState().Status)
	if err := ApplyStartAtLogin(a.Settings(), cfg.Exe, cfg.Dir); err != nil {
		cfg.Log.Printf("%v", err)
	}

	ctx, quit := context.WithCancel(ctx)
	defer quit()
	var wg sync.WaitGroup
	wg.Go(func() { _ = a.Run(ctx) })
	wg.Go(func() { serveMessages(ctx, inst, a, cfg) })
	wg.Go(func() { watchTrayHost(ctx, a, cfg.Log) })

	if err := trayCheck(); err != nil {
		cfg.Log.Printf("tray: not shown: %v", err)
		<-ctx.Done()
	} else {
		runTray(ctx, a, TrayActions{
			OpenWindow: func(start bool) { openWindow(cfg, start) },
			Quit:       quit,
			Logf:       cfg.Log.Printf,
		})
	}
	quit()
	wg.Wait()
	cfg.Log.Printf("stopped")
	return nil
}

// serveMessages answers the socket: "wake" re-reads the folder; "show" and "start" (meant for a
// window, e.g. from a desktop launcher pointed at the agent) open the window.
func serveMessages(ctx context.Context, inst *instance.Instance, a *Agent, cfg Config) {
	for {
		select {
		case <-ctx.Done():
			return
		case msg, ok := <-inst.Messages():
			if !ok {
				return
			}
			switch msg {
			case instance.MsgWake:
				cfg.Log.Printf("wake: re-reading the data folder")
				a.Wake()
			case instance.MsgShow, instance.MsgStart:
				openWindow(cfg, msg == instance.MsgStart)
			default:
				cfg.Log.Printf("message %q ignored", msg)
			}
		}
	}
}

func openWindow(cfg Config, start bool) {
	if err := OpenWindow(cfg.Exe, cfg.Dir, start); err != nil {
		cfg.Log.Printf("open the window: %v", err)
	}
}
