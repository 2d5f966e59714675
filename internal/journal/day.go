package journal

import (
	"fmt"
	"time"
)

// Day is a calendar day, independent of clock time and zone. Stats count an instant on the
// Day it falls on in the location they are given.
type Day struct {
	Y int
	M time.Month
	D int
}

// DayOf returns the day t falls on in loc.
func DayOf(t time.Time, loc *time.Location) Day {
	y, m, d := t.In(loc).Date()
	return Day{y, m, d}
}

// noon is the day at 12:00 UTC: day arithmetic there never meets a DST jump.
func (d Day) noon() time.Time { return time.Date(d.Y, d.M, d.D, 12, 0, 0, 0, time.UTC) }

// AddDays returns the day n days after d (before, if n is negative).
func (d Day) AddDays(n int) Day {
	y, m, dd := d.noon().AddDate(0, 0, n).Date()
	return Day{y, m, dd}
}

// Sub returns the number of days from e to d.
func (d Day) Sub(e Day) int { return int(d.noon().Sub(e.noon()).Hours() / 24) }

// Before reports whether d comes before e.
func (d Day) Before(e Day) bool { return d.noon().Before(e.noon()) }

// After reports whether d comes after e.
func (d Day) After(e Day) bool { return e.Before(d) }

// IsZero reports whether d is the zero Day.
func (d Day) IsZero() bool { return d == Day{} }

// Weekday returns d's day of the week.
func (d Day) Weekday() time.Weekday { return d.noon().Weekday() }

// Monday returns the Monday on or before d: the first day of its ISO week.
func (d Day) Monday() Day { return d.AddDays(-((int(d.Weekday()) + 6) % 7)) }

// ISOWeek returns d's ISO 8601 year and week number.
func (d Day) ISOWeek() (year, week int) { return d.noon().ISOWeek() }

// Start returns the first instant of d in loc (not always 00:00 where DST starts at midnight).
func (d Day) Start(loc *time.Location) time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, loc) }

// String formats d as 2006-01-02.
func (d Day) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D) }
