package figure

import "math"

// Aspect is a drawing's width over its height. Drawings use a unit box: x from 0 to 1 left
// to right, y from 0 to 1/Aspect top to bottom.
const Aspect = 2.0

// Point is a position in the unit box, y down.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle in the unit box.
type Rect struct{ Min, Max Point }

// Role is what a shape is, for its colour: a renderer maps each role to one colour of its
// palette, so light, dark and print themes differ only in the palette.
type Role int

// The colour roles, from the back of a drawing to the front.
const (
	// RoleBackground is the page behind the drawing. Body parts are outlined with it, so
	// a limb crossing another stays apart from it.
	RoleBackground Role = iota
	// RoleMat is the exercise mat.
	RoleMat
	// RoleFloor is the floor line under the mat in the side view, and the mat's edge.
	RoleFloor
	// RoleFar is the far limbs in the side view.
	RoleFar
	// RoleBody is the body.
	RoleBody
	// RoleHair is the hair and the features of the face.
	RoleHair
	// RoleAccent is the working limbs and every mark of the movement: arrows, the hand
	// that holds, stretch marks, the hold badge.
	RoleAccent
	// RoleAccentFar is a working limb on the far side.
	RoleAccentFar
	// RoleLabel is the colour of words on the drawing.
	RoleLabel
	// RoleShadow is a shadow on the mat, under a part raised from it in the top view.
	RoleShadow
	// RoleBodyLit and RoleBodyShade are the lit and the shaded faces of a part of the body
	// that slopes up or down towards the viewer (see relief); RoleAccentLit and
	// RoleAccentShade those of a working part.
	RoleBodyLit
	RoleBodyShade
	RoleAccentLit
	RoleAccentShade
	// NumRoles is the number of roles.
	NumRoles
)

// Shape is one filled polygon of a drawing.
type Shape struct {
	// Role picks the shape's colour.
	Role Role
	// Pts is the closed outline, in the unit box.
	Pts []Point
}

// Word names a word a renderer writes on a drawing in the user's language: drawings hold
// no text of their own.
type Word int

// The words.
const (
	// WordRight marks the person's right side of the mat in the top view.
	WordRight Word = iota
	// WordLeft marks the person's left side.
	WordLeft
	// WordToRight is written under a drawing of an exercise done to the right.
	WordToRight
	// WordToLeft is written under a drawing of an exercise done to the left.
	WordToLeft
	// WordRightHoldsLeft names the grip "the right hand holds the left wrist".
	WordRightHoldsLeft
	// WordLeftHoldsRight names the grip "the left hand holds the right wrist".
	WordLeftHoldsRight
	// WordHoldTime is how long a held pose is held, written beside the stopwatch ("3–5 s"):
	// it comes from the exercise's dose, so the caller builds it.
	WordHoldTime
	// WordToesTurn is written under the start of an exercise whose feet turn: "Toes turn
	// the same way".
	WordToesTurn
	// WordKneesTurn is written under the start of an exercise whose knees go down to the
	// side the body goes: "Knees turn the same way".
	WordKneesTurn
	// WordKneesUp is written under the start of an exercise seen from above whose knees
	// stand up off the mat: "Knees bent, feet on the mat".
	WordKneesUp
	// WordDose is how many times the exercise is done, written under its card ("30 times"):
	// it comes from the exercise's dose, so the caller builds it.
	WordDose
	// WordToesUp is written under the close-up of a foot with its toes to the ceiling, before
	// it turns: "Toes to the ceiling" (from above, "up" would be the top of the picture).
	WordToesUp
	// WordToesRight is written under the close-up of the same foot turned: "Toes to the
	// right".
	WordToesRight
	// WordToesToYou is written under the end of an exercise whose working feet pull their
	// toes towards the shins: "Toes towards you".
	WordToesToYou
	// WordTenseStill is written under a held pose whose limbs stretch outwards: "Tense the
	// muscles, keep still".
	WordTenseStill
	// WordHandsOnKnees names the grip of hands wrapped round the knees: "Hands wrap round
	// the knees".
	WordHandsOnKnees
	// WordYourFeet heads the close-up of the feet, drawn as the person sees them: "Your
	// feet, as you see them".
	WordYourFeet
	// WordRelax is written under the start of a hold that stretches, the body at rest
	// between holds: "Relax".
	WordRelax
	// WordBendKneesFirst is written under the middle drawing of a card whose movement bends
	// straight legs before it lifts them, the knees bent: "Bend your knees first".
	WordBendKneesFirst
	// WordLeanForearms is written under the end of a lift seen from the side, the pelvis
	// off the mat on the forearms and the feet, whose bent elbows the side view hides: "Lean
	// on your forearms and feet".
	WordLeanForearms
	// WordElbowsKneesBent is written under the start of that lift, whose elbows the side view
	// shows bent poorly: "Elbows and knees bent".
	WordElbowsKneesBent
	// WordFromAbove heads the close-up of that lift's arms seen from above: "Seen from
	// above".
	WordFromAbove
	// WordForearmsOnMat is written under that close-up: "Elbows bent, forearms on the mat".
	WordForearmsOnMat
	// NumWords is the number of words.
	NumWords
)

