package sound

import (
	"time"

	"github.com/spinecoach/spinecoach/internal/coach"
)

// CountdownFrom is the number of last seconds of a countdown that beep.
const CountdownFrom = 3

// CuesFor returns the cues the change from snapshot prev to snapshot cur calls for, in the
// order they should sound. prev is the snapshot drawn before cur, or the zero Snapshot for a
// session's first one. The rules:
//   - Tick when a paced movement is done: one side of a two-sided repetition, or a repetition,
//     including the last one of an exercise.
//   - Start when the movements of a repetition exercise begin after the get-ready countdown.
//   - HoldStart on entering a hold, HoldEnd on leaving one, except for a pain stop (the user is
//     at the keyboard and has stopped) and the end of the session (the chime says it).
//   - Countdown on each of the last three whole seconds, as the screen shows them, of a
//     get-ready countdown or a hold: once per second, not again for a key press that redraws
//     the same second, and not over a HoldStart or Start.
//   - Chime when the session finishes.
//
// A paused session makes no sound.
func CuesFor(prev, cur coach.Snapshot) []Cue {
	if cur.Phase == coach.Finished {
		if prev.Seq != 0 && prev.Phase != coach.Finished {
			return []Cue{Chime}
		}
		return nil
	}
	if cur.Paused {
		return nil
	}
	var cues []Cue
	first := prev.Seq == 0
	same := !first && prev.Index == cur.Index
	if !first && movementDone(prev, cur) {
		cues = append(cues, Tick)
	}
	if !first && prev.Phase == coach.Holding && cur.Phase != coach.PainCheck &&
		(cur.Phase != coach.Holding || !same || prev.Count != cur.Count) {
		cues = append(cues, HoldEnd)
	}
	began := false
	switch {
	case cur.Phase == coach.Holding && (first || !same || prev.Phase != coach.Holding || prev.Count != cur.Count):
		cues, began = append(cues, HoldStart), true
	case cur.Phase == coach.Moving && (first || !same || prev.Phase != coach.Moving) && cur.Count == 0:
		cues, began = append(cues, Start), true
	}
	if !began && (cur.Phase == coach.Ready || cur.Phase == coach.Holding) {
		left := SecondsLeft(cur)
		again := same && prev.Phase == cur.Phase && prev.Count == cur.Count && SecondsLeft(prev) == left
		if left >= 1 && left <= CountdownFrom && !again {
			cues = append(cues, Countdown)
		}
	}
	return cues
}

// movementDone reports whether a paced movement ended between prev and cur: the side or the
// count moved on in the same exercise, or the exercise ended on its last movement.
func movementDone(prev, cur coach.Snapshot) bool {
	if prev.Phase != coach.Moving || prev.Counting != coach.Paced || prev.Paused {
		return false
	}
	if prev.Index == cur.Index && cur.Phase == coach.Moving {
		return cur.Count != prev.Count || cur.Side != prev.Side
	}
	// Left for another exercise: by the last movement only if the count went up, not by Next.
	return prev.Index < len(cur.Results) && cur.Results[prev.Index].Count > prev.Count
}

// SecondsLeft is the whole seconds left of snap's countdown as the screen shows them: rounded
// up, so that 1 is the last second and 0 is never shown while it runs.
func SecondsLeft(snap coach.Snapshot) int {
	return int((max(0, snap.Remaining()) + time.Second - 1) / time.Second)
}
