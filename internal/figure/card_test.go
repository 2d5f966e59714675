package figure

import (
	"math"
	"reflect"
	"slices"
	"testing"
)

// accentShapes counts the shapes in the accent colour: limbs at work and arrows.
func accentShapes(d Drawing) int {
	n := 0
	for _, s := range d.Shapes {
		if s.Role == RoleAccent {
			n++
		}
	}
	return n
}

// TestCardShowsTheMovementOnce: the start pose carries the movement's arrows and the end
// poses do not, so they do not read as "and keep going"; a one-sided card gets one arrow
// back to the start, a held exercise too (let go, then the next hold), and a two-sided card
// one back from each side (see TestForkReturnsToTheMiddle).
func TestCardShowsTheMovementOnce(t *testing.T) {
	for _, e := range loadShipped(t) {
		m := e.Figure
		c := NewCard(m, e.Sides == "both")
		poses := c.poses()
		endPanels := poses[len(poses)-1:] // one-sided: the last drawing
		if e.Sides == "both" {
			endPanels = c.Panels[1:3]
		}
		for i, p := range endPanels {
			mirrored := e.Sides == "both" && i == 1 // right first, then left
			plain := m.draw(1, mirrored, false)
			if !reflect.DeepEqual(p.Drawing.Shapes, m.withStartFeet(plain, mirrored).Shapes) {
				t.Errorf("%s: end panel %d is not the end pose without arrows", e.ID, i+1)
			}
			if len(m.Arrows)+len(m.Turn) > 0 && accentShapes(plain) >= accentShapes(m.At(1, mirrored)) {
				t.Errorf("%s: end panel %d still has the movement's arrows", e.ID, i+1)
			}
		}
		if len(m.Arrows)+len(m.Turn) > 0 && len(poses) != 3 && accentShapes(c.Panels[0].Drawing) <= accentShapes(m.draw(0, false, false)) {
			t.Errorf("%s: the start pose has no movement arrows", e.ID)
		}
		one := ArrowShapes([]Point{{0, 0}, {0.16, 0}}, false)
		switch {
		case e.Sides == "both":
			if len(c.Arrows) != 4*len(one) {
				t.Errorf("%s: %d arrow shapes between the drawings, want two arrows there and two back", e.ID, len(c.Arrows))
			}
		case len(c.Arrows) != len(poses)*len(one):
			t.Errorf("%s: %d arrow shapes, want one arrow into each drawing after the start and one back", e.ID, len(c.Arrows))
		}
	}
}

// TestForkReturnsToTheMiddle: on a two-sided card an arrow goes from the start to each
// side's drawing, and beside each a smaller one comes back towards the start: each time the
// body returns to the middle before it goes to the other side.
func TestForkReturnsToTheMiddle(t *testing.T) {
	one := len(ArrowShapes([]Point{{0, 0}, {0.16, 0}}, false))
	for _, e := range loadShipped(t) {
		if e.Sides != "both" {
			continue
		}
		c := NewCard(e.Figure, true)
		start := c.Panels[0]
		var there, back []float64 // the heads' areas
		for i := 0; i+one <= len(c.Arrows); i += one {
			shaft, head := c.Arrows[i+one/2], c.Arrows[i+one-1] // the accent's shaft and head
			hc, sc := centroid(head.Pts), centroid(shaft.Pts)
			if hc.X < start.At.X+1 || hc.X > c.Panels[1].At.X {
				t.Errorf("%s: an arrowhead at %v, want it between the start and the sides", e.ID, hc)
			}
			if hc.X > sc.X {
				there = append(there, shoelace(head.Pts))
			} else {
				back = append(back, shoelace(head.Pts))
			}
		}
		if len(there) != 2 || len(back) != 2 {
			t.Fatalf("%s: %d arrows to the sides and %d back, want 2 and 2", e.ID, len(there), len(back))
		}
		for i := range back {
			if back[i] >= there[i] {
				t.Errorf("%s: the arrow back from side %d has a head %.5f in area, its arrow there %.5f: want it smaller", e.ID, i+1, back[i], there[i])
			}
		}
	}
}

// shoelace is the area of polygon pts.
func shoelace(pts []Point) float64 {
	a := 0.0
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		a += p.X*q.Y - q.X*p.Y
	}
	return math.Abs(a) / 2
}

