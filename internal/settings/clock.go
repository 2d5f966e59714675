package settings

import (
	"fmt"
	"strconv"
	"strings"
)

// Clock is a time of day in whole minutes after midnight, written "08:00" in settings.json.
// Valid values run from 00:00 (0) to 23:59 (1439).
type Clock int

// ClockOf returns the Clock for hour:minute; it does not check the range (see Valid).
func ClockOf(hour, minute int) Clock {
	return Clock(hour*60 + minute)
}

// ParseClock reads a time of day written "8:00" or "08:00".
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return 0, fmt.Errorf("%q is not a time of day like 08:00", s)
	}
	hour, errH := strconv.Atoi(h)
	minute, errM := strconv.Atoi(m)
	if errH != nil || errM != nil || hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, fmt.Errorf("%q is not a time of day between 00:00 and 23:59", s)
	}
	return ClockOf(hour, minute), nil
}

// Valid reports whether c lies between 00:00 and 23:59.
func (c Clock) Valid() bool { return c >= 0 && c < 24*60 }

// Hour is the hour part of c (0–23 when c is valid).
func (c Clock) Hour() int { return int(c) / 60 }

// Minute is the minute part of c (0–59 when c is valid).
func (c Clock) Minute() int { return int(c) % 60 }

// String writes c as "HH:MM"; a value out of range is written as its raw minute count.
func (c Clock) String() string {
	if !c.Valid() {
		return fmt.Sprintf("%d min", int(c))
	}
	return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute())
}

// MarshalText writes c as "HH:MM" so it reads well in settings.json.
func (c Clock) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("clock value %d is outside 00:00–23:59", int(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads "HH:MM"; on error c is left unchanged.
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
