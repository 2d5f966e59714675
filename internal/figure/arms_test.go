package figure

import (
	"math"
	"testing"
)

// matDist is the distance from p to the segment a-b, in the plane of the mat.
func matDist(p, a, b vec) float64 {
	ab, ap := b.sub(a), p.sub(a)
	n := ab.x*ab.x + ab.y*ab.y
	t := 0.0
	if n > 0 {
		t = clamp((ap.x*ab.x+ap.y*ab.y)/n, 0, 1)
	}
	q := a.add(ab.scale(t))
	return math.Hypot(p.x-q.x, p.y-q.y)
}

// TestArmsPassBesideTheHead: in the top views where one hand holds the other wrist, the arms
// stretch overhead beyond the crown and never across the face: no bone of either arm comes
// nearer the middle of the head than half the head's radius (the holding forearm may pass over
// the crown, not the face), and both wrists lie beyond the crown, at the start and at the end,
// to both sides.
func TestArmsPassBesideTheHead(t *testing.T) {
	n := 0
	for _, e := range loadShipped(t) {
		m := e.Figure
		if m.View != Top || (m.Start.Grip != GripRightHoldsLeftWrist && m.Start.Grip != GripLeftHoldsRightWrist) {
			continue
		}
		n++
		for _, mirrored := range []bool{false, true} {
			for name, p := range map[string]Pose{"start": m.Start, "end": m.End} {
				if mirrored {
					p = Mirror(p, Top)
				}
				b := solve(p, Top)
				up := b.to[Neck].sub(b.from[Neck])
				up = up.scale(1 / up.length())
				centre := b.to[Neck].add(up.scale(headRadius))
				crown := b.to[Neck].add(up.scale(2 * headRadius))
				for _, j := range []Joint{LeftShoulder, LeftElbow, RightShoulder, RightElbow} {
					if d := matDist(centre, b.from[j], b.to[j]); d < headRadius/2 {
						t.Errorf("%s %s mirrored=%v: bone %d passes %.3f from the middle of the head (half the radius %.3f): across the face", e.ID, name, mirrored, j, d, headRadius/2)
					}
				}
				for _, w := range []Joint{LeftElbow, RightElbow} {
					if beyond := b.to[w].sub(crown); beyond.x*up.x+beyond.y*up.y <= 0 {
						t.Errorf("%s %s mirrored=%v: wrist of bone %d is not beyond the crown", e.ID, name, mirrored, w)
					}
				}
			}
		}
	}
	if n != 3 {
		t.Errorf("%d top views with a wrist grip, want 3 (exercises 2, 3, 4)", n)
	}
}

// TestKneesTogetherPointUp: exercise 4 starts with the knees together pointing at the
// ceiling: both thighs raised, side by side (the knees no further apart than the hips, not
// fanned out), the feet flat on the mat, drawn up towards the hips, and the arrow of
// the drop starts at the knees, not at the feet.
func TestKneesTogetherPointUp(t *testing.T) {
	m := loadFigures(t)["knees-bent-twist"]
	b := solve(m.Start, Top)
	lk, rk := b.to[LeftHip], b.to[RightHip]
	if apart := math.Abs(lk.y - rk.y); apart > 2*hipHalf+0.01 {
		t.Errorf("knees %.3f apart across the body, hips %.3f: fanned out, not together", apart, 2*hipHalf)
	}
	for _, j := range []Joint{LeftHip, RightHip} {
		if b.elevation[j] < 30 {
			t.Errorf("thigh %d raised %.0f degrees, want the knee up", j, b.elevation[j])
		}
		// The ankle a foot's thickness above the mat, as in the pelvic lift.
		foot := b.to[j+1]
		if h := foot.z + axisHeight; h < 0.01 || h > 0.03 || foot.x > 0.75*(thighLen+shinLen) {
			t.Errorf("foot of leg %d at %+v: want it flat on the mat, drawn up towards the hips", j, foot)
		}
	}
	for _, a := range m.Arrows {
		if j, _ := ParseJoint(a.Joint); j == RightHip || j == LeftHip {
			start := b.from[j].lerp(b.to[j], a.Reach).add(vec{x: a.Offset[0], y: a.Offset[1]})
			if d := math.Hypot(start.x-b.to[j].x, start.y-b.to[j].y); d > 0.1 {
				t.Errorf("the drop's arrow starts %.3f from the knee, want it at the knee", d)
			}
			return
		}
	}
	t.Error("no arrow for the knees' drop")
}
