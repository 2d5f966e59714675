package figure

import "io"

// Layout of a card, in drawing widths.
const (
	cardArrowW = 0.16 // the gap between two drawings, where the arrow is
	cardLabelH = 0.09 // the row under a drawing for its word
	cardRowGap = 0.05 // between the two rows of a two-sided card
)

// Card is the layout of an exercise's card: the start pose, an arrow, and the end pose; for
// an exercise done to both sides the end pose done to the right above the one done to the
// left, each with its word under it. Positions are in drawing widths from the top left.
type Card struct {
	// Width and Height are the card's size.
	Width, Height float64
	// Panels are the drawings, with where their top left corner goes.
	Panels []CardPanel
	// Arrows are the shapes of the arrows between the drawings.
	Arrows []Shape
}

// CardPanel is one drawing of a card.
type CardPanel struct {
	Drawing Drawing
	At      Point
	// Word is written under the drawing when HasWord is set.
	Word    Word
	HasWord bool
}

// NewCard lays out the card of motion m; bothSides adds the end pose done to the left.
func NewCard(m Motion, bothSides bool) Card {
	h := 1 / Aspect
	endX := 1 + cardArrowW
	c := Card{Width: endX + 1}
	if !bothSides {
		c.Height = h
		c.Panels = []CardPanel{{Drawing: m.At(0, false)}, {Drawing: m.At(1, false), At: Point{endX, 0}}}
		c.Arrows = ArrowShapes([]Point{{1 + 0.025, h / 2}, {endX - 0.02, h / 2}}, false)
		return c
	}
	row := h + cardLabelH + cardRowGap
	c.Height = 2*row - cardRowGap
	startY := (c.Height - h) / 2
	c.Panels = []CardPanel{
		{Drawing: m.At(0, false), At: Point{0, startY}},
		{Drawing: m.At(1, false), At: Point{endX, 0}, Word: WordToRight, HasWord: true},
		{Drawing: m.At(1, true), At: Point{endX, row}, Word: WordToLeft, HasWord: true},
	}
	from := Point{1 + 0.02, startY + h/2}
	for _, y := range []float64{h / 2, row + h/2} {
		c.Arrows = append(c.Arrows, ArrowShapes([]Point{from, {endX - 0.015, y}}, false)...)
	}
	return c
}

// Single is a card of one drawing.
func Single(d Drawing) Card {
	return Card{Width: 1, Height: 1 / Aspect, Panels: []CardPanel{{Drawing: d}}}
}

// Labels returns the card's words and where they go, in drawing widths from its top left:
// the words on each drawing (the sides of the mat) and the words under the drawings.
// Role tells the colour: RoleLabel on a drawing, RoleBody under one.
func (c Card) Labels() []CardLabel {
	var out []CardLabel
	for _, p := range c.Panels {
		for _, l := range p.Drawing.Labels {
			out = append(out, CardLabel{Label{l.Word, Point{l.At.X + p.At.X, l.At.Y + p.At.Y}, l.Size}, RoleLabel})
		}
		if p.HasWord {
			out = append(out, CardLabel{Label{p.Word, Point{p.At.X + 0.5, p.At.Y + 1/Aspect + cardLabelH/2}, 0.05}, RoleBody})
		}
	}
	return out
}

// CardLabel is a word of a card with its colour.
type CardLabel struct {
	Label
	Role Role
}

// CardSVG writes the card of motion m as an SVG document; bothSides adds the end pose done to
// the left. opts.Width is the width of one drawing.
func CardSVG(w io.Writer, m Motion, bothSides bool, opts SVGOptions) error {
	opts = opts.withDefaults()
	c := NewCard(m, bothSides)
	sw := &svgWriter{w: w, o: opts}
	sw.open(c.Width, c.Height)
	for _, p := range c.Panels {
		sw.shapes(p.Drawing.Shapes, p.At)
	}
	sw.shapes(c.Arrows, Point{})
	for _, l := range c.Labels() {
		sw.text(opts.Words[l.Word], l.At, l.Size, l.Role)
	}
	sw.close()
	return sw.err
}
