package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFiguresCommand writes the built-in program's drawings: a start, an end and a card for
// each exercise, the cards of two-sided exercises with both sides named under them.
func TestFiguresCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "figs")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"figures", "--out", dir, "--width", "300"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.svg"))
	if err != nil || len(names) != 21 {
		t.Fatalf("%d SVG files (%v), want 21", len(names), err)
	}
	cards := 0
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		s, base := string(data), filepath.Base(n)
		if !strings.HasPrefix(s, `<svg xmlns="http://www.w3.org/2000/svg" `) || !strings.HasSuffix(s, "</svg>\n") {
			t.Errorf("%s is not a whole SVG document: %.80s", base, s)
		}
		if strings.HasSuffix(base, "-start.svg") || strings.HasSuffix(base, "-end.svg") {
			if !strings.Contains(s, `width="300" height="150"`) {
				t.Errorf("%s is not 300×150 px: %.100s", base, s)
			}
			continue
		}
		cards++
		twoSided := strings.HasPrefix(base, "02-") || strings.HasPrefix(base, "03-") || strings.HasPrefix(base, "04-")
		if got := strings.Contains(s, ">1. To the right</text>") && strings.Contains(s, ">2. To the left</text>"); got != twoSided {
			t.Errorf("%s: names both sides = %v, want %v", base, got, twoSided)
		}
	}
	if cards != 7 {
		t.Errorf("%d cards, want 7", cards)
	}
	if code := run([]string{"figures"}, &stdout, &stderr); code != 2 {
		t.Errorf("figures without --out: exit %d, want 2", code)
	}
}
