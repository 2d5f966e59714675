package figure

import "math"

// Where the hands hold the shins in GripHandsOnKnees: shinHold of the way down the shin from
// the knee, just below it, and shinEdge of its half-width out from its middle to its front,
// the edge away from the hip, so the fist closes over it rather than sitting on the knee.
const (
	shinHold = 0.3
	shinEdge = 0.5
)

// applyGrip bends the gripping arms so their wrists reach the grip's points. The arms turn
// only at the shoulder and elbow, so their bones keep their lengths.
func applyGrip(b *body, p Pose) {
	w := 1 - clamp01(p.Slack)
	if p.Grip == GripNone || w == 0 {
		return
	}
	switch p.Grip {
	case GripRightHoldsLeftWrist:
		b.reach(RightShoulder, short(b.to[LeftElbow], b.from[RightShoulder]), w, 0)
		b.grip[0] = b.to[LeftElbow]
	case GripLeftHoldsRightWrist:
		b.reach(LeftShoulder, short(b.to[RightElbow], b.from[LeftShoulder]), w, 0)
		b.grip[0] = b.to[RightElbow]
	case GripHandsOnKnees:
		b.reach(LeftShoulder, b.overShin(LeftKnee), w, 0)
		b.reach(RightShoulder, b.overShin(RightKnee), w, 1)
	}
}

// reach turns the arm at shoulder so its wrist goes a fraction w of the way (by angle) to
// target, solving the two-bone arm in the picture plane and keeping the elbow on the side
// it was bent to.
func (b *body) reach(shoulder Joint, target vec, w float64, slot int) {
	elbow, wrist := shoulder+1, shoulder+2
	s := b.from[shoulder]
	ua := upperArmLen * math.Cos(b.elevation[shoulder]*math.Pi/180)
	fa := forearmLen * math.Cos(b.elevation[elbow]*math.Pi/180)
	dx, dy := target.x-s.x, target.y-s.y
	d := math.Hypot(dx, dy)
	if d < 1e-9 || ua < 1e-9 || fa < 1e-9 {
		return
	}
	d = math.Max(math.Abs(ua-fa)+1e-9, math.Min(ua+fa-1e-9, d))
	bend := math.Acos(clamp((ua*ua+d*d-fa*fa)/(2*ua*d), -1, 1)) * 180 / math.Pi
	e0 := b.to[shoulder].sub(s)
	if cross := dx*e0.y - dy*e0.x; cross < 0 || (math.Abs(cross) < 1e-9 && shoulder == LeftShoulder) {
		bend = -bend
	}
	upper := math.Atan2(dy, dx)*180/math.Pi + bend
	e := s.add(direction(upper, 0).scale(ua))
	fore := math.Atan2(target.y-e.y, target.x-e.x) * 180 / math.Pi
	hand := b.heading[wrist] - b.heading[elbow]
	b.heading[shoulder] = lerpAngle(b.heading[shoulder], upper, w)
	b.heading[elbow] = lerpAngle(b.heading[elbow], fore, w)
	b.heading[wrist] = b.heading[elbow] + hand
	for j := shoulder; j <= wrist; j++ {
		if j != shoulder {
			b.from[j] = b.to[j-1]
		}
		b.to[j] = b.from[j].add(direction(b.heading[j], b.elevation[j]).scale(boneLen[j]))
	}
	b.grip[slot], b.gripped[slot] = target, w >= 0.5
}

// short moves a held wrist back towards the holding shoulder by a tenth of a hand's length:
// the holding hand wraps the wrist, so its own wrist stops a little short of it; little, so
// that arms stretched overhead stay straight rather than bending out into a loop.
func short(wrist, shoulder vec) vec {
	d := shoulder.sub(wrist)
	n := d.length()
	if n < 1e-9 {
		return wrist
	}
	return wrist.add(d.scale(0.1 * handLen / n))
}

// lerpAngle turns from a towards b the short way round, a fraction t of the way.
func lerpAngle(a, b, t float64) float64 {
	d := math.Mod(b-a, 360)
	if d > 180 {
		d -= 360
	} else if d < -180 {
		d += 360
	}
	return a + d*t
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func clamp01(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return clamp(x, 0, 1)
}

// overShin is where a hand round the knees holds the shin turned by knee (see shinHold).
func (b *body) overShin(knee Joint) vec {
	k, a := b.from[knee], b.to[knee]
	d := a.sub(k)
	out := vec{x: -d.y, y: d.x} // across the shin in the picture
	if n := math.Hypot(out.x, out.y); n > 1e-9 {
		out = out.scale(1 / n)
	}
	if hip := b.from[knee-1].sub(k); out.x*hip.x+out.y*hip.y > 0 {
		out = out.scale(-1)
	}
	r := boneRadius[knee][0]*(1-shinHold) + boneRadius[knee][1]*shinHold
	return k.lerp(a, shinHold).add(out.scale(r * shinEdge))
}
