// Package store keeps on disk what the coach window changes: each session with its checkpoints and retries, the session a crash cut short, flare-up rests and the settings, and reads back the journal and the reminders' outlook; it never blocks the window on a file it already read.
package store
