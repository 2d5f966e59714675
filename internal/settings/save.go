package settings

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spinecoach/spinecoach/internal/atomicfile"
)

// FileName is the name of the settings file in the data folder.
const FileName = "settings.json"

// Save validates s and writes it to dir/settings.json atomically: a temporary file in the same folder
// is written and fsynced, renamed over the old file, and the folder is fsynced, so a crash leaves
// either the old settings or the new ones, never half a file.
func Save(dir string, s Settings) error {
	if err := s.Validate(); err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("save settings: encode: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save settings: create folder: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, FileName), append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	return nil
}
