package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/sound/soundtest"
	"github.com/spinecoach/spinecoach/internal/speech"
	"github.com/spinecoach/spinecoach/internal/speech/speechtest"
)

// spokenSession runs a whole paced session of the shipped program, in the language the test
// set, through the shell's cue, the path every snapshot the session screen draws takes, and
// returns each line said as "m:ss text", its time from the start.
func spokenSession(t *testing.T, set settings.Settings) ([]string, []speech.Utterance) {
	t.Helper()
	rec, tones := &speechtest.Recorder{}, &soundtest.Recorder{}
	language := Language()
	p := program.Builtin().Localized(language)
	s, _ := newTestShell(t, Options{Program: p, Settings: set, Voice: rec, Sound: tones})
	var lines []string
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		var prev coach.Snapshot
		n := 0
		sess := coach.New(p, s.set.Coach(), func(snap coach.Snapshot) {
			s.cue(prev, snap, language)
			prev = snap
			for _, u := range rec.Said()[n:] {
				d := u.At.Sub(start)
				lines = append(lines, fmt.Sprintf("%d:%02d %s", int(d.Minutes()), int(d.Seconds())%60, u.Text))
			}
			n = len(rec.Said())
		})
		time.Sleep(2 * time.Hour)
		synctest.Wait()
		sess.Stop()
	})
	if len(tones.Cues()) == 0 {
		t.Error("the tones were silent")
	}
	return lines, rec.Said()
}

func pacedSettings() settings.Settings {
	set := testSettings()
	set.Counting, set.ReadySeconds, set.PositionSeconds, set.PaceSeconds, set.RelaxSeconds = coach.Paced, 5, 15, 3, 5
	set.Voice, set.VoiceVolume, set.CountAloud = true, 60, settings.CountFives
	return set
}

