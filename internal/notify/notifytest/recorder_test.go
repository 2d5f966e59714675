package notifytest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/spinecoach/spinecoach/internal/notify"
)

func TestRecorder(t *testing.T) {
	var r Recorder
	ctx := context.Background()
	if err := r.Notify(ctx, notify.Notification{Title: "a"}); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	r.FailWith(boom)
	if err := r.Notify(ctx, notify.Notification{Title: "b"}); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	r.FailWith(nil)
	if err := r.Notify(ctx, notify.Notification{Title: "c", Body: "body"}); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := r.Notify(cancelled, notify.Notification{Title: "d"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	got := r.Sent()
	want := []notify.Notification{{Title: "a"}, {Title: "c", Body: "body"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Sent = %v, want %v", got, want)
	}
	got[0].Title = "changed"
	if r.Sent()[0].Title != "a" {
		t.Fatal("Sent shares its slice with the recorder")
	}
}

func TestRecorderConcurrent(t *testing.T) {
	var r Recorder
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			_ = r.Notify(context.Background(), notify.Notification{Title: fmt.Sprint(i)})
			_ = r.Sent()
		})
	}
	wg.Wait()
	if n := len(r.Sent()); n != 50 {
		t.Fatalf("recorded %d, want 50", n)
	}
}
