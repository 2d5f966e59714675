package assets

import _ "embed" // for go:embed

// Icon is the app icon, a 256×256 PNG: the tray, desktop notifications and FyneApp.toml use it.
// scripts/mkicon draws it (go run ./scripts/mkicon).
//
//go:embed icon.png
var Icon []byte
