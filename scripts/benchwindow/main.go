//go:build ignore

// Benchwindow is the floor under scripts/bench-figure.sh: a Fyne window with nothing on it
// but one small square that changes colour FPS times a second, so that each frame repaints
// the window as an animation does. What it costs is what Fyne's whole-window repaint costs
// at that size and rate, before the app draws anything.
//
//	go build -o benchwindow scripts/benchwindow/main.go
//	benchwindow [-fps 15] [-size 1100x760]
package main

import (
	"flag"
	"fmt"
	"image/color"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

func main() {
	fps := flag.Int("fps", 15, "repaints a second")
	size := flag.String("size", "1100x760", "the window's size, WIDTHxHEIGHT, as the coach's window opens")
	flag.Parse()
	var w, h float32
	if _, err := fmt.Sscanf(*size, "%gx%g", &w, &h); err != nil || *fps <= 0 {
		log.Fatalf("benchwindow: want -fps > 0 and -size WIDTHxHEIGHT, got %d and %q", *fps, *size)
	}

	a := app.NewWithID("io.github.spinecoach.benchwindow")
	win := a.NewWindow("Bench window")
	square := canvas.NewRectangle(color.Black)
	square.Resize(fyne.NewSize(10, 10))
	win.SetContent(container.NewWithoutLayout(square))
	win.Resize(fyne.NewSize(w, h))
	go func() {
		shades := []color.Color{color.Black, color.White}
		tick := time.NewTicker(time.Second / time.Duration(*fps))
		for i := 0; ; i++ {
			<-tick.C
			fyne.Do(func() {
				square.FillColor = shades[i%2]
				square.Refresh()
			})
		}
	}()
	win.ShowAndRun()
}
