// Package language owns the language the app speaks: it loads the app's translations into Fyne's lang (the one translation path of the window, the agent, the exports) and applies the user's choice over the system's.
package language
