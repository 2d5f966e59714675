package instance

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// The roles that hold a lock, and the messages they answer.
const (
	RoleAgent  = "agent"  // the background reminder process
	RoleWindow = "window" // the coach window

	MsgShow  = "show"  // window: come to the front
	MsgStart = "start" // window: come to the front and start a session
	MsgWake  = "wake"  // agent: re-read the data folder now
)

// ErrRunning is returned by Claim when another process holds the role in that data folder.
var ErrRunning = errors.New("already running")

// ErrNoAnswer is returned by Send when nothing listens for the role, or it did not answer in time.
var ErrNoAnswer = errors.New("no running instance answered")

// DialTimeout bounds how long Send waits to connect, and then again for the answer.
const DialTimeout = 2 * time.Second

// ServeTimeout bounds how long one connection may take to send its line: a message is one word,
// so a client that sends nothing for this long is cut off. Connections are served side by side,
// so an idle one holds back nobody.
const ServeTimeout = time.Second

// maxConns bounds the connections served at once; more wait to be accepted.
const maxConns = 32

// maxSocketPath is the longest unix socket path used in the data folder: sun_path holds 108 bytes
// on Linux and Windows and 104 on macOS and the BSDs, including the terminating zero.
const maxSocketPath = 100

// maxMessage bounds one message line; messages are single words.
const maxMessage = 256

// Instance is the claim of one role in one data folder, held until Close or the process ends.
type Instance struct {
	lock     *os.File
	listener net.Listener
	messages chan string
	done     chan struct{}
	wg       sync.WaitGroup
	once     sync.Once
	uid      int           // the user whose connections are served (this process's)
	slots    chan struct{} // one per connection being served
}

// Claim takes the role's lock in dir (created if missing) and starts listening for messages.
// When another live process holds the role it returns an error wrapping ErrRunning; use Send to
// reach it. The lock belongs to the open file, so it dies with the process: a crash leaves no
// stale lock, and a socket file left by a crash is replaced. The socket lives in a folder only
// this user can write (see SocketPath), has mode 0600, and answers only this user's processes
// where the system tells who connected (SO_PEERCRED on Linux).
func Claim(dir, role string) (*Instance, error) { return claim(dir, role, os.Getuid()) }

// claim is Claim serving the connections of the user uid.
func claim(dir, role string, uid int) (*Instance, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("claim %s: %w", role, err)
	}
	lock, err := lockFile(filepath.Join(dir, role+".lock"))
	if err != nil {
		return nil, fmt.Errorf("claim %s in %s: %w", role, dir, err)
	}
	path, err := SocketPath(dir, role)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("claim %s: %w", role, err)
	}
	// We hold the lock, so a socket file here was left by a process that died: replace it.
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		lock.Close()
		return nil, fmt.Errorf("claim %s: remove old socket: %w", role, err)
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("claim %s: listen: %w", role, err)
	}
	if err := os.Chmod(path, 0o600); err != nil && runtime.GOOS != "windows" {
		ln.Close()
		lock.Close()
		return nil, fmt.Errorf("claim %s: %w", role, err)
	}
	in := &Instance{
		lock: lock, listener: ln, messages: make(chan string, 8), done: make(chan struct{}),
		uid: uid, slots: make(chan struct{}, maxConns),
	}
	in.wg.Add(1)
	go in.accept()
	return in, nil
}

// Messages delivers the messages sent to this instance, one word each ("show", "start", "wake").
// It is closed by Close. A message that arrives while 8 are waiting unread is dropped.
func (in *Instance) Messages() <-chan string { return in.messages }

// Close stops listening, removes the socket file and releases the lock. It is safe to call twice.
func (in *Instance) Close() error {
	var err error
	in.once.Do(func() {
		close(in.done)
		err = in.listener.Close() // a unix listener unlinks its socket file
		in.wg.Wait()
		close(in.messages)
		if cerr := in.lock.Close(); err == nil {
			err = cerr
		}
	})
	return err
}

