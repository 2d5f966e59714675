package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/field"
	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/schedule"
	"github.com/spinecoach/spinecoach/internal/settings"
)

// inLanguage reloads the translations as on a system set to the locale, and the ones of the test's
// own environment when the test ends. Fyne picks the language when translations are added.
func inLanguage(t *testing.T, locale string) {
	t.Helper()
	t.Cleanup(func() { // runs after the environment is restored
		if err := systemLanguage(); err != nil {
			t.Error(err)
		}
	})
	t.Setenv("LC_ALL", locale+".UTF-8")
	t.Setenv("LANGUAGE", locale)
	if err := systemLanguage(); err != nil {
		t.Fatal(err)
	}
}

func TestLanguage(t *testing.T) {
	for _, tt := range []struct{ locale, want string }{
		{"ru_RU", "ru"}, {"en_GB", "en"},
		// Fyne has German buttons of its own, but the app has no German: its texts are English.
		{"de_DE", "en"},
	} {
		t.Run(tt.locale, func(t *testing.T) {
			inLanguage(t, tt.locale)
			if got := Language(); got != tt.want {
				t.Errorf("Language() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRussianPlurals(t *testing.T) {
	inLanguage(t, "ru_RU")
	for _, tt := range []struct {
		key  string
		n    int
		want string
	}{
		{"{{.N}} times", 1, "1 раз"}, {"{{.N}} times", 3, "3 раза"}, {"{{.N}} times", 5, "5 раз"},
		{"{{.N}} times", 12, "12 раз"}, {"{{.N}} times", 22, "22 раза"},
		{"{{.N}} days", 1, "1 день"}, {"{{.N}} days", 2, "2 дня"}, {"{{.N}} days", 5, "5 дней"},
		{"{{.N}} days", 11, "11 дней"}, {"{{.N}} days", 21, "21 день"},
		{"Rest for {{.N}} days?", 3, "Взять отдых на 3 дня?"},
		{"{{.N}} stopped because it hurt.", 1, "1 упражнение остановлено из-за боли."},
		{"{{.N}} stopped because it hurt.", 2, "2 упражнения остановлены из-за боли."},
		{"{{.N}} stopped because it hurt.", 7, "7 упражнений остановлено из-за боли."},
		{"Your longest run: {{.N}} day.", 14, "Самая длинная серия: 14 дней."},
		{"The last {{.N}} weeks, from {{.Date}}", 8, "За 8 недель, с 3 мая"},
		{"The last {{.N}} weeks, from {{.Date}}", 1, "За 1 неделю, с 3 мая"},
		{"The last {{.N}} weeks, from {{.Date}}", 21, "За 21 неделю, с 3 мая"},
	} {
		if got := lang.N(tt.key, tt.n, data{"N": tt.n, "Date": "3 мая"}); got != tt.want {
			t.Errorf("%q with %d: %q, want %q", tt.key, tt.n, got, tt.want)
		}
	}
	if got := lang.N("Today: {{.Done}} of {{.Target}} sessions done.", 3, data{"Done": 1, "Target": 3}); got != "Сегодня: 1 из 3 занятий." {
		t.Errorf("today: %q", got)
	}
}

// TestRussianDates checks the dates the reminders name, and Fyne's own weekday names, which its
// v2.7.1 translation has Tuesday and Thursday swapped in.
func TestRussianDates(t *testing.T) {
	inLanguage(t, "ru_RU")
	now := time.Date(2026, 11, 25, 12, 25, 0, 0, time.Local)
	due := func(at time.Time) Outlook { return Outlook{Due: schedule.Due{At: at, Reason: schedule.ReasonAfterGap}} }
	for _, tt := range []struct {
		o    Outlook
		want string
	}{
		{due(now.Add(2*time.Hour + 5*time.Minute)), "Следующее занятие в 14:30, через 2 ч 05 мин."},
		{due(time.Date(2026, 11, 26, 8, 0, 0, 0, time.Local)), "Следующее занятие завтра в 08:00."},
		{due(time.Date(2026, 11, 28, 8, 0, 0, 0, time.Local)), "Следующее занятие 28 ноября (суббота) в 08:00."},
		{Outlook{RestUntil: time.Date(2026, 12, 1, 8, 0, 0, 0, time.Local)}, "Спина отдыхает до 1 декабря (вторник)."},
	} {
		if got := outlookText(tt.o, now); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q, want it to start %q", got, tt.want)
		}
	}
	for key, want := range fyneOverrides {
		if got := lang.L(key); got != want {
			t.Errorf("Fyne's %q is %q, want %q", key, got, want)
		}
	}
}

// TestRussianHome opens the home screen on a Russian system with the program in Russian, as the
// window passes it.
func TestRussianHome(t *testing.T) {
	inLanguage(t, "ru_RU")
	_, w := newTestShell(t, Options{Program: program.Builtin().Localized(Language())})
	// The Russian texts are read from the program file's own translation, not from Localized,
	// which would fall back to English without a word.
	p := program.Builtin()
	ru := func(i int) program.Text { return p.Exercises[i].Translations["ru"] }
	toesTurned, static := p.Exercises[2].Dose, p.Exercises[5].Dose
	shown := texts(w)
	for _, want := range []string{
		"Начать занятие  [Enter]", "О вашей спине  [A]", "Настройки  [S]", "Успехи  [G]",
		"1. " + ru(0).Title, "Исходное положение. " + ru(0).Position, "7. " + ru(6).Title,
		"30 раз", dash(*toesTurned.Reps) + " раз",
		dash(*static.Holds) + " раз, удерживать " + dash(*static.HoldSeconds) + " с",
		"В обе стороны: вправо и влево — это один повтор",
		fmt.Sprintf("Программа советует заниматься около %d мин и повторять через %s часов.", p.SessionMinutes, dash(p.RepeatAfterHours)),
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("home does not show %q:\n%s", want, shown)
		}
	}
	english := []string{"Start session", "times"}
	for _, e := range p.Exercises {
		english = append(english, e.Title, e.Position)
	}
	for _, word := range english {
		if strings.Contains(shown, word) {
			t.Errorf("home shows English %q:\n%s", word, shown)
		}
	}
}

// TestGoldenSessionRussian draws the session screen in Russian, whose words are longer: the
// buttons and the exercise text must still fit.
func TestGoldenSessionRussian(t *testing.T) {
	inLanguage(t, "ru_RU")
	fixed := time.Now() // the figure's clock stands still, so the picture does not depend on how long the test takes
	s, w := newTestShell(t, Options{Program: program.Builtin().Localized(Language()), Clock: func() time.Time { return fixed }})
	press(w, fyne.KeyReturn, fyne.KeyReturn, fyne.KeyReturn) // start, skip the question, go to exercise 2
	s.sess.sess.Stop()
	snap := s.sess.sess.Snapshot()
	snap.Seq += 100
	snap.At = fixed
	snap.Phase, snap.Counting, snap.Side, snap.Count = coach.Moving, coach.Paced, coach.Left, 12
	snap.Length, snap.Elapsed = 3*time.Second, time.Second
	s.sess.render(snap)
	test.WidgetRenderer(s.sess.beat).(*beatRenderer).anim.Tick(0)
	test.WidgetRenderer(s.sess.figure).(*figureRenderer).anim.Tick(0)
	shown := texts(w)
	for _, want := range []string{"Упражнение 2 из 7", program.Builtin().Exercises[1].Translations["ru"].Title, "Больно  [P]", "Пауза  [Пробел]", "Далее  [Enter]", "Стоп  [Esc]", "ВЛЕВО"} {
		if !strings.Contains(shown, want) {
			t.Errorf("session does not show %q:\n%s", want, shown)
		}
	}
	test.AssertImageMatches(t, "session_ru.png", w.Canvas().Capture())
}

// TestRussianFitsDefaultWindow: the longer Russian words must not make a screen wider than the
// window opens at (1100 px), at large and extra-large text, or the window grows past a small
// screen, or a screen runs off its right edge.
func TestRussianFitsDefaultWindow(t *testing.T) {
	inLanguage(t, "ru_RU")
	for _, size := range []settings.TextSize{settings.TextLarge, settings.TextExtraLarge} {
		t.Run(string(size), func(t *testing.T) {
			set := settings.Default() // paced counting: the pace control shows on the home screen
			set.StartAtLoginAsked, set.TextSize = true, size
			s, w := newTestShell(t, Options{
				Program: program.Builtin().Localized(Language()), Settings: set,
				Journal: func() ([]journal.Record, error) { return nil, nil },
			})
			w.Resize(fyne.NewSize(1100, 760))
			fits := func(screen string) {
				t.Helper()
				if got := w.Content().MinSize().Width; got > 1100 {
					t.Errorf("the Russian %s screen needs %v px, more than the window's 1100", screen, got)
				}
			}
			fits("home")
			s.showSettings()
			fits("settings")
			s.showAbout()
			fits("about")
			openProgress(s)
			fits("progress")
			s.showHome()
			press(w, fyne.KeyReturn)
			// A question must not ask for more than the window either, or the window widens itself.
			if top := w.Canvas().Overlays().Top(); top == nil || top.MinSize().Width > 1100 {
				t.Errorf("the Russian question about the back needs %v px, more than the window's 1100", top.MinSize().Width)
			}
			press(w, fyne.KeyReturn)
			fits("session")
			questionFits := func(question string) {
				t.Helper()
				if top := w.Canvas().Overlays().Top(); top == nil || top.MinSize().Width > 1100 {
					t.Errorf("the Russian question %q is missing or wider than the window's 1100 px", question)
				}
			}
			press(w, fyne.KeySpace, fyne.KeyP) // start the exercise, then it hurts
			questionFits("how strong was the pain")
			press(w, fyne.KeyReturn, fyne.KeyEscape)
			questionFits("end the session now")
			press(w, fyne.KeyEscape)
			fits("session")
			s.sess.sess.Stop()
			s.keep(SessionReport{Snapshot: s.sess.sess.Snapshot(), PainBefore: coach.NoPain, PainAfter: coach.NoPain})
			fits("finish")
		})
	}
}

// TestSettingsWordsRussian: what the window says about the settings file and a refused change
// is in the user's language, with the settings named as the Settings screen names them.
func TestSettingsWordsRussian(t *testing.T) {
	inLanguage(t, "ru_RU")
	reset := settings.LoadReport{
		Reset:     []field.Error{{Field: "pace_seconds", Problem: "Pace must be 2–10 s."}, {Field: "targets.bridge.holds", Problem: "x"}},
		KeptAside: "/home/u/.local/share/spinecoach/settings.json.corrupt-20261125-093000",
	}
	want := "Некоторые настройки были неверными и сброшены к значениям по умолчанию: Темп, Ваши цели. " +
		"Старый файл сохранён под именем settings.json.corrupt-20261125-093000."
	if got := SettingsNotice(reset); got != want {
		t.Errorf("two settings reset:\n got %q\nwant %q", got, want)
	}
	one := settings.LoadReport{Reset: []field.Error{{Field: "day_start"}, {Field: "day_end"}}}
	if got := SettingsNotice(one); !strings.HasPrefix(got, "Одна настройка была неверной") || !strings.HasSuffix(got, ": Часы напоминаний.") {
		t.Errorf("the day window counts as one setting: %q", got)
	}
	if got := SettingsNotice(settings.LoadReport{Corrupt: true}); !strings.HasPrefix(got, "Файл настроек не удалось прочитать") {
		t.Errorf("unreadable file: %q", got)
	}
	if got := SettingsNotice(settings.LoadReport{Missing: true}); got != "" {
		t.Errorf("a first run has nothing to say, got %q", got)
	}

	bad := settings.Default()
	bad.DayEnd = bad.DayStart
	if err := settingsError(bad.Validate()); err == nil || err.Error() != "Напоминания должны заканчиваться хотя бы через час после начала." {
		t.Errorf("a day window that ends as it starts: %v", err)
	}
	bad = settings.Default()
	bad.Volume = 300
	if err := settingsError(bad.Validate()); err == nil || err.Error() != "Недопустимое значение: Громкость." {
		t.Errorf("volume 300: %v", err)
	}
}