// TestBentKneesOnTheWayDrawn: a one-sided card whose movement bends straight legs before it
// lifts them (knees to chest) draws the pose on the way between the start and the end, under
// "Bend your knees first", with the arrows of the movement from there, and no arrow on the
// straight legs of the start; the arrow back runs under all three, from the end to the
// start. No other card has three drawings.
func TestBentKneesOnTheWayDrawn(t *testing.T) {
	for _, e := range loadShipped(t) {
		c := NewCard(e.Figure, e.Sides == "both")
		if e.ID != "knees-to-chest" {
			if e.Sides != "both" && len(c.poses()) != 2 {
				t.Errorf("%s: %d drawings, want the start and the end", e.ID, len(c.poses()))
			}
			continue
		}
		m := e.Figure
		if len(c.Panels) != 3 {
			t.Fatalf("knees to chest: %d drawings, want start, knees bent, end", len(c.Panels))
		}
		mid := c.Panels[1]
		if !reflect.DeepEqual(mid.Notes, []Word{WordBendKneesFirst}) {
			t.Errorf("the middle drawing says %v, want Bend your knees first", mid.Notes)
		}
		if c.Panels[0].At.X >= mid.At.X || mid.At.X >= c.Panels[2].At.X || c.Width < c.Panels[2].At.X+1 {
			t.Errorf("drawings at %v, %v, %v in a card %.2f wide: want them in a row inside it", c.Panels[0].At, mid.At, c.Panels[2].At, c.Width)
		}
		// The middle is the pose on the way, with the arrows of the second half: the
		// start's arrows end where it begins, so none runs from the straight leg to the
		// chest.
		plain := drawSpan(m, *m.Via, 0.5, false, [2]float64{}, true)
		if n, body := accentShapes(mid.Drawing), accentShapes(plain); n <= body {
			t.Errorf("the middle drawing has %d accent shapes, the pose alone %d: want its arrows", n, body)
		}
		if start, body := accentShapes(c.Panels[0].Drawing), accentShapes(m.draw(0, false, false)); start != body {
			t.Errorf("the start has %d accent shapes, the body alone %d: want no arrow on the straight legs", start, body)
		}
		// The arrow back: below every drawing, from under the end to under the start.
		var back []Point
		for _, sh := range c.Arrows {
			for _, p := range sh.Pts {
				if p.Y > 1/Aspect+mid.under() {
					back = append(back, p)
				}
			}
		}
		if b := bounds(back); len(back) == 0 || b.Min.X > 0.6 || b.Max.X < c.Panels[2].At.X+0.4 || b.Max.Y > c.Height {
			t.Errorf("the arrow back spans %v in a card %.2f by %.2f: want it under all three drawings, inside the card", b, c.Width, c.Height)
		}
	}
}

// TestCardSidesFollowTheBend: on a two-sided card the body bends to the right towards the
// person's right side of the mat (written at its top); "1. To the right" is the upper
// drawing and "2. To the left" the lower one, in the order the program does them; the
// words under each name the hand that holds,
// which changes with the side: the article's grips, right holds left wrist for the side
// stretch and left holds right wrist for the two that follow, pulled to the right.
func TestCardSidesFollowTheBend(t *testing.T) {
	wantGrip := map[string]Word{"side-stretch": WordRightHoldsLeft, "side-stretch-toes": WordLeftHoldsRight, "knees-bent-twist": WordLeftHoldsRight}
	other := map[Word]Word{WordRightHoldsLeft: WordLeftHoldsRight, WordLeftHoldsRight: WordRightHoldsLeft}
	for _, e := range loadShipped(t) {
		if e.Sides != "both" {
			continue
		}
		c := NewCard(e.Figure, true)
		start, right, left := c.Panels[0], c.Panels[1], c.Panels[2]
		if left.Word != WordToLeft || right.Word != WordToRight || right.At.Y >= left.At.Y || right.Step != 1 || left.Step != 2 {
			t.Errorf("%s: want 1. To the right above 2. To the left, got %d. %+v at %v, %d. %+v at %v", e.ID, right.Step, right.Word, right.At, left.Step, left.Word, left.At)
		}
		// Every mat names its sides, so an end pose shows the body going to the side written
		// on its own mat, with room between those words and the ones under the drawing.
		for i, p := range []CardPanel{start, right, left} {
			var sides []Word
			for _, l := range p.Drawing.Labels {
				if l.Word == WordLeft || l.Word == WordRight {
					sides = append(sides, l.Word)
				}
			}
			if len(sides) != 2 {
				t.Errorf("%s: panel %d names the sides %v, want both", e.ID, i, sides)
			}
			if p.sideGap() == 0 {
				t.Errorf("%s: panel %d has no room between the side at its foot and its words", e.ID, i)
			}
		}
		var names [NumWords]string
		names[WordToRight], names[WordToLeft] = "To the right", "To the left"
		var numbered []string
		for _, l := range c.Labels() {
			if l.Step > 0 {
				numbered = append(numbered, l.Text(names))
			}
		}
		if len(numbered) != 2 || numbered[0] != "1. To the right" || numbered[1] != "2. To the left" {
			t.Errorf("%s: numbered words %q, want 1. To the right, 2. To the left", e.ID, numbered)
		}
		// Where the body goes: the middle of the trunk, below the mat's middle line to the right.
		for _, p := range []struct {
			mirrored bool
			sign     float64
		}{{false, -1}, {true, 1}} {
			pose := e.Figure.End
			if p.mirrored {
				pose = Mirror(pose, Top)
			}
			b := solve(pose, Top)
			if y := b.to[Spine].y * p.sign; y <= 0 {
				t.Errorf("%s mirrored=%v: the shoulders go the wrong way (y %g)", e.ID, p.mirrored, b.to[Spine].y)
			}
		}
		g, ok := wantGrip[e.ID]
		if !ok {
			t.Errorf("%s: a two-sided exercise this test does not know", e.ID)
			continue
		}
		if !start.HasGrip || start.Grip != g || !right.HasGrip || right.Grip != g || !left.HasGrip || left.Grip != other[g] {
			t.Errorf("%s: grips start %v/%v right %v/%v left %v/%v, want %v, %v, then %v", e.ID,
				start.HasGrip, start.Grip, right.HasGrip, right.Grip, left.HasGrip, left.Grip, g, g, other[g])
		}
		var words []Word
		for _, l := range c.Labels() {
			words = append(words, l.Word)
		}
		for _, w := range []Word{WordToLeft, WordToRight, g, other[g]} {
			found := false
			for _, x := range words {
				found = found || x == w
			}
			if !found {
				t.Errorf("%s: the card does not write word %d: %v", e.ID, w, words)
			}
		}
	}
}

