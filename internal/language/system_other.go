//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package language

// systemChoice leaves the system's language to Fyne, which asks Windows and macOS for it.
func systemChoice([]string) string { return "" }
