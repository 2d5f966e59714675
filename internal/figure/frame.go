package figure

// Aspect is a frame's width over its height. Frames use a unit box: x from 0 to 1 left to
// right, y from 0 to 1/Aspect top to bottom.
const Aspect = 2.0

// Point is a position in the unit box, y down.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle in the unit box.
type Rect struct{ Min, Max Point }

// Kind is what a shape is drawn as. A part's kind never changes.
type Kind int

// The kinds of shapes.
const (
	// Line is a stroke from A to B with round caps.
	Line Kind = iota
	// Disc is a filled circle of radius R around A.
	Disc
	// Ring is an unfilled circle of radius R around A, stroked at the shape's width.
	Ring
)

// Width is the stroke class of a shape: the trunk is drawn thicker than the limbs.
type Width int

// The stroke classes.
const (
	WidthLimb Width = iota
	WidthTrunk
	WidthThin
)

// Stroke returns the suggested stroke width as a fraction of the frame's width, thick enough
// to read in a drawing 200 pixels wide.
func (w Width) Stroke() float64 {
	switch w {
	case WidthTrunk:
		return 0.034
	case WidthThin:
		return 0.010
	}
	return 0.019
}

// Shape is one element of a frame, placed in the unit box.
type Shape struct {
	// A and B are a line's ends; for a circle both are its centre.
	A, B Point
	// R is a circle's radius; 0 for lines.
	R float64
	// Width is the stroke class.
	Width Width
	// Far marks a limb on the far side of the body, to be drawn lighter.
	Far bool
	// Accent marks a part that moves in this exercise, or a mark showing effort.
	Accent bool
	// Hidden shapes are not drawn in this frame but keep their place in the list.
	Hidden bool
}

// Frame is one solved drawing of the figure. Every frame of every exercise has the same
// shapes in the same order, so a widget can create one canvas object per part once and only
// move it. To draw it w units wide, multiply every coordinate, radius and Width.Stroke by w;
// the drawing is then w/Aspect high.
type Frame struct {
	// View is the view the frame is drawn in.
	View View
	// Mat is the exercise mat: a thin strip under the body in the side view, the whole mat
	// under the body in the top view. Draw it first.
	Mat Rect
	// Shapes are indexed by Part and listed back to front: draw them in order.
	Shapes [NumParts]Shape
}

// Layout of the figure in the unit box, in frame widths.
const (
	bodyScale = 0.70  // body heights to frame widths
	pelvisX   = 0.55  // where the pelvis lies across the frame
	sideMatY  = 0.42  // top of the mat in the side view
	sideMatH  = 0.028 // thickness of the mat in the side view
	topAxisY  = 0.25  // the body's axis in the top view
	// topDepth is how far a raised point shifts up the picture in the top view, per unit of
	// height above the mat, so raised knees and toes show.
	topDepth = 0.5
	// quarterDepth is how far a point shifts down the picture in the three-quarter view, per
	// unit it lies towards the viewer; quarterMatY is where the mat's middle line lies there.
	quarterDepth = 0.6
	quarterMatY  = 0.30
)

// project puts a body-space point into the unit box. flip reflects the top view's depth
// shift, so that a mirrored drawing is the exact reflection of the original.
func project(p vec, v View, flip bool) Point {
	switch v {
	case Side:
		return Point{pelvisX + bodyScale*p.x, sideMatY - bodyScale*(p.y+axisHeight)}
	case ThreeQuarter:
		return Point{pelvisX + bodyScale*p.x, quarterMatY - bodyScale*(p.y-quarterDepth*p.z)}
	}
	depth := topDepth * p.z
	if flip {
		depth = -depth
	}
	return Point{pelvisX + bodyScale*p.x, topAxisY - bodyScale*(p.y+depth)}
}

func matFor(v View) Rect {
	switch v {
	case Side:
		return Rect{Point{0.02, sideMatY}, Point{0.98, sideMatY + sideMatH}}
	case ThreeQuarter:
		// The mat seen a little from above: a band as deep as the shoulders are wide.
		h := bodyScale * quarterDepth * 2 * shoulderHalf * 1.6
		return Rect{Point{0.02, quarterMatY - h/2}, Point{0.98, quarterMatY + h/2}}
	}
	return Rect{Point{0.02, 0.03}, Point{0.98, 0.47}}
}
