package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/settings"
)

// The session screen's shares of the window. They are shares of the window itself, not of
// what the text leaves, so larger text never shrinks the phase word, the figure or the counter.
const (
	// bandShare of the height is the phase band: its word is at least a tenth of the window.
	bandShare = 0.155
	// headingShare of the height is "Exercise 2 of 7", readable from the mat.
	headingShare = 0.08
	// textReserve is the height, in lines of the largest text size, left for the title, the
	// instructions and the controls; the figure and the counter take the rest.
	textReserve = 14
	// minMiddleShare of the height is the least the figure and counter get in a window too
	// small for the rest at its text size.
	minMiddleShare = 0.2
	// captionShare of the height is the word over the counter.
	captionShare = 0.055
	// beatShare of the height is the pace bar under the counter.
	beatShare = 0.018
	// figureShare and counterShare of the width are the figure and the counter; the rest
	// is the gap between them, which takes up the window's padding.
	figureShare, counterShare = 0.5, 0.46
	// gapShare of the height is the space between rows.
	gapShare = 0.008
)

// sessionLayout lays out the session screen: the phase band, the heading row, the title, the
// figure beside the caption, counter and pace bar, the instructions under them, and the
// controls at the bottom edge. The figure and counter get what the band, the heading and the
// text at its largest size leave, so it is the same at every text size; only a window too
// small for the text at its size takes from them.
type sessionLayout struct{}

func (l *sessionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	band, info, title, pic, caption, number, beat, instructions, bottom := objs[0], objs[1], objs[2], objs[3], objs[4], objs[5], objs[6], objs[7], objs[8]
	win := size // the window, of which the shares are taken; the content is a little smaller
	if c := fyne.CurrentApp().Driver().CanvasForObject(band); c != nil {
		win = c.Size()
	}
	gap := win.Height * gapShare
	bandH := max(win.Height*bandShare, band.MinSize().Height)
	infoH := max(win.Height*headingShare, info.MinSize().Height)
	// The title and instructions wrap: give them the width first, then ask their height.
	titleH := wrappedHeight(title, size.Width)
	textH := wrappedHeight(instructions, size.Width)
	bottomH := bottom.MinSize().Height
	largest := theme.DefaultTheme().Size(theme.SizeNameText) * textScale[settings.TextExtraLarge]
	middleH := win.Height*(1-bandShare-headingShare) - textReserve*largest
	if spare := size.Height - bandH - infoH - titleH - textH - bottomH - 5*gap; spare < middleH {
		middleH = spare
	}
	middleH = max(middleH, win.Height*minMiddleShare)
	place := func(o fyne.CanvasObject, x, y, w, h float32) {
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, h))
	}
	y := float32(0)
	place(band, 0, y, size.Width, bandH)
	y += bandH + gap
	place(info, 0, y, size.Width, infoH)
	y += infoH + gap
	place(title, 0, y, size.Width, titleH)
	y += titleH + gap

	countW := min(win.Width*counterShare, size.Width/2)
	figW := min(win.Width*figureShare, size.Width-countW)
	place(pic, 0, y, figW, middleH)
	x := size.Width - countW
	captionH, beatH := win.Height*captionShare, win.Height*beatShare
	place(caption, x, y, countW, captionH)
	place(number, x, y+captionH, countW, middleH-captionH-2*beatH)
	place(beat, x, y+middleH-beatH, countW, beatH)
	y += middleH + gap

	place(instructions, 0, y, size.Width, textH)
	place(bottom, 0, max(y+textH+gap, size.Height-bottomH), size.Width, bottomH)
}

func (l *sessionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		switch i {
		case 4, 5, 6: // caption, number and pace bar stand beside the figure
			continue
		case 3:
			m.Height = 4 * theme.TextSize()
		}
		h += m.Height + theme.Padding()
	}
	return fyne.NewSize(w, h)
}

// buttonRow lays out buttons in one row across the width: each gets its own minimum width and
// an equal part of what is left, so the row needs only the sum of its buttons' widths, not
// as many times the widest.
type buttonRow struct{}

func (l *buttonRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding()
	need, n := l.MinSize(objs).Width, float32(0)
	for _, o := range objs {
		if o.Visible() {
			n++
		}
	}
	extra := max(0, size.Width-need) / max(1, n)
	x := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		w := o.MinSize().Width + extra
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + gap
	}
}

func (l *buttonRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			w += m.Width
			h = max(h, m.Height)
			n++
		}
	}
	return fyne.NewSize(w+float32(max(0, n-1))*theme.Padding(), h)
}

// wrappedHeight is the height o needs at width w: a wrapping label knows its lines only once
// it has its width, so it is resized to it before it is asked.
func wrappedHeight(o fyne.CanvasObject, w float32) float32 {
	o.Resize(fyne.NewSize(w, o.MinSize().Height))
	return o.MinSize().Height
}
