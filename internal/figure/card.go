package figure

import (
	"fmt"
	"io"
	"math"
)

// Layout of a card, in drawing widths.
const (
	cardArrowW   = 0.16  // the gap between two drawings, where the arrow is
	cardLabelH   = 0.11  // the row under a drawing for its word
	cardGripH    = 0.082 // the row under that for the grip, when the hands hold a wrist
	cardRowGap   = 0.05  // between the two rows of a two-sided card
	cardWord     = 0.066 // the size of the words under the drawings
	cardGrip     = 0.058 // and of the grip's words
	cardBack     = 0.025 // how far the arrow there and the arrow back lie from the middle
	cardSideGap  = 0.025 // between a drawing naming the side of its mat at its foot and the words under it
	cardDoseH    = 0.1   // the row under the card for its dose
	cardBackRow  = 0.1   // the row under three drawings for the arrow back to the start
	armsUpH      = 0.5   // the height of a close-up of the arms from above, words and all
	cardForkBack = 0.032 // how far the arrow back to the middle of a two-sided card lies from the arrow there
)

// Card is the layout of an exercise's card: the start pose, an arrow, and the end pose (with
// the pose on the way between them when straight legs bend first, see bendsKneesFirst); for
// an exercise done to both sides the end pose done to the right above the one done to the
// left, numbered 1 and 2 in the order the program does them (right first), each with its
// words under it: the side, and which hand holds which wrist, so the change of hands for
// the other side is written out; under the start, what turns with the body. The sides of
// the mat are named on the start pose of an exercise done to both sides only. The end poses
// carry no movement arrows: the movement is shown once, from the start. Positions are in
// drawing widths from the top left.
type Card struct {
	// Width and Height are the card's size.
	Width, Height float64
	// Panels are the drawings, with where their top left corner goes.
	Panels []CardPanel
	// Arrows are the shapes of the arrows between the drawings.
	Arrows []Shape
	// Dose, when HasDose is set (see WithDose), is where how many times the exercise is
	// done is written, centred under the drawings.
	Dose    Point
	HasDose bool
}

// CardPanel is one drawing of a card.
type CardPanel struct {
	Drawing Drawing
	At      Point
	// Word is written under the drawing when HasWord is set.
	Word    Word
	HasWord bool
	// Grip, under the word, names which hand holds which wrist, when HasGrip is set.
	Grip    Word
	HasGrip bool
	// Notes, under the grip, say what the drawing alone may not.
	Notes []Word
	// Step, when above 0, numbers the word: the order the sides are done in.
	Step int
	// CloseUp marks a close-up under the start of what its view shows poorly (see closeUp
	// and armsFromAbove), framed, with its words inside its frame: not a pose of the
	// movement.
	CloseUp bool
}

// gripWord is the word naming grip g, if it is a hand holding a wrist.
func gripWord(g Grip) (Word, bool) {
	switch g {
	case GripRightHoldsLeftWrist:
		return WordRightHoldsLeft, true
	case GripLeftHoldsRightWrist:
		return WordLeftHoldsRight, true
	case GripHandsOnKnees:
		return WordHandsOnKnees, true
	}
	return 0, false
}