// TestHoldTime: a held pose writes its time beside the stopwatch, and only a held pose.
func TestHoldTime(t *testing.T) {
	for id, m := range loadFigures(t) {
		got := 0
		for _, l := range m.At(1, false).Labels {
			if l.Word == WordHoldTime {
				got++
			}
		}
		if want := map[bool]int{true: 1, false: 0}[m.Hold]; got != want {
			t.Errorf("%s: %d hold times, want %d", id, got, want)
		}
		for _, l := range m.At(0, false).Labels {
			if l.Word == WordHoldTime {
				t.Errorf("%s: the start pose shows the hold time", id)
			}
		}
	}
}

// TestStaticStretchHoldsStill: the static stretch is a hold without movement, so it starts
// and ends in the same pose, its stretch shown by marks that grow.
func TestStaticStretchHoldsStill(t *testing.T) {
	m := loadFigures(t)["static-stretch"]
	if m.Start.Angle != m.End.Angle || m.Start.Lift != m.End.Lift {
		t.Errorf("static-stretch: start %v and end %v differ", m.Start.Angle, m.End.Angle)
	}
	if accentShapes(m.At(1, false)) <= accentShapes(m.At(0, false)) {
		t.Error("static-stretch: no tension marks in the held pose")
	}
}

// TestToesTurnArrow: the side stretch with the toes turned draws a curved arrow round the
// feet that bends to the side the toes turn to, the thing that tells it from the side
// stretch; the plain side stretch has none. Positions are as laid out, before the drawing
// is turned (head on the left, the person's right at the bottom).
func TestToesTurnArrow(t *testing.T) {
	figs := loadFigures(t)
	toes := figs["side-stretch-toes"]
	if len(toes.Turn) != 2 {
		t.Fatalf("side-stretch-toes turns %v, want both feet", toes.Turn)
	}
	if len(figs["side-stretch"].Turn) != 0 {
		t.Error("side-stretch turns the feet")
	}
	for _, mirrored := range []bool{false, true} {
		p := toes.Start
		if mirrored {
			p = Mirror(p, toes.View)
		}
		b := solve(p, toes.View)
		marks := painter{b: &b, v: toes.View}
		marks.turnMarks(toes, mirrored)
		extra := marks.d.Shapes
		if len(extra) == 0 {
			t.Fatalf("mirrored=%v: no turn arrow", mirrored)
		}
		// The head of the arrow: its last shape, a triangle whose tip is its first point.
		tip := extra[len(extra)-1].Pts[0]
		if down := tip.Y > topAxisY; down == mirrored {
			t.Errorf("mirrored=%v: the turn arrow ends at y %g, on the wrong side", mirrored, tip.Y)
		}
		// The arrow lies beside the feet, never over them: every point of it is clear of
		// the drawn feet (toes to the ceiling: a foot shape along the leg, away from the
		// head, from the heel at the ankle to the round toes).
		w := boneRadius[LeftAnkle][0] * bodyScale * topFeet
		for _, ankle := range []Joint{LeftAnkle, RightAnkle} {
			a := project(b.from[ankle], toes.View)
			dir := heading(project(b.from[ankle-1], toes.View), a)
			heel, ball := along(a, dir, -w*0.2), along(a, dir, w*(2.1-1.2))
			for _, sh := range extra {
				for _, q := range sh.Pts {
					if segDist(q, heel, ball) < w+rim {
						t.Fatalf("mirrored=%v: the turn arrow passes over the %v's foot at %v", mirrored, ankle, q)
					}
				}
			}
		}
	}
}

