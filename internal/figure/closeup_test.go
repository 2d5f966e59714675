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

// TestFeetCloseUp: the card of the exercise whose toes turn shows the feet near, as the
// person sees them down their legs, inside the card and under the start's words: on the left
// standing up, toes to the ceiling, on the right leaning over to the right, the turn; and draws
// the start without the turned feet over the real ones. Only it and the card whose knees go
// down to a side (see TestKneesCloseUp) have a close-up.
func TestFeetCloseUp(t *testing.T) {
	for id, m := range loadFigures(t) {
		c := NewCard(m, true)
		want := 3
		if id == "side-stretch-toes" || id == "knees-bent-twist" {
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
	// The frames: the mat shapes, left and right.
	var frames []Rect
	for _, sh := range close.Shapes {
		if sh.Role == RoleMat {
			frames = append(frames, bounds(sh.Pts))
		}
		for _, p := range sh.Pts {
			if p.X < 0 || p.X > 1 || p.Y < words || p.Y > c.Height {
				t.Fatalf("close-up point %v outside the card under the start's words (y > %.3f, height %.3f)", p, words, c.Height)
			}
		}
	}
	if len(frames) != 2 || frames[0].Min.X > frames[1].Min.X {
		t.Fatalf("close-up frames %v, want two side by side", frames)
	}
	// The feet in each frame: its first accent shapes, a sole and its toes for each foot;
	// the arrow comes after them.
	var feet [2][]Point
	var n [2]int
	for _, sh := range close.Shapes {
		for i, f := range frames {
			if sh.Role == RoleAccent && centroid(sh.Pts).X > f.Min.X && centroid(sh.Pts).X < f.Max.X && n[i] < 2*(1+len(toes)) {
				feet[i] = append(feet[i], sh.Pts...)
				n[i]++
			}
		}
	}
	up, turned := bounds(feet[0]), bounds(feet[1])
	if len(feet[0]) == 0 || len(feet[1]) == 0 {
		t.Fatal("want feet in both frames of the close-up")
	}
	// Toes to the ceiling the feet stand up, taller than they are apart; turned, they lie
	// over to the right: lower, and further right in their frame.
	if uh, th := up.Max.Y-up.Min.Y, turned.Max.Y-turned.Min.Y; uh < 1.3*th {
		t.Errorf("the feet toes up are %.3f tall and turned %.3f; want them standing up, then lying over", uh, th)
	}
	if ur, tr := up.Max.X-frames[0].Min.X, turned.Max.X-frames[1].Min.X; tr < ur+0.03 {
		t.Errorf("turned, the feet reach %.3f into their frame, toes up %.3f; want them over to the right", tr, ur)
	}
	// Near: larger than the same foot on the start drawing.
	foot := footBounds(solve(m.Start, m.View), RightAnkle)
	if uh, sw := up.Max.Y-up.Min.Y, foot.Max.X-foot.Min.X; uh < 1.4*sw {
		t.Errorf("the close-up feet are %.3f tall, the foot on the start %.3f long; want them at least 1.4 times as large", uh, sw)
	}
}

// TestWiper: seen down the leg, a foot toes to the ceiling, or a thigh standing up, stands
// straight up; turned to the person's right it leans to the right, to the left to the left,
// as far.
func TestWiper(t *testing.T) {
	for id, joints := range map[string][]Joint{"side-stretch-toes": {LeftAnkle, RightAnkle}, "knees-bent-twist": {LeftHip, RightHip}} {
		m := loadFigures(t)[id]
		start, end := solve(m.Start, m.View), solve(m.End, m.View)
		left := solve(Mirror(m.End, m.View), m.View)
		for _, j := range joints {
			if w := wiper(start, j); math.Abs(w) > 1e-6 {
				t.Errorf("%s: %s at the start leans %.1f°", id, j, w*180/math.Pi)
			}
			if w := wiper(end, j); w < 45*math.Pi/180 || w > 95*math.Pi/180 {
				t.Errorf("%s: %s turned to the right leans %.1f°, want 45–95° to the right", id, j, w*180/math.Pi)
			}
			if w, r := wiper(left, j.twin()), wiper(end, j); math.Abs(w+r) > 1e-6 {
				t.Errorf("%s: %s turned to the left leans %.1f°, want %.1f°", id, j.twin(), w*180/math.Pi, -r*180/math.Pi)
			}
		}
	}
}

// bounds is the box round pts.
func bounds(pts []Point) Rect {
	r := Rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
	for _, q := range pts {
		r = Rect{Point{min(r.Min.X, q.X), min(r.Min.Y, q.Y)}, Point{max(r.Max.X, q.X), max(r.Max.Y, q.Y)}}
	}
	return r
}

// TestCloseUpSaysWhatEachFrameShows: under a close-up's left frame what it shows at the
// start ("Toes to the ceiling", "Knees up"), under its right the turn ("Toes to the right",
// "Knees to the right"), each centred on its own frame and below every shape in it, and over
// both whose view it is ("Your feet, as you see them"): the turn is said as well as drawn.
func TestCloseUpSaysWhatEachFrameShows(t *testing.T) {
	for id, want := range map[string][3]Word{
		"side-stretch-toes": {WordYourFeet, WordToesUp, WordToesRight},
		"knees-bent-twist":  {WordYourKnees, WordKneesUpNear, WordKneesRight},
	} {
		c := NewCard(loadFigures(t)[id], true)
		if len(c.Panels) != 4 {
			t.Fatalf("%s: %d panels, want the start, two ends and the close-up", id, len(c.Panels))
		}
		close := c.Panels[3].Drawing
		lowest := 0.0 // the bottom of what the close-up draws
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
		side, okSide := at[want[0]]
		up, okUp := at[want[1]]
		right, okRight := at[want[2]]
		if !okUp || !okRight || !okSide || len(close.Labels) != 3 {
			t.Fatalf("%s: close-up words %v; want %v", id, close.Labels, want)
		}
		if up.X >= 0.5 || right.X <= 0.5 {
			t.Errorf("%s: the start's words at x %.3f and the turn's at %.3f; want them under the left and the right frame", id, up.X, right.X)
		}
		for _, p := range []Point{up, right} {
			if p.Y <= lowest {
				t.Errorf("%s: a frame's words at y %.3f, over what it draws (down to %.3f); want them under it", id, p.Y, lowest)
			}
		}
		if side.Y >= min(up.Y, right.Y) {
			t.Errorf("%s: whose view it is at y %.3f; want it over the frames", id, side.Y)
		}
	}
}

// TestKneesCloseUp: the card of the exercise whose knees go down to a side shows them near,
// as the person sees them down their body, inside the card under the start's words: in the
// left frame both thighs stand up, each kneecap straight over its hip; in the right they lie
// over to the right, each kneecap lower than it was and to the right of its hip, the left
// one over the right one.
func TestKneesCloseUp(t *testing.T) {
	c := NewCard(loadFigures(t)["knees-bent-twist"], true)
	if len(c.Panels) != 4 {
		t.Fatalf("%d panels, want the start, two ends and the close-up", len(c.Panels))
	}
	start := c.Panels[0]
	words := start.At.Y + 1/Aspect + start.under()
	close := c.Panels[3].Drawing
	var frames []Rect
	for _, sh := range close.Shapes {
		if sh.Role == RoleMat {
			frames = append(frames, bounds(sh.Pts))
		}
		for _, p := range sh.Pts {
			if p.X < 0 || p.X > 1 || p.Y < words || p.Y > c.Height {
				t.Fatalf("close-up point %v outside the card under the start's words (y > %.3f, height %.3f)", p, words, c.Height)
			}
		}
	}
	if len(frames) != 2 || frames[0].Min.X > frames[1].Min.X {
		t.Fatalf("close-up frames %v, want two side by side", frames)
	}
	// The kneecaps: the accent shapes, two thighs and two kneecaps in each frame, a thigh
	// before its kneecap; the arrow comes after them.
	var caps [2][]Point
	var thighs [2][]Rect
	for _, sh := range close.Shapes {
		for i, f := range frames {
			if c := centroid(sh.Pts); sh.Role != RoleAccent || len(caps[i]) == 2 || c.X < f.Min.X || c.X > f.Max.X {
				continue
			}
			if len(thighs[i]) > len(caps[i]) {
				caps[i] = append(caps[i], centroid(sh.Pts))
			} else {
				thighs[i] = append(thighs[i], bounds(sh.Pts))
			}
		}
	}
	if len(caps[0]) != 2 || len(caps[1]) != 2 {
		t.Fatalf("kneecaps %v; want two in each frame", caps)
	}
	// Turned, the right leg is drawn first, the left over it, on its left.
	if caps[1][1].X > caps[1][0].X {
		t.Fatalf("turned, the kneecap drawn last is at x %.3f, the first at %.3f; want the left knee, on the left, over the right one", caps[1][1].X, caps[1][0].X)
	}
	caps[1][0], caps[1][1] = caps[1][1], caps[1][0]
	if caps[0][0].X > caps[0][1].X {
		t.Fatalf("standing up, kneecaps at %v; want the left one drawn first", caps[0])
	}
	for k := range 2 {
		up, over := caps[0][k], caps[1][k]
		hipX := (thighs[0][k].Min.X + thighs[0][k].Max.X) / 2 // the thigh stands straight up
		if th := thighs[0][k]; th.Max.Y-th.Min.Y < 2*(th.Max.X-th.Min.X) {
			t.Errorf("a thigh standing up is %.3f wide and %.3f tall; want it upright", th.Max.X-th.Min.X, th.Max.Y-th.Min.Y)
		}
		if over.Y < up.Y+0.03 || over.X-frames[1].Min.X < hipX-frames[0].Min.X+0.05 {
			t.Errorf("a kneecap turned at %v, standing up at %v; want it lower and to the right of its hip", over, up)
		}
	}
}

// footTurn is the way foot j (an ankle joint) of body b points from above and the point it
// turns about, in the finished drawing (turned half round, see turnAround).
func footTurn(b body, j Joint) (dir float64, heel Point) {
	pt := painter{b: &b, v: Top}
	dir, _ = pt.footPointing(j)
	return dir + math.Pi, turnedAround(pt.at(b.from[j]))
}

// footShapes are the filled shapes of foot j (an ankle joint) of body b drawn from above,
// in the finished drawing's positions (turned half round, see turnAround).
func footShapes(b body, j Joint) []Shape {
	pt := painter{b: &b, v: Top}
	pt.begin()
	pt.topFoot(j, RoleAccent)
	pt.end()
	var out []Shape
	for _, sh := range pt.d.Shapes {
		if sh.Role == RoleBackground {
			continue
		}
		for k, q := range sh.Pts {
			sh.Pts[k] = turnedAround(q)
		}
		out = append(out, sh)
	}
	return out
}

// footBounds is the box round foot j (an ankle joint) of body b drawn from above, in the
// finished drawing's positions.
func footBounds(b body, j Joint) Rect {
	var pts []Point
	for _, sh := range footShapes(b, j) {
		pts = append(pts, sh.Pts...)
	}
	return bounds(pts)
}
