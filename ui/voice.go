package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
	"github.com/spinecoach/spinecoach/internal/sound"
	"github.com/spinecoach/spinecoach/internal/speech"
)

// cue plays and says what the change of the session from prev to snap calls for: the tones and
// the phrases of sound.For, the one place that decides them. language is the code of the
// translation in use (Language), for the speech service to pick its voice.
func (s *Shell) cue(prev, snap coach.Snapshot, language string) {
	signals := sound.For(prev, snap, s.set.CountAloud)
	for _, c := range signals.Tones {
		s.play(c)
	}
	s.say(signals.Say, snap.At, language)
}

// say speaks phrases as one line belonging to the moment at, unless the voice is off or the app
// gave none.
func (s *Shell) say(phrases []speech.Phrase, at time.Time, language string) {
	if s.opts.Voice == nil || !s.set.Voice || s.set.VoiceVolume <= 0 || len(phrases) == 0 {
		return
	}
	s.opts.Voice.Say(speech.Utterance{Text: spokenText(phrases), Lang: language, Volume: s.set.VoiceVolume, At: at})
}

// voicePreview says the first exercise and its dose, when the user turns the voice on or
// changes its volume: what a session will sound like.
func (s *Shell) voicePreview() {
	if len(s.prog.Exercises) == 0 {
		return
	}
	e := s.prog.Exercises[0]
	s.say([]speech.Phrase{{Word: speech.Intro, Exercise: e, Target: e.Target(s.set.Targets[e.ID])}}, time.Now(), Language())
}

// spokenText puts phrases into words in the user's language, as one line.
func spokenText(phrases []speech.Phrase) string {
	words := make([]string, 0, len(phrases))
	for _, p := range phrases {
		if w := phraseText(p); w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, ". ")
}

func phraseText(p speech.Phrase) string {
	switch p.Word {
	case speech.Intro:
		return lang.L("{{.Exercise}}, {{.Dose}}", data{"Exercise": p.Exercise.Title, "Dose": spokenDose(p.Exercise, p.Target)})
	case speech.UpNext:
		return lang.L("Up next: {{.Exercise}}, {{.Dose}}", data{"Exercise": p.Exercise.Title, "Dose": spokenDose(p.Exercise, p.Target)})
	case speech.Right:
		return lang.L("To the right")
	case speech.Left:
		return lang.L("To the left")
	case speech.Hold:
		return lang.L("Hold")
	case speech.Relax:
		return lang.L("Relax")
	case speech.Number:
		return strconv.Itoa(p.N)
	case speech.Done:
		return lang.L("Done")
	case speech.WellDone:
		return lang.L("Well done. The session is over.")
	}
	return ""
}

// spokenDose is the amount a session aims at, as said aloud: "30 times", "5 times, hold
// 10 seconds each".
func spokenDose(e program.Exercise, t program.Target) string {
	if e.Dose.Kind() == program.Holds {
		return lang.N("{{.N}} times", t.Holds, data{"N": t.Holds}) + ", " +
			lang.N("hold {{.N}} seconds each", t.HoldSeconds, data{"N": t.HoldSeconds})
	}
	return lang.N("{{.N}} times", t.Reps, data{"N": t.Reps})
}
