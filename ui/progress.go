package ui

import (
	"log"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/schedule"
)

// progressWeeks is how many weeks the calendar and the pain chart show.
const progressWeeks = 8

// progress shows what the journal holds: today's sessions against the day's target and when the
// next is due, the streak, a calendar of the last weeks, the pain trend, and how each exercise
// went. From here the user saves a report for their doctor.
type progress struct {
	shell   *Shell
	content fyne.CanvasObject
	now     time.Time
	loc     *time.Location
	records []journal.Record
	sum     journal.Summary
	count   schedule.Count // today's sessions, counted as the reminders count them
	outlook Outlook        // when the next session is due, if known
	known   bool

	today, next, streak *widget.Label
	heat                *HeatMap
	chart               *PainChart
	tally               *fyne.Container
	scroll              *container.Scroll
}

// newProgress builds the screen from what was read (Shell.readProgress).
func newProgress(s *Shell, read progressRead) *progress {
	return newProgressAt(s, time.Now(), time.Local, read)
}

// newProgressAt builds the screen as it looks at now, with days counted in loc.
func newProgressAt(s *Shell, now time.Time, loc *time.Location, read progressRead) *progress {
	p := &progress{shell: s, now: now, loc: loc, records: read.records, outlook: read.outlook, known: read.known}
	loadErr := read.err
	p.sum = journal.Summarize(p.records, loc, now, s.set.SessionsPerDay, progressWeeks)
	p.count = schedule.Today(now, schedule.FromJournal(p.records, now), schedule.RulesFrom(s.set), loc)

	title := widget.NewLabelWithStyle(lang.L("Your progress"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord

	p.today = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.today.SizeName = theme.SizeNameSubHeadingText
	p.today.Wrapping = fyne.TextWrapWord
	p.next = wrapped("")
	p.streak = wrapped("")
	p.fillToday()

	today := container.NewVBox(p.today, p.next, p.streak)
	if loadErr != nil {
		log.Printf("progress: read journal: %v", loadErr)
		warn := wrapped(lang.L("Part of your journal could not be read, so this may be incomplete."))
		warn.Importance = widget.DangerImportance
		today.Add(warn)
	}

	var first journal.Day
	if len(p.sum.Calendar) > 0 {
		first = p.sum.Calendar[0].Monday
	}
	p.heat = NewHeatMap(p.sum.Calendar, journal.DayOf(now, loc))
	p.chart = NewPainChart(p.sum.Pain)
	p.tally = p.tallyTable()

	// The calendar and the chart take the height left over, so on a large window they grow.
	left := container.NewBorder(container.NewVBox(today, widget.NewSeparator(),
		heading(lang.N("The last {{.N}} weeks, from {{.Date}}", progressWeeks, data{"N": progressWeeks, "Date": calendarDayText(first)}))),
		nil, nil, nil, p.heat)
	right := container.NewBorder(heading(lang.L("Pain each week, 0 = none, 10 = worst")),
		container.NewVBox(widget.NewSeparator(), heading(lang.L("Each exercise, all sessions")), container.NewThemeOverride(p.tally, compactTheme{})),
		nil, nil, p.chart)
	cols := &sideBySide{}
	p.scroll = container.NewVScroll(container.NewPadded(container.New(cols, left, right)))
	cols.width = func() float32 { return p.scroll.Size().Width - 2*theme.Padding() }

	back := s.button(keyed(lang.L("Back"), "Esc"), theme.NavigateBackIcon(), s.showHome)
	report := s.button(keyed(lang.L("Export for your doctor"), "E"), theme.DocumentPrintIcon(), p.exportReport)
	report.Importance = widget.HighImportance
	csv := s.button(keyed(lang.L("Save as a spreadsheet"), "C"), theme.DocumentSaveIcon(), p.exportCSV)
	actions := container.NewHBox(report, csv)
	top := s.newTitleBar(back, title, actions)
	p.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, p.scroll)
	return p
}

// fillToday writes today's count, the next session and the streak.
func (p *progress) fillToday() {
	p.today.SetText(todayText(p.count))

	p.next.Hide()
	if p.known {
		p.next.SetText(outlookText(p.outlook, p.now))
		p.next.Show()
	}

	st := p.sum.Streak
	text := lang.L("Finish a session today to start a new run.")
	if st.Current > 0 {
		text = lang.N("{{.N}} day in a row with a session.", st.Current, data{"N": st.Current})
	}
	if st.Best > 0 {
		text += " " + lang.N("Your longest run: {{.N}} day.", st.Best, data{"N": st.Best})
	}
	p.streak.SetText(text + " " + lang.L("Flare-up rest days do not break a run."))
}

// tallyTable lists each exercise with how often it was done in full and how often stopped
// because it hurt: the program's exercises in order, then any the program no longer has.
func (p *progress) tallyTable() *fyne.Container {
	table := container.New(&columns{n: 3})
	head := func(s string, align fyne.TextAlign) {
		table.Add(widget.NewLabelWithStyle(s, align, fyne.TextStyle{Bold: true}))
	}
	head(lang.L("Exercise"), fyne.TextAlignLeading)
	head(lang.L("Done in full"), fyne.TextAlignTrailing)
	head(lang.L("Stopped: it hurt"), fyne.TextAlignTrailing)
	if len(p.sum.Exercises) == 0 {
		table.Add(wrapped(lang.L("No sessions yet.")))
		table.Add(widget.NewLabel(""))
		table.Add(widget.NewLabel(""))
		return table
	}
	for _, t := range orderTallies(p.sum.Exercises, p.shell.prog) {
		name := widget.NewLabel(t.Title)
		name.Wrapping = fyne.TextWrapWord // cut short, two titles can read the same
		done := widget.NewLabelWithStyle(strconv.Itoa(t.Done), fyne.TextAlignTrailing, fyne.TextStyle{})
		pain := widget.NewLabelWithStyle(strconv.Itoa(t.Pain), fyne.TextAlignTrailing, fyne.TextStyle{Bold: t.Pain > 0})
		if t.Pain > 0 {
			pain.Importance = widget.DangerImportance
		}
		table.Add(name)
		table.Add(done)
		table.Add(pain)
	}
	return table
}

// orderTallies puts the tallies in the program's order under the program's titles; exercises
// the program no longer has follow, under the titles they were recorded with.
func orderTallies(tallies []journal.ExerciseTally, prog program.Program) []journal.ExerciseTally {
	byID := map[string]journal.ExerciseTally{}
	for _, t := range tallies {
		byID[t.ID] = t
	}
	var out []journal.ExerciseTally
	for _, e := range prog.Exercises {
		if t, ok := byID[e.ID]; ok {
			t.Title = e.Title
			out = append(out, t)
			delete(byID, e.ID)
		}
	}
	for _, t := range tallies {
		if _, ok := byID[t.ID]; ok {
			if t.Title == "" {
				t.Title = t.ID
			}
			out = append(out, t)
		}
	}
	return out
}

func heading(s string) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// calendarDayText is a day as "3 Mar".
func calendarDayText(d journal.Day) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.D) + " " + monthNames()[d.M-1]
}

