//go:build cgo || darwin || windows

package speaker

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ebitengine/oto/v3"

	"github.com/spinecoach/spinecoach/internal/sound"
)

// otoDevice plays through an oto context, of which a process may have only one.
type otoDevice struct {
	ctx *oto.Context
	// playing keeps the players that still sound: oto closes a player the garbage collector
	// takes, which would cut a cue short.
	playing []*oto.Player
}

var openOnce = sync.OnceValues(func() (device, error) {
	ctx, ready, err := oto.NewContext(&oto.NewContextOptions{
		SampleRate:   sound.SampleRate,
		ChannelCount: 1,
		Format:       oto.FormatFloat32LE,
		BufferSize:   40 * time.Millisecond, // short, so a tick lands on its beat
	})
	if err != nil {
		return nil, err
	}
	select {
	case <-ready:
	case <-time.After(OpenTimeout):
		return nil, fmt.Errorf("the sound device did not open within %s", OpenTimeout)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &otoDevice{ctx: ctx}, nil
})

func openDevice() (device, error) { return openOnce() }

func (d *otoDevice) play(pcm []byte) error {
	if err := d.ctx.Err(); err != nil {
		return err
	}
	d.playing = slices.DeleteFunc(d.playing, func(p *oto.Player) bool { return !p.IsPlaying() })
	p := d.ctx.NewPlayer(bytes.NewReader(pcm))
	p.Play()
	d.playing = append(d.playing, p)
	return nil
}
