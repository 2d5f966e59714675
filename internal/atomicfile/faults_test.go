//go:build unix

package atomicfile

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Finding 5: a symlinked report file was replaced by a regular file. It is written through.
func TestWriteOutputThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "reports", "report.html")
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.html")
	if err := os.Symlink("reports/report.html", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteOutput(link, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v, %v", fi.Mode(), err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Fatalf("target holds %q, want new", got)
	}
	assertOnly(t, filepath.Dir(target), "report.html")

	// A link to nothing is refused with a message that says so.
	dangling := filepath.Join(dir, "dangling.html")
	if err := os.Symlink("nowhere/x.html", dangling); err != nil {
		t.Fatal(err)
	}
	err := WriteOutput(dangling, 0o644, func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "link") {
		t.Fatalf("a dangling link: err = %v, want a refusal naming the link", err)
	}
}

// Finding 5: `export --csv /dev/stdout` as root turned /dev/stdout into a regular file. A device
// or a FIFO is written to directly.
func TestWriteOutputToFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	if err := WriteOutput(fifo, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "rows"); return err }); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "rows" {
			t.Fatalf("the reader got %q", s)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("nothing came through the FIFO")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced: %v, %v", fi.Mode(), err)
	}
}

const killChildEnv = "ATOMICFILE_KILL_CHILD"

// Finding 5: a kill during an export left .out.html.tmp-* behind. The file being written has no
// name until it is complete.
func TestKillDuringWriteLeavesNoTempFile(t *testing.T) {
	if path := os.Getenv(killChildEnv); path != "" {
		_ = Write(path, 0o644, func(w io.Writer) error {
			_, _ = io.WriteString(w, "half")
			os.Stdout.WriteString("writing\n")
			time.Sleep(time.Minute) // killed long before
			return nil
		})
		os.Exit(0)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "out.html")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringWriteLeavesNoTempFile$")
	cmd.Env = append(os.Environ(), killChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "writing\n" {
		t.Fatalf("child: %q, %v", line, err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	assertOnly(t, dir, "out.html")
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Fatalf("out.html holds %q after the kill, want old", got)
	}
}
