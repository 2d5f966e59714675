package figure

import (
	"math"
	"testing"
)

// TestClipToRect: the part of a polygon inside a rectangle, nothing of one outside it, all of
// one inside it.
func TestClipToRect(t *testing.T) {
	rc := Rect{Point{0, 0}, Point{1, 1}}
	inside := []Point{{0.2, 0.2}, {0.8, 0.2}, {0.5, 0.8}}
	if got := clipToRect(inside, rc); len(got) != 3 || got[0] != inside[0] || got[2] != inside[2] {
		t.Errorf("a triangle inside: %v, want it whole", got)
	}
	if got := clipToRect([]Point{{2, 2}, {3, 2}, {3, 3}}, rc); got != nil {
		t.Errorf("a triangle outside: %v, want nothing", got)
	}
	// A square across the right edge keeps its left half: area 0.5 of 1.
	got := clipToRect([]Point{{0.5, 0}, {1.5, 0}, {1.5, 1}, {0.5, 1}}, rc)
	area := 0.0
	for i, p := range got {
		q := got[(i+1)%len(got)]
		area += p.X*q.Y - q.X*p.Y
		if p.X < rc.Min.X || p.X > rc.Max.X || p.Y < rc.Min.Y || p.Y > rc.Max.Y {
			t.Errorf("clipped point %v outside %v", p, rc)
		}
	}
	if math.Abs(math.Abs(area)/2-0.5) > 1e-9 {
		t.Errorf("clipped area %g, want 0.5", math.Abs(area)/2)
	}
}

// TestFeetCloseUp: the card of the exercise whose toes turn shows its outer foot near, toes
// up and then turned, inside the card and under the start's words, and draws the start
// without the turned feet over the real ones; no other card has a close-up.
func TestFeetCloseUp(t *testing.T) {
	for id, m := range loadFigures(t) {
		c := NewCard(m, true)
		want := 3
		if id == "side-stretch-toes" {
			want = 4
		}
		if len(c.Panels) != want {
			t.Errorf("%s: %d panels, want %d", id, len(c.Panels), want)
		}
	}
	m := loadFigures(t)["side-stretch-toes"]
	c := NewCard(m, true)
	if len(c.Panels) != 4 {
		t.Fatalf("%d panels, want the start, two ends and the close-up", len(c.Panels))
	}
	if n := countRole(c.Panels[0].Drawing, RoleAccentFar); n != 0 {
		t.Errorf("the start shows %d lighter shapes where the feet go; the close-up shows the turn", n)
	}
	close := c.Panels[3].Drawing
	start := c.Panels[0]
	words := start.At.Y + 1/Aspect + start.under()
	// The foot in each half of the close-up: the accent shapes left and right of its middle.
	var halves [2]Rect
	for i := range halves {
		halves[i] = Rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
	}
	mid := 0.5
	for _, sh := range close.Shapes {
		for _, p := range sh.Pts {
			if p.X < 0 || p.X > 1 || p.Y < words || p.Y > c.Height {
				t.Fatalf("close-up point %v outside the card under the start's words (y > %.3f, height %.3f)", p, words, c.Height)
			}
		}
		if sh.Role != RoleAccent {
			continue
		}
		for _, p := range sh.Pts {
			h := 0
			if p.X > mid {
				h = 1
			}
			halves[h] = Rect{Point{min(halves[h].Min.X, p.X), min(halves[h].Min.Y, p.Y)}, Point{max(halves[h].Max.X, p.X), max(halves[h].Max.Y, p.Y)}}
		}
	}
	up, turned := halves[0], halves[1]
	if math.IsInf(up.Min.X, 0) || math.IsInf(turned.Min.X, 0) {
		t.Fatalf("want a foot in both halves of the close-up, got %v and %v", up, turned)
	}
	// Toes up, the foot is seen end on; turned, it lies along the mat's width, up the
	// picture, to the person's right: much taller.
	if th, uh := turned.Max.Y-turned.Min.Y, up.Max.Y-up.Min.Y; th < 1.3*uh {
		t.Errorf("the turned foot is %.3f tall and the foot toes up %.3f; want the turn to show", th, uh)
	}
	// Nearer: larger than the same foot on the start drawing.
	foot := footBounds(solve(m.Start, m.View), RightAnkle)
	if uw, sw := up.Max.X-up.Min.X, foot.Max.X-foot.Min.X; uw < 1.4*sw {
		t.Errorf("the close-up foot is %.3f wide, the foot on the start %.3f; want it at least 1.4 times as large", uw, sw)
	}
}

// TestCloseUpSaysWhatEachFrameShows: under the close-up's left frame "Toes to the ceiling", under its
// right "Toes to the right", each centred on its own frame and below every shape in it, and
// "Right side" over both: the turn is said as well as drawn.
func TestCloseUpSaysWhatEachFrameShows(t *testing.T) {
	c := NewCard(loadFigures(t)["side-stretch-toes"], true)
	if len(c.Panels) != 4 {
		t.Fatalf("%d panels, want the start, two ends and the close-up", len(c.Panels))
	}
	close := c.Panels[3].Drawing
	lowest := 0.0 // the bottom of the feet and the leg in the close-up
	for _, sh := range close.Shapes {
		if sh.Role == RoleFloor || sh.Role == RoleBackground || sh.Role == RoleMat {
			continue
		}
		for _, p := range sh.Pts {
			lowest = max(lowest, p.Y)
		}
	}
	at := map[Word]Point{}
	for _, l := range close.Labels {
		at[l.Word] = l.At
	}
	up, okUp := at[WordToesUp]
	right, okRight := at[WordToesRight]
	side, okSide := at[WordRight]
	if !okUp || !okRight || !okSide {
		t.Fatalf("close-up words %v; want Toes to the ceiling, Toes to the right and Right side", close.Labels)
	}
	if up.X >= 0.5 || right.X <= 0.5 {
		t.Errorf("Toes to the ceiling at x %.3f and Toes to the right at %.3f; want them under the left and the right frame", up.X, right.X)
	}
	for _, p := range []Point{up, right} {
		if p.Y <= lowest {
			t.Errorf("a frame's words at y %.3f, over its foot (down to %.3f); want them under it", p.Y, lowest)
		}
	}
	if side.Y >= min(up.Y, right.Y) {
		t.Errorf("Right side at y %.3f; want it over the frames", side.Y)
	}
}
