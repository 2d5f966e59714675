// Package ui owns the Fyne screens and widgets: home, exercise cards, the session screen with its
// countdown and rep counter, the finish and About pages. It renders state and forwards input;
// the rules live in internal packages.
package ui
