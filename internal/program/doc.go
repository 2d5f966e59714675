// Package program owns the exercise program as data: its types, loading a program file, and
// validating it with errors that name the field at fault.
package program
