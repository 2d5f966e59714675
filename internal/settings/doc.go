// Package settings owns the user's settings: one struct, its defaults, validation, and atomic load and save of settings.json.
package settings
