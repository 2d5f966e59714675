package assets

import _ "embed" // for go:embed

// Icon is the app icon, a 256×256 PNG: the tray, desktop notifications and FyneApp.toml use it.
// make icons renders it from assets/icon.svg, the source; make test fails if it is stale.
//
//go:embed icon.png
var Icon []byte