// TestRaisedKneesCastShadows: from above, bent-up knees cast a shadow on the mat beside
// the legs, which shows they stand up, and both legs are one colour (a lighter leg reads
// as an earlier position) but for a highlight on each kneecap, the peak of the bent leg;
// legs lying flat cast none and are one colour.
func TestRaisedKneesCastShadows(t *testing.T) {
	figs := loadFigures(t)
	bent := figs["knees-bent-twist"].At(0, false)
	if n := countRole(bent, RoleShadow); n != 4 {
		t.Errorf("bent knees from above cast %d shadow shapes, want 4 (thigh and shin of each leg)", n)
	}
	if n := countRole(bent, RoleAccentFar); n != 2 || countRole(bent, RoleAccent) == 0 {
		t.Errorf("bent knees from above: want both legs in the one accent colour, lighter only the highlight on each kneecap (%d lighter shapes, want 2)", n)
	}
	for _, id := range []string{"side-stretch", "side-stretch-toes", "static-stretch"} {
		d := figs[id].draw(0, false, false) // the body alone: a turn's marks are lighter
		if n := countRole(d, RoleShadow); n != 0 {
			t.Errorf("%s: flat legs cast %d shadow shapes", id, n)
		}
		if n := countRole(d, RoleAccentFar) + countRole(d, RoleFar); n != 0 {
			t.Errorf("%s: %d far shapes in a top view of flat legs", id, n)
		}
	}
}

// TestPelvicLiftFeetAndForearms: feet flat on the mat and the elbows bent, forearms on it.
func TestPelvicLiftForearmsOnTheMat(t *testing.T) {
	m := loadFigures(t)["pelvic-lift"]
	for _, p := range []Pose{m.Start, m.End} {
		b := solve(p, m.View)
		e := b.to[RightShoulder]
		if y := e.y + axisHeight; y > 0.005 {
			t.Errorf("elbow %g above the mat", y)
		}
		if d := b.to[RightElbow].y - e.y; d > 0.005 || d < -0.005 {
			t.Errorf("forearm rises %g off the mat", d)
		}
		if bend := b.heading[RightElbow] - b.heading[RightShoulder]; bend < 30 {
			t.Errorf("elbow bent only %g degrees in the picture", bend)
		}
	}
}

// TestTurnedLegsStayOnTheMat: from above, the legs of the exercises that turn them (the
// knees dropped to a side, the feet turned) stay on the mat at every moment, to both sides:
// a knee past the mat's edge reads as leaving it.
func TestTurnedLegsStayOnTheMat(t *testing.T) {
	figs := loadFigures(t)
	for _, id := range []string{"knees-bent-twist", "side-stretch-toes"} {
		m := figs[id]
		for _, mirrored := range []bool{false, true} {
			for _, at := range []float64{0, 0.25, 0.5, 0.75, 1} {
				d := m.draw(at, mirrored, false)
				for _, sh := range d.Shapes {
					if sh.Role != RoleAccent && sh.Role != RoleAccentFar {
						continue
					}
					for _, q := range sh.Pts {
						// The mat's ends, inside their border, where a foot over the border
						// reads as leaving the mat, and its sides' outer edge, which the
						// holding arm may touch by its outline's width.
						if q.X < 0.016-rim || q.X > 0.984+rim || q.Y < 0.05-rim || q.Y > 0.45+rim {
							t.Fatalf("%s t=%g mirrored=%v: a working limb leaves the mat at %v", id, at, mirrored, q)
						}
					}
				}
			}
		}
	}
}

// segDist is the distance from q to the segment ab.
func segDist(q, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = max(0, min(1, ((q.X-a.X)*dx+(q.Y-a.Y)*dy)/l))
	}
	return dist(q, Point{a.X + t*dx, a.Y + t*dy})
}

// TestToesTurnCaption: the card of the exercise whose feet turn says so in words under its
// start, and the card of the one whose knees go down to the side says that, and that its
// knees start bent, which the view from above shows poorly; no other card says any of it.
func TestToesTurnCaption(t *testing.T) {
	want := map[string]Word{"side-stretch-toes": WordToesTurn, "knees-bent-twist": WordKneesTurn}
	for id, m := range loadFigures(t) {
		var got []Word
		for _, l := range NewCard(m, true).Labels() {
			if l.Word == WordToesTurn || l.Word == WordKneesTurn {
				got = append(got, l.Word)
			}
		}
		up := 0
		for _, l := range NewCard(m, true).Labels() {
			if l.Word == WordKneesUp {
				up++
			}
		}
		if wantUp := map[bool]int{true: 1}[id == "knees-bent-twist"]; up != wantUp {
			t.Errorf("%s: %d captions saying the knees are bent, want %d", id, up, wantUp)
		}
		w, ok := want[id]
		switch {
		case ok && (len(got) != 1 || got[0] != w):
			t.Errorf("%s: turn captions %v, want [%v]", id, got, w)
		case !ok && len(got) != 0:
			t.Errorf("%s: turn captions %v, want none", id, got)
		}
	}
}

