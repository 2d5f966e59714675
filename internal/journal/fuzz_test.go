package journal

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// FuzzLoad feeds arbitrary bytes as a journal between two known good lines and checks that Load
// never fails, never loses a line (each is kept or set aside, verbatim), always keeps the
// known good ones, and leaves a journal that loads clean.
func FuzzLoad(f *testing.F) {
	start := time.Date(2026, 10, 25, 2, 30, 0, 0, berlin)
	// Small seeds: the fuzzer minimises every new input byte by byte, so a long seed costs minutes.
	seeds := encode(f,
		NewSessionRecord(Session{ID: "s", Start: start, End: start, Exercises: []ExerciseRecord{{ID: "e", Kind: program.Reps, Sides: program.OneSide, Status: coach.PainStopped, Pain: Pain(4)}}}),
		NewFlareRecord(Flare{From: start, Until: start.Add(72 * time.Hour)}),
		NewSkipRecord(Skip{At: start, Due: start}))
	f.Add([]byte(strings.Join(seeds, "\n") + "\n"))
	f.Add([]byte(seeds[0][:len(seeds[0])/2]))
	f.Add([]byte("garbage\n" + seeds[1] + "\n\n\r\n{}\n"))
	f.Add([]byte(`{"v":2,"kind":"session","session":7}` + "\n" + `{"v":1}`))
	f.Add([]byte(`{"v":1,"kind":"flare","flare":{"from":"2026-01-02T00:00:00Z","until":"2026-01-01T00:00:00Z"}}`))
	f.Add([]byte("\xff\xfe\x00" + seeds[0]))
	first := encode(f, sampleSession(f, "known-first", start))[0]
	last := encode(f, sampleSession(f, "known-last", start.Add(time.Hour)))[0]

	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		var in bytes.Buffer
		in.WriteString(first + "\n")
		in.Write(data)
		if len(data) > 0 && data[len(data)-1] != '\n' {
			in.WriteByte('\n')
		}
		in.WriteString(last + "\n")
		j, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		j.nosync = true
		if err := os.WriteFile(j.Path(), in.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		recs, rep, err := j.Load()
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if len(recs) < 2 || recs[0].Session == nil || recs[0].Session.ID != "known-first" ||
			recs[len(recs)-1].Session == nil || recs[len(recs)-1].Session.ID != "known-last" {
			t.Fatalf("known good lines lost: %d records", len(recs))
		}
		kept, _ := os.ReadFile(j.Path())
		var aside []byte
		if rep.CorruptPath != "" {
			aside, _ = os.ReadFile(rep.CorruptPath)
		}
		conserved(t, in.Bytes(), kept, aside)
		again, rep2, err := j.Load()
		if err != nil || rep2.SetAside != 0 || rep2.Rewritten || len(again) != len(recs) || rep2.Newer != rep.Newer {
			t.Fatalf("second load: %d records, %+v, %v; first gave %d, %+v", len(again), rep2, err, len(recs), rep)
		}
		for _, r := range recs {
			if err := r.Validate(); err != nil {
				t.Fatalf("Load returned an invalid record: %v", err)
			}
		}
	})
}

// conserved checks that every non-blank input line is in the kept journal or the set-aside file,
// byte for byte, in order.
func conserved(t *testing.T, in, kept, aside []byte) {
	t.Helper()
	k, a := lines(kept), lines(aside)
	for _, l := range lines(in) {
		switch {
		case len(k) > 0 && bytes.Equal(k[0], l):
			k = k[1:]
		case len(a) > 0 && bytes.Equal(a[0], l):
			a = a[1:]
		default:
			t.Fatalf("line %q is neither kept nor set aside", l)
		}
	}
	if len(k)+len(a) > 0 {
		t.Fatalf("output has lines that were not in the input: %q %q", k, a)
	}
}

func lines(b []byte) [][]byte {
	var out [][]byte
	for _, l := range bytes.Split(b, []byte{'\n'}) {
		if len(bytes.TrimSpace(l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}
