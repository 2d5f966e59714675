package journal_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/journal/journaltest"
)

var zone = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err) // test set-up only
	}
	return loc
}()

// BenchmarkLoadAndStats loads ten years of three sessions a day and computes every stat the
// history screen shows. The fixture is written once, outside the timing.
func BenchmarkLoadAndStats(b *testing.B) {
	j, recs, start := tenYears(b)
	now := start.AddDate(10, 0, 0)
	b.ResetTimer()
	for b.Loop() {
		loaded, rep, err := j.Load()
		if err != nil || rep.SetAside != 0 || len(loaded) != len(recs) {
			b.Fatalf("load: %d records, %+v, %v", len(loaded), rep, err)
		}
		sum := journal.Summarize(loaded, zone, now, 3, 8)
		if sum.LastCompleted.IsZero() || len(sum.Calendar) != 8 {
			b.Fatal("empty summary")
		}
		_ = journal.PainTrend(loaded, zone, journal.DayOf(start, zone), journal.DayOf(now, zone))
	}
}

// BenchmarkCachedLoad is what the window pays every half-minute for the same ten years while
// nothing was written: a Cache's Load of an unchanged journal.
func BenchmarkCachedLoad(b *testing.B) {
	j, recs, _ := tenYears(b)
	c := journal.NewCache(j)
	if _, _, err := c.Load(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		loaded, _, err := c.Load()
		if err != nil || len(loaded) != len(recs) {
			b.Fatalf("load: %d records, %v", len(loaded), err)
		}
	}
}

// tenYears writes ten years of three sessions a day, with a flare-up now and then, into a new
// journal, and reports the sessions and bytes.
func tenYears(b *testing.B) (*journal.Journal, []journal.Record, time.Time) {
	start := time.Date(2016, 11, 25, 0, 0, 0, 0, zone)
	const days = 3653
	g := journaltest.NewSampler(10, 10, zone, days)
	var recs []journal.Record
	for i := range days {
		d := journal.DayOf(start, zone).AddDays(i)
		for k, hour := range []int{8, 13, 19} {
			recs = append(recs, journal.NewSessionRecord(g.Session(g.At(d, hour, g.IntN(50)), i, k)))
		}
		if i%200 == 100 {
			recs = append(recs, journal.NewFlareRecord(journal.Flare{From: g.At(d, 20, 0), Until: d.AddDays(3).Start(zone)}))
		}
	}
	sessions := 3 * days
	dir := b.TempDir()
	var data []byte
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			b.Fatal(err)
		}
		data = append(append(data, line...), '\n')
	}
	j, err := journal.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(j.Path(), data, 0o600); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(sessions), "sessions")
	b.SetBytes(int64(len(data)))
	return j, recs, start
}
