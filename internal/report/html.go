package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/language"
)

//go:embed report.html.tmpl
var reportTemplateText string

// reportTemplate asks for its words when it runs, so each report is in the language in use.
var reportTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"t": label}).Parse(reportTemplateText))

// label is the report's word for key in the language lang speaks, with en.json's English where
// lang has none of ours: the report's keys are names ("report.title"), not English texts.
func label(key string) string { return lang.LocalizeKey(key, language.English(key)) }

// Report is what WriteHTML prints for a doctor: the program with its figures, then the
// user's adherence, pain trend and sessions over the last Weeks weeks up to Generated.
type Report struct {
	Generated    time.Time
	Location     *time.Location // local days and times are shown here; nil means time.Local
	ProgramTitle string
	Exercises    []Exercise
	Records      []journal.Record
	Target       int // sessions wanted a day; 0 means 2
	Weeks        int // weeks shown; 0 means 8
}

// Exercise is one exercise of the program as the report shows it.
type Exercise struct {
	ID            string
	Title         string
	StartPosition string
	Action        string
	Dose          string // e.g. "30 times to each side"
	// SVG is an inline <svg> figure from internal/figure, inserted as is: it must come from
	// our own code, never from a file the user chose. Empty (or not an <svg>) shows a placeholder box.
	SVG string
}

// WriteHTML writes r as one self-contained printable HTML page: inline CSS and SVG, no scripts,
// no external files, with its words in the language lang speaks. The same Report always gives
// the same bytes.
func WriteHTML(w io.Writer, r Report) error {
	if err := reportTemplate.Execute(w, newReportView(r)); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

// reportView is the report worked out for the template, which only lays it out.
type reportView struct {
	ProgramTitle    string
	From, To        string
	Generated, Zone string
	Target          int
	Exercises       []exerciseView
	Weekdays        []string
	Weeks           []weekView
	Totals          reportTotals
	PainChart       template.HTML
	HasPain         bool
	Tallies         []tallyView
	Sessions        []sessionView
	Rests           []string
}

type exerciseView struct {
	N                                  int
	Title, StartPosition, Action, Dose string
	SVG                                template.HTML
}

type weekView struct {
	Monday string
	Cells  []cellView
}

type cellView struct {
	Class, Day, Count, Title string
}

type reportTotals struct {
	Finished, EndedEarly, ActiveDays, Streak int
}

type tallyView struct {
	Title                        string
	Done, Partial, Skipped, Pain int
	StopLevel                    string
}

type sessionView struct {
	Date, Time, Duration, Exercises, PainStops, Pain string
	Early                                            bool
}

func newReportView(r Report) reportView {
	loc := r.Location
	if loc == nil {
		loc = time.Local
	}
	target, weeks := r.Target, r.Weeks
	if target <= 0 {
		target = 2
	}
	if weeks <= 0 {
		weeks = 8
	}
	sum := journal.Summarize(r.Records, loc, r.Generated, target, weeks)
	from, to := sum.Calendar[0].Monday, journal.DayOf(r.Generated, loc)
	inRange := recordsBetween(r.Records, loc, from, to)
	v := reportView{
		ProgramTitle: r.ProgramTitle,
		From:         from.String(),
		To:           to.String(),
		Generated:    r.Generated.In(loc).Format("2006-01-02 15:04 -07:00"),
		Zone:         zoneName(loc, r.Generated),
		Target:       target,
		Exercises:    exerciseViews(r.Exercises),
		Weekdays:     []string{label("report.mon"), label("report.tue"), label("report.wed"), label("report.thu"), label("report.fri"), label("report.sat"), label("report.sun")},
		Weeks:        weekViews(sum.Calendar),
		Totals:       totals(inRange, loc, sum.Streak.Current),
		PainChart:    template.HTML(painChartSVG(sum.Pain)), // built from numbers and escaped labels
		Tallies:      tallyViews(journal.ExerciseTallies(inRange)),
		Sessions:     sessionViews(inRange, loc),
		Rests:        restViews(inRange, loc),
	}
	for _, w := range sum.Pain {
		if w.Before.N+w.After.N+w.Stops > 0 {
			v.HasPain = true
		}
	}
	return v
}

// recordsBetween returns the sessions that start, and the flare-up rests that begin or end early, on from..to in loc.
func recordsBetween(records []journal.Record, loc *time.Location, from, to journal.Day) []journal.Record {
	var out []journal.Record
	for _, r := range records {
		var at time.Time
		switch {
		case r.Kind == journal.KindSession && r.Session != nil:
			at = r.Session.Start
		case r.Kind == journal.KindFlare && r.Flare != nil:
			at = r.Flare.From
		case r.Kind == journal.KindFlareEnd && r.FlareEnd != nil:
			at = r.FlareEnd.At
		default:
			continue
		}
		if d := journal.DayOf(at, loc); !d.Before(from) && !d.After(to) {
			out = append(out, r)
		}
	}
	return out
}

func exerciseViews(exs []Exercise) []exerciseView {
	out := make([]exerciseView, len(exs))
	for i, e := range exs {
		out[i] = exerciseView{N: i + 1, Title: e.Title, StartPosition: e.StartPosition, Action: e.Action, Dose: e.Dose}
		if safeSVG(e.SVG) {
			out[i].SVG = template.HTML(e.SVG) // trusted: drawn by internal/figure, checked by safeSVG
		}
	}
	return out
}

// safeSVG accepts only an <svg> element without scripts or event handlers: a second line of
// defence, since figures come from our own code.
func safeSVG(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(l, "<svg") || !strings.HasSuffix(l, "</svg>") {
		return false
	}
	for _, bad := range []string{"<script", "javascript:", "<foreignobject", "href=\"http", "<iframe"} {
		if strings.Contains(l, bad) {
			return false
		}
	}
	// An event handler is an attribute whose name starts with "on"; words such as "feet on
	// the mat" in the drawing's text are not.
	return !eventHandler.MatchString(l)
}

// eventHandler matches an attribute that runs code: onload=, onclick= and the like.
var eventHandler = regexp.MustCompile(`\son[a-z]+\s*=`)

func weekViews(cal []journal.Week) []weekView {
	out := make([]weekView, len(cal))
	for i, w := range cal {
		out[i].Monday = w.Monday.String()
		for _, c := range w.Days {
			cv := cellView{Day: fmt.Sprint(c.Day.D), Class: fmt.Sprintf("l%d", c.Level()), Title: c.Day.String()}
			switch {
			case c.Future:
				cv.Class = "future"
			case c.Rest && c.Completed+c.Partial == 0:
				cv.Class = "rest"
			}
			if !c.Future && c.Completed+c.Partial > 0 {
				cv.Count = fmt.Sprint(c.Completed)
				if c.Partial > 0 {
					cv.Count += fmt.Sprintf("+%d", c.Partial)
				}
			}
			out[i].Cells = append(out[i].Cells, cv)
		}
	}
	return out
}

// zoneName names a location for a reader: the zone's name when it has one, else its
// abbreviation and UTC offset at t ("Local" tells a doctor nothing).
func zoneName(loc *time.Location, t time.Time) string {
	abbrev := t.In(loc).Format("MST (UTC-07:00)")
	if name := loc.String(); name != "Local" && name != "" {
		return name + ", " + abbrev
	}
	return abbrev
}
