package report

import (
	"fmt"
	"html"
	"strings"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// painChart geometry, in SVG user units (the chart scales to the page width).
const (
	chartW      = 700
	chartH      = 250
	chartLeft   = 40
	chartRight  = chartW - 16
	chartTop    = 40
	chartBottom = chartH - 60
)

// painChartSVG draws the weekly pain averages as an inline SVG: before as a solid black line with
// dots, after as a dashed grey line with squares, and the pain stops per week as text under the
// axis. Weeks without data break the lines. Only black and greys, so it prints as it shows.
func painChartSVG(weeks []journal.PainWeek) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
		chartW, chartH, esc(label("report.pain")))
	chartLegend(&b)
	for v := 0; v <= 10; v += 2 {
		y := painY(float64(v))
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#bbb" stroke-width="0.6"/>`, chartLeft, y, chartRight, y)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%d</text>`, chartLeft-6, y+4, v)
	}
	step := max(1, (len(weeks)+9)/10) // label at most about ten weeks
	for i, w := range weeks {
		x := weekX(i, len(weeks))
		if i%step == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%s</text>`, x, chartBottom+16, w.Monday)
		}
		if w.Stops > 0 {
			text := fmt.Sprint(w.Stops)
			if avg, ok := w.StopLevel.Value(); ok {
				text += fmt.Sprintf(" (%.1f)", avg)
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" font-weight="bold">▲ %s</text>`, x, chartBottom+36, text)
		}
	}
	chartSeries(&b, weeks, func(w journal.PainWeek) journal.Mean { return w.Before }, `stroke="#000"`, dot)
	chartSeries(&b, weeks, func(w journal.PainWeek) journal.Mean { return w.After }, `stroke="#555" stroke-dasharray="6 4"`, square)
	b.WriteString(`</svg>`)
	return b.String()
}

func chartLegend(b *strings.Builder) {
	fmt.Fprintf(b, `<line x1="%d" y1="14" x2="%d" y2="14" stroke="#000" stroke-width="2"/>`, chartLeft, chartLeft+28)
	dot(b, chartLeft+14, 14)
	fmt.Fprintf(b, `<text x="%d" y="18">%s</text>`, chartLeft+34, esc(label("report.pain_before")))
	fmt.Fprintf(b, `<line x1="%d" y1="14" x2="%d" y2="14" stroke="#555" stroke-width="2" stroke-dasharray="6 4"/>`, chartLeft+200, chartLeft+228)
	square(b, chartLeft+214, 14)
	fmt.Fprintf(b, `<text x="%d" y="18">%s</text>`, chartLeft+234, esc(label("report.pain_after")))
	fmt.Fprintf(b, `<text x="%d" y="18" font-weight="bold">▲ %s</text>`, chartLeft+400, esc(label("report.pain_stops")))
}

// chartSeries draws one line, broken where a week has no value, and a marker at every value.
func chartSeries(b *strings.Builder, weeks []journal.PainWeek, value func(journal.PainWeek) journal.Mean, stroke string, marker func(*strings.Builder, float64, float64)) {
	var pts []string
	flush := func() {
		if len(pts) > 1 {
			fmt.Fprintf(b, `<polyline fill="none" stroke-width="2" %s points="%s"/>`, stroke, strings.Join(pts, " "))
		}
		pts = pts[:0]
	}
	for i, w := range weeks {
		v, ok := value(w).Value()
		if !ok {
			flush()
			continue
		}
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", weekX(i, len(weeks)), painY(v)))
	}
	flush()
	for i, w := range weeks {
		if v, ok := value(w).Value(); ok {
			marker(b, weekX(i, len(weeks)), painY(v))
		}
	}
}

func dot(b *strings.Builder, x, y float64) {
	fmt.Fprintf(b, `<circle cx="%.1f" cy="%.1f" r="3.5" fill="#000"/>`, x, y)
}

func square(b *strings.Builder, x, y float64) {
	fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="7" height="7" fill="#fff" stroke="#555" stroke-width="1.5"/>`, x-3.5, y-3.5)
}

func weekX(i, n int) float64 {
	return chartLeft + (float64(i)+0.5)*float64(chartRight-chartLeft)/float64(max(1, n))
}

func painY(v float64) float64 {
	return chartBottom - v/10*(chartBottom-chartTop)
}

func esc(s string) string { return html.EscapeString(s) }
