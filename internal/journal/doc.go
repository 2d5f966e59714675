// Package journal owns the user's record of sessions, flare-up rests and reminder events: the append-only journal.jsonl, the in-progress checkpoint, the stats drawn from them, and the CSV and printable HTML exports.
package journal