// NewCard lays out the card of motion m; bothSides adds the end pose done to the left.
func NewCard(m Motion, bothSides bool) Card {
	h := 1 / Aspect
	endX := 1 + cardArrowW
	c := Card{Width: endX + 1}
	// Each drawing of a two-sided exercise names the sides of its mat, so the end poses
	// show the body going to the side written there, and say it again in the words under
	// them.
	end := func(mirrored bool) Drawing {
		d := m.withStartFeet(m.draw(1, mirrored, false), mirrored)
		if !bothSides {
			d.Labels = withoutSides(d.Labels)
		}
		return d
	}
	if !bothSides {
		// Done the same to both sides at once, the mat's sides need no names.
		start := m.At(0, false)
		grip, hasGrip := gripWord(m.End.Grip)
		c.Panels = []CardPanel{{Drawing: start, Notes: m.restNotes()}, {Drawing: end(false), At: Point{endX, 0}, Grip: grip, HasGrip: hasGrip, Notes: m.endNotes()}}
		if m.bendsKneesFirst() {
			// Straight legs bend before they come up: the pose on the way is drawn between
			// the start and the end, under "Bend your knees first", with the arrows of the
			// movement from there; the start has none, so that no arrow lifts straight legs.
			c.Panels[0].Drawing = drawSpan(m, m.Start, 0, false, [2]float64{}, true)
			via := drawSpan(m, *m.Via, 0.5, false, [2]float64{0.5, wholeMovement[1]}, true)
			c.Panels = []CardPanel{c.Panels[0], {Drawing: via, At: Point{endX, 0}, Notes: []Word{WordBendKneesFirst}}, c.Panels[1]}
			c.Panels[2].At.X = 2 * endX
			c.Width += endX
		}
		for i := range c.Panels {
			c.Panels[i].Drawing.Labels = withoutSides(c.Panels[i].Drawing.Labels)
			c.Height = max(c.Height, h+c.Panels[i].under())
		}
		last := c.Panels[len(c.Panels)-1].At.X
		for i := 1; i < len(c.Panels); i++ {
			x := c.Panels[i].At.X
			c.Arrows = append(c.Arrows, ArrowShapes([]Point{{x - cardArrowW + 0.025, h/2 - cardBack}, {x - 0.02, h/2 - cardBack}}, false)...)
		}
		// And back: a smaller arrow returns to the start, once; after a hold, the body
		// lets go and rests before the next. Between two drawings it lies under the arrow
		// there; under three, it runs below them all, from the end to the start, so that
		// it does not read as going back only to the middle one.
		if len(c.Panels) == 2 {
			c.Arrows = append(c.Arrows, smallArrow([]Point{{last - 0.035, h/2 + cardBack}, {last - cardArrowW + 0.04, h/2 + cardBack}})...)
			if m.leansOnForearms() {
				// Under the start's words, its arms seen from above (see armsFromAbove).
				top := h + c.Panels[0].under() + 0.03
				c.Panels = append(c.Panels, CardPanel{Drawing: m.armsFromAbove(Rect{Point{0.05, top}, Point{0.95, top + armsUpH}}), CloseUp: true})
				c.Height = max(c.Height, top+armsUpH+0.02)
			}
			return c
		}
		y := c.Height + cardBackRow/2
		c.Arrows = append(c.Arrows, smallArrow([]Point{{last + 0.5, y}, {0.5, y}})...)
		c.Height += cardBackRow
		return c
	}
	under := cardSideGap + cardLabelH
	grip, hasGrip := gripWord(m.End.Grip)
	if hasGrip {
		under += cardGripH
	}
	row := h + under + cardRowGap
	c.Height = 2*row - cardRowGap
	mirroredGrip, _ := gripWord(m.End.Grip.mirror())
	startGrip, hasStartGrip := gripWord(m.Start.Grip)
	start := CardPanel{Drawing: m.At(0, false), Grip: startGrip, HasGrip: hasStartGrip, Notes: m.startNotes()}
	// The start lies level with the middle of the card, or higher when a close-up under its
	// words needs the room (see closeUpH).
	startY := (c.Height - h - under) / 2
	if m.closeUpOf() != nothingNear {
		startY = max(0, min(startY, c.Height-closeUpH-0.04-h-start.under()))
	}
	start.At = Point{0, startY}
	c.Panels = []CardPanel{
		start,
		// Right first, on top, as the program does it; then left, under it.
		{Drawing: end(false), At: Point{endX, 0}, Word: WordToRight, HasWord: true, Grip: grip, HasGrip: hasGrip, Step: 1},
		{Drawing: end(true), At: Point{endX, row}, Word: WordToLeft, HasWord: true, Grip: mirroredGrip, HasGrip: hasGrip, Step: 2},
	}
	// Under the start's words, where the card has room, a close-up of what the view from
	// above shows poorly (see closeUp): the turning feet, or the legs from the side.
	if box := (Rect{Point{0.1, startY + h + start.under() + 0.02}, Point{0.9, c.Height - 0.02}}); box.Max.Y-box.Min.Y > 0.15 {
		if d, ok := m.closeUp(box); ok {
			// The start is then drawn without the outline of where turning feet go,
			// which at its size runs into the feet as a blob, but with the arrow round
			// them, as the close-up has it.
			c.Panels[0].Drawing = drawSpan(m, m.Start, 0, false, wholeMovement, false)
			c.Panels = append(c.Panels, CardPanel{Drawing: d, CloseUp: true})
		}
	}
	// An arrow from the start to each side, and beside it, inside the fork, a smaller one
	// back: each time the body returns to the middle before the other side.
	from := Point{1 + 0.02, startY + h/2}
	for _, y := range []float64{h / 2, row + h/2} {
		to := Point{endX - 0.015, y}
		c.Arrows = append(c.Arrows, ArrowShapes([]Point{from, to}, false)...)
		a := heading(from, to)
		n := Point{-math.Sin(a) * cardForkBack, math.Cos(a) * cardForkBack} // across it, to its right
		if n.X < 0 {
			n = Point{-n.X, -n.Y}
		}
		back := func(t float64) Point { p := lerpPt(from, to, t); return Point{p.X + n.X, p.Y + n.Y} }
		c.Arrows = append(c.Arrows, smallArrow([]Point{back(0.72), back(0.22)})...)
	}
	return c
}

