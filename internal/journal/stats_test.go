package journal

import (
	"fmt"
	"testing"
	"time"

	_ "time/tzdata" // the zones below, even on a machine without a zone database

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// session returns a finished (or ended early) session record starting at start with the given exercises.
func session(id string, start time.Time, completed bool, exs ...ExerciseRecord) Record {
	return NewSessionRecord(Session{ID: id, Program: "lumbar", Start: start, End: start.Add(40 * time.Minute), Completed: completed, Exercises: exs})
}

// countsByDay returns "date:completed/partial" for every day in from..to with anything saved.
func countsByDay(records []Record, loc *time.Location, from, to Day) map[string]string {
	out := map[string]string{}
	ix := newIndex(records, loc)
	for d := from; !d.After(to); d = d.AddDays(1) {
		c := ix.day(d, to, 2)
		if c.Completed+c.Partial > 0 {
			out[c.Day.String()] = fmt.Sprintf("%d/%d", c.Completed, c.Partial)
		}
	}
	return out
}

func sameCounts(t *testing.T, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("days = %v, want %v", got, want)
		return
	}
	for d, w := range want {
		if got[d] != w {
			t.Errorf("day %s = %q, want %q (all: %v)", d, got[d], w, got)
		}
	}
}

func TestDaysAcrossDST(t *testing.T) {
	plus1, plus2 := time.FixedZone("CET", 3600), time.FixedZone("CEST", 7200)
	records := []Record{
		// Spring forward: 2026-03-29 02:00 CET becomes 03:00 CEST; that day has 23 hours.
		session("s1", time.Date(2026, 3, 28, 23, 30, 0, 0, plus1), true),
		session("s2", time.Date(2026, 3, 29, 0, 30, 0, 0, plus1), true),
		session("s3", time.Date(2026, 3, 29, 23, 30, 0, 0, plus2), false),
		session("s4", time.Date(2026, 3, 30, 0, 15, 0, 0, plus2), true),
		// Fall back: 2026-10-25 03:00 CEST becomes 02:00 CET; 02:30 happens twice, the day has 25 hours.
		session("f1", time.Date(2026, 10, 24, 23, 59, 0, 0, plus2), true),
		session("f2", time.Date(2026, 10, 25, 2, 30, 0, 0, plus2), true),
		session("f3", time.Date(2026, 10, 25, 2, 30, 0, 0, plus1), true),
		session("f4", time.Date(2026, 10, 25, 23, 30, 0, 0, plus1), true),
		session("f5", time.Date(2026, 10, 26, 0, 5, 0, 0, plus1), true),
	}
	want := map[string]string{
		"2026-03-28": "1/0", "2026-03-29": "1/1", "2026-03-30": "1/0",
		"2026-10-24": "1/0", "2026-10-25": "3/0", "2026-10-26": "1/0",
	}
	sameCounts(t, countsByDay(records, berlin, Day{2026, 3, 1}, Day{2026, 10, 31}), want)

	// The same instants written in UTC land on the same Berlin days.
	utc := make([]Record, len(records))
	for i, r := range records {
		s := *r.Session
		s.Start, s.End = s.Start.UTC(), s.End.UTC()
		utc[i] = NewSessionRecord(s)
	}
	sameCounts(t, countsByDay(utc, berlin, Day{2026, 3, 1}, Day{2026, 10, 31}), want)

	// Day arithmetic across the changes stays on whole days.
	if d := (Day{2026, 3, 28}).AddDays(2); d != (Day{2026, 3, 30}) {
		t.Errorf("AddDays across spring forward = %v", d)
	}
	if n := (Day{2026, 10, 26}).Sub(Day{2026, 10, 24}); n != 2 {
		t.Errorf("Sub across fall back = %d", n)
	}
}

