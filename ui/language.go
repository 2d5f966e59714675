package ui

import (
	"github.com/spinecoach/spinecoach/internal/language"
)

// Language is the code of the app's translation in use ("ru"), or "en" when none of ours is
// (see language.Current).
func Language() string { return language.Current() }