// WithDose adds a row under the card where how many times the exercise is done is written
// (WordDose): a card that is seen alone, on paper or as a file, says how often as well as
// how. The window writes the dose beside its cards instead.
func (c Card) WithDose() Card {
	c.Height += cardDoseH
	c.Dose, c.HasDose = Point{c.Width / 2, c.Height - cardDoseH/2}, true
	return c
}

// endNotes are the words under a one-sided card's end for what a drawing at a card's size
// shows poorly: toes pulled towards the shin by a working foot in the side view, the pelvis
// lifted off the mat in the side view, which hides the elbows bent under the body that lean
// on the forearms, and a hold whose limbs stretch outwards without moving.
func (m Motion) endNotes() []Word {
	var notes []Word
	ac := m.accentMembers(false)
	for _, a := range [2]Joint{LeftAnkle, RightAnkle} {
		l, _ := memberOf(a)
		if m.View == Side && ac[l.foot()] && m.End.Angle[a]-m.Start.Angle[a] > 20 {
			notes = append(notes, WordToesToYou)
			break
		}
	}
	if m.leansOnForearms() {
		notes = append(notes, WordLeanForearms)
	}
	if m.Hold && len(m.Stretch) > 0 {
		notes = append(notes, WordTenseStill)
	}
	return notes
}

// restNotes are the words under a one-sided card's start: when its end is a hold that
// stretches, the start is the body at rest between holds, "Relax", where the two drawings
// differ only by the stretch's arrows; before a lift onto the forearms, "Elbows and knees
// bent", as the article says to lie, which a side view shows poorly for the elbows.
func (m Motion) restNotes() []Word {
	if m.Hold && len(m.Stretch) > 0 {
		return []Word{WordRelax}
	}
	if m.leansOnForearms() {
		return []Word{WordElbowsKneesBent}
	}
	return nil
}

// bendsKneesFirst reports whether m, seen from the side, passes on its way through knees
// bent from straight legs, its feet still down: a card of its start and end alone, with an
// arrow from the straight leg, would read as lifting straight legs.
func (m Motion) bendsKneesFirst() bool {
	if m.Via == nil || m.View != Side {
		return false
	}
	start, via := solve(m.Start, m.View), solve(*m.Via, m.View)
	for _, k := range [2]Joint{LeftKnee, RightKnee} {
		straight := math.Abs(m.Start.Angle[k]) < 20
		bends := m.Via.Angle[k]-m.Start.Angle[k] > 45
		footDown := math.Abs(via.to[k].y-start.to[k].y) < 0.03
		if straight && bends && footDown {
			return true
		}
	}
	return false
}

// startNotes are the words under a two-sided card's start for what a view from above shows
// poorly: knees standing up off the mat (unless the legs from the side say so, see
// closeUpOf), and what turns with the body (the knees, a knee in Turn, or else the toes).
func (m Motion) startNotes() []Word {
	var notes []Word
	if m.View == Top {
		if m.kneesUp() && m.closeUpOf() != kneesNear {
			// Said under the start where no close-up of the legs says it.
			notes = append(notes, WordKneesUp)
		}
	}
	for _, l := range m.Turn {
		if l == KneeLeft || l == KneeRight {
			return append(notes, WordKneesTurn)
		}
	}
	if len(m.Turn) > 0 {
		notes = append(notes, WordToesTurn)
	}
	return notes
}

// leansOnForearms reports whether m, seen from the side, lifts the pelvis at its end: the
// body then rests on the forearms and the feet, and the side view hides the bent elbows.
func (m Motion) leansOnForearms() bool { return m.View == Side && m.End.Raise > 0 }