func TestDaysAfterMovingZones(t *testing.T) {
	east, west := time.FixedZone("", 3*3600), time.FixedZone("", -5*3600)
	records := []Record{
		session("before-move", time.Date(2026, 6, 10, 1, 30, 0, 0, east), true), // 2026-06-09 22:30 UTC
		session("after-move", time.Date(2026, 6, 12, 22, 30, 0, 0, west), true), // 2026-06-13 03:30 UTC
	}
	tests := []struct {
		zone string
		want map[string]string
	}{
		{"Europe/Moscow", map[string]string{"2026-06-10": "1/0", "2026-06-13": "1/0"}},  // +03:00
		{"America/Bogota", map[string]string{"2026-06-09": "1/0", "2026-06-12": "1/0"}}, // -05:00
		{"UTC", map[string]string{"2026-06-09": "1/0", "2026-06-13": "1/0"}},
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			sameCounts(t, countsByDay(records, mustZone(tt.zone), Day{2026, 6, 1}, Day{2026, 6, 30}), tt.want)
		})
	}
}

func TestStreakForgivesFlareUps(t *testing.T) {
	base := Day{2026, 3, 23} // spans the spring DST change on purpose
	at := func(day, hour int) time.Time {
		d := base.AddDays(day)
		return time.Date(d.Y, d.M, d.D, hour, 0, 0, 0, berlin)
	}
	done := func(day int) Record { return session(fmt.Sprint("d", day), at(day, 9), true) }
	early := func(day int) Record { return session(fmt.Sprint("e", day), at(day, 9), false) }
	flare := func(from, days int) Record {
		return NewFlareRecord(Flare{From: at(from, 8), Until: base.AddDays(from + days).Start(berlin)})
	}
	flareEnd := func(day, hour int) Record { return NewFlareEndRecord(FlareEnd{At: at(day, hour)}) }
	tests := []struct {
		name    string
		records []Record
		today   int
		want    Streak
	}{
		{"nothing yet", nil, 0, Streak{}},
		{"a missed day breaks it", []Record{done(0), done(1), done(2), done(4), done(5)}, 6, Streak{Current: 2, Best: 3}},
		{"today not yet done does not break it", []Record{done(0), done(1)}, 2, Streak{Current: 2, Best: 2}},
		{"today done extends it", []Record{done(0), done(1), done(2)}, 2, Streak{Current: 3, Best: 3}},
		{"rest days neither break nor extend", []Record{done(0), done(1), done(2), flare(3, 3), done(6)}, 7, Streak{Current: 4, Best: 4}},
		{"a rest ended early forgives only until it ended", []Record{done(0), done(1), done(2), flare(3, 4), flareEnd(4, 10), done(6)}, 7, Streak{Current: 1, Best: 3}},
		{"a session during a rest still counts", []Record{done(0), flare(1, 2), done(1)}, 3, Streak{Current: 2, Best: 2}},
		{"sessions ended early do not count", []Record{done(0), early(1), done(2)}, 2, Streak{Current: 1, Best: 1}},
		{"a rest reaching today keeps it", []Record{done(0), done(1), flare(2, 5)}, 4, Streak{Current: 2, Best: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := newIndex(tt.records, berlin).streak(DayOf(at(tt.today, 20), berlin)); got != tt.want {
				t.Errorf("streak = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRestDaysInAnotherZone(t *testing.T) {
	// A rest from Monday 08:00 Berlin until Thursday 00:00 Berlin covers Mon–Wed there,
	// but seen from New York (6 hours behind) it starts Monday 02:00 and ends Wednesday 18:00.
	from := time.Date(2026, 5, 4, 8, 0, 0, 0, berlin)
	rest := NewFlareRecord(Flare{From: from, Until: Day{2026, 5, 7}.Start(berlin)})
	tests := []struct {
		loc  *time.Location
		want []Day
	}{
		{berlin, []Day{{2026, 5, 4}, {2026, 5, 5}, {2026, 5, 6}}},
		{mustZone("America/New_York"), []Day{{2026, 5, 4}, {2026, 5, 5}, {2026, 5, 6}}},
		{mustZone("Asia/Tokyo"), []Day{{2026, 5, 4}, {2026, 5, 5}, {2026, 5, 6}, {2026, 5, 7}}},
	}
	for _, tt := range tests {
		got := RestDays([]Record{rest}, tt.loc)
		if len(got) != len(tt.want) {
			t.Errorf("%s: rest days %v, want %v", tt.loc, got, tt.want)
		}
		for _, d := range tt.want {
			if !got[d] {
				t.Errorf("%s: %v not a rest day (got %v)", tt.loc, d, got)
			}
		}
	}
}

func TestLevelAndFraction(t *testing.T) {
	tests := []struct {
		completed, partial, target int
		level                      int
		fraction                   float64
	}{
		{0, 0, 2, 0, 0},
		{0, 1, 2, 1, 0},
		{1, 0, 3, 2, 1.0 / 3},
		{2, 0, 3, 3, 2.0 / 3},
		{3, 0, 3, 4, 1},
		{1, 0, 2, 3, 0.5},
		{2, 1, 2, 4, 1},
		{5, 0, 2, 4, 1},
		{1, 0, 0, 4, 0},
	}
	for _, tt := range tests {
		c := DayCount{Completed: tt.completed, Partial: tt.partial, Target: tt.target}
		if c.Level() != tt.level || c.Fraction() != tt.fraction {
			t.Errorf("%d done, %d partial, target %d: level %d fraction %v; want %d, %v",
				tt.completed, tt.partial, tt.target, c.Level(), c.Fraction(), tt.level, tt.fraction)
		}
	}
}

func TestCalendarShape(t *testing.T) {
	today := Day{2026, 11, 25} // a Wednesday
	records := []Record{
		session("a", time.Date(2026, 11, 25, 8, 0, 0, 0, berlin), true),
		session("b", time.Date(2026, 11, 2, 8, 0, 0, 0, berlin), true),
		session("c", time.Date(2026, 11, 2, 14, 0, 0, 0, berlin), false),
		session("too-old", time.Date(2026, 10, 25, 8, 0, 0, 0, berlin), true),
	}
	cal := newIndex(records, berlin).calendar(today, 4, 2)
	if len(cal) != 4 || cal[0].Monday != (Day{2026, 11, 2}) || cal[3].Monday != (Day{2026, 11, 23}) {
		t.Fatalf("calendar weeks start %v … %v (%d weeks)", cal[0].Monday, cal[len(cal)-1].Monday, len(cal))
	}
	total := 0
	for _, w := range cal {
		for i, c := range w.Days {
			if c.Day.Weekday() != time.Weekday((i+1)%7) {
				t.Errorf("cell %d of week %v is a %v", i, w.Monday, c.Day.Weekday())
			}
			if c.Future != c.Day.After(today) {
				t.Errorf("%v future = %v", c.Day, c.Future)
			}
			total += c.Completed + c.Partial
		}
	}
	if first := cal[0].Days[0]; first.Completed != 1 || first.Partial != 1 {
		t.Errorf("2026-11-02 = %+v", first)
	}
	if total != 3 {
		t.Errorf("calendar holds %d sessions, want 3 (one is older than 4 weeks)", total)
	}
}

func TestExerciseTallies(t *testing.T) {
	ex := func(id string, status coach.Status, pain *int) ExerciseRecord {
		return ExerciseRecord{ID: id, Title: "T " + id, Kind: program.Reps, Sides: program.OneSide, Target: 30, Status: status, Pain: pain}
	}
	day := time.Date(2026, 4, 1, 8, 0, 0, 0, berlin)
	records := []Record{
		session("1", day, true, ex("a", coach.Done, nil), ex("b", coach.PainStopped, Pain(4)), ex("c", coach.Done, nil)),
		NewSkipRecord(Skip{At: day, Due: day}),
		session("2", day.Add(6*time.Hour), false, ex("a", coach.Partial, nil), ex("b", coach.NotStarted, nil), ex("c", coach.NotStarted, nil)),
		session("3", day.Add(24*time.Hour), true, ex("a", coach.Done, nil), ex("b", coach.PainStopped, Pain(6)), ex("c", coach.Skipped, nil)),
	}
	want := []ExerciseTally{
		{ID: "a", Title: "T a", Done: 2, Partial: 1},
		{ID: "b", Title: "T b", Pain: 2, NotStarted: 1, PainLevel: Mean{Sum: 10, N: 2}},
		{ID: "c", Title: "T c", Done: 1, Skipped: 1, NotStarted: 1},
	}
	got := ExerciseTallies(records)
	if len(got) != len(want) {
		t.Fatalf("tallies %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("tally %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if avg, ok := got[1].PainLevel.Value(); !ok || avg != 5 {
		t.Errorf("average stop level = %v, %v", avg, ok)
	}
}

func TestPainTrend(t *testing.T) {
	withPain := func(id string, start time.Time, before, after *int, stop *int) Record {
		r := session(id, start, true)
		r.Session.PainBefore, r.Session.PainAfter = before, after
		if stop != nil {
			r.Session.Exercises = []ExerciseRecord{{ID: "knees-bent-twist", Kind: program.Reps, Sides: program.BothSides, Target: 30, Status: coach.PainStopped, Pain: stop}}
		}
		return r
	}
	at := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, berlin) }
	records := []Record{
		withPain("a", at(12, 21, 8), Pain(6), Pain(4), nil),                             // Mon, ISO 2026-W52
		withPain("b", at(12, 27, 23), Pain(5), nil, Pain(5)),                            // Sun 23:00, still W52
		withPain("c", at(12, 20, 9), Pain(9), Pain(9), Pain(9)),                         // before the range
		withPain("d", at(12, 31, 0), nil, nil, Pain(3)),                                 // W53: a stop, no levels
		withPain("e", time.Date(2027, 1, 5, 8, 0, 0, 0, berlin), Pain(2), Pain(1), nil), // 2027-W01
	}
	got := PainTrend(records, berlin, Day{2026, 12, 21}, Day{2027, 1, 10})
	type row struct {
		monday              Day
		year, week, n       int
		before, after, stop Mean
		stops               int
	}
	want := []row{
		{Day{2026, 12, 21}, 2026, 52, 2, Mean{11, 2}, Mean{4, 1}, Mean{5, 1}, 1},
		{Day{2026, 12, 28}, 2026, 53, 1, Mean{}, Mean{}, Mean{3, 1}, 1},
		{Day{2027, 1, 4}, 2027, 1, 1, Mean{2, 1}, Mean{1, 1}, Mean{}, 0},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d weeks: %+v", len(got), got)
	}
	for i, w := range want {
		g := got[i]
		if (row{g.Monday, g.Year, g.Week, g.Sessions, g.Before, g.After, g.StopLevel, g.Stops}) != w {
			t.Errorf("week %d = %+v, want %+v", i, g, w)
		}
	}
	if avg, ok := got[0].Before.Value(); !ok || avg != 5.5 {
		t.Errorf("average before = %v %v", avg, ok)
	}
	if _, ok := got[1].Before.Value(); ok {
		t.Error("a week without levels has an average")
	}
}

func TestLastCompleted(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 7, d, h, 0, 0, 0, berlin) }
	finished := session("f", at(1, 8), true)
	early := session("e", at(1, 14), false)
	records := []Record{finished, early}
	if got, ok := LastCompleted(records); !ok || !got.Equal(finished.Session.End) {
		t.Errorf("LastCompleted = %v %v", got, ok)
	}
	if _, ok := LastCompleted(records[1:]); ok {
		t.Error("LastCompleted found a session ended early")
	}
}
