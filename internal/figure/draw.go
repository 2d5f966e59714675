package figure

import "math"

// Sizes of the extra marks, in frame widths.
const (
	gripRadius = 0.02
	markGap    = 0.018
	markSize   = 0.026
)

// draw solves p and lays its shapes out in the unit box. t is the motion's progress, which
// grows the stretch marks; mirrored tells the side the exercise is done to.
func draw(m Motion, p Pose, t float64, mirrored bool) Frame {
	b := solve(p, m.View)
	flip := mirrored && m.View == Top
	at := func(v vec) Point { return project(v, m.View, flip) }
	f := Frame{View: m.View, Mat: matFor(m.View)}
	moving := m.moving(mirrored)
	for _, bp := range boneParts {
		s := &f.Shapes[bp.part]
		s.A, s.B = at(b.from[bp.joint]), at(b.to[bp.joint])
		s.Width = WidthLimb
		s.Far = m.View.fromSide() && bp.joint.side() == left
		s.Accent = moving[bp.joint]
	}
	for _, tp := range []Part{PartLowerTrunk, PartUpperTrunk} {
		f.Shapes[tp].Width = WidthTrunk
	}
	f.Shapes[PartPelvis] = Shape{A: at(b.from[LeftHip]), B: at(b.from[RightHip]), Width: WidthLimb}
	f.Shapes[PartShoulders] = Shape{A: at(b.from[LeftShoulder]), B: at(b.from[RightShoulder]), Width: WidthLimb}
	// The neck is left out: a gap between the shoulders and the head reads more clearly
	// than a stroke, and keeps arms passing beside the head from joining it.
	f.Shapes[PartNeck].Hidden = true
	head := b.to[Neck].add(direction(b.heading[Neck], b.elevation[Neck]).scale(headRadius))
	c := at(head)
	f.Shapes[PartHead] = Shape{A: c, B: c, R: headRadius * bodyScale}
	for i, gp := range []Part{PartGrip, PartGrip2} {
		c := at(b.grip[i])
		f.Shapes[gp] = Shape{A: c, B: c, R: gripRadius, Width: WidthThin, Accent: true, Hidden: !b.gripped[i]}
	}
	drawMarks(&f, &b, m, t, mirrored, at)
	return f
}

// moving reports the joints whose angles differ between the start and end poses, after
// mirroring: the parts a widget may show in the accent colour.
func (m Motion) moving(mirrored bool) [NumJoints]bool {
	var mv [NumJoints]bool
	const eps = 10.0 // degrees: smaller turns are adjustments, not the movement
	for j := range NumJoints {
		k := Joint(j)
		if mirrored {
			k = k.twin()
		}
		mv[k] = math.Abs(m.Start.Angle[j]-m.End.Angle[j]) > eps || math.Abs(m.Start.Lift[j]-m.End.Lift[j]) > eps
	}
	if math.Abs(m.Start.Raise-m.End.Raise) > 0.02 {
		mv[Pelvis] = true
	}
	mv[Neck] = false // the head follows; colouring it would pull the eye from the movement
	return mv
}

// drawMarks places a chevron beyond each stretching limb end, growing with t.
func drawMarks(f *Frame, b *body, m Motion, t float64, mirrored bool, at func(vec) Point) {
	for _, mp := range markParts {
		f.Shapes[mp.part] = Shape{Width: WidthThin, Accent: true, Hidden: true}
		f.Shapes[mp.part+1] = f.Shapes[mp.part]
		if !m.stretches(mp.end, mirrored) || t < 0.05 {
			continue
		}
		base, tip := at(b.from[mp.joint]), at(b.to[mp.joint])
		if mp.joint == LeftElbow || mp.joint == RightElbow {
			tip = at(b.to[mp.joint+1])
		}
		dx, dy := tip.X-base.X, tip.Y-base.Y
		n := math.Hypot(dx, dy)
		if n < 1e-9 {
			continue
		}
		dx, dy = dx/n, dy/n
		size := markSize * t
		apex := Point{tip.X + dx*(markGap+size), tip.Y + dy*(markGap+size)}
		back := Point{apex.X - dx*size, apex.Y - dy*size}
		w1 := Point{back.X - dy*size*0.8, back.Y + dx*size*0.8}
		w2 := Point{back.X + dy*size*0.8, back.Y - dx*size*0.8}
		f.Shapes[mp.part] = Shape{A: w1, B: apex, Width: WidthThin, Accent: true}
		f.Shapes[mp.part+1] = Shape{A: w2, B: apex, Width: WidthThin, Accent: true}
	}
}

// stretches tells whether the limb end l gets a stretch mark.
func (m Motion) stretches(l Limb, mirrored bool) bool {
	for _, s := range m.Stretch {
		if mirrored {
			s = s.mirror()
		}
		if s == l {
			return true
		}
	}
	return false
}
