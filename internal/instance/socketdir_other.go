//go:build !unix

package instance

import "os"

// runtimeDir is the user's own temporary folder, which Windows keeps per user.
func runtimeDir() (string, error) { return os.TempDir(), nil }

// ownedFolder accepts the data folder: it is in the user's profile.
func ownedFolder(string) error { return nil }
