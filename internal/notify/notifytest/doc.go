// Package notifytest keeps notifications in memory and answers them as a user would, for tests.
package notifytest
