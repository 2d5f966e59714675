package field

import "strings"

// Error is a problem with one field of a file.
type Error struct {
	// Field is the path to the field, as in "exercises[2].dose.reps", "figure.view" or "targets.bridge.holds".
	Field string
	// Problem says what is wrong: a phrase for a program ("min 20 is above max 15"), a sentence
	// in the user's words for a setting ("Pace must be 2–15 s.").
	Problem string
}

// Error returns the field and the problem, as "figure.view: \"front\" is not a view".
func (e Error) Error() string { return e.Field + ": " + e.Problem }

// Errors lists every bad field found in one file. Use errors.As to get it from an error.
type Errors []Error

// Error joins the problems, one sentence each.
func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Problem
	}
	return strings.Join(msgs, " ")
}

// Fields returns the paths of the bad fields, in order.
func (es Errors) Fields() []string {
	fields := make([]string, len(es))
	for i, e := range es {
		fields[i] = e.Field
	}
	return fields
}
