package agent

import (
	"fmt"
	"testing"

	"github.com/spinecoach/spinecoach/internal/settings"
)

func TestPluralForm(t *testing.T) {
	for _, tt := range []struct {
		code string
		n    int
		want string
	}{
		{"ru", 1, "one"}, {"ru", 21, "one"}, {"ru", 101, "one"},
		{"ru", 2, "few"}, {"ru", 3, "few"}, {"ru", 4, "few"}, {"ru", 22, "few"},
		{"ru", 0, "many"}, {"ru", 5, "many"}, {"ru", 11, "many"}, {"ru", 12, "many"}, {"ru", 14, "many"}, {"ru", 25, "many"}, {"ru", 111, "many"},
		{"en", 1, "one"}, {"en", 0, "other"}, {"en", 3, "other"}, {"", 21, "other"},
	} {
		if got := pluralForm(tt.code, tt.n); got != tt.want {
			t.Errorf("pluralForm(%q, %d) = %q, want %q", tt.code, tt.n, got, tt.want)
		}
	}
}

// TestRussianTray reads the Russian translation as the agent does: the tray's and the
// notifications' texts are there, and a count takes the Russian plural form.
func TestRussianTray(t *testing.T) {
	tx := loadTexts(settings.LanguageRussian)
	for _, key := range []string{
		"Start session now", "Snooze {{.N}} min", "Skip this one", "Pause reminders for today",
		"Flare-up: rest for {{.N}} days", "Flare-up: rest for today", "End flare-up rest",
		"Open Spine Coach", "Quit reminders", "Resting until {{.Time}}", "Session in progress",
		"No session planned", "A session is due now", "Next session: {{.Time}}",
		"Reminders cannot be shown: {{.Error}}", "tomorrow {{.Time}}",
		"Time for your back exercises", "Your back exercises are still due",
		"Session {{.N}} of {{.Total}} today, about 40 minutes. Start it, snooze or skip it from the Spine Coach icon.",
	} {
		if tx[key] == "" || tx[key] == key {
			t.Errorf("ru.json does not translate the agent's %q", key)
		}
	}
	for n, want := range map[int]string{
		2: "Обострение: отдых на 2 дня", 3: "Обострение: отдых на 3 дня", 5: "Обострение: отдых на 5 дней",
		11: "Обострение: отдых на 11 дней", 21: "Обострение: отдых на 21 день", 30: "Обострение: отдых на 30 дней",
	} {
		if got := tx.L("Flare-up: rest for {{.N}} days", "N", fmt.Sprint(n)); got != want {
			t.Errorf("%d days: %q, want %q", n, got, want)
		}
	}
	if got := tx.L("Snooze {{.N}} min", "N", "15"); got != "Отложить на 15 мин" {
		t.Errorf("snooze: %q", got)
	}
	if got := tx.L("Session {{.N}} of {{.Total}} today, about 40 minutes. Start it, snooze or skip it from the Spine Coach icon.", "N", "2", "Total", "3"); got[:len("Занятие 2 из 3")] != "Занятие 2 из 3" {
		t.Errorf("notification: %q", got)
	}
	// English has no plural entry for the tray: its text stands for any count.
	if got := loadTexts(settings.LanguageEnglish).L("Flare-up: rest for {{.N}} days", "N", "3"); got != "Flare-up: rest for 3 days" {
		t.Errorf("English: %q", got)
	}
}
