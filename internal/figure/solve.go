package figure

import "math"

// vec is a point or direction in body space, in body heights: x towards the feet, y in the
// picture across the body (up in the side view, to the person's left in the top view) and
// z out of the picture towards the viewer.
type vec struct{ x, y, z float64 }

func (a vec) add(b vec) vec             { return vec{a.x + b.x, a.y + b.y, a.z + b.z} }
func (a vec) sub(b vec) vec             { return vec{a.x - b.x, a.y - b.y, a.z - b.z} }
func (a vec) scale(k float64) vec       { return vec{a.x * k, a.y * k, a.z * k} }
func (a vec) length() float64           { return math.Sqrt(a.x*a.x + a.y*a.y + a.z*a.z) }
func (a vec) lerp(b vec, t float64) vec { return a.add(b.sub(a).scale(t)) }

// direction returns the unit vector with the given in-picture heading and out-of-picture
// elevation, both in degrees.
func direction(heading, elevation float64) vec {
	h, e := heading*math.Pi/180, elevation*math.Pi/180
	c := math.Cos(e)
	return vec{c * math.Cos(h), c * math.Sin(h), math.Sin(e)}
}

// body is a solved pose: where every bone starts and ends.
type body struct {
	from, to [NumJoints]vec
	// heading and elevation are each bone's absolute direction, in degrees.
	heading, elevation [NumJoints]float64
	// grip holds the points the hands reach for, when a grip is engaged.
	grip    [2]vec
	gripped [2]bool
}

// solve places the bones of p seen in view v, pelvis first, each bone from its parent.
func solve(p Pose, v View) body {
	r := rulesFor(v)
	var b body
	for j := range NumJoints {
		b.place(Joint(j), p, r, v)
	}
	applyGrip(&b, p)
	return b
}

// place solves one bone; its parent must already be placed.
func (b *body) place(j Joint, p Pose, r *viewRules, v View) {
	var heading, elevation float64
	var from vec
	if pj := parent[j]; pj >= 0 {
		heading, elevation = b.heading[pj], b.elevation[pj]
		from = b.to[pj]
	} else if v == Top {
		from = vec{z: p.Raise}
	} else {
		from = vec{y: p.Raise}
	}
	switch j {
	case LeftShoulder, RightShoulder:
		from = b.to[Spine].add(lateral(b.heading[Spine], v, j.side(), shoulderHalf))
	case LeftHip, RightHip:
		from = b.from[Pelvis].add(lateral(b.heading[Pelvis], v, j.side(), hipHalf))
	}
	b.heading[j] = heading + r.base[j] + r.sign[j]*p.Angle[j]
	b.elevation[j] = elevation + r.baseLift[j] + r.liftSign[j]*p.Lift[j]
	b.from[j] = from
	b.to[j] = from.add(direction(b.heading[j], b.elevation[j]).scale(boneLen[j]))
}

// lateral is the offset from the spine to a shoulder or hip: across the trunk in the top
// view, straight out of the picture in the side view (the right side is near).
func lateral(trunkHeading float64, v View, s side, half float64) vec {
	if v.fromSide() {
		if s == left {
			return vec{z: -half}
		}
		return vec{z: half}
	}
	d := direction(trunkHeading-90, 0)
	if s == right {
		d = direction(trunkHeading+90, 0)
	}
	return d.scale(half)
}
