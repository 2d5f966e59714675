package ui

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// HeatMap is a calendar of the last weeks, one row a week from Monday to Sunday, each day a cell
// shaded by the sessions finished against the day's target. Days of a flare-up rest are hatched,
// today is outlined, and a legend beside the grid says what the shades mean.
type HeatMap struct {
	widget.BaseWidget
	weeks []journal.Week
	today journal.Day
}

var _ fyne.Widget = (*HeatMap)(nil)

// NewHeatMap returns a heat map of weeks, with today outlined.
func NewHeatMap(weeks []journal.Week, today journal.Day) *HeatMap {
	h := &HeatMap{weeks: weeks, today: today}
	h.ExtendBaseWidget(h)
	return h
}

// Set shows other weeks; it redraws the cells in place when the number of weeks is unchanged.
func (h *HeatMap) Set(weeks []journal.Week, today journal.Day) {
	h.weeks, h.today = weeks, today
	h.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (h *HeatMap) CreateRenderer() fyne.WidgetRenderer {
	r := &heatMapRenderer{h: h}
	for _, name := range []string{lang.L("Mon"), lang.L("Tue"), lang.L("Wed"), lang.L("Thu"), lang.L("Fri"), lang.L("Sat"), lang.L("Sun")} {
		r.weekdays = append(r.weekdays, canvas.NewText(name, color.Black))
	}
	legend := []struct {
		text  string
		level int
		rest  bool
	}{
		{lang.L("No session"), 0, false},
		{lang.L("Ended early"), 1, false},
		{lang.L("Some done"), 2, false},
		{lang.L("All done"), 4, false},
		{lang.L("Flare-up rest"), 0, true},
	}
	for _, l := range legend {
		r.legend = append(r.legend, legendItem{cell: newDayCell(), text: canvas.NewText(l.text, color.Black), level: l.level, rest: l.rest})
	}
	r.build()
	r.Refresh()
	return r
}

// dayCell is one square of the calendar: its shade, a hatch for rest days, and the day's number.
type dayCell struct {
	rect  *canvas.Rectangle
	hatch [3]*canvas.Line
	num   *canvas.Text
}

func newDayCell() *dayCell {
	c := &dayCell{rect: canvas.NewRectangle(color.Transparent), num: canvas.NewText("", color.Black)}
	c.rect.CornerRadius = 3
	c.num.Alignment = fyne.TextAlignCenter
	for i := range c.hatch {
		c.hatch[i] = canvas.NewLine(color.Black)
	}
	return c
}

func (c *dayCell) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{c.rect, c.hatch[0], c.hatch[1], c.hatch[2], c.num}
}

// place puts the cell in the square at pos with the given side; the hatch runs corner to corner.
func (c *dayCell) place(pos fyne.Position, side float32) {
	c.rect.Move(pos)
	c.rect.Resize(fyne.NewSquareSize(side))
	in := side * 0.12 // keep the hatch off the rounded corners
	s := side - 2*in
	ends := [3][4]float32{{0, s / 2, s / 2, 0}, {0, s, s, 0}, {s / 2, s, s, s / 2}}
	for i, e := range ends {
		c.hatch[i].Position1 = fyne.NewPos(pos.X+in+e[0], pos.Y+in+e[1])
		c.hatch[i].Position2 = fyne.NewPos(pos.X+in+e[2], pos.Y+in+e[3])
	}
	c.num.TextSize = min(theme.CaptionTextSize(), side*0.42)
	h := fyne.MeasureText("0", c.num.TextSize, c.num.TextStyle).Height
	c.num.Move(fyne.NewPos(pos.X, pos.Y+(side-h)/2))
	c.num.Resize(fyne.NewSize(side, h))
}

