// Package speech owns the coach's voice: what it can say (Phrase, independent of language),
// the Speaker that says a line of text, and one backend per system (speech-dispatcher on Linux,
// SAPI on Windows, say on macOS) behind a Voice that never makes its caller wait. Which phrase a
// change of the session calls for is decided with the tones, in package sound; the words of a
// phrase in the user's language are the window's to choose.
package speech
