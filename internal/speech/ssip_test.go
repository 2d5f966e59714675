package speech

import (
	"bufio"
	"net"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeSSIP is a speech-dispatcher for tests: it answers every command as the real one does and
// keeps the lines (commands and data) and the texts it was sent.
type fakeSSIP struct {
	t    *testing.T
	ln   net.Listener
	mu   sync.Mutex
	cmds []string
	said []string
	// refuse makes the reply to commands starting with it an error.
	refuse string
	quit   chan struct{} // closed when a client says QUIT
}

func newFakeSSIP(t *testing.T) *fakeSSIP {
	t.Helper()
	ln, err := net.Listen("unix", filepath.Join(t.TempDir(), "speechd.sock"))
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeSSIP{t: t, ln: ln, quit: make(chan struct{})}
	t.Cleanup(func() { ln.Close() })
	go f.serve()
	return f
}

func (f *fakeSSIP) addr() string { return "unix_socket:" + f.ln.Addr().String() }

func (f *fakeSSIP) serve() {
	for {
		c, err := f.ln.Accept()
		if err != nil {
			return
		}
		go f.client(c)
	}
}

func (f *fakeSSIP) client(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	reply := func(s string) { c.Write([]byte(s)) }
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if !strings.HasSuffix(line, "\r\n") {
			f.t.Errorf("command %q does not end in CR LF", line)
		}
		cmd := strings.TrimRight(line, "\r\n")
		f.mu.Lock()
		f.cmds = append(f.cmds, cmd)
		refuse := f.refuse != "" && strings.HasPrefix(cmd, f.refuse)
		f.mu.Unlock()
		switch {
		case refuse:
			reply("409 ERR RANGE\r\n")
		case cmd == "SPEAK":
			reply("230 OK RECEIVING DATA\r\n")
			var text []string
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				l = strings.TrimRight(l, "\r\n")
				f.mu.Lock()
				f.cmds = append(f.cmds, l)
				f.mu.Unlock()
				if l == "." {
					break
				}
				text = append(text, strings.TrimPrefix(l, "."))
			}
			f.mu.Lock()
			f.said = append(f.said, strings.Join(text, "\n"))
			f.mu.Unlock()
			reply("225-17\r\n225 OK MESSAGE QUEUED\r\n")
		case cmd == "QUIT":
			reply("231 HAPPY HACKING\r\n")
			close(f.quit)
			return
		case strings.HasPrefix(cmd, "CANCEL"):
			reply("210 OK CANCELED\r\n")
		case strings.HasPrefix(cmd, "SET"):
			reply("2" + "08 OK SET\r\n")
		default:
			reply("300 ERR UNKNOWN COMMAND\r\n")
		}
	}
}

func (f *fakeSSIP) commands() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.cmds)
}

func (f *fakeSSIP) texts() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.said)
}

func TestSSIPSays(t *testing.T) {
	f := newFakeSSIP(t)
	s, err := dialSSIP(f.addr())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for _, u := range []Utterance{
		{Text: "Exercise one, 30 times", Lang: "en", Volume: 80, At: now},
		{Text: "Right", Lang: "en", Volume: 80, At: now},
		{Text: "Вправо", Lang: "ru", Volume: 30, At: now},
		{Text: ".hidden\nsecond line", Lang: "ru", Volume: 30, At: now},
	} {
		if err := s.say(u); err != nil {
			t.Fatalf("say %q: %v", u.Text, err)
		}
	}
	if err := s.close(); err != nil {
		t.Error(err)
	}
	select {
	case <-f.quit:
	case <-time.After(5 * time.Second):
		t.Fatal("the client closed without QUIT")
	}
	want := []string{
		"SET self CLIENT_NAME user:spinecoach:coach", "SET self PRIORITY message",
		"CANCEL self", "SET self LANGUAGE en", "SET self VOLUME 60", "SPEAK", "Exercise one, 30 times", ".",
		// The same language and volume are not sent again; what is still said is cut off.
		"CANCEL self", "SPEAK", "Right", ".",
		"CANCEL self", "SET self LANGUAGE ru", "SET self VOLUME -40", "SPEAK", "Вправо", ".",
		// A leading dot is doubled, so that no line of the text ends the data.
		"CANCEL self", "SPEAK", "..hidden", "second line", ".",
		"QUIT",
	}
	got := f.commands()
	if !slices.Equal(got, want) {
		t.Errorf("sent:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if said := f.texts(); !slices.Equal(said, []string{"Exercise one, 30 times", "Right", "Вправо", ".hidden\nsecond line"}) {
		t.Errorf("said %q", said)
	}
}

func TestSSIPRefused(t *testing.T) {
	f := newFakeSSIP(t)
	f.refuse = "SET self LANGUAGE"
	s, err := dialSSIP(f.addr())
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	err = s.say(Utterance{Text: "Hold", Lang: "xx", Volume: 50})
	if err == nil || !strings.Contains(err.Error(), "refused") || !strings.Contains(err.Error(), "409") {
		t.Errorf("say with a refused language: %v, want the refusal", err)
	}
	if len(f.texts()) != 0 {
		t.Errorf("said %q after a refusal", f.texts())
	}
}

func TestSSIPNoService(t *testing.T) {
	t.Setenv("SPEECHD_ADDRESS", "unix_socket:"+filepath.Join(t.TempDir(), "none.sock"))
	_, err := openSSIP()
	if err == nil || !strings.Contains(err.Error(), "no speech service") {
		t.Errorf("openSSIP without a service: %v", err)
	}
}

func TestSSIPAddress(t *testing.T) {
	t.Setenv("SPEECHD_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", "/run/user/1000")
	if got := ssipAddress(); got != "/run/user/1000/speech-dispatcher/speechd.sock" {
		t.Errorf("address = %q", got)
	}
	t.Setenv("SPEECHD_ADDRESS", "inet_socket:127.0.0.1:6560")
	if got := ssipAddress(); got != "inet_socket:127.0.0.1:6560" {
		t.Errorf("address = %q", got)
	}
}

func TestSSIPVolume(t *testing.T) {
	for in, want := range map[int]int{-5: -100, 0: -100, 50: 0, 70: 40, 100: 100, 120: 100} {
		if got := ssipVolume(in); got != want {
			t.Errorf("ssipVolume(%d) = %d, want %d", in, got, want)
		}
	}
}

func TestPlainLocale(t *testing.T) {
	got := plainLocale([]string{"HOME=/root", "LANG=ru_RU.UTF-8", "LC_MESSAGES=xx_YY.UTF-8", "LC_ALL=", "LANGUAGE=ru", "PATH=/bin"})
	if want := []string{"LANG=C.UTF-8", "HOME=/root", "PATH=/bin"}; !slices.Equal(got, want) {
		t.Errorf("plainLocale = %q, want %q", got, want)
	}
}
