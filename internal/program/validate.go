package program

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/spinecoach/spinecoach/internal/field"
	"github.com/spinecoach/spinecoach/internal/figure"
)

// Limits on numbers a program file may give. They keep out typos (300 holds of 500 s), not
// clinical judgement: within them a physiotherapist's file is taken as written.
var (
	repsLimit        = Range{Min: 1, Max: 500}
	holdsLimit       = Range{Min: 1, Max: 100}
	holdSecondsLimit = Range{Min: 1, Max: 600}
	minutesLimit     = Range{Min: 1, Max: 300}
	hoursLimit       = Range{Min: 1, Max: 24}
)

const (
	maxExercises = 50
	maxText      = 2000
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func fieldErr(name, format string, args ...any) error {
	return field.Error{Field: name, Problem: fmt.Sprintf(format, args...)}
}

// Validate checks every field of the program and returns the first problem found.
func (p Program) Validate() error {
	if p.Format != Format {
		return fieldErr("format", "is %d, this version of Spine Coach reads format %d", p.Format, Format)
	}
	if err := checkID("id", p.ID); err != nil {
		return err
	}
	if err := checkText("title", p.Title, true); err != nil {
		return err
	}
	if err := checkText("source", p.Source, false); err != nil {
		return err
	}
	if err := checkNumber("session_minutes", p.SessionMinutes, minutesLimit); err != nil {
		return err
	}
	if err := checkRange("repeat_after_hours", p.RepeatAfterHours, hoursLimit); err != nil {
		return err
	}
	if len(p.Exercises) == 0 {
		return fieldErr("exercises", "the program has no exercises")
	}
	if len(p.Exercises) > maxExercises {
		return fieldErr("exercises", "has %d exercises, at most %d are allowed", len(p.Exercises), maxExercises)
	}
	seen := make(map[string]int, len(p.Exercises))
	for i, e := range p.Exercises {
		path := fmt.Sprintf("exercises[%d]", i)
		if err := e.validate(path); err != nil {
			return err
		}
		if j, dup := seen[e.ID]; dup {
			return fieldErr(path+".id", "%q is already used by exercises[%d]", e.ID, j)
		}
		seen[e.ID] = i
	}
	return nil
}

func (e Exercise) validate(path string) error {
	if err := checkID(path+".id", e.ID); err != nil {
		return err
	}
	for _, f := range []struct {
		name, value string
	}{{"title", e.Title}, {"position", e.Position}, {"action", e.Action}} {
		if err := checkText(path+"."+f.name, f.value, true); err != nil {
			return err
		}
	}
	switch e.Sides {
	case OneSide, BothSides:
	case "":
		return fieldErr(path+".sides", `is missing: use "one" or "both"`)
	default:
		return fieldErr(path+".sides", `is %q: use "one" or "both"`, e.Sides)
	}
	if err := e.Dose.validate(path + ".dose"); err != nil {
		return err
	}
	return validateFigure(path, e.Figure)
}

// validateFigure checks an exercise's drawing, naming the field from the exercise, as in
// "exercises[3].figure.end.angles.left_knee".
func validateFigure(path string, m *figure.Motion) error {
	if m == nil {
		return nil
	}
	err := m.Validate()
	var fe field.Error
	if errors.As(err, &fe) {
		return fieldErr(path+"."+fe.Field, "%s", fe.Problem)
	}
	if err != nil {
		return fmt.Errorf("%s.figure: %w", path, err)
	}
	return nil
}

func (d Dose) validate(path string) error {
	switch {
	case d.Reps != nil && (d.Holds != nil || d.HoldSeconds != nil):
		return fieldErr(path, `has both "reps" and "holds": an exercise counts one or the other`)
	case d.Reps != nil:
		return checkRange(path+".reps", *d.Reps, repsLimit)
	case d.Holds == nil && d.HoldSeconds == nil:
		return fieldErr(path, `is missing: give "reps", or "holds" with "hold_seconds"`)
	case d.Holds == nil:
		return fieldErr(path+".holds", `is missing: "hold_seconds" needs "holds"`)
	case d.HoldSeconds == nil:
		return fieldErr(path+".hold_seconds", `is missing: "holds" needs "hold_seconds"`)
	}
	if err := checkRange(path+".holds", *d.Holds, holdsLimit); err != nil {
		return err
	}
	return checkRange(path+".hold_seconds", *d.HoldSeconds, holdSecondsLimit)
}

func checkID(field, id string) error {
	if id == "" {
		return fieldErr(field, "is missing")
	}
	if len(id) > 64 || !idPattern.MatchString(id) {
		return fieldErr(field, "%q should be lowercase letters, digits and dashes", id)
	}
	return nil
}

func checkText(field, s string, required bool) error {
	if required && s == "" {
		return fieldErr(field, "is missing")
	}
	if n := len([]rune(s)); n > maxText {
		return fieldErr(field, "is %d characters long, at most %d are allowed", n, maxText)
	}
	return nil
}

func checkNumber(field string, v int, limit Range) error {
	if v < limit.Min || v > limit.Max {
		return fieldErr(field, "%d is outside %d–%d", v, limit.Min, limit.Max)
	}
	return nil
}

func checkRange(field string, r Range, limit Range) error {
	if r.Min == 0 && r.Max == 0 {
		return fieldErr(field, "is missing or zero")
	}
	if r.Min > r.Max {
		return fieldErr(field, "min %d is above max %d", r.Min, r.Max)
	}
	if err := checkNumber(field+".min", r.Min, limit); err != nil {
		return err
	}
	return checkNumber(field+".max", r.Max, limit)
}