// shade colours the cell for a level 0..4, a rest day, a day still to come, and today.
func (c *dayCell) shade(level int, rest, future, today bool) {
	primary := theme.Color(theme.ColorNamePrimary)
	fg := theme.Color(theme.ColorNameForeground)
	c.rect.StrokeWidth = 0
	c.num.Color = fg
	switch {
	case future:
		c.rect.FillColor = color.Transparent
		c.rect.StrokeColor, c.rect.StrokeWidth = theme.Color(theme.ColorNameDisabled), 1
		c.num.Color = theme.Color(theme.ColorNameDisabled)
	case level == 0:
		c.rect.FillColor = theme.Color(theme.ColorNameInputBackground)
	case level == 1:
		// Ended early only: outlined, not shaded, so it never reads as a session done.
		c.rect.FillColor = theme.Color(theme.ColorNameInputBackground)
		c.rect.StrokeColor, c.rect.StrokeWidth = primary, 2
	default:
		c.rect.FillColor = withAlpha(primary, levelAlpha[level])
		if level >= 3 {
			c.num.Color = theme.Color(theme.ColorNameForegroundOnPrimary)
		}
	}
	warning := theme.Color(theme.ColorNameWarning)
	for _, l := range c.hatch {
		l.StrokeColor, l.StrokeWidth = warning, 2
		l.Hidden = !rest
	}
	if rest && !future {
		c.rect.StrokeColor, c.rect.StrokeWidth = warning, 2
	}
	if today {
		c.rect.StrokeColor, c.rect.StrokeWidth = fg, 3
		c.num.TextStyle.Bold = true
	}
}

func (c *dayCell) refresh() {
	for _, o := range c.objects() {
		o.Refresh()
	}
}

// levelAlpha is the primary colour's opacity for the shaded levels 2..4 of DayCount.Level:
// a third, two thirds and all of the day's sessions.
var levelAlpha = [5]uint8{2: 0x50, 3: 0xa0, 4: 0xff}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(uint16(n.A) * uint16(a) / 0xff)
	return n
}

type legendItem struct {
	cell  *dayCell
	text  *canvas.Text
	level int
	rest  bool
}

type heatMapRenderer struct {
	h        *HeatMap
	weekdays []*canvas.Text
	months   []*canvas.Text // one a week, empty unless the month changes there
	cells    [][7]*dayCell
	legend   []legendItem
	objects  []fyne.CanvasObject
}

// build makes the objects for the number of weeks shown; Refresh only changes them.
func (r *heatMapRenderer) build() {
	n := len(r.h.weeks)
	r.months = r.months[:0]
	r.cells = r.cells[:0]
	r.objects = r.objects[:0]
	for _, t := range r.weekdays {
		r.objects = append(r.objects, t)
	}
	for range n {
		m := canvas.NewText("", color.Black)
		m.Alignment = fyne.TextAlignTrailing
		r.months = append(r.months, m)
		r.objects = append(r.objects, m)
		var row [7]*dayCell
		for d := range row {
			row[d] = newDayCell()
			r.objects = append(r.objects, row[d].objects()...)
		}
		r.cells = append(r.cells, row)
	}
	for _, l := range r.legend {
		r.objects = append(r.objects, l.cell.objects()...)
		r.objects = append(r.objects, l.text)
	}
}

// geometry is the heat map's measures at the current text size.
type heatGeometry struct {
	text, gap, label, cell float32
}

// geometry fits the cells to size: as large as the width and the height allow, between a
// smallest size that still shows the day's number and a largest that keeps the grid compact.
// The legend stands in a column to the right of the grid.
func (r *heatMapRenderer) geometry(size fyne.Size) heatGeometry {
	g := heatGeometry{text: theme.TextSize(), gap: theme.Padding()}
	for _, m := range monthNames() {
		g.label = max(g.label, fyne.MeasureText(m, g.text, fyne.TextStyle{}).Width)
	}
	g.label += 2 * g.gap
	g.cell = 1.9 * g.text
	if size.IsZero() {
		return g
	}
	byWidth := (size.Width-g.label-r.legendWidth(g))/7 - g.gap
	head := fyne.MeasureText("M", g.text, fyne.TextStyle{}).Height + g.gap
	byHeight := (size.Height-head)/float32(max(1, len(r.cells))) - g.gap
	g.cell = max(g.cell, min(byWidth, byHeight, 3.4*g.text))
	return g
}

func (g heatGeometry) swatch() float32 { return 1.4 * g.text }

