package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// FileName is the journal's name inside the data folder.
const FileName = "journal.jsonl"

// MaxLineBytes bounds one encoded record. A session of seven exercises is about 1.2 KiB;
// the bound keeps each append a single small write.
const MaxLineBytes = 64 << 10

// Journal is the append-only record of what the user did, kept as journal.jsonl in a data folder.
//
// Two processes (the window and the reminder agent) may append at the same time. Appends and
// repairs take an exclusive flock on journal.jsonl.lock, so they run one at a time: no append can
// land in a file that is being replaced, and an append sees whether the file ends in a torn line.
// Each Append is also one write(2) of one whole line on a file opened with O_APPEND, which local
// file systems apply at the end of the file without interleaving, so where flock is missing
// (Windows: the lock is then in-process only) appends from two processes still do not mix; lines
// are about 1 KiB, far under MaxLineBytes. Reading takes no lock. A Journal is safe for concurrent use.
type Journal struct {
	dir  string
	path string
	now  func() time.Time // names the corrupt file; tests replace it
	mu   sync.Mutex       // the in-process half of the file lock
	// nosync skips fsync: only for the fuzz test, where it would cost 99% of the time.
	// Durability is what the crash test checks, with fsync on.
	nosync bool
	// write writes one buffer to f; nil means f.Write. Tests replace it to fail as a full disk does.
	write func(f *os.File, b []byte) (int, error)
}

// LoadReport says what Load found, so the UI can tell the user in one sentence.
type LoadReport struct {
	Records     int    // records understood and returned
	Newer       int    // lines from a newer version of the app: kept in the file, left out of stats
	SetAside    int    // lines that did not parse: moved to CorruptPath and removed from the journal
	CorruptPath string // where the set-aside lines were copied; empty if none
	Rewritten   bool   // the journal was rewritten clean (bad lines or a missing final newline)
	Unreadable  int    // lines that did not parse, left in place: the folder could not be written (or Read)
	Duplicates  int    // later copies of a session id already read: kept in the file, counted once
	RepairErr   error  // why the unreadable lines could not be set aside, or nil
}

// Open returns the journal in dir, creating the folder if needed. The file itself is created by the first Append.
func Open(dir string) (*Journal, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open journal in %s: %w", dir, err)
	}
	return &Journal{dir: dir, path: filepath.Join(dir, FileName), now: time.Now}, nil
}

// Load opens the journal in dir and loads it; see (*Journal).Load.
func Load(dir string) ([]Record, LoadReport, error) {
	j, err := Open(dir)
	if err != nil {
		return nil, LoadReport{}, err
	}
	return j.Load()
}

// Path returns the journal file's path.
func (j *Journal) Path() string { return j.path }

// Append validates r and adds it as one line at the end of the journal, then fsyncs.
// If the file ends in a torn line without a newline, the record starts on a new line.
func (j *Journal) Append(r Record) error {
	if err := r.Validate(); err != nil {
		return fmt.Errorf("append to journal: %w", err)
	}
	line, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("append to journal: encode %s: %w", r.Kind, err)
	}
	if len(line) >= MaxLineBytes {
		return fmt.Errorf("append to journal: %s record is %d bytes, limit %d", r.Kind, len(line), MaxLineBytes)
	}
	line = append(line, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	unlock, err := lockFile(j.lockPath(), true)
	if err != nil {
		return fmt.Errorf("append to journal: %w", err)
	}
	defer unlock()
	if r.Kind == KindSession {
		// The same id is one session: a session saved before the app died, then saved again
		// from its checkpoint ("save as it stands"), is not written twice.
		saved, err := j.holdsSession(r.Session.ID)
		if err != nil {
			return fmt.Errorf("append to journal: %w", err)
		}
		if saved {
			return nil
		}
	}
	return j.appendLine(line)
}

