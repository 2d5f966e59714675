// Command spinecoach is the Spine Coach desktop app: a coach window that walks the user through
// a lumbar back exercise program, and subcommands for the program file.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Set by the Makefile from FyneApp.toml (-ldflags "-X main.version=..."); "dev" in a plain build.
var version = "dev"

// appID and appName match FyneApp.toml; a test checks they agree.
const (
	appID   = "io.github.spinecoach"
	appName = "Spine Coach"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the flags shared by the window and the subcommands.
type options struct {
	dataDir     string
	programFile string
	start       bool // start a session as the window opens
}

func run(args []string, stdout, stderr io.Writer) int {
	// Windows starts the toasts' activator, this program, with -Embedding when a reminder is
	// clicked and no agent runs: the agent then takes the click (internal/notify.Toast).
	if len(args) == 1 && args[0] == "-Embedding" {
		args = []string{"agent"}
	}
	fs := flag.NewFlagSet("spinecoach", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts options
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.StringVar(&opts.dataDir, "data-dir", "", "keep all user data in `DIR` (default $SPINECOACH_DATA, else the system's app data folder)")
	fs.BoolVar(&opts.start, "start", false, "start a session as soon as the window opens")
	fs.StringVar(&opts.programFile, "program", "", "use the exercise program in `FILE` instead of the built-in one")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage:\n  spinecoach [flags]                  open the coach window\n"+
			"  spinecoach program [--check FILE]   print the active program, or check a program file\n"+
			"  spinecoach figures --out DIR        write an SVG drawing of each exercise\n"+
			"  spinecoach export --csv FILE        write every session as CSV\n"+
			"  spinecoach export --html FILE       write a printable report for your doctor\n"+
			"  spinecoach agent                    run the reminders in the background (tray, notifications)\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, appName, version)
		return 0
	}
	switch cmd := fs.Arg(0); cmd {
	case "":
		return openWindow(opts, stderr)
	case "program":
		return programCommand(opts, fs.Args()[1:], stdout, stderr)
	case "figures":
		return figuresCommand(opts, fs.Args()[1:], stdout, stderr)
	case "export":
		return exportCommand(opts, fs.Args()[1:], stdout, stderr)
	case "agent":
		return agentCommand(opts, fs.Args()[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "spinecoach: unknown command %q\n", cmd)
		fs.Usage()
		return 2
	}
}
