package schedule

import (
	"errors"
	"fmt"
	"time"

	"github.com/spinecoach/spinecoach/internal/journal"
)

// ErrNotResting is returned by EndFlare when no flare-up rest runs.
var ErrNotResting = errors.New("no flare-up rest runs")

// StartFlare is the record of a flare-up rest of days days pressed at now, today counting as the
// first: no reminders until the window opens on the first day back (RestEnd). The window and the
// tray both start a rest with it; fewer than one day is refused.
func StartFlare(now time.Time, days int, r Rules, loc *time.Location) (journal.Record, error) {
	if days < 1 {
		return journal.Record{}, fmt.Errorf("flare-up rest: %d days", days)
	}
	return journal.NewFlareRecord(journal.Flare{From: now, Until: RestEnd(now, days, r, loc)}), nil
}

// EndFlare is the record that ends, at now, the flare-up rest running in st; ErrNotResting when
// none runs. The window and the tray both end a rest with it.
func EndFlare(st State, now time.Time) (journal.Record, error) {
	if _, ok := st.Resting(now); !ok {
		return journal.Record{}, fmt.Errorf("end flare-up rest: %w", ErrNotResting)
	}
	return journal.NewFlareEndRecord(journal.FlareEnd{At: now}), nil
}
