package schedule

import (
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/settings"
)

// Europe/Berlin: 2024-03-31 02:00 CET becomes 03:00 CEST (a 23 h day);
// 2024-10-27 03:00 CEST becomes 02:00 CET (a 25 h day).
func TestNextOnDSTDays(t *testing.T) {
	loc := berlin(t)
	utc := func(s string) time.Time { return local(t, time.UTC, s) }
	wide := standardRules()
	wide.DayStart, wide.DayEnd = settings.ClockOf(1, 0), settings.ClockOf(23, 0)
	early := standardRules()
	early.DayStart = settings.ClockOf(2, 30)
	tests := []struct {
		name     string
		r        Rules
		now      time.Time
		finished []time.Time
		want     time.Time
	}{
		{"spring: window start is 08:00 CEST", standardRules(), utc("2024-03-30 23:30"), nil, utc("2024-03-31 06:00")},
		{"spring: gap after a morning session", standardRules(), utc("2024-03-31 07:00"), []time.Time{utc("2024-03-31 06:40")}, utc("2024-03-31 12:10")},
		{"spring: gap is elapsed time across the change", wide, utc("2024-03-31 00:45"), []time.Time{utc("2024-03-31 00:30")}, utc("2024-03-31 06:00")},
		{"spring: 02:30 does not exist, 03:30 CEST", early, utc("2024-03-30 22:00"), nil, utc("2024-03-31 01:30")},
		{"spring: the day after is normal again", standardRules(), utc("2024-03-31 20:00"), []time.Time{utc("2024-03-31 06:40"), utc("2024-03-31 12:10"), utc("2024-03-31 17:40")}, utc("2024-04-01 06:00")},
		{"autumn: window start is 08:00 CET", standardRules(), utc("2024-10-26 23:30"), nil, utc("2024-10-27 07:00")},
		{"autumn: gap is elapsed time across the change", wide, utc("2024-10-26 23:00"), []time.Time{utc("2024-10-26 22:30")}, utc("2024-10-27 04:00")},
		{"autumn: 02:30 happens twice, the second is used", early, utc("2024-10-26 22:00"), nil, utc("2024-10-27 01:30")},
		{"autumn: the 25 h day counts all its sessions", standardRules(), utc("2024-10-27 19:00"), []time.Time{utc("2024-10-26 22:10"), utc("2024-10-27 08:00"), utc("2024-10-27 13:40")}, utc("2024-10-28 07:00")},
		{"autumn: yesterday's late session is not today's", standardRules(), utc("2024-10-27 19:00"), []time.Time{utc("2024-10-26 21:50"), utc("2024-10-27 08:00"), utc("2024-10-27 13:40")}, utc("2024-10-27 19:10")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Next(tt.now, State{Finished: tt.finished}, tt.r, loc)
			if !got.At.Equal(tt.want) {
				t.Fatalf("Next = %s (%s), want %s (%s)", got.At.UTC(), got.At.In(loc), tt.want, tt.want.In(loc))
			}
		})
	}
}