// legendWidth is the legend column's width, with the space before it.
func (r *heatMapRenderer) legendWidth(g heatGeometry) float32 {
	var w float32
	for _, l := range r.legend {
		w = max(w, fyne.MeasureText(l.text.Text, g.text, fyne.TextStyle{}).Width)
	}
	return 3*g.gap + g.swatch() + g.gap + w
}

func (r *heatMapRenderer) MinSize() fyne.Size {
	g := r.geometry(fyne.Size{})
	w := g.label + 7*(g.cell+g.gap) + r.legendWidth(g)
	head := fyne.MeasureText("M", g.text, fyne.TextStyle{}).Height + g.gap
	grid := float32(len(r.cells)) * (g.cell + g.gap)
	legend := float32(len(r.legend)) * (g.swatch() + 2*g.gap)
	return fyne.NewSize(w, head+max(grid, legend))
}

func (r *heatMapRenderer) Layout(size fyne.Size) {
	g := r.geometry(size)
	head := fyne.MeasureText("M", g.text, fyne.TextStyle{}).Height
	for d, t := range r.weekdays {
		t.TextSize = min(g.text, g.cell/2.3) // "Wed" fits over its column
		t.Alignment = fyne.TextAlignCenter
		t.Move(fyne.NewPos(g.label+float32(d)*(g.cell+g.gap), 0))
		t.Resize(fyne.NewSize(g.cell, head))
	}
	top := head + g.gap
	y := top
	for w, row := range r.cells {
		r.months[w].TextSize = g.text
		r.months[w].Move(fyne.NewPos(0, y+(g.cell-head)/2))
		r.months[w].Resize(fyne.NewSize(g.label-2*g.gap, head))
		for d, c := range row {
			c.place(fyne.NewPos(g.label+float32(d)*(g.cell+g.gap), y), g.cell)
		}
		y += g.cell + g.gap
	}
	x := g.label + 7*(g.cell+g.gap) + 2*g.gap
	y = top
	for _, l := range r.legend {
		l.text.TextSize = g.text
		tw := fyne.MeasureText(l.text.Text, g.text, fyne.TextStyle{}).Width
		l.cell.place(fyne.NewPos(x, y), g.swatch())
		l.text.Move(fyne.NewPos(x+g.swatch()+g.gap, y+(g.swatch()-head)/2))
		l.text.Resize(fyne.NewSize(tw, head))
		y += g.swatch() + 2*g.gap
	}
}

func (r *heatMapRenderer) Refresh() {
	if len(r.cells) != len(r.h.weeks) {
		r.build()
	}
	fg := theme.Color(theme.ColorNameForeground)
	for _, t := range r.weekdays {
		t.Color = fg
		t.Refresh()
	}
	lastMonth := -1
	for w, week := range r.h.weeks {
		// A month is named on the first row and on the row where it begins.
		m := r.months[w]
		m.Text, m.Color = "", fg
		for _, d := range week.Days {
			if int(d.Day.M) != lastMonth && (w == 0 || d.Day.D == 1) {
				m.Text = monthNames()[d.Day.M-1]
			}
		}
		lastMonth = int(week.Days[6].Day.M)
		m.Refresh()
		for d, day := range week.Days {
			c := r.cells[w][d]
			c.num.Text = strconv.Itoa(day.Day.D)
			c.shade(day.Level(), day.Rest, day.Future, day.Day == r.h.today)
			c.refresh()
		}
	}
	for _, l := range r.legend {
		l.text.Color = fg
		l.cell.shade(l.level, l.rest, false, false)
		l.cell.refresh()
		l.text.Refresh()
	}
	r.Layout(r.h.Size())
}

func (r *heatMapRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *heatMapRenderer) Destroy()                     {}

// monthNames are the short month names, January first.
func monthNames() []string {
	return []string{
		lang.L("Jan"), lang.L("Feb"), lang.L("Mar"), lang.L("Apr"), lang.L("May"), lang.L("Jun"),
		lang.L("Jul"), lang.L("Aug"), lang.L("Sep"), lang.L("Oct"), lang.L("Nov"), lang.L("Dec"),
	}
}
