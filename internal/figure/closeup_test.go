package figure

import (
	"math"
	"slices"
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
// the start without the turned feet over the real ones, with the arrow round them. Only it
// and the card whose knees go down to a side (see TestLegsFromSide) have a close-up.
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
	// It keeps the arrow round the feet, as the close-up has it: more than a start whose
	// feet do not turn, less than one that also outlines where they go.
	still := m
	still.Turn = nil
	if n, lo, hi := len(c.Panels[0].Drawing.Shapes), len(still.At(0, false).Shapes), len(m.At(0, false).Shapes); n <= lo || n >= hi {
		t.Errorf("the start has %d shapes; want more than %d (no turn) and fewer than %d (the turn, outlined): the arrow round the feet", n, lo, hi)
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

// TestWiper: seen down the leg, a foot toes to the ceiling stands straight up; turned to the
// person's right it leans to the right, to the left to the left, as far.
func TestWiper(t *testing.T) {
	m := loadFigures(t)["side-stretch-toes"]
	start, end := solve(m.Start, m.View), solve(m.End, m.View)
	left := solve(Mirror(m.End, m.View), m.View)
	for _, j := range []Joint{LeftAnkle, RightAnkle} {
		if w := wiper(start, j); math.Abs(w) > 1e-6 {
			t.Errorf("%s toes to the ceiling leans %.1f°", j, w*180/math.Pi)
		}
		if w := wiper(end, j); w < 45*math.Pi/180 || w > 95*math.Pi/180 {
			t.Errorf("%s turned to the right leans %.1f°, want 45–95° to the right", j, w*180/math.Pi)
		}
		if w, r := wiper(left, j.twin()), wiper(end, j); math.Abs(w+r) > 1e-6 {
			t.Errorf("%s turned to the left leans %.1f°, want %.1f°", j.twin(), w*180/math.Pi, -r*180/math.Pi)
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

// TestCloseUpSaysWhatEachFrameShows: under the close-up's left frame "Toes to the ceiling",
// under its right "Toes to the right", each centred on its own frame and below every shape in
// it, and over both whose view it is, "Your feet, as you see them": the turn is said as well
// as drawn.
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
	side, okSide := at[WordYourFeet]
	if !okUp || !okRight || !okSide {
		t.Fatalf("close-up words %v; want Toes to the ceiling, Toes to the right and Your feet, as you see them", close.Labels)
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
		t.Errorf("Your feet at y %.3f; want it over the frames", side.Y)
	}
}

// TestLegsFromSide: the card of the exercise whose knees stand up and go down to a side
// shows its legs at the start from the side, framed, inside the card under the start's
// words, with the head's side on the right as from above: the knee the highest point, the
// foot on the mat, away from the hip; and "Knees bent, feet on the mat" under it rather
// than under the start.
func TestLegsFromSide(t *testing.T) {
	c := NewCard(loadFigures(t)["knees-bent-twist"], true)
	if len(c.Panels) != 4 {
		t.Fatalf("%d panels, want the start, two ends and the legs from the side", len(c.Panels))
	}
	start, near := c.Panels[0], c.Panels[3].Drawing
	if slices.Contains(start.Notes, WordKneesUp) {
		t.Error("Knees bent, feet on the mat is under the start; want it under the legs from the side")
	}
	if len(near.Labels) != 1 || near.Labels[0].Word != WordKneesUp {
		t.Fatalf("words of the legs from the side %v; want Knees bent, feet on the mat", near.Labels)
	}
	shapes := underStart(t, c, near, "the legs from the side")
	legs, trunk := points(shapes[RoleAccent]), points(shapes[RoleBody])
	var mat Rect
	if mats := shapes[RoleMat]; len(mats) > 0 {
		mat = bounds(mats[len(mats)-1]) // the frame first, then the mat under the body
	}
	if len(legs) == 0 {
		t.Fatal("no working leg drawn from the side")
	}
	lb := bounds(legs)
	if len(trunk) == 0 || centroid(trunk).X < centroid(legs).X {
		t.Error("the trunk is not drawn, or on the left of the legs; want the head's side on the right, as from above")
	}
	if near.Labels[0].At.Y <= lb.Max.Y {
		t.Errorf("the words at y %.3f, over the legs (down to %.3f); want them under", near.Labels[0].At.Y, lb.Max.Y)
	}
	// The knee, the highest point of the leg, lies between the hip (right) and the foot
	// (left), and the leg's lowest point, the sole, on the mat.
	var top Point
	top.Y = math.Inf(1)
	for _, p := range legs {
		if p.Y < top.Y {
			top = p
		}
	}
	if top.X-lb.Min.X < 0.2*(lb.Max.X-lb.Min.X) || lb.Max.X-top.X < 0.1*(lb.Max.X-lb.Min.X) {
		t.Errorf("the knee at x %.3f of a leg from %.3f to %.3f; want it between the foot and the hip", top.X, lb.Min.X, lb.Max.X)
	}
	if d := mat.Min.Y - lb.Max.Y; d < -0.01 || d > 0.01 {
		t.Errorf("the sole %.3f above the mat; want it on it", d)
	}
	if lb.Max.Y-top.Y < 0.4*(lb.Max.X-lb.Min.X) {
		t.Errorf("the leg from the side is %.3f tall and %.3f long; want the knee standing up", lb.Max.Y-top.Y, lb.Max.X-lb.Min.X)
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

// TestArmsFromAbove: the card of the lift onto the forearms shows its arms at the start
// seen from above, framed, inside the card under the start's words, between "Seen from
// above" and "Elbows bent, forearms on the mat": from above the elbows bend, where from
// the side the arm looks straight, both arms in the accent, the head on the left as from
// the side. No other card has it.
func TestArmsFromAbove(t *testing.T) {
	for _, e := range loadShipped(t) {
		c := NewCard(e.Figure, e.Sides == "both")
		hasArms := false
		for _, p := range c.Panels {
			for _, l := range p.Drawing.Labels {
				hasArms = hasArms || l.Word == WordForearmsOnMat
			}
		}
		if want := e.ID == "pelvic-lift"; hasArms != want {
			t.Errorf("%s: arms from above %v, want %v", e.ID, hasArms, want)
		}
	}
	m := loadFigures(t)["pelvic-lift"]
	c := NewCard(m, false)
	if len(c.Panels) != 3 || !c.Panels[2].CloseUp || c.Panels[0].CloseUp || c.Panels[1].CloseUp {
		t.Fatalf("%d panels, want the start, the end and the arms from above, the close-up last", len(c.Panels))
	}
	near := c.Panels[2].Drawing
	shapes := underStart(t, c, near, "the arms from above")
	arms := points(shapes[RoleAccent])
	var frame Rect
	if floors := shapes[RoleFloor]; len(floors) > 0 {
		frame = bounds(floors[0])
	}
	if len(near.Labels) != 2 || near.Labels[0].Word != WordFromAbove || near.Labels[1].Word != WordForearmsOnMat {
		t.Fatalf("words of the arms from above %v; want Seen from above, then Elbows bent, forearms on the mat", near.Labels)
	}
	if top, bottom := near.Labels[0].At.Y, near.Labels[1].At.Y; top < frame.Min.Y || bottom > frame.Max.Y || top >= bottom {
		t.Errorf("words at y %.3f and %.3f, want them inside the frame %v, the view's name on top", top, bottom, frame)
	}
	// Both arms in the accent, one on each side of the body.
	if a := bounds(arms); a.Min.Y > frame.Min.Y+(frame.Max.Y-frame.Min.Y)*0.4 || a.Max.Y < frame.Max.Y-(frame.Max.Y-frame.Min.Y)*0.4 {
		t.Errorf("the accent spans y %.3f to %.3f in a frame from %.3f to %.3f: want both arms, one each side", a.Min.Y, a.Max.Y, frame.Min.Y, frame.Max.Y)
	}

	// The bend at the right elbow, between the upper arm and the forearm, from above and
	// from the side.
	bend := func(b body, v View) float64 {
		s, e, w := project(b.from[RightShoulder], v), project(b.from[RightElbow], v), project(b.to[RightElbow], v)
		d := math.Abs(heading(s, e) - heading(e, w))
		return math.Min(d, 2*math.Pi-d) * 180 / math.Pi
	}
	side := solve(m.Start, Side)
	if above, across := bend(side.fromAbove(), Top), bend(side, Side); above < 40 || above <= across {
		t.Errorf("the elbow bends %.0f degrees from above, %.0f from the side: want it bent from above, 40 or more, and more than from the side", above, across)
	}
	// The head lies on the left, as from the side.
	above := side.fromAbove()
	if h, p := project(above.to[Neck], Top), project(above.from[Pelvis], Top); h.X >= p.X {
		t.Errorf("from above the head at x %.3f, the pelvis at %.3f: want the head on the left", h.X, p.X)
	}
}

// TestFromAboveUndoesFromSide: turning a body seen from above to the side and back gives
// the same body.
func TestFromAboveUndoesFromSide(t *testing.T) {
	b := solve(loadFigures(t)["knees-bent-twist"].Start, Top)
	if got := b.fromSide().fromAbove(); got != b {
		t.Errorf("from above, to the side and back: %+v, want %+v", got.to[RightKnee], b.to[RightKnee])
	}
}

// underStart checks that every point of close-up near, what, lies inside card c under the
// words of its start, and returns its shapes' points by role, back to front.
func underStart(t *testing.T, c Card, near Drawing, what string) map[Role][][]Point {
	t.Helper()
	start := c.Panels[0]
	words := start.At.Y + 1/Aspect + start.under()
	out := map[Role][][]Point{}
	for _, sh := range near.Shapes {
		for _, p := range sh.Pts {
			if p.X < 0 || p.X > 1 || p.Y < words || p.Y > c.Height {
				t.Fatalf("point %v of %s outside the card under the start's words (y > %.3f)", p, what, words)
			}
		}
		out[sh.Role] = append(out[sh.Role], sh.Pts)
	}
	return out
}

// points is every point of shapes, in one list.
func points(shapes [][]Point) []Point {
	var out []Point
	for _, s := range shapes {
		out = append(out, s...)
	}
	return out
}
