package ui

import (
	"image"
	"image/draw"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/figure"
	"github.com/spinecoach/spinecoach/internal/report"
)

// cardPicture shows a figure.Card: its shapes rasterized into one image that fills the area
// at the card's aspect, and its words as text over it. The owner widget gives the card and
// its theme; the picture redraws only when refreshed.
type cardPicture struct {
	owner fyne.Widget
	card  func() (figure.Card, bool)
	// words gives the words in the user's language; report.FigureWords when nil.
	words   func() [figure.NumWords]string
	raster  *canvas.Raster
	texts   []*canvas.Text
	fits    []wordFit // the text size each word asked for and the width it had to fit in
	objects []fyne.CanvasObject
	size    fyne.Size

	fill figure.Raster
	img  *image.RGBA
	// drawn is the card as of the last refresh, which generate rasterizes: a moving figure's
	// pose is worked out once a frame.
	drawn   figure.Card
	hasCard bool
	// redraws counts refresh calls, for tests of when the picture is redrawn.
	redraws int
}

// wordFit is what a word's layout depends on besides its text and colour.
type wordFit struct{ size, width float32 }

// maxLabels is how many words a card can show: on a two-sided card the sides of each of
// three mats, two lines under the start and two under each end, and a close-up's heading
// and the words under its two frames (TestCardWordsFit).
const maxLabels = 15

func newCardPicture(owner fyne.Widget, card func() (figure.Card, bool)) *cardPicture {
	p := &cardPicture{owner: owner, card: card}
	p.raster = canvas.NewRaster(p.generate)
	// The raster is drawn at its own size in pixels, so the nearest texel is the exact one;
	// software OpenGL samples it at a fraction of the cost of the default linear filter.
	p.raster.ScaleMode = canvas.ImageScalePixels
	p.objects = append(p.objects, p.raster)
	for range maxLabels {
		t := canvas.NewText("", nil)
		t.TextStyle = fyne.TextStyle{Bold: true}
		t.Alignment = fyne.TextAlignCenter
		t.Hide()
		p.texts = append(p.texts, t)
		p.fits = append(p.fits, wordFit{})
		p.objects = append(p.objects, t)
	}
	return p
}

func (p *cardPicture) layout(size fyne.Size) {
	p.size = size
	p.raster.Resize(size)
	p.raster.Move(fyne.Position{})
	p.refresh()
}

// refresh redraws the card and places its words.
func (p *cardPicture) refresh() {
	p.redraws++
	c, ok := p.card()
	p.drawn, p.hasCard = c, ok
	p.raster.Refresh()
	labels := c.Labels()
	scale, x, y := figure.Fit(c, float64(p.size.Width), float64(p.size.Height))
	words := report.FigureWords()
	if p.words != nil {
		words = p.words()
	}
	pal := p.palette()
	for i, t := range p.texts {
		if !ok || i >= len(labels) {
			if t.Visible() {
				t.Hide()
			}
			continue
		}
		// A word that has not changed is left alone: an animated figure redraws its raster
		// every frame, and its words, unchanged, need no new layout or repaint.
		l := labels[i]
		text, col := l.Text(words), pal[l.Role]
		size := max(float32(l.Size*scale)*0.8, theme.CaptionTextSize()*0.8)
		want := wordFit{size: size, width: float32(scale) * 0.98}
		same := t.Visible() && t.Text == text && t.Color == col && p.fits[i] == want
		if !same {
			t.Text, t.Color, t.TextSize = text, col, size
			p.fits[i] = want
			ts := t.MinSize()
			// No word runs wider than its drawing: with large text a long word shrinks to fit.
			for k := 0; want.width > 0 && ts.Width > want.width && k < 4; k++ {
				t.TextSize = max(1, t.TextSize*want.width/ts.Width*0.98)
				ts = t.MinSize()
			}
			t.Resize(ts)
		}
		ts := t.Size()
		pos := fyne.NewPos(float32(x+l.At.X*scale)-ts.Width/2, float32(y+l.At.Y*scale)-ts.Height/2)
		if same && t.Position() == pos {
			continue
		}
		t.Move(pos)
		t.Show()
		t.Refresh()
	}
}

// generate rasterizes the card at the raster's size in pixels, reusing its image.
func (p *cardPicture) generate(w, h int) image.Image {
	if p.img == nil || p.img.Bounds().Dx() != w || p.img.Bounds().Dy() != h {
		p.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		draw.Draw(p.img, p.img.Bounds(), image.Transparent, image.Point{}, draw.Src)
	}
	if p.hasCard {
		pal := p.palette()
		p.fill.Draw(p.img, p.drawn, &pal)
	}
	return p.img
}

// palette takes the drawing's colours from the owner's theme and the app's variant, so
// the figure follows light and dark and a theme override around it.
func (p *cardPicture) palette() figure.Palette {
	th := p.owner.(interface{ Theme() fyne.Theme }).Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return figure.NewPalette(th.Color(theme.ColorNameBackground, v), th.Color(theme.ColorNameForeground, v),
		th.Color(theme.ColorNamePrimary, v), th.Color(theme.ColorNameInputBackground, v))
}
