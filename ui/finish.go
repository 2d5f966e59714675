package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/spinecoach/spinecoach/internal/coach"
	"github.com/spinecoach/spinecoach/internal/program"
)

// finish shows what a session did: each exercise's count against its target, and what was
// stopped for pain.
type finish struct {
	shell   *Shell
	content fyne.CanvasObject
	scroll  *container.Scroll
}

func newFinish(s *Shell, snap coach.Snapshot) *finish {
	f := &finish{shell: s}
	done, pain := 0, 0
	rows := container.New(&columns{n: 3}) // the names take the room the counts leave
	for i, r := range snap.Results {
		e := s.prog.Exercises[i]
		switch r.Status {
		case coach.Done:
			done++
		case coach.PainStopped:
			pain++
		}
		name := widget.NewLabel(strconv.Itoa(i+1) + ". " + e.Title)
		name.Wrapping = fyne.TextWrapWord // cut short, two titles can read the same
		status := widget.NewLabelWithStyle(statusText(r), fyne.TextAlignLeading, fyne.TextStyle{Bold: r.Status == coach.PainStopped})
		if r.Status == coach.PainStopped {
			status.Importance = widget.DangerImportance
		}
		rows.Add(name)
		rows.Add(widget.NewLabel(countText(e, r)))
		rows.Add(status)
	}

	heading := lang.L("Session complete. Well done.")
	if done < len(snap.Results) {
		heading = lang.L("Session ended")
	}
	title := widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	summary := lang.L("{{.Done}} of {{.Total}} exercises done in {{.Time}}.", data{
		"Done": done, "Total": len(snap.Results), "Time": minutesText(snap.Ended.Sub(snap.Started)),
	})
	if pain > 0 {
		summary += " " + lang.N("{{.N}} stopped because it hurt.", pain, data{"N": pain})
	}
	back := s.button(keyed(lang.L("Back to the program"), "Enter"), theme.HomeIcon(), s.showHome)
	back.Importance = widget.HighImportance
	f.scroll = container.NewVScroll(container.NewVBox(rows))
	f.content = container.NewPadded(container.NewBorder(
		container.NewVBox(title, wrapped(summary), widget.NewSeparator()),
		container.NewHBox(back), nil, nil, f.scroll))
	return f
}

// countText is what was done against the target: "12 of 30" repetitions or "5 of 5" holds.
func countText(e program.Exercise, r coach.Result) string {
	target := r.Target.Reps
	if e.Dose.Kind() == program.Holds {
		target = r.Target.Holds
	}
	return lang.L("{{.Count}} of {{.Target}}", data{"Count": r.Count, "Target": target})
}

func (f *finish) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape, fyne.KeySpace:
		f.shell.showHome()
	default:
		scrollKeys(f.scroll, ev)
	}
}
