package journal

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteLines writes records as journal lines, one JSON object each, as Append does: a file of
// them can be added to a journal.jsonl as it is.
func WriteLines(w io.Writer, records []Record) error {
	for _, r := range records {
		line, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("write journal lines: %w", err)
		}
		if _, err := w.Write(append(line, '\n')); err != nil {
			return fmt.Errorf("write journal lines: %w", err)
		}
	}
	return nil
}