// kneesUp reports whether m starts with both knees standing up off the mat.
func (m Motion) kneesUp() bool {
	b := solve(m.Start, m.View)
	return b.elevation[LeftHip] > 30 && b.elevation[RightHip] > 30
}

// withoutSides returns the labels but the names of the mat's sides.
func withoutSides(labels []Label) []Label {
	var keep []Label
	for _, l := range labels {
		if l.Word != WordLeft && l.Word != WordRight {
			keep = append(keep, l)
		}
	}
	return keep
}

// Single is a card of one drawing.
func Single(d Drawing) Card {
	return Card{Width: 1, Height: 1 / Aspect, Panels: []CardPanel{{Drawing: d}}}
}

// Labels returns the card's words and where they go, in drawing widths from its top left:
// the words on each drawing (the sides of the mat, a hold's time) and the words under the
// drawings. Role tells the colour.
func (c Card) Labels() []CardLabel {
	var out []CardLabel
	for _, p := range c.Panels {
		for _, l := range p.Drawing.Labels {
			out = append(out, CardLabel{Label{l.Word, Point{l.At.X + p.At.X, l.At.Y + p.At.Y}, l.Size}, labelRole(l.Word), 0})
		}
		y := p.At.Y + 1/Aspect + p.sideGap()
		if p.HasWord {
			out = append(out, CardLabel{Label{p.Word, Point{p.At.X + 0.5, y + cardLabelH/2}, cardWord}, RoleBody, p.Step})
			y += cardLabelH
		}
		if p.HasGrip {
			out = append(out, CardLabel{Label{p.Grip, Point{p.At.X + 0.5, y + cardGripH/2}, cardGrip}, RoleAccent, 0})
			y += cardGripH
		}
		for _, n := range p.Notes {
			out = append(out, CardLabel{Label{n, Point{p.At.X + 0.5, y + cardGripH/2}, cardGrip}, RoleBody, 0})
			y += cardGripH
		}
	}
	if c.HasDose {
		out = append(out, CardLabel{Label{WordDose, c.Dose, cardWord}, RoleAccent, 0})
	}
	return out
}

// sideGap is the room above the words under a panel's drawing when the drawing names the
// side of the mat at its foot.
func (p CardPanel) sideGap() float64 {
	for _, l := range p.Drawing.Labels {
		if l.Word == WordLeft || l.Word == WordRight {
			return cardSideGap
		}
	}
	return 0
}

// under is the height of the words under a panel's drawing.
func (p CardPanel) under() float64 {
	u := p.sideGap() + float64(len(p.Notes))*cardGripH
	if p.HasWord {
		u += cardLabelH
	}
	if p.HasGrip {
		u += cardGripH
	}
	return u
}

// labelRole is the colour of a word on a drawing: the hold's time in the stopwatch's colour,
// the rest in the body's, dark enough to read from across the room.
func labelRole(w Word) Role {
	if w == WordHoldTime {
		return RoleAccent
	}
	return RoleBody
}

// CardLabel is a word of a card with its colour.
type CardLabel struct {
	Label
	Role Role
	// Step, when above 0, is written before the word: "1. To the right".
	Step int
}

// Text is the label's word from words, the caller's translations, numbered by its step.
func (l CardLabel) Text(words [NumWords]string) string {
	if l.Step > 0 {
		return fmt.Sprintf("%d. %s", l.Step, words[l.Word])
	}
	return words[l.Word]
}

// CardSVG writes the card of motion m as an SVG document; bothSides adds the end pose done to
// the left; the dose is written under it when opts.Words has one. opts.Width is the width of
// one drawing.
func CardSVG(w io.Writer, m Motion, bothSides bool, opts SVGOptions) error {
	opts = opts.withDefaults()
	c := NewCard(m, bothSides)
	if opts.Words[WordDose] != "" {
		c = c.WithDose()
	}
	sw := &svgWriter{w: w, o: opts}
	sw.open(c.Width, c.Height)
	for _, p := range c.Panels {
		sw.shapes(p.Drawing.Shapes, p.At)
	}
	sw.shapes(c.Arrows, Point{})
	for _, l := range c.Labels() {
		sw.text(l.Text(opts.Words), l.At, l.Size, l.Role)
	}
	sw.close()
	return sw.err
}
