// Package instance owns "one agent and one window at most": a lock file per role in the data folder, and a local socket through which a second start asks the running one to act.
package instance
