package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/spinecoach/spinecoach/internal/agent"
)

// agentCommand is `spinecoach agent`: the background process with the tray, the schedule and the
// notifications. It never loads Fyne's app or driver (no window, no GL), and runs until SIGINT,
// SIGTERM or "Quit" in the tray. --data-dir may come before or after the word "agent".
func agentCommand(opts options, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("spinecoach agent", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.dataDir, "data-dir", opts.dataDir, "keep all user data in `DIR`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "spinecoach agent: unexpected %q\n", fs.Arg(0))
		return 2
	}
	logger := log.New(stderr, "agent: ", log.LstdFlags)
	dir, err := agent.DataDir(opts.dataDir)
	if err != nil {
		logger.Print(err)
		return 1
	}
	exe, err := agent.Executable()
	if err != nil {
		logger.Printf("cannot find this program's path: %v", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := agent.Run(ctx, agent.Config{Dir: dir, Exe: exe, AppName: appName, Log: logger}); err != nil {
		logger.Print(err)
		return 1
	}
	return 0
}
