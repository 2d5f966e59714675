// Package schedule owns when the next session is due (the pure Next) and the Runner that fires reminders.
package schedule
