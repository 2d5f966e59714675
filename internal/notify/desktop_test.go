package notify

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/gen2brain/beeep"
)

// fakeService stands in for beeep.Notify: it records calls and answers with err, or hangs until
// release is closed when hang is set.
type fakeService struct {
	mu      sync.Mutex
	calls   []Notification
	icons   []string
	err     error
	hang    bool
	release chan struct{}
}

func (f *fakeService) send(title, body, icon string) error {
	f.mu.Lock()
	f.calls = append(f.calls, Notification{Title: title, Body: body})
	f.icons = append(f.icons, icon)
	hang, release, err := f.hang, f.release, f.err
	f.mu.Unlock()
	if hang {
		<-release
	}
	return err
}

func (f *fakeService) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

func TestDesktopDelivers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := &fakeService{}
		d := newDesktop("/data/icon.png", 0, f.send)
		n := Notification{Title: "Time for your exercises", Body: "Session 2 of 3"}
		if err := d.Notify(context.Background(), n); err != nil {
			t.Fatal(err)
		}
		if len(f.calls) != 1 || f.calls[0].Title != n.Title || f.calls[0].Body != n.Body || f.icons[0] != "/data/icon.png" {
			t.Fatalf("service got %v with icons %v", f.calls, f.icons)
		}
	})
}

func TestDesktopWrapsServiceErrors(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		cause := errors.New("dbus: no session bus")
		d := newDesktop("", 0, (&fakeService{err: cause}).send)
		start := time.Now()
		err := d.Notify(context.Background(), Notification{Title: "x"})
		if !errors.Is(err, ErrNoService) || !errors.Is(err, cause) {
			t.Fatalf("err = %v, want it to wrap ErrNoService and the cause", err)
		}
		if want := "notify: no desktop notification service: dbus: no session bus"; err.Error() != want {
			t.Fatalf("err = %q, want %q", err, want)
		}
		if waited := time.Since(start); waited != 0 {
			t.Fatalf("a failing service made Notify wait %v", waited)
		}
	})
}

func TestDesktopTimesOutAndDoesNotPileUp(t *testing.T) {
	tests := []struct {
		timeout time.Duration
		waited  time.Duration
		msg     string
	}{
		{0, 5 * time.Second, "notify: no answer from the notification service after 5s"},
		{2 * time.Second, 2 * time.Second, "notify: no answer from the notification service after 2s"},
	}
	for _, tt := range tests {
		t.Run(tt.msg, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				f := &fakeService{hang: true, release: make(chan struct{})}
				d := newDesktop("", tt.timeout, f.send)
				ctx := context.Background()

				start := time.Now()
				err := d.Notify(ctx, Notification{Title: "first"})
				if !errors.Is(err, ErrNoAnswer) || err.Error() != tt.msg {
					t.Fatalf("err = %v, want %q", err, tt.msg)
				}
				if waited := time.Since(start); waited != tt.waited {
					t.Fatalf("waited %v, want %v", waited, tt.waited)
				}

				// While the first call hangs, others fail at once without reaching the service.
				start = time.Now()
				for range 3 {
					if err := d.Notify(ctx, Notification{Title: "later"}); err == nil || err.Error() != tt.msg {
						t.Fatalf("err = %v, want %q", err, tt.msg)
					}
				}
				if waited := time.Since(start); waited != 0 {
					t.Fatalf("calls behind a hung one waited %v", waited)
				}
				if n := f.count(); n != 1 {
					t.Fatalf("service called %d times, want 1", n)
				}

				// Once the service answers, the next call goes through.
				f.mu.Lock()
				f.hang = false
				f.mu.Unlock()
				close(f.release)
				synctest.Wait()
				if err := d.Notify(ctx, Notification{Title: "again"}); err != nil {
					t.Fatalf("after the service recovered: %v", err)
				}
				if n := f.count(); n != 2 {
					t.Fatalf("service called %d times, want 2", n)
				}
			})
		})
	}
}

func TestDesktopHonoursContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := &fakeService{hang: true, release: make(chan struct{})}
		d := newDesktop("", 0, f.send)
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		start := time.Now()
		err := d.Notify(ctx, Notification{})
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != time.Second {
			t.Fatalf("err = %v after %v, want the context's deadline after 1s", err, time.Since(start))
		}
		close(f.release)
		synctest.Wait()

		done, stop := context.WithCancel(context.Background())
		stop()
		if err := d.Notify(done, Notification{}); !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), "notify: ") {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if n := f.count(); n != 1 {
			t.Fatalf("service called %d times, want 1 (not for a cancelled context)", n)
		}
	})
}

func TestNewDesktopSetsAppName(t *testing.T) {
	old := beeep.AppName
	t.Cleanup(func() { beeep.AppName = old })
	d := NewDesktop("Spine Coach", "", 0)
	if beeep.AppName != "Spine Coach" || d.timeout != DefaultTimeout || d.icon != "" || d.send == nil {
		t.Fatalf("AppName %q, timeout %v, icon %q", beeep.AppName, d.timeout, d.icon)
	}
}
