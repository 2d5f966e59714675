// Package journal owns the user's record of sessions, flare-up rests and reminder events: the append-only journal.jsonl, the in-progress checkpoint, and the stats drawn from them (internal/report prints them).
package journal
