//go:build !windows && !darwin

package speech

// openSystem opens speech-dispatcher, the speech service of Linux and the BSDs.
func openSystem() (engine, error) { return openSSIP() }
