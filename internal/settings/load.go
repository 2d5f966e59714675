package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
	"github.com/spinecoach/spinecoach/internal/field"
)

// LoadReport says what Load found, so the app can tell the user. Message gives it as sentences.
type LoadReport struct {
	// Path is the settings file that was read.
	Path string
	// Missing is true when there was no settings file; the defaults are used.
	Missing bool
	// Corrupt is true when the file did not parse; it was moved aside and the defaults are used.
	Corrupt bool
	// KeptAside is where the original file was kept (settings.json.corrupt-YYYYMMDD-HHMMSS), or "".
	KeptAside string
	// Reset lists the settings that were set back to their defaults, each with the reason.
	Reset []field.Error
}

// Message tells the user in plain sentences what happened to their settings, or "" when all was well.
func (r LoadReport) Message() string {
	var msg string
	switch {
	case r.Corrupt:
		msg = "The settings file could not be read, so the default settings are used."
	case len(r.Reset) > 0:
		msg = "Some settings were not valid and were set back to their defaults. " + field.Errors(r.Reset).Error()
	default:
		return ""
	}
	if r.KeptAside != "" {
		msg += " The old file was kept as " + filepath.Base(r.KeptAside) + "."
	}
	return msg
}

// Load reads dir/settings.json. A missing file gives the defaults. A file that does not parse is moved
// aside and the defaults are used. Settings that are out of range or of the wrong type are set back to
// their defaults one by one, the good ones are kept, the original file is kept aside and the repaired
// settings are saved. Unknown fields are ignored. The returned Settings are valid and usable even when
// the error is not nil (it then reports a file that could not be read, moved or saved).
func Load(dir string) (Settings, LoadReport, error) { return load(dir, true) }

// Read reads dir/settings.json as Load does, repairing in memory only: it never moves, copies or
// saves a file. `spinecoach export` uses it.
func Read(dir string) (Settings, LoadReport, error) { return load(dir, false) }

// MaxFileBytes bounds settings.json: the settings are a few hundred bytes. A larger file is set
// aside unread, as one that does not parse.
const MaxFileBytes = 64 << 10

// MaxTargets bounds the exercises a settings file keeps targets for; a program has a handful.
const MaxTargets = 64

func load(dir string, write bool) (Settings, LoadReport, error) {
	path := filepath.Join(dir, FileName)
	report := LoadReport{Path: path}
	data, err := readCapped(path, MaxFileBytes)
	if errors.Is(err, fs.ErrNotExist) {
		report.Missing = true
		return Default(), report, nil
	}
	if err != nil && !errors.Is(err, errTooLarge) {
		return Default(), report, fmt.Errorf("load settings: %w", err)
	}
	var raw map[string]json.RawMessage
	if err != nil || json.Unmarshal(data, &raw) != nil || raw == nil {
		report.Corrupt = true
		if !write {
			return Default(), report, nil
		}
		aside, err := atomicfile.MoveAside(path, time.Now())
		if err != nil {
			err = fmt.Errorf("load settings: move unreadable file aside: %w", err)
		}
		report.KeptAside = aside
		return Default(), report, err
	}
	s, reset := decodeFields(raw)
	reset = firstPerField(append(reset, repair(&s)...))
	if len(reset) == 0 {
		return s, report, nil
	}
	report.Reset = reset
	if !write {
		return s, report, nil
	}
	aside, err := atomicfile.KeepAsideBytes(path, time.Now(), data)
	report.KeptAside = aside
	if err != nil {
		return s, report, fmt.Errorf("load settings: keep a copy of the old file: %w", err)
	}
	if err := Save(dir, s); err != nil {
		return s, report, fmt.Errorf("load settings: store repaired settings: %w", err)
	}
	return s, report, nil
}

// firstPerField keeps the first reason given for each field.
func firstPerField(errs []field.Error) []field.Error {
	seen := map[string]bool{}
	var out []field.Error
	for _, e := range errs {
		if !seen[e.Field] {
			seen[e.Field] = true
			out = append(out, e)
		}
	}
	return out
}

var errTooLarge = errors.New("file too large")

// readCapped reads path, or fails with errTooLarge without reading more than limit bytes.
func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is over %d bytes: %w", path, limit, errTooLarge)
	}
	return data, nil
}
