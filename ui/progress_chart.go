package ui

import (
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// PainChart draws the weekly pain averages on a 0–10 scale: before sessions as a line with filled
// dots, after sessions as a line with hollow rings, and the number of pain stops under each week.
// Weeks without a value break the line.
type PainChart struct {
	widget.BaseWidget
	weeks []journal.PainWeek
}

var _ fyne.Widget = (*PainChart)(nil)

// NewPainChart returns a chart of weeks.
func NewPainChart(weeks []journal.PainWeek) *PainChart {
	c := &PainChart{weeks: weeks}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows other weeks.
func (c *PainChart) Set(weeks []journal.PainWeek) {
	c.weeks = weeks
	c.Refresh()
}

// painTicks are the pain levels with a grid line and a label.
var painTicks = [...]int{0, 2, 4, 6, 8, 10}

// series is one line of the chart: a segment between each two weeks and a marker on each.
type series struct {
	value   func(journal.PainWeek) journal.Mean
	color   fyne.ThemeColorName
	hollow  bool
	lines   []*canvas.Line
	markers []*canvas.Circle
}

// CreateRenderer is part of fyne.Widget.
func (c *PainChart) CreateRenderer() fyne.WidgetRenderer {
	r := &painChartRenderer{c: c,
		before:     series{value: func(w journal.PainWeek) journal.Mean { return w.Before }, color: theme.ColorNameWarning},
		after:      series{value: func(w journal.PainWeek) journal.Mean { return w.After }, color: theme.ColorNamePrimary, hollow: true},
		stopsLabel: canvas.NewText(lang.L("Stops"), color.Black),
	}
	for range painTicks {
		r.grid = append(r.grid, canvas.NewLine(color.Black))
		t := canvas.NewText("", color.Black)
		t.Alignment = fyne.TextAlignTrailing
		r.ticks = append(r.ticks, t)
	}
	for i, text := range []string{lang.L("Before a session"), lang.L("After a session")} {
		k := legendKey{line: canvas.NewLine(color.Black), dot: canvas.NewCircle(color.Black), text: canvas.NewText(text, color.Black)}
		r.keys[i] = k
	}
	r.build()
	r.Refresh()
	return r
}

type legendKey struct {
	line *canvas.Line
	dot  *canvas.Circle
	text *canvas.Text
}

type painChartRenderer struct {
	c             *PainChart
	grid          []*canvas.Line
	ticks         []*canvas.Text
	weekLabels    []*canvas.Text
	stops         []*canvas.Text
	stopsLabel    *canvas.Text
	before, after series
	keys          [2]legendKey
	objects       []fyne.CanvasObject
}

// build makes the objects for the number of weeks shown; Refresh only changes them.
func (r *painChartRenderer) build() {
	n := len(r.c.weeks)
	r.objects = r.objects[:0]
	for i := range r.grid {
		r.objects = append(r.objects, r.grid[i], r.ticks[i])
	}
	r.weekLabels, r.stops = r.weekLabels[:0], r.stops[:0]
	for range n {
		w := canvas.NewText("", color.Black)
		w.Alignment = fyne.TextAlignCenter
		s := canvas.NewText("", color.Black)
		s.Alignment = fyne.TextAlignCenter
		s.TextStyle.Bold = true
		r.weekLabels = append(r.weekLabels, w)
		r.stops = append(r.stops, s)
		r.objects = append(r.objects, w, s)
	}
	r.objects = append(r.objects, r.stopsLabel)
	for _, s := range []*series{&r.before, &r.after} {
		s.lines, s.markers = s.lines[:0], s.markers[:0]
		for i := range n {
			if i > 0 {
				s.lines = append(s.lines, canvas.NewLine(color.Black))
			}
			s.markers = append(s.markers, canvas.NewCircle(color.Transparent))
		}
		for _, l := range s.lines {
			r.objects = append(r.objects, l)
		}
		for _, m := range s.markers {
			r.objects = append(r.objects, m)
		}
	}
	for _, k := range r.keys {
		r.objects = append(r.objects, k.line, k.dot, k.text)
	}
}

// chartGeometry is where the plot area sits inside the widget.
type chartGeometry struct {
	text, left, right, top, bottom, lineH float32
}

func (r *painChartRenderer) geometry(size fyne.Size) chartGeometry {
	text := theme.TextSize()
	lineH := fyne.MeasureText("0", text, fyne.TextStyle{}).Height
	pad := theme.Padding()
	left := max(fyne.MeasureText("10", text, fyne.TextStyle{}).Width, fyne.MeasureText(r.stopsLabel.Text, text, fyne.TextStyle{}).Width) + 2*pad
	return chartGeometry{
		text: text, lineH: lineH,
		left: left, right: size.Width - pad,
		top:    lineH + 3*pad + lineH/2,       // the legend, then half a label above 10
		bottom: size.Height - 2*lineH - 3*pad, // the week labels and stops below 0
	}
}

func (g chartGeometry) y(pain float64) float32 {
	return g.bottom - float32(pain/10)*(g.bottom-g.top)
}

func (g chartGeometry) x(i, n int) float32 {
	return g.left + (float32(i)+0.5)*(g.right-g.left)/float32(max(1, n))
}

func (r *painChartRenderer) MinSize() fyne.Size {
	text := theme.TextSize()
	// A week label is a day and a month's short name; the widest month in the language counts.
	var week float32
	for _, m := range monthNames() {
		week = max(week, fyne.MeasureText("30 "+m, theme.CaptionTextSize(), fyne.TextStyle{}).Width)
	}
	week += theme.Padding()
	// Room for the legend, six labelled grid lines a line apart, the weeks and the stops; half
	// a label a week, as Layout shows every second label where they do not fit.
	lineH := fyne.MeasureText("0", text, fyne.TextStyle{}).Height
	return fyne.NewSize(4*text+float32(len(r.c.weeks))*week/2, 9.5*lineH+6*theme.Padding())
}

func (r *painChartRenderer) Layout(size fyne.Size) {
	g := r.geometry(size)
	n := len(r.c.weeks)
	for i, v := range painTicks {
		y := g.y(float64(v))
		r.grid[i].Position1, r.grid[i].Position2 = fyne.NewPos(g.left, y), fyne.NewPos(g.right, y)
		r.ticks[i].TextSize = g.text
		r.ticks[i].Move(fyne.NewPos(0, y-g.lineH/2))
		r.ticks[i].Resize(fyne.NewSize(g.left-2*theme.Padding(), g.lineH))
	}
	colW := (g.right - g.left) / float32(max(1, n))
	// Where the weeks' labels do not fit side by side (a long month name, large text), every
	// second or third is shown, counted back from this week's, which is always shown.
	var labelW float32
	for _, l := range r.weekLabels {
		labelW = max(labelW, fyne.MeasureText(l.Text, theme.CaptionTextSize(), fyne.TextStyle{}).Width)
	}
	every := max(1, int(math.Ceil(float64((labelW+theme.Padding())/colW))))
	for i := range n {
		x := g.x(i, n)
		r.weekLabels[i].Hidden = (n-1-i)%every != 0
		r.weekLabels[i].TextSize = theme.CaptionTextSize()
		r.weekLabels[i].Move(fyne.NewPos(x-colW/2, g.bottom+theme.Padding()))
		r.weekLabels[i].Resize(fyne.NewSize(colW, g.lineH))
		r.stops[i].TextSize = g.text
		r.stops[i].Move(fyne.NewPos(x-colW/2, g.bottom+g.lineH+2*theme.Padding()))
		r.stops[i].Resize(fyne.NewSize(colW, g.lineH))
	}
	r.stopsLabel.TextSize = g.text
	r.stopsLabel.Move(fyne.NewPos(0, g.bottom+g.lineH+2*theme.Padding()))
	dot := g.text * 0.7
	for _, s := range []*series{&r.before, &r.after} {
		for i, m := range s.markers {
			v, _ := s.value(r.c.weeks[i]).Value()
			m.Move(fyne.NewPos(g.x(i, n)-dot/2, g.y(v)-dot/2))
			m.Resize(fyne.NewSquareSize(dot))
		}
		for i, l := range s.lines {
			a, _ := s.value(r.c.weeks[i]).Value()
			b, _ := s.value(r.c.weeks[i+1]).Value()
			l.Position1, l.Position2 = fyne.NewPos(g.x(i, n), g.y(a)), fyne.NewPos(g.x(i+1, n), g.y(b))
		}
	}
	x := g.left
	for _, k := range r.keys {
		k.text.TextSize = g.text
		y := theme.Padding() + g.lineH/2
		k.line.Position1, k.line.Position2 = fyne.NewPos(x, y), fyne.NewPos(x+2*g.text, y)
		k.dot.Move(fyne.NewPos(x+g.text-dot/2, y-dot/2))
		k.dot.Resize(fyne.NewSquareSize(dot))
		k.text.Move(fyne.NewPos(x+2*g.text+theme.Padding(), theme.Padding()))
		x += 2*g.text + 2*theme.Padding() + fyne.MeasureText(k.text.Text, g.text, fyne.TextStyle{}).Width + 2*g.text
	}
}

func (r *painChartRenderer) Refresh() {
	if len(r.stops) != len(r.c.weeks) {
		r.build()
	}
	fg := theme.Color(theme.ColorNameForeground)
	for i, v := range painTicks {
		r.grid[i].StrokeColor, r.grid[i].StrokeWidth = theme.Color(theme.ColorNameSeparator), 1
		if v == 0 {
			r.grid[i].StrokeColor = theme.Color(theme.ColorNameDisabled)
		}
		r.ticks[i].Text, r.ticks[i].Color = strconv.Itoa(v), fg
	}
	months := monthNames()
	for i, w := range r.c.weeks {
		r.weekLabels[i].Text = strconv.Itoa(w.Monday.D) + " " + months[w.Monday.M-1]
		r.weekLabels[i].Color = fg
		r.stops[i].Text, r.stops[i].Color = "", theme.Color(theme.ColorNameError)
		if w.Stops > 0 {
			r.stops[i].Text = strconv.Itoa(w.Stops)
		}
	}
	r.stopsLabel.Color = theme.Color(theme.ColorNameError)
	for k, s := range []*series{&r.before, &r.after} {
		col := theme.Color(s.color)
		for i, m := range s.markers {
			_, ok := s.value(r.c.weeks[i]).Value()
			m.Hidden = !ok
			styleMarker(m, col, s.hollow)
		}
		for i, l := range s.lines {
			_, a := s.value(r.c.weeks[i]).Value()
			_, b := s.value(r.c.weeks[i+1]).Value()
			l.Hidden = !a || !b
			l.StrokeColor, l.StrokeWidth = col, 3
		}
		key := r.keys[k]
		key.line.StrokeColor, key.line.StrokeWidth = col, 3
		styleMarker(key.dot, col, s.hollow)
		key.text.Color = fg
	}
	r.Layout(r.c.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// styleMarker draws a filled dot, or a ring filled with the background so the line does not show through.
func styleMarker(m *canvas.Circle, col color.Color, hollow bool) {
	m.FillColor, m.StrokeColor, m.StrokeWidth = col, col, 0
	if hollow {
		m.FillColor, m.StrokeWidth = theme.Color(theme.ColorNameBackground), 3
	}
}

func (r *painChartRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *painChartRenderer) Destroy()                     {}
