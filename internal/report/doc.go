// Package report owns what the journal is exported as: the CSV of every session and the printable report for a doctor, in the language lang speaks; the window and the CLI export both use it.
package report
