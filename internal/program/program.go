package program

import "github.com/spinecoach/spinecoach/internal/figure"

// Format is the only program file format version this build reads.
const Format = 1

// Program is a home exercise program: an ordered list of exercises done as one session, and
// how long and how often the source says to do it.
type Program struct {
	Format int    `json:"format"`
	ID     string `json:"id"`
	Title  string `json:"title"`
	// Source names where the exercises and doses come from.
	Source string `json:"source"`
	// SessionMinutes is the length of one session the source recommends.
	SessionMinutes int `json:"session_minutes"`
	// RepeatAfterHours is the source's gap between two sessions.
	RepeatAfterHours Range      `json:"repeat_after_hours"`
	Exercises        []Exercise `json:"exercises"`
	// Translations holds the program title in other languages, keyed by language code.
	Translations map[string]Text `json:"translations,omitempty"`
}

// Exercise is one movement of the program with its dose.
type Exercise struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Position is the starting position, in the user's words.
	Position string `json:"position"`
	// NewPosition says the starting position differs from where the exercise before leaves
	// the user (for the first exercise: from sitting at the computer), so the get-ready before
	// it is the longer one, long enough to move (lying flat, knees bent, forearms and feet).
	NewPosition bool `json:"new_position,omitempty"`
	// Action is what to do from the starting position.
	Action string `json:"action"`
	Sides  Sides  `json:"sides"`
	Dose   Dose   `json:"dose"`
	// Figure is the drawing of the movement: the start and end poses of a stick figure, given
	// done to the right for a two-sided exercise. Nil when the program has no drawing for it.
	Figure *figure.Motion `json:"figure,omitempty"`
	// Translations holds the texts in other languages, keyed by language code ("ru").
	Translations map[string]Text `json:"translations,omitempty"`
}

// Text is the translatable text of an exercise or program. Empty fields fall back to the
// program's own language.
type Text struct {
	Title    string `json:"title,omitempty"`
	Position string `json:"position,omitempty"`
	Action   string `json:"action,omitempty"`
}

// Sides says whether an exercise is done once per repetition or to each side in turn.
type Sides string

const (
	// OneSide exercises are symmetric: a repetition is one movement.
	OneSide Sides = "one"
	// BothSides exercises go to the right and then to the left: a repetition is both.
	BothSides Sides = "both"
)

// Movements is how many movements make one repetition.
func (s Sides) Movements() int {
	if s == BothSides {
		return 2
	}
	return 1
}

// Range is an inclusive range of whole numbers, as the source gives a dose ("15–20 times").
type Range struct {
	Min int `json:"min"`
	Max int `json:"max"`
}

// Fixed reports whether the range is a single number ("30 times").
func (r Range) Fixed() bool { return r.Min == r.Max }

// Clamp returns v moved into the range; zero and below mean "not chosen" and give Min.
func (r Range) Clamp(v int) int {
	switch {
	case v < r.Min:
		return r.Min
	case v > r.Max:
		return r.Max
	}
	return v
}

// Kind is what an exercise counts: repetitions or timed static holds. Its values are the words
// the journal stores in an exercise's "kind".
type Kind string

const (
	// Reps exercises count repetitions of a movement.
	Reps Kind = "reps"
	// Holds exercises count static holds of a number of seconds each.
	Holds Kind = "holds"
)

// Dose is how much of an exercise to do: either Reps, or Holds with HoldSeconds.
type Dose struct {
	Reps        *Range `json:"reps,omitempty"`
	Holds       *Range `json:"holds,omitempty"`
	HoldSeconds *Range `json:"hold_seconds,omitempty"`
}

// Kind reports whether the dose counts repetitions or holds.
func (d Dose) Kind() Kind {
	if d.Holds != nil {
		return Holds
	}
	return Reps
}

// Target is the amount a user has chosen for one exercise, inside its dose.
type Target struct {
	Reps        int `json:"reps,omitempty"`
	Holds       int `json:"holds,omitempty"`
	HoldSeconds int `json:"hold_seconds,omitempty"`
}

// Target returns t moved inside the exercise's dose; unset fields take the lower bound, as the
// source's ranges are ceilings to work up to, not a starting point.
func (e Exercise) Target(t Target) Target {
	if e.Dose.Kind() == Holds {
		return Target{Holds: e.Dose.Holds.Clamp(t.Holds), HoldSeconds: e.Dose.HoldSeconds.Clamp(t.HoldSeconds)}
	}
	return Target{Reps: e.Dose.Reps.Clamp(t.Reps)}
}

// Localized returns the exercise with its texts in lang where a translation has them.
func (e Exercise) Localized(lang string) Exercise {
	tr, ok := e.Translations[lang]
	if !ok {
		return e
	}
	e.Title = pick(tr.Title, e.Title)
	e.Position = pick(tr.Position, e.Position)
	e.Action = pick(tr.Action, e.Action)
	return e
}

// Localized returns the program with its title and exercises in lang where translated.
func (p Program) Localized(lang string) Program {
	if tr, ok := p.Translations[lang]; ok {
		p.Title = pick(tr.Title, p.Title)
	}
	ex := make([]Exercise, len(p.Exercises))
	for i, e := range p.Exercises {
		ex[i] = e.Localized(lang)
	}
	p.Exercises = ex
	return p
}

// Exercise returns the exercise with the given id.
func (p Program) Exercise(id string) (Exercise, bool) {
	for _, e := range p.Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return Exercise{}, false
}

func pick(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}