// holdsSession reports whether the journal file already has a session with id. It reads the file,
// but decodes only the lines that mention the id.
func (j *Journal) holdsSession(id string) (bool, error) {
	data, err := os.ReadFile(j.path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	quoted, _ := json.Marshal(id) // a string always encodes
	for len(data) > 0 {
		i := bytes.Index(data, quoted)
		if i < 0 {
			return false, nil
		}
		from := bytes.LastIndexByte(data[:i], '\n') + 1
		to := bytes.IndexByte(data[i:], '\n')
		if to < 0 {
			to = len(data)
		} else {
			to += i
		}
		if r, class := classify(data[from:to]); class == lineGood && r.Kind == KindSession && r.Session.ID == id {
			return true, nil
		}
		data = data[min(to+1, len(data)):]
	}
	return false, nil
}

// HasSession reports whether records hold a session with id.
func HasSession(records []Record, id string) bool {
	for _, r := range records {
		if r.Kind == KindSession && r.Session != nil && r.Session.ID == id {
			return true
		}
	}
	return false
}

func (j *Journal) appendLine(line []byte) error {
	f, err := os.OpenFile(j.path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("append to journal: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("append to journal: %w", err)
	}
	if st.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, st.Size()-1); err != nil {
			f.Close()
			return fmt.Errorf("append to journal: read last byte: %w", err)
		}
		if last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := j.writeTo(f, line); err != nil {
		return j.undoAppend(f, st.Size(), fmt.Errorf("append to journal %s: %w", j.path, err))
	}
	if err := syncFile(f, j.nosync); err != nil {
		return j.undoAppend(f, st.Size(), fmt.Errorf("append to journal: %w", err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("append to journal: close %s: %w", j.path, err)
	}
	if st.Size() == 0 && !j.nosync {
		// The file may be new: make its directory entry durable too.
		return atomicfile.SyncDir(j.dir)
	}
	return nil
}

// undoAppend cuts the journal back to size after a failed append (a full disk writes part of a
// line), so a record the caller was told is not saved leaves no torn line behind. It returns err,
// with the truncation's own failure added if that failed too.
func (j *Journal) undoAppend(f *os.File, size int64, err error) error {
	if terr := f.Truncate(size); terr != nil {
		err = fmt.Errorf("%w; cutting back the part written: %v", err, terr)
	}
	f.Close()
	return err
}

func (j *Journal) writeTo(f *os.File, b []byte) (int, error) {
	if j.write != nil {
		return j.write(f, b)
	}
	return f.Write(b)
}

// Load reads every record. Lines that do not parse or validate (a torn last line after a crash,
// garbage, a bad hand edit) do not cost the rest: they are copied to journal.jsonl.corrupt-<time>
// and the good lines are rewritten atomically, so the journal is clean again. Lines written by a
// newer version are kept in the file untouched and counted in the report, never returned or deleted.
// A missing journal is empty, not an error.
func (j *Journal) Load() ([]Record, LoadReport, error) {
	sc, err := j.scan()
	if err != nil || !sc.needsRepair() {
		return sc.records, sc.report, err
	}
	// Repair under the exclusive lock, from a fresh read: an append that was
	// in flight during the first read may have made its last line look torn.
	j.mu.Lock()
	defer j.mu.Unlock()
	unlock, err := lockFile(j.lockPath(), true)
	if err != nil {
		return sc.unrepaired(fmt.Errorf("load journal: %w", err))
	}
	defer unlock()
	if sc, err = j.scan(); err != nil || !sc.needsRepair() {
		return sc.records, sc.report, err
	}
	if err := j.repair(&sc); err != nil {
		return sc.unrepaired(err)
	}
	return sc.records, sc.report, nil
}

// Read reads every record it can, as Load does, but takes no lock and changes nothing: lines
// that do not parse are counted as Unreadable and left where they are. `spinecoach export` uses it.
func (j *Journal) Read() ([]Record, LoadReport, error) {
	sc, err := j.scan()
	if err != nil {
		return nil, LoadReport{}, err
	}
	sc.report.Unreadable, sc.report.SetAside = len(sc.bad), 0
	return sc.records, sc.report, nil
}

// unrepaired is what Load returns when the journal cannot be written (a read-only folder, a full
// disk): the records that could be read, and the bad lines counted but left in place.
func (s *scanned) unrepaired(err error) ([]Record, LoadReport, error) {
	s.report.Unreadable, s.report.SetAside, s.report.CorruptPath = len(s.bad), 0, ""
	s.report.RepairErr = err
	return s.records, s.report, nil
}

func (j *Journal) lockPath() string { return j.path + ".lock" }

func (j *Journal) scan() (scanned, error) {
	data, err := os.ReadFile(j.path)
	if errors.Is(err, fs.ErrNotExist) {
		return scanned{}, nil
	}
	if err != nil {
		return scanned{}, fmt.Errorf("load journal: %w", err)
	}
	return scanLines(data), nil
}

// scanned is one pass over the journal's bytes.
type scanned struct {
	records      []Record
	kept         [][]byte // good and newer lines, verbatim, without the newline
	bad          [][]byte // lines to set aside, verbatim
	unterminated bool     // the last line has no newline
	report       LoadReport
}

func (s *scanned) needsRepair() bool { return len(s.bad) > 0 || s.unterminated }

func scanLines(data []byte) scanned {
	var s scanned
	lines := make([][]byte, 0, bytes.Count(data, []byte{'\n'})+1)
	for len(data) > 0 {
		line := data
		i := bytes.IndexByte(data, '\n')
		if i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
			s.unterminated = true
		}
		if len(bytes.TrimSpace(line)) > 0 {
			lines = append(lines, line)
		}
	}
	recs, classes := classifyAll(lines)
	s.records = recs[:0] // the records kept, in file order, filtered in place
	var ids map[string]bool
	for i, line := range lines {
		switch classes[i] {
		case lineGood:
			s.kept = append(s.kept, line)
			r := recs[i]
			if r.Kind == KindSession {
				if ids == nil {
					ids = make(map[string]bool)
				}
				if ids[r.Session.ID] {
					s.report.Duplicates++ // the same session saved twice: count it once
					continue
				}
				ids[r.Session.ID] = true
			}
			s.records = append(s.records, r)
		case lineNewer:
			s.kept = append(s.kept, line)
			s.report.Newer++
		default:
			s.bad = append(s.bad, line)
		}
	}
	s.report.Records = len(s.records)
	s.report.SetAside = len(s.bad)
	return s
}

// classifyAll classifies lines on every core: decoding is nearly all of a cold load, and no line
// depends on another. Runs of linesPerGoroutine lines keep the cores evenly busy when something
// else takes one of them for a while.
func classifyAll(lines [][]byte) ([]Record, []lineClass) {
	recs := make([]Record, len(lines))
	classes := make([]lineClass, len(lines))
	var wg sync.WaitGroup
	for from := 0; from < len(lines); from += linesPerGoroutine {
		to := min(from+linesPerGoroutine, len(lines))
		wg.Go(func() {
			for i := from; i < to; i++ {
				recs[i], classes[i] = classify(lines[i])
			}
		})
	}
	wg.Wait()
	return recs, classes
}

// linesPerGoroutine is about 600 KB of sessions, a few milliseconds of decoding: enough to
// outweigh starting a goroutine, small enough that ten years make some twenty runs.
const linesPerGoroutine = 512

type lineClass int

const (
	lineBad lineClass = iota
	lineGood
	lineNewer
)

// classify decides what one line is. A line from a newer version may have a shape this
// version cannot decode, so a failed decode still looks for a "v" above ours.
func classify(line []byte) (Record, lineClass) {
	if len(line) >= MaxLineBytes {
		return Record{}, lineBad // no version of the app writes one: set it aside undecoded
	}
	var r Record
	if err := json.Unmarshal(line, &r); err != nil {
		var probe struct {
			V int `json:"v"`
		}
		if json.Unmarshal(line, &probe) == nil && probe.V > Version {
			return Record{}, lineNewer
		}
		return Record{}, lineBad
	}
	if r.V > Version {
		return Record{}, lineNewer
	}
	if r.Validate() != nil {
		return Record{}, lineBad
	}
	return r, lineGood
}

// repair copies the bad lines aside, then replaces the journal with the kept lines.
// The copy is fsynced before the journal is replaced, so no line is ever only in memory.
func (j *Journal) repair(s *scanned) error {
	if len(s.bad) > 0 {
		aside, err := j.writeAside(bytes.Join(append(s.bad, nil), []byte{'\n'}))
		if err != nil {
			return fmt.Errorf("load journal: set aside %d bad lines: %w", len(s.bad), err)
		}
		s.report.CorruptPath = aside
	}
	var clean []byte
	if len(s.kept) > 0 {
		clean = bytes.Join(append(s.kept, nil), []byte{'\n'})
	}
	if err := atomicfile.WriteFile(j.path, clean, 0o600); err != nil {
		return fmt.Errorf("load journal: rewrite clean: %w", err)
	}
	s.report.Rewritten = true
	return nil
}
