// Package field owns the one error type for a bad field of a file the user or a physiotherapist
// writes (a program, its figures, the settings), so every reader names a bad field the same way.
package field
