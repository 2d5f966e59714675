package ui

import (
	"io"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"

	"github.com/spinecoach/spinecoach/internal/journal"
	"github.com/spinecoach/spinecoach/internal/report"
)

// exportReport asks where to save the report for the doctor, and saves it.
func (p *progress) exportReport() {
	p.saveAs(lang.L("spine-coach-report")+"-"+journal.DayOf(p.now, p.loc).String()+".html", ".html", p.writeReport,
		lang.L("Saved for your doctor"),
		func(name string) string {
			return lang.L("The report is saved as {{.Name}}. Open it in a web browser to print it, or send the file to your doctor.", data{"Name": name})
		})
}

// exportCSV asks where to save every session as a spreadsheet, and saves it.
func (p *progress) exportCSV() {
	p.saveAs(lang.L("spine-coach-sessions")+"-"+journal.DayOf(p.now, p.loc).String()+".csv", ".csv", p.writeCSV,
		lang.L("Saved"),
		func(name string) string {
			return lang.L("Your sessions are saved as {{.Name}}. A spreadsheet program can open it.", data{"Name": name})
		})
}

func (p *progress) writeReport(w io.Writer) error {
	return report.WriteHTML(w, report.ForDoctor(p.shell.prog, p.records, p.shell.set.SessionsPerDay, progressWeeks, p.now, p.loc))
}

func (p *progress) writeCSV(w io.Writer) error { return report.WriteCSV(w, p.records, p.loc) }

// saveAs opens a save dialog with name proposed and writes the chosen file; then it tells the
// user how it went.
func (p *progress) saveAs(name, ext string, write func(io.Writer) error, title string, done func(name string) string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		p.writeChosen(w, err, write, title, done)
	}, p.shell.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Resize(p.shell.win.Canvas().Size().Subtract(fyne.NewSquareSize(4 * theme.Padding())))
	d.Show()
}

// writeChosen writes the file the save dialog gave, then tells the user the file is saved, or
// that it is not, in a message answered with Enter. A nil file is a cancelled dialog.
func (p *progress) writeChosen(w fyne.URIWriteCloser, err error, write func(io.Writer) error, title string, done func(name string) string) {
	if err == nil && w == nil {
		return
	}
	if err == nil {
		err = write(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = storage.Delete(w.URI()) // no half-written file left behind
		}
	}
	var msg string
	if err != nil {
		log.Printf("progress: export: %v", err)
		title = lang.L("Not saved")
		msg = lang.L("The file could not be saved there. Please try another folder or name.")
	} else {
		msg = done(w.URI().Name())
	}
	p.shell.tell(title, msg)
}