// TestFeetTurnInThePicture: from above, the turning feet of side-stretch-toes point along
// the legs, away from the head, at the start, and at the end are turned well round to the
// side the body goes: the person's right, or their left when mirrored (as laid out, before
// the drawing is turned: down and up the picture).
func TestFeetTurnInThePicture(t *testing.T) {
	m := loadFigures(t)["side-stretch-toes"]
	for _, mirrored := range []bool{false, true} {
		for _, at := range []float64{0, 1} {
			p := Interpolate(m.Start, m.End, at)
			if mirrored {
				p = Mirror(p, m.View)
			}
			b := solve(p, m.View)
			pt := painter{b: &b, v: m.View}
			for _, ankle := range []Joint{LeftAnkle, RightAnkle} {
				dir, _ := pt.footPointing(ankle)
				deg := dir * 180 / math.Pi
				if mirrored {
					deg = -deg
				}
				switch {
				case at == 0 && math.Abs(deg) > 15:
					t.Errorf("mirrored=%v start: the %v's foot points %.0f degrees off along the leg", mirrored, ankle, deg)
				case at == 1 && (deg < 45 || deg > 135):
					t.Errorf("mirrored=%v end: the %v's foot points at %.0f degrees, want turned 45..135 to the side", mirrored, ankle, deg)
				}
			}
		}
	}
}

// TestTurnGhostFeet: with its marks, side-stretch-toes shows where the turning feet go,
// lighter, on the side the toes turn to: above the body's axis (the person's right, with the
// head on the right) when done to the right, below it when done to the left; the body alone
// has no such feet.
func TestTurnGhostFeet(t *testing.T) {
	m := loadFigures(t)["side-stretch-toes"]
	for _, mirrored := range []bool{false, true} {
		if n := countRole(m.draw(0, mirrored, false), RoleAccentFar); n != 0 {
			t.Errorf("mirrored=%v: the body alone has %d lighter shapes", mirrored, n)
		}
		if n := countRole(m.At(0, mirrored), RoleAccentFar); n != 2*(1+len(toes)) {
			t.Errorf("mirrored=%v: %d feet where the toes turn to, want both", mirrored, n)
		}
		var ys []float64
		for _, sh := range m.At(0, mirrored).Shapes {
			if sh.Role == RoleAccentFar {
				for _, q := range sh.Pts {
					ys = append(ys, q.Y)
				}
			}
		}
		if len(ys) == 0 {
			t.Fatalf("mirrored=%v: no feet where the toes turn to", mirrored)
		}
		// The legs stay along the mat; the turned feet reach out past the outer leg.
		lowest, highest := slices.Max(ys), slices.Min(ys)
		if above := topAxisY - highest; !mirrored && above < 0.1 {
			t.Errorf("mirrored=%v: the turned feet reach only %.3f above the axis, want well to the right", mirrored, above)
		}
		if below := lowest - topAxisY; mirrored && below < 0.1 {
			t.Errorf("mirrored=%v: the turned feet reach only %.3f below the axis, want well to the left", mirrored, below)
		}
	}
}

// TestDashedOutline: an outline is dashes all round a shape, on its edge, and none for the
// background rims.
func TestDashedOutline(t *testing.T) {
	square := []Point{{0.1, 0.1}, {0.3, 0.1}, {0.3, 0.3}, {0.1, 0.3}}
	var pt painter
	pt.dashedOutline([]Shape{{Role: RoleBackground, Pts: square}, {Role: RoleAccentFar, Pts: square}}, RoleAccent)
	perimeter := 0.8
	want := int(math.Ceil(perimeter / (outlineDash + outlineGap)))
	if n := countRole(pt.d, RoleAccent); n != want {
		t.Errorf("%d dashes round a square of perimeter %g, want %d", n, perimeter, want)
	}
	for _, sh := range pt.d.Shapes {
		for _, q := range sh.Pts {
			onEdge := math.Min(math.Min(math.Abs(q.X-0.1), math.Abs(q.X-0.3)), math.Min(math.Abs(q.Y-0.1), math.Abs(q.Y-0.3)))
			if onEdge > outlineBand+1e-9 {
				t.Fatalf("a dash reaches %v, %.4f off the square's edge", q, onEdge)
			}
		}
	}
}

// TestTopFootHasToes: a working foot seen from above is a sole with five toes round its
// front, the big toe largest, all beyond the middle of the sole: a foot, not a paddle.
func TestTopFootHasToes(t *testing.T) {
	m := loadFigures(t)["side-stretch-toes"]
	b := solve(m.Start, m.View)
	fills := footShapes(b, RightAnkle)
	if len(fills) != 1+len(toes) || len(toes) != 5 {
		t.Fatalf("%d filled shapes, want a sole and five toes", len(fills))
	}
	size := func(pts []Point) float64 {
		lo, hi := pts[0], pts[0]
		for _, p := range pts {
			lo, hi = Point{min(lo.X, p.X), min(lo.Y, p.Y)}, Point{max(hi.X, p.X), max(hi.Y, p.Y)}
		}
		return hi.X - lo.X
	}
	_, heel := footTurn(b, RightAnkle)
	sole := centroid(fills[0].Pts)
	for i, toe := range fills[1:] {
		c := centroid(toe.Pts)
		if dist(c, heel) <= dist(sole, heel) {
			t.Errorf("toe %d at %v is no further from the heel than the sole's middle %v", i, c, sole)
		}
		if i > 0 && size(toe.Pts) > size(fills[1].Pts) {
			t.Errorf("toe %d is larger than the big toe", i)
		}
	}
}

