//go:build unix

package journal

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

const crashDirEnv = "SPINECOACH_JOURNAL_CRASH_DIR"

// TestCrashChild is the child of TestCrashAppend: it appends sessions until it is killed,
// printing each id once Append has returned. It does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestCrashAppend")
	}
	j, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 29, 1, 0, 0, 0, berlin)
	for i := 0; ; i++ {
		id := NewSessionID(start)
		if err := j.Append(sampleSession(t, id, start.Add(time.Duration(i)*time.Minute))); err != nil {
			t.Fatal(err)
		}
		fmt.Println(id)
	}
}

// TestCrashAppend kills an appending child with SIGKILL at random points and checks that every
// id it reported is still in the journal, and that the journal loads (a torn last line is set aside).
func TestCrashAppend(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(42, 1))
	reported := map[string]bool{}
	for run := range 50 {
		k := 1 + rng.IntN(12)
		for _, id := range runAndKill(t, dir, k) {
			reported[id] = true
		}
		recs, rep, err := loadDir(dir)
		if err != nil {
			t.Fatalf("run %d: load after kill: %v", run, err)
		}
		have := map[string]bool{}
		for _, r := range recs {
			have[r.Session.ID] = true
		}
		for id := range reported {
			if !have[id] {
				t.Fatalf("run %d: reported id %s missing after kill (report %+v)", run, id, rep)
			}
		}
		if rep.SetAside > 1 {
			t.Fatalf("run %d: %d lines set aside, at most the torn last one expected", run, rep.SetAside)
		}
	}
}

// runAndKill starts the child, reads k ids from it, kills it with SIGKILL and returns every id it printed.
func runAndKill(t *testing.T, dir string, k int) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	var ids []string
	for len(ids) < k && sc.Scan() {
		if id := sc.Text(); isSessionID(id) {
			ids = append(ids, id)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for sc.Scan() { // ids printed between the k-th and the kill count too
		if id := sc.Text(); isSessionID(id) {
			ids = append(ids, id)
		}
	}
	_ = cmd.Wait() // killed: the error is expected
	if len(ids) < k {
		t.Fatalf("child printed %d ids before exiting, want %d", len(ids), k)
	}
	return ids
}

// isSessionID tells the child's ids from anything else the test framework prints.
func isSessionID(s string) bool {
	return len(s) == len("20260329T000000Z-00000000") && s[8] == 'T' && strings.HasPrefix(s[15:], "Z-")
}
