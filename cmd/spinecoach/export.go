package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/spinecoach/spinecoach/internal/agent"
	"github.com/spinecoach/spinecoach/internal/atomicfile"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/report"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// exportCommand writes the journal as CSV (--csv FILE) or as a printable report for a doctor
// (--html FILE), or both; "-" is standard output. It reads the data folder but never changes it:
// the journal and the settings are read without repair.
func exportCommand(opts options, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("spinecoach export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	csvFile := fs.String("csv", "", "write every session to `FILE` (- for standard output) as CSV: a header, then one row per exercise per session")
	htmlFile := fs.String("html", "", "write a printable report for a doctor to `FILE` (- for standard output): the program, adherence, pain trend and sessions")
	weeks := fs.Int("weeks", 8, "weeks of records the HTML report shows, up to today")
	fs.StringVar(&opts.dataDir, "data-dir", opts.dataDir, "read the journal in `DIR`")
	fs.StringVar(&opts.programFile, "program", opts.programFile, "show the program in `FILE` in the report")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: spinecoach [--data-dir DIR] export [--csv FILE] [--html FILE] [--weeks N] [--program FILE]\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "spinecoach export: "+format+"\n", a...)
		return 1
	}
	switch {
	case fs.NArg() > 0:
		return fail("unexpected %q: name the files with --csv FILE or --html FILE", fs.Arg(0))
	case *csvFile == "" && *htmlFile == "":
		return fail("nothing to export: give --csv FILE, --html FILE or both")
	case *csvFile == "-" && *htmlFile == "-":
		return fail("only one of --csv and --html can go to standard output (-)")
	case *weeks < 1 || *weeks > 104:
		return fail("--weeks %d: give a number of weeks from 1 to 104", *weeks)
	}

	dir, err := exportDataDir(opts.dataDir)
	if err != nil {
		return fail("%v", err)
	}
	var records []journal.Record
	var loaded journal.LoadReport
	j, err := journal.Open(dir)
	if err == nil {
		records, loaded, err = j.Read()
	}
	if err != nil {
		return fail("read the journal in %s: %v", dir, err)
	}
	if loaded.Unreadable > 0 {
		fmt.Fprintf(stderr, "spinecoach export: %d lines of the journal could not be read and are left out; the app sets them aside when it next starts\n", loaded.Unreadable)
	}
	now, loc := time.Now(), time.Local
	// What was written is said on stdout, unless stdout carries the export itself.
	said := stdout
	if *csvFile == "-" || *htmlFile == "-" {
		said = stderr
	}

	if *csvFile != "" {
		if err := writeExport(*csvFile, stdout, func(w io.Writer) error { return report.WriteCSV(w, records, loc) }); err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(said, "wrote %s (%d sessions)\n", outputName(*csvFile), countSessions(records, loc, journal.Day{}, journal.Day{}))
	}
	if *htmlFile != "" {
		prog, err := loadProgram(opts.programFile)
		if err != nil {
			return fail("the program file cannot be used: %v", err)
		}
		set, setReport, err := settings.Read(dir)
		if err != nil {
			fmt.Fprintf(stderr, "spinecoach export: settings: %v; the report assumes %d sessions a day\n", err, set.SessionsPerDay)
		} else if msg := setReport.Message(); msg != "" {
			fmt.Fprintf(stderr, "spinecoach export: %s\n", msg)
		}
		if _, err := language.Load(set.Language); err != nil {
			fmt.Fprintf(stderr, "spinecoach export: translations: %v; the report is in English\n", err)
		}
		r := report.ForDoctor(prog, records, set.SessionsPerDay, *weeks, now, loc)
		if err := writeExport(*htmlFile, stdout, func(w io.Writer) error { return report.WriteHTML(w, r) }); err != nil {
			return fail("%v", err)
		}
		today := journal.DayOf(now, loc)
		from := today.Monday().AddDays(-7 * (*weeks - 1))
		fmt.Fprintf(said, "wrote %s (%d sessions)\n", outputName(*htmlFile), countSessions(records, loc, from, today))
	}
	return 0
}

// writeExport writes an export to file, or to stdout when file is "-". A file is replaced whole; a
// link is written through, a device or a FIFO written directly (atomicfile.WriteOutput).
func writeExport(file string, stdout io.Writer, write func(io.Writer) error) error {
	if file == "-" {
		return write(stdout)
	}
	return atomicfile.WriteOutput(file, 0o644, write)
}

func outputName(file string) string {
	if file == "-" {
		return "standard output"
	}
	return file
}

// exportDataDir finds the data folder as the window does (agent.FindDataDir), but does not
// create it: exporting from a folder that is not there is a mistyped path, not an empty journal.
func exportDataDir(flagValue string) (string, error) {
	dir, err := agent.FindDataDir(flagValue)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("no data folder at %s: check --data-dir", dir)
	case err != nil:
		return "", fmt.Errorf("cannot read the data folder: %w", err)
	case !info.IsDir():
		return "", fmt.Errorf("%s is not a folder", dir)
	}
	return dir, nil
}

// countSessions counts the sessions that start from from to to, inclusive; a zero day is no bound.
func countSessions(records []journal.Record, loc *time.Location, from, to journal.Day) int {
	n := 0
	for _, r := range records {
		if r.Kind != journal.KindSession || r.Session == nil {
			continue
		}
		if d := journal.DayOf(r.Session.Start, loc); (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to)) {
			n++
		}
	}
	return n
}
