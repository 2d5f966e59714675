package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spinecoach/spinecoach/assets"
)

// maxFileSize bounds what Load reads: a program is a few kilobytes, so a huge file is a mistake.
const maxFileSize = 1 << 20

// Builtin returns the program from the source article, shipped inside the binary.
func Builtin() Program {
	p, err := Parse(assets.LumbarProgram)
	if err != nil {
		// The embedded file is checked by tests; reaching this is a build defect.
		panic(fmt.Sprintf("built-in program: %v", err))
	}
	return p
}

// Load reads and validates the program file at path. A file that fails validation is refused
// whole: the error names the field at fault.
func Load(path string) (Program, error) {
	f, err := os.Open(path)
	if err != nil {
		return Program{}, fmt.Errorf("open program %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return Program{}, fmt.Errorf("read program %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return Program{}, fmt.Errorf("program %s: file is larger than %d KiB", path, maxFileSize>>10)
	}
	p, err := Parse(data)
	if err != nil {
		return Program{}, fmt.Errorf("program %s: %w", path, err)
	}
	return p, nil
}

// Parse decodes and validates a program file's contents.
func Parse(data []byte) (Program, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Program
	if err := dec.Decode(&p); err != nil {
		return Program{}, decodeError(data, err)
	}
	if dec.More() {
		return Program{}, fmt.Errorf("%s: unexpected data after the program", position(data, dec.InputOffset()))
	}
	if err := p.Validate(); err != nil {
		return Program{}, err
	}
	return p, nil
}

// decodeError turns encoding/json's errors into ones that say where in the file the problem is.
func decodeError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("%s: not valid JSON: %s", position(data, syn.Offset), strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		return fmt.Errorf("%s: %s: want %s, got %s", position(data, typ.Offset), typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.EOF):
		return errors.New("the file is empty")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("the file ends in the middle of the program")
	}
	// Unknown fields and other decoder complaints carry no offset.
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

// position renders a byte offset as "line L, column C" for a person editing the file.
func position(data []byte, offset int64) string {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(offset) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}
