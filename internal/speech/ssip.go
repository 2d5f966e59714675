package speech

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ssipTimeout bounds each exchange with speech-dispatcher: a service that hangs makes the voice
// fall silent rather than hold its goroutine for ever.
const ssipTimeout = 2 * time.Second

// ssip talks to speech-dispatcher in its own protocol, SSIP: text lines ending in CR LF, each
// command answered by lines "NNN-text" and a last "NNN text", 2xx meaning success.
type ssip struct {
	conn   net.Conn
	r      *bufio.Reader
	lang   string
	volume int
	set    bool // whether lang and volume were sent
}

var _ engine = (*ssip)(nil)

// dialSSIP connects to the service at address ("unix_socket:PATH", "inet_socket:HOST:PORT" or a
// socket's path) and introduces the client.
func dialSSIP(address string) (*ssip, error) {
	network, addr := "unix", address
	switch {
	case strings.HasPrefix(address, "unix_socket:"):
		addr = strings.TrimPrefix(address, "unix_socket:")
	case strings.HasPrefix(address, "inet_socket:"):
		network, addr = "tcp", strings.TrimPrefix(address, "inet_socket:")
	}
	conn, err := net.DialTimeout(network, addr, ssipTimeout)
	if err != nil {
		return nil, err
	}
	s := &ssip{conn: conn, r: bufio.NewReader(conn)}
	for _, cmd := range []string{"SET self CLIENT_NAME user:spinecoach:coach", "SET self PRIORITY message"} {
		if _, err := s.command(cmd); err != nil {
			conn.Close()
			return nil, err
		}
	}
	return s, nil
}

// say cancels what this client is still saying, sets the language and volume where they
// changed, and sends the text.
func (s *ssip) say(u Utterance) error {
	if _, err := s.command("CANCEL self"); err != nil {
		return err
	}
	if !s.set || u.Lang != s.lang {
		if _, err := s.command("SET self LANGUAGE " + u.Lang); err != nil {
			return err
		}
	}
	if v := ssipVolume(u.Volume); !s.set || v != s.volume {
		if _, err := s.command(fmt.Sprintf("SET self VOLUME %d", v)); err != nil {
			return err
		}
		s.volume = v
	}
	s.lang, s.set = u.Lang, true
	if _, err := s.command("SPEAK"); err != nil {
		return err
	}
	_, err := s.command(ssipData(u.Text) + "\r\n.")
	return err
}

func (s *ssip) close() error {
	s.conn.SetDeadline(time.Now().Add(ssipTimeout))
	fmt.Fprint(s.conn, "QUIT\r\n")
	return s.conn.Close()
}

// command sends one command and reads its reply, which must be a success.
func (s *ssip) command(cmd string) (string, error) {
	s.conn.SetDeadline(time.Now().Add(ssipTimeout))
	if _, err := fmt.Fprintf(s.conn, "%s\r\n", cmd); err != nil {
		return "", fmt.Errorf("speech-dispatcher: %w", err)
	}
	var reply []string
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			return "", fmt.Errorf("speech-dispatcher did not answer %q: %w", firstWord(cmd), err)
		}
		line = strings.TrimRight(line, "\r\n")
		if len(line) < 4 {
			return "", fmt.Errorf("speech-dispatcher answered %q with %q", firstWord(cmd), line)
		}
		reply = append(reply, line[4:])
		if line[3] == '-' {
			continue
		}
		if line[0] != '2' {
			return "", fmt.Errorf("speech-dispatcher refused %q: %s", firstWord(cmd), line)
		}
		return strings.Join(reply, "\n"), nil
	}
}

func firstWord(cmd string) string {
	if i := strings.IndexAny(cmd, " \r\n"); i >= 0 {
		cmd = cmd[:i]
	}
	return cmd
}

// ssipData is text as the data of SPEAK: one line for each, none of them a lone "." that would
// end the data early (a leading dot is doubled, as the protocol asks).
func ssipData(text string) string {
	lines := strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' })
	for i, l := range lines {
		if strings.HasPrefix(l, ".") {
			lines[i] = "." + l
		}
	}
	return strings.Join(lines, "\r\n")
}

// ssipVolume maps 0–100 % to SSIP's -100..100.
func ssipVolume(percent int) int { return max(0, min(100, percent))*2 - 100 }

// plainLocale is env with the locale variables replaced by C.UTF-8, which every system has.
func plainLocale(env []string) []string {
	out := []string{"LANG=C.UTF-8"}
	for _, kv := range env {
		if !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LANGUAGE=") {
			out = append(out, kv)
		}
	}
	return out
}

// ssipAddress is where speech-dispatcher listens: $SPEECHD_ADDRESS, else its socket in the
// user's runtime folder, as libspeechd finds it.
func ssipAddress() string {
	if a := os.Getenv("SPEECHD_ADDRESS"); a != "" {
		return a
	}
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		if cache, err := os.UserCacheDir(); err == nil {
			dir = cache
		}
	}
	return filepath.Join(dir, "speech-dispatcher", "speechd.sock")
}

// openSSIP connects to speech-dispatcher, starting it first if it is installed but not running
// (as libspeechd does).
func openSSIP() (engine, error) {
	addr := ssipAddress()
	s, err := dialSSIP(addr)
	if err == nil {
		return s, nil
	}
	if os.Getenv("SPEECHD_ADDRESS") != "" {
		return nil, fmt.Errorf("%w: speech-dispatcher at %s: %v", ErrNoService, addr, err)
	}
	bin, lookErr := exec.LookPath("speech-dispatcher")
	if lookErr != nil {
		return nil, fmt.Errorf("%w: speech-dispatcher is not installed", ErrNoService)
	}
	spawn := func(env []string) error {
		cmd := exec.Command(bin, "--spawn", "--communication-method", "unix_socket", "--socket-path", addr)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%w: speech-dispatcher would not start: %v %s", ErrNoService, err, strings.TrimSpace(string(out)))
		}
		return nil
	}
	if err := spawn(os.Environ()); err != nil {
		// speech-dispatcher stops when the user's locale is not installed (setlocale fails);
		// the language it speaks is set for each line anyway.
		if !strings.Contains(err.Error(), "setlocale") || spawn(plainLocale(os.Environ())) != nil {
			return nil, err
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for {
		s, err := dialSSIP(addr)
		if err == nil {
			return s, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%w: speech-dispatcher started but does not answer at %s: %v", ErrNoService, addr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
