package settings

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/field"
)

func writeFile(t *testing.T, dir, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func asideFiles(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, FileName+".corrupt-*"))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	want := Default()
	want.DayStart, want.DayEnd = ClockOf(7, 30), ClockOf(22, 15)
	want.GapMinutes, want.SessionsPerDay, want.Volume = 300, 2, 0
	want.StartAtLogin, want.StartAtLoginAsked, want.HighContrast = false, true, true
	want.Counting, want.TextSize, want.Language = coach.Counted, TextNormal, LanguageRussian
	want.Targets = map[string]Target{"bridge": {Reps: 8}, "cat": {Holds: 3, HoldSeconds: 5}}
	if err := Save(dir, want); err != nil {
		t.Fatal(err)
	}
	got, report, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Load = %+v\nwant %+v", got, want)
	}
	if report.Missing || report.Corrupt || len(report.Reset) > 0 || report.Message() != "" {
		t.Fatalf("report = %+v, want a quiet one", report)
	}
	data, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"day_start": "07:30"`, `"gap_minutes": 300`, `"text_size": "normal"`, `"hold_seconds": 5`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("file lacks %s:\n%s", want, data)
		}
	}
}

func TestLoadMissingGivesDefaults(t *testing.T) {
	dir := t.TempDir()
	got, report, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, Default()) || !report.Missing || report.Message() != "" {
		t.Fatalf("got %+v, %+v", got, report)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); !os.IsNotExist(err) {
		t.Fatalf("Load created a file: %v", err)
	}
}

func TestLoadMalformedMovesAside(t *testing.T) {
	for _, text := range []string{`{"gap_minutes": 300,`, ``, `null`, `[1,2]`, `"x"`} {
		t.Run(text, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, text)
			got, report, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, Default()) || !report.Corrupt {
				t.Fatalf("got %+v, report %+v", got, report)
			}
			aside := asideFiles(t, dir)
			if len(aside) != 1 || aside[0] != report.KeptAside {
				t.Fatalf("aside files %v, report %q", aside, report.KeptAside)
			}
			if b, _ := os.ReadFile(aside[0]); string(b) != text {
				t.Fatalf("aside holds %q, want the original %q", b, text)
			}
			if _, err := os.Stat(filepath.Join(dir, FileName)); !os.IsNotExist(err) {
				t.Fatalf("the unreadable file is still in place: %v", err)
			}
			name := filepath.Base(aside[0])
			if len(name) != len("settings.json.corrupt-20060102-150405") {
				t.Errorf("aside name %q does not follow settings.json.corrupt-YYYYMMDD-HHMMSS", name)
			}
			msg := report.Message()
			if !strings.HasPrefix(msg, "The settings file could not be read") || !strings.Contains(msg, name) {
				t.Errorf("message %q", msg)
			}
		})
	}
}

func TestLoadTwiceCorruptKeepsBothCopies(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "{one")
	if _, _, err := Load(dir); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "{two")
	if _, _, err := Load(dir); err != nil {
		t.Fatal(err)
	}
	if n := len(asideFiles(t, dir)); n != 2 {
		t.Fatalf("%d aside files, want 2 (nothing overwritten)", n)
	}
}

func TestLoadPartlyBad(t *testing.T) {
	dir := t.TempDir()
	original := `{
  "day_start": "07:00",
  "gap_minutes": 600,
  "volume": "loud",
  "sessions_per_day": 2,
  "counting": "counted",
  "text_size": "tiny",
  "future_feature": {"x": 1},
  "targets": {"bridge": {"reps": 6}, "cat": {"reps": -4, "holds": 2}, "dog": "many"}
}`
	writeFile(t, dir, original)
	got, report, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.DayStart, want.SessionsPerDay, want.Counting = ClockOf(7, 0), 2, coach.Counted
	want.Targets = map[string]Target{"bridge": {Reps: 6}, "cat": {Reps: 0, Holds: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Load = %+v\nwant %+v", got, want)
	}
	fields := field.Errors(report.Reset).Fields()
	slices.Sort(fields)
	wantFields := []string{"gap_minutes", "targets.cat.reps", "targets.dog", "text_size", "volume"}
	if !slices.Equal(fields, wantFields) {
		t.Fatalf("reset %v, want %v", fields, wantFields)
	}
	msg := report.Message()
	for _, part := range []string{"set back to their defaults", "Gap after a session must be between 4 h and 8 h (got 10 h).", `Volume could not be read (got "loud").`, "kept as settings.json.corrupt-"} {
		if !strings.Contains(msg, part) {
			t.Errorf("message %q lacks %q", msg, part)
		}
	}
	if b, _ := os.ReadFile(report.KeptAside); string(b) != original {
		t.Fatalf("original not kept aside: %q", b)
	}
	again, report2, err := Load(dir)
	if err != nil || !reflect.DeepEqual(again, want) || report2.Message() != "" {
		t.Fatalf("second Load = %+v, %+v, %v; want the repaired settings, quietly", again, report2, err)
	}
}

func TestLoadDayWindowClash(t *testing.T) {
	tests := []struct {
		name, text string
		reset      []string
	}{
		{"bad end, late start", `{"day_start": "20:30", "day_end": "25:00"}`, []string{"day_end", "day_start"}},
		{"bad start, early end", `{"day_start": "x", "day_end": "08:30"}`, []string{"day_end", "day_start"}},
		{"end before start", `{"day_start": "10:00", "day_end": "09:00"}`, []string{"day_end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, tt.text)
			got, report, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := got.Validate(); err != nil {
				t.Fatalf("loaded settings invalid: %v", err)
			}
			fields := field.Errors(report.Reset).Fields()
			slices.Sort(fields)
			if !slices.Equal(fields, tt.reset) {
				t.Fatalf("reset %v, want %v", fields, tt.reset)
			}
		})
	}
}

func TestSaveRejectsInvalid(t *testing.T) {
	dir := t.TempDir()
	s := Default()
	s.SessionsPerDay = 9
	err := Save(dir, s)
	if err == nil || !strings.Contains(err.Error(), "Sessions per day") {
		t.Fatalf("Save = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("Save of invalid settings wrote %v", entries)
	}
}

func TestSaveIsAtomicAndLeavesNoTemporaryFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "data")
	s := Default()
	for i := range 5 {
		s.Volume = i * 10
		if err := Save(dir, s); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != FileName {
		t.Fatalf("folder holds %v, want only %s", entries, FileName)
	}
	var back Settings
	data, _ := os.ReadFile(filepath.Join(dir, FileName))
	if err := json.Unmarshal(data, &back); err != nil || back.Volume != 40 {
		t.Fatalf("file = %s (%v)", data, err)
	}
}

func TestSaveFailureCleansUp(t *testing.T) {
	dir := t.TempDir()
	// A folder where settings.json should be makes the rename fail.
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, FileName, "x"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := Save(dir, Default())
	if err == nil || !strings.Contains(err.Error(), "save settings") {
		t.Fatalf("Save = %v, want a wrapped error", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary file left behind: %v", entries)
	}
}

// A settings file from before the voice gets the voice's defaults, and a voice setting that is
// wrong goes back to its default with the others kept.
func TestLoadVoiceSettings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, `{"sound": false, "volume": 40}`)
	got, report, err := Load(dir)
	if err != nil || report.Message() != "" {
		t.Fatalf("Load = %v, %q", err, report.Message())
	}
	if !got.Voice || got.VoiceVolume != Default().VoiceVolume || got.CountAloud != CountFives || got.Sound || got.Volume != 40 {
		t.Errorf("voice %v at %d, counting aloud %q, sound %v at %d", got.Voice, got.VoiceVolume, got.CountAloud, got.Sound, got.Volume)
	}
	writeFile(t, dir, `{"voice": false, "voice_volume": 300, "count_aloud": "tens"}`)
	got, report, err = Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Voice || got.VoiceVolume != Default().VoiceVolume || got.CountAloud != CountFives {
		t.Errorf("voice %v at %d, counting aloud %q", got.Voice, got.VoiceVolume, got.CountAloud)
	}
	for _, part := range []string{"Voice volume must be between 0 and 100 (got 300).", `Counting aloud must be every, fives or never (got "tens").`} {
		if !strings.Contains(report.Message(), part) {
			t.Errorf("message %q lacks %q", report.Message(), part)
		}
	}
}
