package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// loadProgram returns the program in file, or the built-in one when file is empty.
func loadProgram(file string) (program.Program, error) {
	if file == "" {
		return program.Builtin(), nil
	}
	return program.Load(file)
}

// programCommand prints the active program as JSON, or with --check validates a file.
func programCommand(opts options, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("spinecoach program", flag.ContinueOnError)
	fs.SetOutput(stderr)
	check := fs.String("check", "", "check the program file `FILE` and print a one-line summary")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *check != "" {
		p, err := program.Load(*check)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: ok: %q, %d exercises, about %d min a session at the default pace\n",
			*check, p.Title, len(p.Exercises), int(coach.Estimate(p, coach.Config{}).Round(time.Minute)/time.Minute))
		return 0
	}
	p, err := loadProgram(opts.programFile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	out, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "spinecoach: print program:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s\n", out)
	return 0
}
