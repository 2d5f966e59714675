// Package coach owns the follow-along session: its phases, repetitions, holds, rests, sides,
// pain stops and pauses, timed from deadlines so that nothing drifts.
package coach
