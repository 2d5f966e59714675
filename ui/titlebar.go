package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// titleBar lays out a screen's heading between its buttons where it fits there on one line;
// where it does not (large text, a long language, a narrow window), the buttons take a row and
// the heading, wrapped, goes under them. The objects are the buttons before the heading (an
// empty container for none), the heading, and the buttons after it. width is the width the bar
// will get, which the height it needs depends on.
type titleBar struct{ width func() float32 }

// newTitleBar is a titleBar across a padded row of the window.
func (s *Shell) newTitleBar(lead, title, trail fyne.CanvasObject) *fyne.Container {
	if lead == nil {
		lead = container.NewHBox()
	}
	bar := &titleBar{width: func() float32 { return s.win.Canvas().Size().Width - 2*theme.Padding() }}
	return container.New(bar, lead, title, trail)
}

func (l *titleBar) oneLine(objs []fyne.CanvasObject, width float32) bool {
	t := objs[1].(*widget.Label)
	text := fyne.MeasureText(t.Text, theme.Size(t.SizeName), t.TextStyle).Width + 2*theme.InnerPadding()
	return objs[0].MinSize().Width+text+objs[2].MinSize().Width+2*theme.Padding() <= width
}

// titleHeight is the heading's height at width w.
func titleHeight(t fyne.CanvasObject, w float32) float32 {
	t.Resize(fyne.NewSize(w, t.MinSize().Height))
	return t.MinSize().Height
}

func (l *titleBar) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width()
	buttons := fyne.NewSize(objs[0].MinSize().Width+theme.Padding()+objs[2].MinSize().Width, max(objs[0].MinSize().Height, objs[2].MinSize().Height))
	if l.oneLine(objs, w) {
		return fyne.NewSize(buttons.Width, max(buttons.Height, titleHeight(objs[1], w-buttons.Width-2*theme.Padding())))
	}
	return fyne.NewSize(buttons.Width, buttons.Height+theme.Padding()+titleHeight(objs[1], max(w, buttons.Width)))
}

func (l *titleBar) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	lead, title, trail := objs[0], objs[1], objs[2]
	lw, tw := lead.MinSize().Width, trail.MinSize().Width
	rowH := max(lead.MinSize().Height, trail.MinSize().Height)
	lead.Move(fyne.NewPos(0, 0))
	trail.Move(fyne.NewPos(size.Width-tw, 0))
	if l.oneLine(objs, size.Width) {
		lead.Resize(fyne.NewSize(lw, size.Height))
		trail.Resize(fyne.NewSize(tw, size.Height))
		title.Move(fyne.NewPos(lw+pad, 0))
		title.Resize(fyne.NewSize(size.Width-lw-tw-2*pad, size.Height))
		return
	}
	lead.Resize(fyne.NewSize(lw, rowH))
	trail.Resize(fyne.NewSize(tw, rowH))
	title.Move(fyne.NewPos(0, rowH+pad))
	title.Resize(fyne.NewSize(size.Width, size.Height-rowH-pad))
}