// TestSideFootHasHeelAndToes: seen from the side a foot is a foot, not a paddle: its heel
// stands out behind the ankle on the sole's side, it is deeper at the ankle than at the
// toes, and its instep faces the shin, whichever way the foot points.
func TestSideFootHasHeelAndToes(t *testing.T) {
	for _, tt := range []struct{ toe, knee Point }{
		{Point{0, -1}, Point{-1, 0}}, // toes to the ceiling, the shin to the left
		{Point{1, 0}, Point{0, -1}},  // flat on the mat, the shin rising up to the left
		{Point{0.7, -0.7}, Point{-1, 0}},
	} {
		a := Point{}
		pts := footProfile(a, tt.toe, tt.knee, 0)
		u := heading(a, tt.toe)
		along := func(p Point) float64 { return (p.X-a.X)*math.Cos(u) + (p.Y-a.Y)*math.Sin(u) }
		toShin := func(p Point) float64 { // across the foot, towards the shin
			s := (p.X-a.X)*-math.Sin(u) + (p.Y-a.Y)*math.Cos(u)
			if (tt.knee.X-a.X)*-math.Sin(u)+(tt.knee.Y-a.Y)*math.Cos(u) < 0 {
				s = -s
			}
			return s
		}
		back, backAcross := 0.0, 0.0
		var deepAnkle, deepToes [2]float64 // least and most across, near the ankle and near the toes
		for _, p := range pts {
			s, c := along(p), toShin(p)
			if s < back {
				back, backAcross = s, c
			}
			for i, near := range []bool{math.Abs(s) < 0.1, math.Abs(s-0.85) < 0.1} {
				d := &deepAnkle
				if i == 1 {
					d = &deepToes
				}
				if near {
					d[0], d[1] = min(d[0], c), max(d[1], c)
				}
			}
		}
		if back > -0.2 {
			t.Errorf("toe %v: the heel stands out only %.2f of the foot behind the ankle", tt.toe, -back)
		}
		if backAcross > 0 {
			t.Errorf("toe %v: the heel is on the instep's side (%.2f)", tt.toe, backAcross)
		}
		if ankle, toes := deepAnkle[1]-deepAnkle[0], deepToes[1]-deepToes[0]; ankle < 1.5*toes {
			t.Errorf("toe %v: the foot is %.2f deep at the ankle and %.2f at the toes: want it deeper at the ankle", tt.toe, ankle, toes)
		}
		if deepAnkle[1] < 0.1 {
			t.Errorf("toe %v: no instep on the shin's side (%.2f)", tt.toe, deepAnkle[1])
		}
		// The sole: lowest (least across) under the heel and the ball, raised in an arch
		// between them; the toes end blunt, not in a point.
		sole := func(from, to float64) float64 {
			low := math.Inf(1)
			for _, p := range pts {
				if s := along(p); s >= from && s <= to && toShin(p) < 0 {
					low = min(low, toShin(p))
				}
			}
			return low
		}
		heel, arch, ball := sole(-0.2, 0.05), sole(0.3, 0.45), sole(0.7, 0.85)
		if arch < heel+0.05 || arch < ball+0.02 {
			t.Errorf("toe %v: the sole is %.2f under the heel, %.2f under the arch and %.2f under the ball: want an arch", tt.toe, heel, arch, ball)
		}
		var tip [2]float64
		for _, p := range pts {
			if s := along(p); s > 0.93 {
				tip[0], tip[1] = min(tip[0], toShin(p)), max(tip[1], toShin(p))
			}
		}
		if tip[1]-tip[0] < 0.06 {
			t.Errorf("toe %v: the foot is %.2f deep at the tips of its toes: want a blunt end, not a point", tt.toe, tip[1]-tip[0])
		}
	}
}

// TestCardSaysHowOften: a card with its dose writes how many times the exercise is done
// once, in the accent colour, centred under all its drawings and words; without, nowhere.
func TestCardSaysHowOften(t *testing.T) {
	for _, e := range loadShipped(t) {
		for _, l := range NewCard(e.Figure, e.Sides == "both").Labels() {
			if l.Word == WordDose {
				t.Errorf("%s: a dose on a card without one", e.ID)
			}
		}
		c := NewCard(e.Figure, e.Sides == "both").WithDose()
		var dose []CardLabel
		lowest := 0.0
		for _, l := range c.Labels() {
			if l.Word == WordDose {
				dose = append(dose, l)
				continue
			}
			lowest = max(lowest, l.At.Y+l.Size/2)
		}
		for _, p := range c.Panels {
			lowest = max(lowest, p.At.Y+1/Aspect)
		}
		if len(dose) != 1 {
			t.Fatalf("%s: %d doses on the card, want 1", e.ID, len(dose))
		}
		d := dose[0]
		if math.Abs(d.At.X-c.Width/2) > 1e-9 || d.At.Y-d.Size/2 < lowest || d.At.Y+d.Size/2 > c.Height {
			t.Errorf("%s: the dose at %v (size %g) on a %gx%g card whose drawings and words end at %g: want it centred under them", e.ID, d.At, d.Size, c.Width, c.Height, lowest)
		}
		if d.Role != RoleAccent {
			t.Errorf("%s: the dose in role %d, want the accent", e.ID, d.Role)
		}
	}
}