// TestSpokenSession: a whole session says the expected script, in words, order and time against
// the count, in English and in Russian with its plural forms.
func TestSpokenSession(t *testing.T) {
	// The titles are the program file's, in each language; the words around them are the cues'.
	ex := program.Builtin().Exercises
	en := func(i int) string { return ex[i].Title }
	ru := func(i int) string { return ex[i].Translations["ru"].Title }
	for _, tt := range []struct {
		locale string
		first  []string // the script's first lines
		upNext string
		next   []string // every line that names the next exercise, in order
		holds  []string // the first lines of the static stretch, from its first hold
		last   []string // the script's last lines
	}{
		{"en_GB", []string{
			// The first exercise is in a new position: 15 s to get ready.
			"0:00 " + en(0) + ", 30 times",
			"0:30 5", "0:45 10", "1:00 15", "1:15 20", "1:30 25",
			"1:45 30. Done",
			"1:48 Up next: " + en(1) + ", 30 times",
			"1:53 To the right", "1:56 To the left", "1:59 To the right", "2:02 To the left",
			"2:05 To the right", "2:08 To the left", "2:11 To the right", "2:14 To the left",
			"2:17 To the right", "2:20 To the left", "2:23 5. To the right",
		}, "Up next", []string{
			"1:48 Up next: " + en(1) + ", 30 times",
			"4:56 Up next: " + en(2) + ", 15 times",
			"6:34 Up next: " + en(3) + ", 30 times",
			"9:52 Up next: " + en(4) + ", 30 times",
			"11:30 Up next: " + en(5) + ", 5 times, hold 3 seconds each",
			"12:13 Up next: " + en(6) + ", 5 times, hold 10 seconds each",
		}, []string{
			// The static stretch's 3 s holds: "hold", then only two and one are left.
			"11:35 Hold", "11:36 2", "11:37 1", "11:38 Relax", "11:43 Hold",
		}, []string{
			"13:23 Relax", "13:28 Hold", "13:35 3", "13:36 2", "13:37 1", "13:38 Well done. The session is over.",
		}},
		{"ru_RU", []string{
			"0:00 " + ru(0) + ", 30 раз",
			"0:30 5", "0:45 10", "1:00 15", "1:15 20", "1:30 25",
			"1:45 30. Выполнено",
			"1:48 Далее: " + ru(1) + ", 30 раз",
			"1:53 Вправо", "1:56 Влево", "1:59 Вправо", "2:02 Влево",
		}, "Далее", []string{
			"1:48 Далее: " + ru(1) + ", 30 раз",
			"4:56 Далее: " + ru(2) + ", 15 раз",
			"6:34 Далее: " + ru(3) + ", 30 раз",
			"9:52 Далее: " + ru(4) + ", 30 раз",
			"11:30 Далее: " + ru(5) + ", 5 раз, по 3 секунды",
			"12:13 Далее: " + ru(6) + ", 5 раз, по 10 секунд",
		}, []string{
			"11:35 Держите", "11:36 2", "11:37 1", "11:38 Расслабьтесь", "11:43 Держите",
		}, []string{
			"13:23 Расслабьтесь", "13:28 Держите", "13:35 3", "13:36 2", "13:37 1", "13:38 Отлично! Занятие окончено.",
		}},
	} {
		t.Run(tt.locale, func(t *testing.T) {
			inLanguage(t, tt.locale)
			lines, said := spokenSession(t, pacedSettings())
			if len(lines) < len(tt.first)+len(tt.last) {
				t.Fatalf("said only %q", lines)
			}
			if got := lines[:len(tt.first)]; !slices.Equal(got, tt.first) {
				t.Errorf("the script starts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.first, "\n"))
			}
			if got := lines[len(lines)-len(tt.last):]; !slices.Equal(got, tt.last) {
				t.Errorf("the script ends\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.last, "\n"))
			}
			var next []string
			for _, l := range lines {
				if strings.Contains(l, tt.upNext) {
					next = append(next, l)
				}
			}
			if !slices.Equal(next, tt.next) {
				t.Errorf("the next exercises were announced as\n%s\nwant\n%s", strings.Join(next, "\n"), strings.Join(tt.next, "\n"))
			}
			if i := slices.Index(lines, tt.holds[0]); i < 0 || !slices.Equal(lines[i:min(len(lines), i+len(tt.holds))], tt.holds) {
				t.Errorf("the static stretch's holds are not said as %q", tt.holds)
			}
			lang := tt.locale[:2]
			for _, u := range said {
				if u.Lang != lang || u.Volume != 60 {
					t.Fatalf("%q said in %q at %d %%, want %q at 60 %%", u.Text, u.Lang, u.Volume, lang)
				}
			}
		})
	}
}

// TestSpokenHolds: the holds' dose is said with the plural forms of both numbers.
func TestSpokenHolds(t *testing.T) {
	p := program.Builtin()
	lift := p.Exercises[6]
	for _, tt := range []struct {
		locale        string
		holds, second int
		want          string
	}{
		{"en_GB", 5, 10, "5 times, hold 10 seconds each"},
		{"en_GB", 1, 1, "1 time, hold 1 second each"},
		{"ru_RU", 5, 10, "5 раз, по 10 секунд"},
		{"ru_RU", 7, 3, "7 раз, по 3 секунды"},
		{"ru_RU", 2, 21, "2 раза, по 21 секунде"},
		{"ru_RU", 1, 15, "1 раз, по 15 секунд"},
	} {
		t.Run(fmt.Sprint(tt.locale, tt.holds, tt.second), func(t *testing.T) {
			inLanguage(t, tt.locale)
			if got := spokenDose(lift, program.Target{Holds: tt.holds, HoldSeconds: tt.second}); got != tt.want {
				t.Errorf("spokenDose = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestVoiceOffOrMissing: voice off, or at volume 0, says nothing while the tones play; a voice
// that is unavailable says so in Settings.
func TestVoiceOffOrMissing(t *testing.T) {
	for name, edit := range map[string]func(*settings.Settings){
		"voice off": func(s *settings.Settings) { s.Voice = false },
		"volume 0":  func(s *settings.Settings) { s.VoiceVolume = 0 },
	} {
		t.Run(name, func(t *testing.T) {
			set := pacedSettings()
			edit(&set)
			lines, _ := spokenSession(t, set)
			if len(lines) != 0 {
				t.Errorf("said %q", lines[:min(3, len(lines))])
			}
		})
	}
	for err, want := range map[error]string{
		fmt.Errorf("%w: speech-dispatcher is not installed", speech.ErrNoService): "Voice is unavailable: this computer has no speech service.",
		errors.New("speech-dispatcher did not answer \"CANCEL\": i/o timeout"):    "Voice is unavailable: the speech service stopped answering.",
		nil: "",
	} {
		_, w := newTestShell(t, Options{Voice: &speechtest.Recorder{Err: err}})
		press(w, fyne.KeyS)
		if got := texts(w); want != "" && !strings.Contains(got, want) || want == "" && strings.Contains(got, "Voice is unavailable") {
			t.Errorf("with %v, Settings say:\n%s\nwant %q", err, got, want)
		}
	}
}

// TestSettingsVoice: the voice's own switch, volume and counting aloud are saved, and turning
// the voice on or changing its volume says the first exercise at that volume.
func TestSettingsVoice(t *testing.T) {
	var saved settings.Settings
	rec := &speechtest.Recorder{}
	s, w := newTestShell(t, Options{Voice: rec, SaveSettings: func(x settings.Settings) error { saved = x; return nil }})
	press(w, fyne.KeyS)
	var voice *keyCheck
	var selects []*keySelect
	visit(w.Content(), func(o fyne.CanvasObject) bool {
		switch v := o.(type) {
		case *keyCheck:
			if v.Text == "Voice" {
				voice = v
			}
		case *keySelect:
			if slices.Contains(v.Options, "100 %") || slices.Contains(v.Options, "Every fifth") {
				selects = append(selects, v)
			}
		}
		return true
	})
	if voice == nil || len(selects) != 3 {
		t.Fatalf("settings lack the voice's controls: check %v, %d selects", voice != nil, len(selects))
	}
	volume, aloud := selects[1], selects[2]
	if !voice.Checked || volume.Selected != "80 %" || aloud.Selected != "Every fifth" {
		t.Fatalf("voice %v at %q counting %q, want the defaults", voice.Checked, volume.Selected, aloud.Selected)
	}
	volume.SetSelected("40 %")
	if said := rec.Said(); saved.VoiceVolume != 40 || len(said) != 1 || said[0].Text != s.prog.Exercises[0].Title+", 30 times" || said[0].Volume != 40 {
		t.Errorf("volume 40: saved %d, said %v", saved.VoiceVolume, said)
	}
	aloud.SetSelected("Never")
	if saved.CountAloud != settings.CountNever {
		t.Errorf("counting aloud saved as %q", saved.CountAloud)
	}
	rec.Reset()
	test.Tap(voice)
	if saved.Voice || s.set.Voice || len(rec.Said()) != 0 {
		t.Errorf("voice off: saved %v, said %v", saved.Voice, rec.Said())
	}
	test.Tap(voice)
	if !saved.Voice || len(rec.Said()) != 1 {
		t.Errorf("voice on: saved %v, said %v", saved.Voice, rec.Said())
	}
}
