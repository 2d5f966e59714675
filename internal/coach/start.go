package coach

// The program's safety rules around a session, from the article: "at the time of exacerbation
// of the disease, complete rest is necessary", and a session in which nothing was done is not a
// session. Screens ask the questions; these functions say which comes next.

// TopPain is the top of the 0–10 pain scale: the worst pain.
const TopPain = 10

// Step is what happens next on the way from "Start session" to the first exercise.
type Step int

const (
	// AskRest: a flare-up rest runs. The user is told the program advises complete rest during
	// a flare-up; resting is the default answer, exercising anyway the other.
	AskRest Step = iota
	// AskPain: how the back feels now, 0–10, or skipped.
	AskPain
	// OfferRest: the pain given is at the top of the scale. The user is reminded of the
	// program's advice and offered a flare-up rest; exercising anyway stays possible.
	OfferRest
	// StartRest: start a flare-up rest and go home; no session starts.
	StartRest
	// Begin: start the session.
	Begin
	// Home: the start is cancelled (Esc on any question, or the choice to rest while a rest
	// already runs); nothing is started or recorded.
	Home
)

var stepNames = [...]string{"ask-rest", "ask-pain", "offer-rest", "start-rest", "begin", "home"}

func (s Step) String() string { return stepNames[s] }

// Start is the start of one session: whether a flare-up rest runs as the user presses Start.
type Start struct {
	Resting bool
}

// First is the first step after "Start session".
func (s Start) First() Step {
	if s.Resting {
		return AskRest
	}
	return AskPain
}

// AfterRest follows the flare-up question: rest (the default) or exercise anyway.
func (s Start) AfterRest(exerciseAnyway bool) Step {
	if exerciseAnyway {
		return AskPain
	}
	return Home
}

// AfterPain follows the pain question: level 0–10, or NoPain when skipped.
func (s Start) AfterPain(level int) Step {
	if level >= TopPain {
		return OfferRest
	}
	return Begin
}

// AfterOffer follows the offer of a flare-up rest after pain at the top of the scale.
func (s Start) AfterOffer(rest bool) Step {
	switch {
	case !rest:
		return Begin
	case s.Resting:
		return Home // a rest already runs: resting is going home
	}
	return StartRest
}

// NothingDone reports whether a session's results hold nothing done: no movement or hold
// counted and no exercise stopped for pain. Such a session ended before its first movement and
// is not a session: it is not kept, so it neither counts toward the day nor moves the next
// reminder. An exercise stopped for pain counts as done something: the attempt and its pain
// level are worth keeping.
func NothingDone(results []Result) bool {
	for _, r := range results {
		if r.Count > 0 || r.Status == PainStopped {
			return false
		}
	}
	return true
}
