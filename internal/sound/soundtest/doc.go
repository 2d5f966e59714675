// Package soundtest keeps the cues a session plays in memory, for tests.
package soundtest