// TestTopFootToesSlantBack: seen from above, a working foot's toes stand in a row that
// slants back from the big toe, furthest forward, to the little toe, toes up and turned
// alike: the toes of a foot. Set round the front of a ball, the middle toe led and the foot
// read as a fist.
func TestTopFootToesSlantBack(t *testing.T) {
	m := loadFigures(t)["side-stretch-toes"]
	for _, p := range []Pose{m.Start, m.End} {
		b := solve(p, m.View)
		dir, heel := footTurn(b, RightAnkle)
		shapes := footShapes(b, RightAnkle)
		var forward []float64
		for _, sh := range shapes[len(shapes)-len(toes):] { // the sole first, then the toes from the big one
			c := centroid(sh.Pts)
			forward = append(forward, (c.X-heel.X)*math.Cos(dir)+(c.Y-heel.Y)*math.Sin(dir))
		}
		for i := 1; i < len(forward); i++ {
			if forward[i] >= forward[i-1] {
				t.Errorf("grip %v: toe %d lies %.4f along the foot, toe %d %.4f: want each further back than the one before", p.Grip, i, forward[i], i-1, forward[i-1])
			}
		}
	}
}

// TestOneSidedCardNotes: under the end of a one-sided card, words for what its drawings show
// poorly at a card's size: "Toes towards you" where working feet pull their toes to the
// shins (exercise 1), "Lean on your forearms and feet" under the pelvis lifted (exercise 7),
// "Tense the muscles, keep still" under a hold that stretches (exercise 6), whose start says
// "Relax", and "Elbows and knees bent" under the start of the lift; none under the others (TestBentKneesOnTheWayDrawn has the
// hug's middle drawing). The card is tall enough for them, and they lie under their drawings.
func TestOneSidedCardNotes(t *testing.T) {
	want := map[string][]Word{
		"arms-up-toes":   {WordToesToYou},
		"static-stretch": {WordTenseStill},
		"knees-to-chest": nil,
		"pelvic-lift":    {WordLeanForearms},
	}
	figs := loadFigures(t)
	for id, words := range want {
		c := NewCard(figs[id], false)
		poses := c.poses()
		if got := poses[len(poses)-1].Notes; !reflect.DeepEqual(got, words) {
			t.Errorf("%s: notes %v under the end, want %v", id, got, words)
		}
		wantRest := map[string][]Word{"static-stretch": {WordRelax}, "pelvic-lift": {WordElbowsKneesBent}}[id]
		if rest := c.Panels[0].Notes; !reflect.DeepEqual(rest, wantRest) {
			t.Errorf("%s: notes %v under the start, want %v", id, rest, wantRest)
		}
		for _, l := range c.Labels() {
			if (l.Word == WordRelax || l.Word == WordElbowsKneesBent) && (l.At.X > 1 || l.At.Y < 1/Aspect || l.At.Y+l.Size/2 > c.Height) {
				t.Errorf("%s: %v at %v, want it under the start and inside the card", id, l.Word, l.At)
			}
		}
		var notes []CardLabel
		for _, l := range c.Labels() {
			if l.Word == WordToesToYou || l.Word == WordTenseStill || l.Word == WordLeanForearms {
				notes = append(notes, l)
			}
		}
		if len(notes) != len(words) {
			t.Fatalf("%s: %d notes written, want %d", id, len(notes), len(words))
		}
		for _, l := range notes {
			if l.At.X < c.Panels[1].At.X || l.At.Y < 1/Aspect || l.At.Y+l.Size/2 > c.Height {
				t.Errorf("%s: note at %v, want it under the end drawing and inside the card (%.3f high)", id, l.At, c.Height)
			}
		}
	}
}

// TestHandsOnKneesWritten: the hug's grip is written under its end, as a wrist grip is under
// the end poses of a two-sided card: from the side one hand on a shin does not say that both
// wrap round the knees. No other one-sided card writes a grip.
func TestHandsOnKneesWritten(t *testing.T) {
	for _, e := range loadShipped(t) {
		if e.Sides == "both" {
			continue
		}
		c := NewCard(e.Figure, false)
		poses := c.poses()
		end := poses[len(poses)-1]
		want := e.Figure.End.Grip == GripHandsOnKnees
		if end.HasGrip != want || (want && end.Grip != WordHandsOnKnees) {
			t.Errorf("%s: grip written %v (%v), want %v", e.ID, end.HasGrip, end.Grip, want)
		}
	}
	if c := NewCard(loadFigures(t)["knees-to-chest"], false); !c.Panels[len(c.Panels)-1].HasGrip { // no close-up
		t.Error("the knees-to-chest card does not say the hands wrap round the knees")
	}
}

