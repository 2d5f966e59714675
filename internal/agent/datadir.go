package agent

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// AppID is the app's ID (FyneApp.toml); Fyne names the app's storage folder after it.
const AppID = "io.github.spinecoach"

// DefaultDataDir is the folder Fyne's app.NewWithID(AppID).Storage().RootURI() names, worked out
// without loading Fyne (fyne.io/fyne/v2 v2.7.1, internal/app/config_*.go + app.storageRoot):
// the user config folder on Linux and the BSDs, %USERPROFILE%\AppData\Roaming on Windows and
// ~/Library/Preferences on macOS, each followed by fyne/<AppID>. (Fyne's "ci" build tag would use
// a temp folder instead; release builds never set it.)
func DefaultDataDir() (string, error) {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the data folder: %w", err)
		}
		root = filepath.Join(home, "AppData", "Roaming")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the data folder: %w", err)
		}
		root = filepath.Join(home, "Library", "Preferences")
	default:
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("find the data folder: %w", err)
		}
		root = dir
	}
	return filepath.Join(root, "fyne", AppID), nil
}

// FindDataDir is the one lookup of the data folder, for the window, the agent and the export:
// flagValue (--data-dir), else $SPINECOACH_DATA, else DefaultDataDir. It neither checks nor
// creates the folder.
func FindDataDir(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if dir := os.Getenv("SPINECOACH_DATA"); dir != "" {
		return dir, nil
	}
	return DefaultDataDir()
}

// DataDir is the data folder (FindDataDir) as an absolute path, created if missing, so it can be
// handed to other processes and to the autostart entry.
func DataDir(flagValue string) (string, error) {
	dir, err := FindDataDir(flagValue)
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("cannot use the data folder %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return "", fmt.Errorf("cannot use the data folder %s: %w", abs, err)
	}
	return abs, nil
}
