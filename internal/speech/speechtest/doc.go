// Package speechtest keeps the lines the coach says in memory, for tests.
package speechtest
