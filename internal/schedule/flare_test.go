package schedule

import (
	"errors"
	"testing"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// TestFlareActions: a rest of N days runs to the window's start N days on and is refused under
// one day; ending it writes a flare-end only while a rest runs.
func TestFlareActions(t *testing.T) {
	loc := berlin(t)
	r := standardRules() // 08:00–21:00
	now := local(t, loc, "2026-03-10 13:00")
	for _, days := range []int{0, -1} {
		if _, err := StartFlare(now, days, r, loc); err == nil {
			t.Errorf("StartFlare(%d days) = nil error, want refused", days)
		}
	}
	if _, err := EndFlare(FromJournal(nil, now), now); !errors.Is(err, ErrNotResting) {
		t.Errorf("EndFlare with no rest: %v, want ErrNotResting", err)
	}
	rec, err := StartFlare(now, 2, r, loc)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Kind != journal.KindFlare || !rec.Flare.From.Equal(now) || !rec.Flare.Until.Equal(local(t, loc, "2026-03-12 08:00")) {
		t.Fatalf("StartFlare(2 days) = %+v, want a rest from now to the window's start two days on", rec.Flare)
	}
	later := local(t, loc, "2026-03-10 15:00")
	st := FromJournal([]journal.Record{rec}, later)
	end, err := EndFlare(st, later)
	if err != nil || end.Kind != journal.KindFlareEnd || !end.FlareEnd.At.Equal(later) {
		t.Fatalf("EndFlare during the rest = %+v, %v", end.FlareEnd, err)
	}
	if _, ok := FromJournal([]journal.Record{rec, end}, later).Resting(later); ok {
		t.Error("still resting after EndFlare's record")
	}
}