// Label is a word placed on a drawing, centred on At, Size high (in the unit box).
type Label struct {
	Word Word
	At   Point
	Size float64
}

// Drawing is one picture of the figure: filled shapes listed back to front, and labels
// drawn over them. To draw it w units wide, multiply every coordinate by w; it is then
// w/Aspect high.
type Drawing struct {
	// View is the view the drawing is seen in.
	View View
	// Shapes are listed back to front: fill them in order.
	Shapes []Shape
	// Labels are written over the shapes.
	Labels []Label
}

func (d *Drawing) add(role Role, pts []Point) {
	if len(pts) >= 3 {
		d.Shapes = append(d.Shapes, Shape{Role: role, Pts: pts})
	}
}

// arcSteps is how many straight pieces make half a circle.
const arcSteps = 12

// circle returns a polygon around c of radius r.
func circle(c Point, r float64) []Point {
	return ellipse(c, r, r, 0)
}

// ellipse returns a polygon around c with radii rx along the direction rot (radians) and ry
// across it.
func ellipse(c Point, rx, ry, rot float64) []Point {
	n := 2 * arcSteps
	pts := make([]Point, n)
	cr, sr := math.Cos(rot), math.Sin(rot)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / float64(n)
		x, y := rx*math.Cos(a), ry*math.Sin(a)
		pts[i] = Point{c.X + x*cr - y*sr, c.Y + x*sr + y*cr}
	}
	return pts
}

// capsule returns a rounded tapered shape from a (radius ra) to b (radius rb): two circles
// joined by the lines that touch both.
func capsule(a, b Point, ra, rb float64) []Point {
	return tube([]Point{a, b}, []float64{ra, rb})
}

// tube returns a rounded shape along a line through pts, as wide as 2*radii[i] at pts[i].
// Its ends are half circles.
func tube(pts []Point, radii []float64) []Point {
	n := len(pts)
	if n == 1 || (n == 2 && dist(pts[0], pts[1]) < 1e-9) {
		return circle(pts[0], max(radii[0], radii[n-1]))
	}
	left := make([]Point, 0, n)
	right := make([]Point, 0, n)
	for i := range pts {
		var dx, dy float64
		switch {
		case i == 0:
			dx, dy = pts[1].X-pts[0].X, pts[1].Y-pts[0].Y
		case i == n-1:
			dx, dy = pts[n-1].X-pts[n-2].X, pts[n-1].Y-pts[n-2].Y
		default:
			ax, ay := unit(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
			bx, by := unit(pts[i+1].X-pts[i].X, pts[i+1].Y-pts[i].Y)
			dx, dy = ax+bx, ay+by
		}
		dx, dy = unit(dx, dy)
		r := radii[i]
		left = append(left, Point{pts[i].X - dy*r, pts[i].Y + dx*r})
		right = append(right, Point{pts[i].X + dy*r, pts[i].Y - dx*r})
	}
	out := make([]Point, 0, 2*n+2*arcSteps)
	// Along the left side, round the far end, back along the right side, round the near end.
	out = append(out, left...)
	out = append(out, arc(pts[n-1], radii[n-1], heading(pts[n-2], pts[n-1])+math.Pi/2, -math.Pi)...)
	for i := n - 1; i >= 0; i-- {
		out = append(out, right[i])
	}
	out = append(out, arc(pts[0], radii[0], heading(pts[1], pts[0])+math.Pi/2, -math.Pi)...)
	return out
}

// arc returns the points strictly inside an arc of radius r around c, from angle a0 through
// a sweep (radians, y down).
func arc(c Point, r, a0, sweep float64) []Point {
	pts := make([]Point, 0, arcSteps-1)
	for i := 1; i < arcSteps; i++ {
		a := a0 + sweep*float64(i)/arcSteps
		pts = append(pts, Point{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)})
	}
	return pts
}

func heading(a, b Point) float64 { return math.Atan2(b.Y-a.Y, b.X-a.X) }

func dist(a, b Point) float64 { return math.Hypot(b.X-a.X, b.Y-a.Y) }

func unit(x, y float64) (float64, float64) {
	n := math.Hypot(x, y)
	if n < 1e-12 {
		return 1, 0
	}
	return x / n, y / n
}

func lerpPt(a, b Point, t float64) Point { return Point{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }

// along returns the point d beyond p in the direction angle (radians).
func along(p Point, angle, d float64) Point {
	return Point{p.X + d*math.Cos(angle), p.Y + d*math.Sin(angle)}
}
