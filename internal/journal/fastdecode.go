package journal

import (
	"bytes"
	"time"
	"unicode/utf8"
)

// decodeSessionLine is a fast path for the journal's commonest line: a session record exactly as
// Append writes it. It handles only plain JSON (no escapes, no null, no unknown or repeated keys,
// integers without fraction or exponent) and reports ok=false for anything else, which then goes
// through encoding/json. When it says ok, the result is what json.Unmarshal would give
// (FuzzDecodeSessionLine checks that). It roughly halves the time to load ten years of sessions.
//
// intern, if not nil, shares the strings that repeat from line to line (exercise ids, titles, kinds).
func decodeSessionLine(line []byte, intern map[string]string) (r Record, ok bool) {
	l := lexer{b: line, intern: intern}
	var seen uint8
	l.object(func(key []byte) {
		switch string(key) {
		case "v":
			l.once(&seen, 1)
			r.V = l.integer()
		case "kind":
			l.once(&seen, 2)
			r.Kind = Kind(l.shared())
		case "session":
			l.once(&seen, 4)
			r.Session = new(Session)
			l.session(r.Session)
		default:
			l.fail()
		}
	})
	l.ws()
	return r, !l.bad && l.i == len(l.b)
}

// lexer reads plain JSON; after the first surprise it sets bad and reads nothing more.
type lexer struct {
	b      []byte
	i      int
	bad    bool
	intern map[string]string
}

func (l *lexer) fail() { l.bad = true; l.i = len(l.b) }

func (l *lexer) ws() {
	for l.i < len(l.b) && (l.b[l.i] == ' ' || l.b[l.i] == '\t' || l.b[l.i] == '\n' || l.b[l.i] == '\r') {
		l.i++
	}
}

// next skips white space and consumes c if it comes next.
func (l *lexer) next(c byte) bool {
	l.ws()
	if l.i < len(l.b) && l.b[l.i] == c {
		l.i++
		return true
	}
	return false
}

// once fails on a key seen before: encoding/json would merge repeated objects.
func (l *lexer) once(seen *uint8, bit uint8) {
	if *seen&bit != 0 {
		l.fail()
	}
	*seen |= bit
}

func (l *lexer) object(field func(key []byte)) {
	if !l.next('{') {
		l.fail()
		return
	}
	if l.next('}') {
		return
	}
	for !l.bad {
		key := l.rawStr()
		if len(key) >= 2 {
			key = key[1 : len(key)-1]
		}
		if !l.next(':') {
			l.fail()
			return
		}
		l.ws()
		field(key)
		if l.next(',') {
			continue
		}
		if !l.next('}') {
			l.fail()
		}
		return
	}
}

// rawStr returns a string token with its quotes: valid UTF-8, no escapes, no control characters.
func (l *lexer) rawStr() []byte {
	l.ws()
	if l.bad || l.i >= len(l.b) || l.b[l.i] != '"' {
		l.fail()
		return nil
	}
	start := l.i
	end, ascii := -1, true
	for j, c := range l.b[start+1:] {
		if c == '"' {
			end = j
			break
		}
		if c < 0x20 || c == '\\' {
			l.fail()
			return nil
		}
		ascii = ascii && c < utf8.RuneSelf
	}
	if end < 0 || (!ascii && !utf8.Valid(l.b[start+1:start+1+end])) {
		l.fail()
		return nil
	}
	l.i = start + end + 2
	return l.b[start:l.i]
}

func (l *lexer) str() string {
	raw := l.rawStr()
	if len(raw) < 2 {
		return ""
	}
	return string(raw[1 : len(raw)-1])
}

// shared is str for values that repeat across lines: one copy per distinct value.
func (l *lexer) shared() string {
	raw := l.rawStr()
	if len(raw) < 2 {
		return ""
	}
	body := raw[1 : len(raw)-1]
	if l.intern == nil {
		return string(body)
	}
	if s, ok := l.intern[string(body)]; ok {
		return s
	}
	s := string(body)
	if len(l.intern) < 4096 { // a bound, in case a journal is full of distinct titles
		l.intern[s] = s
	}
	return s
}

func (l *lexer) time() time.Time {
	var t time.Time
	if raw := l.rawStr(); !l.bad && t.UnmarshalJSON(raw) != nil {
		l.fail()
	}
	return t
}

// integer reads -?(0|[1-9][0-9]*) of at most 9 digits, not followed by a fraction or exponent.
func (l *lexer) integer() int {
	l.ws()
	neg := l.i < len(l.b) && l.b[l.i] == '-'
	if neg {
		l.i++
	}
	start, n := l.i, 0
	for l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '9' {
		n = n*10 + int(l.b[l.i]-'0')
		l.i++
	}
	digits := l.i - start
	if digits == 0 || digits > 9 || (digits > 1 && l.b[start] == '0') ||
		(l.i < len(l.b) && (l.b[l.i] == '.' || l.b[l.i] == 'e' || l.b[l.i] == 'E')) {
		l.fail()
		return 0
	}
	if neg {
		return -n
	}
	return n
}

func (l *lexer) boolean() bool {
	l.ws()
	switch {
	case bytes.HasPrefix(l.b[l.i:], []byte("true")):
		l.i += 4
		return true
	case bytes.HasPrefix(l.b[l.i:], []byte("false")):
		l.i += 5
		return false
	}
	l.fail()
	return false
}

func (l *lexer) pain() *int {
	p := l.integer()
	return &p
}

func (l *lexer) session(s *Session) {
	var seen uint8
	l.object(func(key []byte) {
		switch string(key) {
		case "id":
			l.once(&seen, 1)
			s.ID = l.str()
		case "program":
			l.once(&seen, 2)
			s.Program = l.shared()
		case "start":
			l.once(&seen, 4)
			s.Start = l.time()
		case "end":
			l.once(&seen, 8)
			s.End = l.time()
		case "completed":
			l.once(&seen, 16)
			s.Completed = l.boolean()
		case "pain_before":
			l.once(&seen, 32)
			s.PainBefore = l.pain()
		case "pain_after":
			l.once(&seen, 64)
			s.PainAfter = l.pain()
		case "exercises":
			l.once(&seen, 128)
			s.Exercises = l.exercises()
		default:
			l.fail()
		}
	})
}

func (l *lexer) exercises() []ExerciseRecord {
	out := make([]ExerciseRecord, 0, 7)
	if !l.next('[') {
		l.fail()
		return nil
	}
	if l.next(']') {
		return out
	}
	for !l.bad {
		out = append(out, ExerciseRecord{})
		l.exercise(&out[len(out)-1])
		if l.next(',') {
			continue
		}
		if !l.next(']') {
			l.fail()
		}
		break
	}
	return out
}

func (l *lexer) exercise(e *ExerciseRecord) {
	var seen uint16
	once := func(bit uint16) {
		if seen&bit != 0 {
			l.fail()
		}
		seen |= bit
	}
	l.object(func(key []byte) {
		switch string(key) {
		case "id":
			once(1)
			e.ID = l.shared()
		case "title":
			once(2)
			e.Title = l.shared()
		case "kind":
			once(4)
			e.Kind = ExerciseKind(l.shared())
		case "sides":
			once(8)
			e.Sides = Sides(l.shared())
		case "target":
			once(16)
			e.Target = l.integer()
		case "hold_seconds":
			once(32)
			e.HoldSeconds = l.integer()
		case "done":
			once(64)
			e.Done = l.integer()
		case "status":
			once(128)
			e.Status = Status(l.shared())
		case "pain":
			once(256)
			e.Pain = l.pain()
		default:
			l.fail()
		}
	})
}
