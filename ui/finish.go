package ui

import (
	"log"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
	unsaved bool // the session is only in memory: S saves it elsewhere
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
	head := container.NewVBox(title, wrapped(summary))
	buttons := container.NewHBox(back)
	if f.unsaved = s.opts.Unsaved != nil && s.opts.Unsaved() && s.opts.SaveElsewhere != nil; f.unsaved {
		warn := wrapped(lang.L("This session is not on the disk yet. It is kept while Spine Coach stays open and saved as soon as the disk allows; to be safe, save a copy elsewhere."))
		warn.Importance = widget.DangerImportance
		head.Add(warn)
		buttons.Add(s.button(keyed(lang.L("Save elsewhere"), "S"), theme.DocumentSaveIcon(), f.saveElsewhere))
	}
	head.Add(widget.NewSeparator())
	f.scroll = container.NewVScroll(container.NewVBox(rows))
	f.content = container.NewPadded(container.NewBorder(head, buttons, nil, nil, f.scroll))
	return f
}

// saveElsewhere asks where to save the session that could not be written, and writes it there
// as journal lines, which can later be added to journal.jsonl.
func (f *finish) saveElsewhere() {
	s := f.shell
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err == nil && w == nil {
			return // cancelled
		}
		if err == nil {
			err = s.opts.SaveElsewhere(w)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			log.Printf("finish: save elsewhere: %v", err)
			s.tell(lang.L("Not saved"), lang.L("The file could not be saved there. Please try another folder or name."))
			return
		}
		s.tell(lang.L("Saved"), lang.L("A copy of your session is saved as {{.Name}}. To bring it into your journal later, add its lines to journal.jsonl in your data folder.", data{"Name": w.URI().Name()}))
	}, s.win)
	d.SetFileName(lang.L("spine-coach-session") + ".jsonl")
	d.Resize(s.win.Canvas().Size().Subtract(fyne.NewSquareSize(4 * theme.Padding())))
	d.Show()
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
	case fyne.KeyS:
		if f.unsaved {
			fyne.Do(f.saveElsewhere) // after the typed "s", which would land in the dialog's name field
		}
	default:
		scrollKeys(f.scroll, ev)
	}
}