func (in *Instance) accept() {
	defer in.wg.Done()
	for {
		select { // wait for a free slot, so a flood of idle connections costs a bounded delay
		case in.slots <- struct{}{}:
		case <-in.done:
			return
		}
		conn, err := in.listener.Accept()
		if err != nil {
			<-in.slots
			select {
			case <-in.done:
				return
			default:
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			time.Sleep(100 * time.Millisecond) // e.g. out of file descriptors: do not spin
			continue
		}
		in.wg.Add(1)
		go func() {
			defer in.wg.Done()
			defer func() { <-in.slots }()
			in.serve(conn)
		}()
	}
}

// serve reads one line from conn, delivers it and answers "ok". A connection from another user
// is closed unread; a client that sends nothing is cut off after ServeTimeout.
func (in *Instance) serve(conn net.Conn) {
	defer conn.Close()
	if err := checkPeer(conn, in.uid); err != nil {
		return
	}
	_ = conn.SetDeadline(time.Now().Add(ServeTimeout))
	line, err := bufio.NewReader(&limitReader{conn, maxMessage}).ReadString('\n')
	msg := strings.TrimSpace(line)
	if err != nil || msg == "" {
		return
	}
	select {
	case in.messages <- msg:
	case <-in.done:
		return
	default: // nobody reads: drop rather than block the next sender
	}
	_, _ = conn.Write([]byte("ok\n"))
}

// Send gives msg to the process holding role in dir and waits for its acknowledgement. It fails
// with an error wrapping ErrNoAnswer when none runs or it does not answer within DialTimeout.
func Send(dir, role, msg string) error {
	if msg == "" || strings.ContainsAny(msg, "\r\n") {
		return fmt.Errorf("send to %s: message %q must be one non-empty line", role, msg)
	}
	path, err := SocketPath(dir, role)
	if err != nil {
		return fmt.Errorf("send %q to %s: %w", msg, role, err)
	}
	conn, err := net.DialTimeout("unix", path, DialTimeout)
	if err != nil {
		return fmt.Errorf("send %q to %s: %w: %w", msg, role, ErrNoAnswer, err)
	}
	defer conn.Close()
	if err := checkPeer(conn, os.Getuid()); err != nil { // not our own process: say nothing to it
		return fmt.Errorf("send %q to %s: %w", msg, role, err)
	}
	_ = conn.SetDeadline(time.Now().Add(DialTimeout))
	if _, err := conn.Write([]byte(msg + "\n")); err != nil {
		return fmt.Errorf("send %q to %s: %w: %w", msg, role, ErrNoAnswer, err)
	}
	answer, err := bufio.NewReader(&limitReader{conn, maxMessage}).ReadString('\n')
	if err != nil || strings.TrimSpace(answer) != "ok" {
		return fmt.Errorf("send %q to %s: %w: answer %q, %v", msg, role, ErrNoAnswer, answer, err)
	}
	return nil
}

// SocketPath is where the role's socket lives: <dir>/<role>.sock when dir belongs to this user
// and no one else may write in it, and the path fits a unix socket; otherwise a name made from a
// hash of the absolute data folder in the user's private runtime folder ($XDG_RUNTIME_DIR/spinecoach,
// else a 0700 folder spinecoach-<uid> in the temporary folder, created and checked: a folder there
// that another user made first, or that others may write, is refused with an error).
func SocketPath(dir, role string) (string, error) {
	p := filepath.Join(dir, role+".sock")
	if len(p) <= maxSocketPath && ownedFolder(dir) == nil {
		return p, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	run, err := runtimeDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	p = filepath.Join(run, "spinecoach-"+hex.EncodeToString(sum[:8])+"-"+role+".sock")
	if len(p) > maxSocketPath {
		return "", fmt.Errorf("socket path %s is too long for a unix socket", p)
	}
	return p, nil
}

// limitReader stops after n bytes, so a client cannot make serve buffer without limit.
type limitReader struct {
	conn net.Conn
	n    int
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errors.New("message too long")
	}
	if len(p) > l.n {
		p = p[:l.n]
	}
	n, err := l.conn.Read(p)
	l.n -= n
	return n, err
}
