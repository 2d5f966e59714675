package sound

import (
	"slices"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/settings"
	"github.com/spinecoach/spinecoach/internal/speech"
)

// Signals is what one change of a session calls for: the tones to play and the phrases to say,
// each in order. The window plays the tones and says the phrases, in one line, as they are.
type Signals struct {
	Tones []Cue
	Say   []speech.Phrase
}

// For is the one place that turns a change of the session, from snapshot prev to snapshot cur,
// into cues: the tones of CuesFor and the phrases below, from the same events. prev is the
// snapshot drawn before cur, or the zero Snapshot for a session's first one; aloud says which
// repetitions are counted aloud. What is said:
//   - Done as an exercise reaches its target (Between), before the next one is named;
//   - as an exercise's get-ready starts, its name and dose (the target the session aims at):
//     Intro for the session's first, UpNext for the others;
//   - as a two-sided movement turns, Right or Left;
//   - a repetition's number as it is done: every one, every fifth, or none, by aloud;
//   - Hold as a hold starts, the number of each of its last three seconds, Relax as it ends;
//   - WellDone when a session in which something was done finishes.
//
// A paused session says nothing, and neither does a pain stop: the user is at the keyboard.
func For(prev, cur coach.Snapshot, aloud settings.CountAloud) Signals {
	tones := CuesFor(prev, cur)
	return Signals{Tones: tones, Say: phrases(prev, cur, tones, aloud)}
}

func phrases(prev, cur coach.Snapshot, tones []Cue, aloud settings.CountAloud) []speech.Phrase {
	if cur.Phase == coach.Finished {
		if slices.Contains(tones, Chime) && anythingDone(cur) {
			return []speech.Phrase{{Word: speech.WellDone}}
		}
		return nil
	}
	if cur.Paused {
		return nil
	}
	var say []speech.Phrase
	first := prev.Seq == 0
	same := !first && prev.Index == cur.Index
	if n, ok := counted(prev, cur); ok && countAloud(n, aloud) {
		say = append(say, speech.Phrase{Word: speech.Number, N: n})
	}
	if slices.Contains(tones, HoldEnd) {
		say = append(say, speech.Phrase{Word: speech.Relax})
	}
	switch cur.Phase {
	case coach.Between:
		if !same || prev.Phase != coach.Between {
			say = append(say, speech.Phrase{Word: speech.Done})
		}
	case coach.Ready:
		if !same || prev.Phase != coach.Ready {
			w := speech.UpNext
			if first {
				w = speech.Intro
			}
			say = append(say, speech.Phrase{Word: w, Exercise: cur.Exercise, Target: cur.Target})
		}
	case coach.Moving:
		if cur.Side != coach.NoSide && (!same || prev.Phase != coach.Moving || prev.Side != cur.Side) {
			w := speech.Right
			if cur.Side == coach.Left {
				w = speech.Left
			}
			say = append(say, speech.Phrase{Word: w})
		}
	case coach.Holding:
		switch {
		case slices.Contains(tones, HoldStart):
			say = append(say, speech.Phrase{Word: speech.Hold})
		case slices.Contains(tones, Countdown):
			say = append(say, speech.Phrase{Word: speech.Number, N: SecondsLeft(cur)})
		}
	}
	return say
}

// counted returns the number of the repetition done between prev and cur, paced or counted by
// the user, including the last one of an exercise.
func counted(prev, cur coach.Snapshot) (int, bool) {
	if prev.Seq == 0 || prev.Phase != coach.Moving || prev.Paused {
		return 0, false
	}
	if prev.Index == cur.Index && cur.Phase == coach.Moving {
		return cur.Count, cur.Count == prev.Count+1
	}
	if prev.Index < len(cur.Results) && cur.Results[prev.Index].Count == prev.Count+1 {
		return prev.Count + 1, true
	}
	return 0, false
}

func countAloud(n int, aloud settings.CountAloud) bool {
	switch aloud {
	case settings.CountEvery:
		return true
	case settings.CountFives:
		return n%5 == 0
	}
	return false
}

func anythingDone(snap coach.Snapshot) bool {
	for _, r := range snap.Results {
		if r.Count > 0 {
			return true
		}
	}
	return false
}
