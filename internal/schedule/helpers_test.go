package schedule

import (
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin on any machine

	"github.com/spinecoach/spinecoach/internal/settings"
)

func berlin(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// local parses "2006-01-02 15:04" in loc.
func local(t testing.TB, loc *time.Location, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// standardRules are the defaults: 08:00–21:00, 5 h 30 min gap, 3 a day, snooze 15 min, follow-up 20 min.
func standardRules() Rules {
	return RulesFrom(settings.Default())
}