func (p *progress) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape, fyne.KeyBackspace:
		p.shell.showHome()
	// The save dialog opens after this key's typed rune is delivered; opened at once, it would
	// focus its file name and take the "e" or "c" into it.
	case fyne.KeyE:
		fyne.Do(p.exportReport)
	case fyne.KeyC:
		fyne.Do(p.exportCSV)
	case fyne.KeySpace:
		scrollKeys(p.scroll, &fyne.KeyEvent{Name: fyne.KeyPageDown})
	default:
		scrollKeys(p.scroll, ev)
	}
}

// sideBySide lays out two columns, half the width each where both fit, else each as wide as it
// needs; where even that is wider than the screen (large text, a long language), the second
// goes under the first, so nothing is cut off at the right. width is the width it will get,
// which the height it needs depends on.
type sideBySide struct{ width func() float32 }

func (l *sideBySide) fits(objs []fyne.CanvasObject, width float32) bool {
	return objs[0].MinSize().Width+theme.Padding()+objs[1].MinSize().Width <= width
}

func (l *sideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	if l.width != nil && !l.fits(objs, l.width()) {
		return fyne.NewSize(max(a.Width, b.Width), a.Height+theme.Padding()+b.Height)
	}
	return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
}

func (l *sideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	a, b := objs[0].MinSize(), objs[1].MinSize()
	if !l.fits(objs, size.Width) {
		objs[0].Move(fyne.NewPos(0, 0))
		objs[0].Resize(fyne.NewSize(size.Width, a.Height))
		objs[1].Move(fyne.NewPos(0, a.Height+pad))
		objs[1].Resize(fyne.NewSize(size.Width, max(b.Height, size.Height-a.Height-pad)))
		return
	}
	left := max(a.Width, min((size.Width-pad)/2, size.Width-pad-b.Width))
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(left, size.Height))
	objs[1].Move(fyne.NewPos(left+pad, 0))
	objs[1].Resize(fyne.NewSize(size.Width-left-pad, size.Height))
}