// TestPressMarks: the pelvic lift, held up, shows a short arrow pointing straight down into
// the floor under the near forearm and one under the near foot, what the body leans on, below
// the mat and inside the drawing; lying at the start, none; and no other exercise has them.
func TestPressMarks(t *testing.T) {
	for id, m := range loadFigures(t) {
		for _, at := range []float64{0, 1} {
			d := m.draw(at, false, false)
			var tips []Point // of arrow heads pointing straight down
			for _, sh := range d.Shapes {
				if sh.Role != RoleAccent || len(sh.Pts) != 3 {
					continue
				}
				tip, base := sh.Pts[0], lerpPt(sh.Pts[1], sh.Pts[2], 0.5)
				if tip.Y > base.Y && math.Abs(tip.X-base.X) < 1e-9 {
					tips = append(tips, tip)
				}
			}
			want := 0
			if id == "pelvic-lift" && at == 1 {
				want = 2
			}
			if len(tips) != want {
				t.Errorf("%s t=%g: %d arrows pressing down, want %d", id, at, len(tips), want)
				continue
			}
			if want == 0 {
				continue
			}
			b := solve(m.pose(at), m.View)
			for i, limb := range []vec{b.from[RightElbow].lerp(b.to[RightElbow], 0.5), b.from[RightAnkle].lerp(b.to[RightAnkle], 0.5)} {
				c := project(limb, m.View)
				if tip := tips[i]; math.Abs(tip.X-c.X) > 1e-6 || tip.Y <= sideMatY+sideMatH || tip.Y > 1/Aspect {
					t.Errorf("%s: arrow %d ends at %v; want it under the mat, below the limb it presses with (x %.3f), inside the drawing", id, i, tip, c.X)
				}
			}
		}
	}
}

// poses are the panels of c that are poses of the movement, not close-ups.
func (c Card) poses() []CardPanel {
	var out []CardPanel
	for _, p := range c.Panels {
		if !p.CloseUp {
			out = append(out, p)
		}
	}
	return out
}

// TestStartFootBesideTheEnd: on the card of an exercise whose working feet turn in place,
// seen from the side (the first: toes towards you), the end shows under the body where the
// near foot stood at the start, in the lighter accent, and its dashed outline over it: its
// toes further from the head than the foot's now. A foot that does not turn has none, and
// no other card changes.
func TestStartFootBesideTheEnd(t *testing.T) {
	seen := 0
	for _, e := range loadShipped(t) {
		m := e.Figure
		poses := NewCard(m, e.Sides == "both").poses()
		end := poses[len(poses)-1].Drawing
		if e.Sides == "both" {
			end = poses[1].Drawing
		}
		plain := m.draw(1, false, false)
		ghost := m.startFeet(false)
		if ghost == nil {
			if !reflect.DeepEqual(end.Shapes, plain.Shapes) {
				t.Errorf("%s: the end differs from the end pose, with no foot to show", e.ID)
			}
			continue
		}
		seen++
		if len(end.Shapes) <= len(ghost)+len(plain.Shapes) || !reflect.DeepEqual(end.Shapes[:len(ghost)], ghost) || countRole(Drawing{Shapes: ghost}, RoleAccentFar) == 0 {
			t.Errorf("%s: the start's foot is not under the end pose in the lighter accent", e.ID)
			continue
		}
		dashes := end.Shapes[len(ghost)+len(plain.Shapes):]
		if len(dashes) == 0 || countRole(Drawing{Shapes: dashes}, RoleAccent) != len(dashes) {
			t.Errorf("%s: the start's foot has no dashed outline over the end pose", e.ID)
		}
		eb := solve(m.End, m.View)
		now := painter{b: &eb, v: Side, accent: m.accentMembers(false)}
		now.sideFoot(limbRightLeg, RoleAccent)
		var was, is [][]Point
		for _, s := range ghost {
			was = append(was, s.Pts)
		}
		for _, s := range now.d.Shapes {
			is = append(is, s.Pts)
		}
		if b, n := bounds(points(was)), bounds(points(is)); b.Max.X <= n.Max.X {
			t.Errorf("%s: the start's foot reaches x %.3f, the end's %.3f: want it further from the head", e.ID, b.Max.X, n.Max.X)
		}
		still := m
		still.Start.Angle = m.End.Angle
		if still.startFeet(false) != nil {
			t.Errorf("%s: a foot that does not turn is shown where it started", e.ID)
		}
	}
	if seen == 0 {
		t.Error("no card shows where a turning foot started: exercise 1's toes come towards you")
	}
}
