package atomicfile

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteOutput writes what write produces to path, a file the user named (an export):
//   - a regular file, or a new one, is replaced whole, as Write does;
//   - a symbolic link is written through: the file it points to is replaced, the link stays;
//     a link to nothing is refused;
//   - a device, a FIFO or a socket (/dev/stdout, a pipe) is opened and written to directly,
//     never replaced.
func WriteOutput(path string, perm fs.FileMode, write func(io.Writer) error) error {
	lfi, lerr := os.Lstat(path)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(lerr, fs.ErrNotExist):
		return Write(path, perm, write)
	case lerr != nil:
		return fmt.Errorf("cannot write %s: %w", path, lerr)
	case err != nil && lfi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("cannot write %s: it is a link to a file that cannot be reached (%v); name the file itself", path, err)
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, err)
	case fi.IsDir():
		return fmt.Errorf("cannot write %s: it is a folder", path)
	case !fi.Mode().IsRegular():
		return writeDirect(path, write)
	case lfi.Mode()&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return fmt.Errorf("cannot write %s: follow the link: %w", path, err)
		}
		return Write(target, perm, write)
	}
	return Write(path, perm, write)
}

// writeDirect writes to a device or a FIFO as it is.
func writeDirect(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

func randUint32() uint32 {
	var b [4]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return binary.LittleEndian.Uint32(b[:])
}
