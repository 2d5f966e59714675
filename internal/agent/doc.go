// Package agent owns the background reminder process: it reads the data folder, runs the schedule's Runner, sends desktop notifications, keeps the tray menu (fyne.io/systray, no GL), writes the tray's actions to the journal, starts the coach window and manages start at login.
package agent
