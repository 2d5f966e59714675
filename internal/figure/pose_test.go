package figure

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

func samplePose() Pose {
	var p Pose
	for j := range NumJoints {
		p.Angle[j] = float64(10*j - 60)
		p.Lift[j] = float64(j%4) * 7
	}
	p.Raise = 0.1
	p.Grip = GripRightHoldsLeftWrist
	return p
}

func TestInterpolateEnds(t *testing.T) {
	a, b := Pose{}, samplePose()
	if got := Interpolate(a, b, 0); !reflect.DeepEqual(got, Pose{Grip: b.Grip, Slack: 1}) {
		t.Errorf("Interpolate(a, b, 0) = %+v, want a with b's grip let go", got)
	}
	if got := Interpolate(a, b, 1); !reflect.DeepEqual(got, b) {
		t.Errorf("Interpolate(a, b, 1) = %+v, want %+v", got, b)
	}
	mid := Interpolate(a, b, 0.5)
	for j := range NumJoints {
		if want := b.Angle[j] / 2; mid.Angle[j] != want {
			t.Errorf("mid angle %s = %g, want %g", Joint(j), mid.Angle[j], want)
		}
		if want := b.Lift[j] / 2; mid.Lift[j] != want {
			t.Errorf("mid lift %s = %g, want %g", Joint(j), mid.Lift[j], want)
		}
	}
	if mid.Raise != 0.05 || mid.Slack != 0.5 {
		t.Errorf("mid raise, slack = %g, %g, want 0.05, 0.5", mid.Raise, mid.Slack)
	}
}

func TestInterpolateSwitchesGrip(t *testing.T) {
	a := Pose{Grip: GripRightHoldsLeftWrist}
	b := Pose{Grip: GripHandsOnKnees}
	for _, tt := range []struct {
		t     float64
		grip  Grip
		slack float64
	}{{0, a.Grip, 0}, {0.25, a.Grip, 0.5}, {0.75, b.Grip, 0.5}, {1, b.Grip, 0}} {
		p := Interpolate(a, b, tt.t)
		if p.Grip != tt.grip || math.Abs(p.Slack-tt.slack) > 1e-12 {
			t.Errorf("t=%g: grip %q slack %g, want %q %g", tt.t, p.Grip, p.Slack, tt.grip, tt.slack)
		}
	}
}

func TestMirrorTwiceIsIdentity(t *testing.T) {
	p := samplePose()
	for _, v := range []View{Side, Top} {
		if got := Mirror(Mirror(p, v), v); !reflect.DeepEqual(got, p) {
			t.Errorf("%s: Mirror(Mirror(p)) = %+v, want %+v", v, got, p)
		}
		m := Mirror(p, v)
		if m.Angle[RightKnee] != p.Angle[LeftKnee] || m.Grip != GripLeftHoldsRightWrist {
			t.Errorf("%s: Mirror did not swap sides: %+v", v, m)
		}
	}
	if m := Mirror(p, Top); m.Angle[Spine] != -p.Angle[Spine] || m.Lift[Spine] != p.Lift[Spine] {
		t.Errorf("top: spine bend should change side, lift stay: %+v", m)
	}
	if m := Mirror(p, Side); m.Angle[Spine] != p.Angle[Spine] || m.Lift[Spine] != -p.Lift[Spine] {
		t.Errorf("side: spine flexion should stay, lift change side: %+v", m)
	}
}

func TestEase(t *testing.T) {
	if Ease(0) != 0 || Ease(1) != 1 || Ease(-1) != 0 || Ease(2) != 1 || Ease(0.5) != 0.5 {
		t.Errorf("Ease ends: %g %g %g %g %g", Ease(0), Ease(1), Ease(-1), Ease(2), Ease(0.5))
	}
	prev := -1.0
	for i := 0; i <= 100; i++ {
		e := Ease(float64(i) / 100)
		if e < prev {
			t.Fatalf("Ease falls at %d: %g < %g", i, e, prev)
		}
		prev = e
	}
}

func TestRepProgress(t *testing.T) {
	for _, tt := range []struct {
		u, want float64
	}{{0, 0}, {0.25, 0.5}, {0.5, 1}, {0.75, 0.5}, {1, 0}} {
		if got := RepProgress(tt.u); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("RepProgress(%g) = %g, want %g", tt.u, got, tt.want)
		}
	}
}

func TestPoseJSONRoundTrip(t *testing.T) {
	p := samplePose()
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Pose
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, p) {
		t.Errorf("round trip of %s = %+v, want %+v", data, back, p)
	}
	zero, _ := json.Marshal(Pose{})
	if string(zero) != "{}" {
		t.Errorf("neutral pose marshals to %s, want {}", zero)
	}
}

// TestViaIsHalfway: a motion with a pose on its way reaches it halfway, moving from the start
// to it in the first half and from it to the end in the second; without one it goes
// straight from the start to the end.
func TestViaIsHalfway(t *testing.T) {
	m := loadFigures(t)["knees-to-chest"]
	if m.Via == nil {
		t.Fatal("knees to chest has no pose on its way: the legs would rise straight")
	}
	via := *m.Via
	for _, c := range []struct {
		t    float64
		want Pose
	}{
		{0, m.Start},
		{0.25, Interpolate(m.Start, via, 0.5)},
		{0.5, via},
		{0.75, Interpolate(via, m.End, 0.5)},
		{1, m.End},
	} {
		if got := m.pose(c.t); got.Angle != c.want.Angle || got.Lift != c.want.Lift || got.Raise != c.want.Raise {
			t.Errorf("pose(%g) = %+v, want %+v", c.t, got, c.want)
		}
	}
	if !reflect.DeepEqual(m.At(0.5, false), draw(m, via, 0.5, false, true)) {
		t.Error("the drawing halfway is not the pose on the way")
	}
	// Halfway the feet are on the mat, as low as lying flat, and the knees are bent: the
	// legs bend before they rise.
	b, flat := solve(via, m.View), solve(m.Start, m.View)
	for _, j := range []Joint{LeftAnkle, RightAnkle} {
		if h := b.from[j].y - flat.from[j].y; math.Abs(h) > 0.02 {
			t.Errorf("halfway the %v is %.3f body heights above where it lies flat, want on the mat", j, h)
		}
		if k := b.to[j-2].y - flat.to[j-2].y; k < 0.1 {
			t.Errorf("halfway the knee is %.3f body heights above where it lies flat, want it bent up", k)
		}
	}
	straight := m
	straight.Via = nil
	if got := straight.pose(0.5); !reflect.DeepEqual(got, Interpolate(m.Start, m.End, 0.5)) {
		t.Errorf("without a pose on the way, halfway is %+v, want the start and end mixed", got)
	}
}
