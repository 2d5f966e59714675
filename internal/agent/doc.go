// Package agent owns the background reminder process: it reads the data folder, runs the schedule's Runner, sends desktop notifications and answers their buttons, keeps the tray menu (fyne.io/systray, no GL) in the language of the window (Fyne's lang), writes the tray's and the reminders' actions to the journal, starts the coach window and manages start at login.
package agent
