// Package assets embeds the files the app ships: the built-in program, translations and icons.
package assets

import "embed"

// LumbarProgram is the built-in program file: the seven exercises of the source article.
//
//go:embed programs/lumbar.json
var LumbarProgram []byte

// Translations holds translations/*.json for Fyne's lang package.
//
//go:embed translations
var Translations embed.FS
