package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/language"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/report"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// figuresCommand writes SVG drawings of the active program's exercises into a folder: for
// each exercise its start pose, its end pose and its card (start, arrow, end; both sides for
// a two-sided exercise), named "NN-ID-start.svg", "NN-ID-end.svg" and "NN-ID.svg", with
// words in the user's language. Exercises without a figure are skipped.
func figuresCommand(opts options, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("spinecoach figures", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write the SVG files into `DIR` (created if missing)")
	width := fs.Int("width", 600, "drawing width in `PIXELS`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: spinecoach figures --out DIR [--width PIXELS]")
		return 2
	}
	p, err := loadProgram(opts.programFile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "figures: %v\n", err)
		return 1
	}
	if _, err := language.Load(settings.LanguageSystem); err != nil {
		fmt.Fprintf(stderr, "figures: translations: %v; the words are in English\n", err)
	}
	svgOpts := figure.SVGOptions{Width: *width, Words: report.FigureWords()}
	n := 0
	for i, e := range p.Exercises {
		if e.Figure == nil {
			continue
		}
		m := *e.Figure
		svgOpts.Words = report.ExerciseFigureWords(e)
		base := filepath.Join(*out, fmt.Sprintf("%02d-%s", i+1, e.ID))
		files := []struct {
			path  string
			write func(io.Writer) error
		}{
			{base + "-start.svg", func(w io.Writer) error { return figure.SVG(w, m.At(0, false), svgOpts) }},
			{base + "-end.svg", func(w io.Writer) error { return figure.SVG(w, m.At(1, false), svgOpts) }},
			{base + ".svg", func(w io.Writer) error { return figure.CardSVG(w, m, e.Sides == program.BothSides, svgOpts) }},
		}
		for _, f := range files {
			if err := writeFile(f.path, f.write); err != nil {
				fmt.Fprintf(stderr, "figures: %v\n", err)
				return 1
			}
			n++
		}
	}
	fmt.Fprintf(stdout, "wrote %d drawings to %s\n", n, *out)
	return 0
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
