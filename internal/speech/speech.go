package speech

import (
	"errors"
	"time"

	"github.com/spinecoach/spinecoach/internal/program"
)

// Word is the kind of thing the coach says.
type Word int

const (
	// Intro names the first exercise and its dose as its get-ready starts: the title from the
	// program, then "30 times".
	Intro Word = iota
	// UpNext names the next exercise and its dose as its get-ready starts: "Up next:", the
	// title, then "5 times, hold 10 seconds".
	UpNext
	// Right is said as a two-sided movement turns to the right.
	Right
	// Left is said as a two-sided movement turns to the left.
	Left
	// Hold is said as a hold starts.
	Hold
	// Relax is said as a hold ends and the rest before the next one starts.
	Relax
	// Number is a number said aloud: a repetition counted, or one of a hold's last seconds.
	Number
	// Done is said as an exercise reaches its target, before the next one is named.
	Done
	// WellDone is said at the end of a session in which something was done.
	WellDone
)

var wordNames = [...]string{"intro", "up-next", "right", "left", "hold", "relax", "number", "done", "well-done"}

func (w Word) String() string {
	if w < 0 || int(w) >= len(wordNames) {
		return "word(?)"
	}
	return wordNames[w]
}

// Phrase is one thing to say, before it is put into words: the window puts it in the user's
// language.
type Phrase struct {
	Word Word
	// N is the number of a Number.
	N int
	// Exercise and Target are the exercise of an Intro or UpNext and the amount the session
	// aims at, from the program.
	Exercise program.Exercise
	Target   program.Target
}

// Utterance is a line of text to say now.
type Utterance struct {
	Text string
	// Lang is the language of Text, as an ISO 639-1 code: "en", "ru".
	Lang string
	// Volume is 0–100 %.
	Volume int
	// At is the moment the line belongs to; said later than Late after it, it would mislead.
	At time.Time
}

// Late is how long after its moment a line may still start. A later one is dropped, never
// queued behind the count: with a movement every 2 s, a number half a second late is wrong.
const Late = 400 * time.Millisecond

// Speaker says lines of text. Say must return at once, whatever the speech service does: it is
// called on the UI goroutine while the coach counts.
type Speaker interface {
	// Say says u, cutting off what is still being said: that line's moment has passed.
	Say(u Utterance)
	// Unavailable returns why nothing can be said, or nil while the voice works or has not
	// been tried yet.
	Unavailable() error
}

// ErrNoService is the error of a system without a speech service.
var ErrNoService = errors.New("no speech service")
