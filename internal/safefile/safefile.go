// Package safefile opens the files wirecap reads — photos, sidecars, .xmp
// files, articles, policies, kill lists, cached thumbnails — only when they
// are regular files, and reads the small ones up to a cap.
//
// A FIFO named like a photo would block an open(2) until a writer comes,
// and a link to /dev/zero would be read until memory runs out; a terminal
// or tape device may act on being opened. So a path is stat'ed first (no
// open at all for anything but a regular file), then opened with
// O_NONBLOCK — which makes opening a FIFO swapped in after the stat return
// at once instead of blocking — and the open file is stat'ed again: what is
// read is what was checked.
package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Caps on the small files wirecap reads whole. A file over its cap is
// refused (ErrTooLarge), never read in part: a policy or kill list cut
// short would change verdicts without a word.
const (
	MaxSidecar   = 16 << 20 // a sidecar JSON (a rich record is a few KiB; 16 MiB leaves room for huge XMP dumps)
	MaxPolicy    = 1 << 20  // a TOML policy
	MaxThumbnail = 4 << 20  // a cached contact-sheet thumbnail (a 512 px JPEG is ~50 KiB)
)

// ReadFlags open a file for reading without blocking on a FIFO or taking
// a terminal: for callers that open through an os.Root; Check the open
// file's FileInfo after.
const ReadFlags = os.O_RDONLY | nonblock

// ErrNotRegular is wrapped by the error of a path that is a FIFO, device,
// socket or folder.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is wrapped by the error of a file over its cap.
var ErrTooLarge = errors.New("file too large")

// NotRegularError says what a path is instead of a regular file.
type NotRegularError struct {
	Path string
	Kind string // "fifo", "device", "socket", "folder", "irregular file"
}

func (e *NotRegularError) Error() string { return e.Path + ": " + e.Reason() }

// Reason is the error without the path: "not a regular file (fifo)".
func (e *NotRegularError) Reason() string { return "not a regular file (" + e.Kind + ")" }

func (e *NotRegularError) Unwrap() error { return ErrNotRegular }

// kinds names the file types that are not regular files.
var kinds = []struct {
	mode fs.FileMode
	name string
}{
	{fs.ModeDir, "folder"},
	{fs.ModeNamedPipe, "fifo"},
	{fs.ModeSocket, "socket"},
	{fs.ModeCharDevice, "device"},
	{fs.ModeDevice, "device"},
	{fs.ModeSymlink, "symbolic link"},
}

// Kind names a mode that is not a regular file's ("fifo"), "" for a
// regular file.
func Kind(m fs.FileMode) string {
	if m.IsRegular() {
		return ""
	}
	for _, k := range kinds {
		if m&k.mode != 0 {
			return k.name
		}
	}
	return "irregular file"
}

// Check returns a *NotRegularError when st is not a regular file's.
func Check(path string, st fs.FileInfo) error {
	if k := Kind(st.Mode()); k != "" {
		return &NotRegularError{Path: path, Kind: k}
	}
	return nil
}

// Open opens path for reading when it is a regular file (symbolic links
// followed) and returns it with its FileInfo, taken from the open file.
// It never blocks on a FIFO and never opens a device.
func Open(path string) (*os.File, fs.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if err := Check(path, st); err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, ReadFlags, 0)
	if err != nil {
		return nil, nil, err
	}
	st, err = f.Stat()
	if err == nil {
		err = Check(path, st)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

// ReadFile reads the regular file at path whole, refusing one larger than
// limit bytes (ErrTooLarge) without reading it.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, st, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, path, st.Size(), limit)
}

// ReadAll reads an open file of the given size whole, up to limit bytes:
// a file that grew past limit while being read is refused too.
func ReadAll(r io.Reader, path string, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, tooLarge(path, limit)
	}
	// Room for the size stated and a little growth, so that a file is read
	// in one call and the next says EOF (io.ReadAll would start at 512
	// bytes and grow: five reads for a 10 KiB sidecar).
	var buf bytes.Buffer
	buf.Grow(int(max(size, 0)) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, tooLarge(path, limit)
	}
	return buf.Bytes(), nil
}

func tooLarge(path string, limit int64) error {
	return &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (over %s)", ErrTooLarge, Bytes(limit))}
}

// Bytes writes a cap the way the README states it: "16 MiB".
func Bytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Reason is err as a record states it, without the path it names: "not a
// regular file (fifo)", "permission denied", "file too large (over 16
// MiB)".
func Reason(err error) string {
	var nr *NotRegularError
	if errors.As(err, &nr) {
		return nr.Reason()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ErrLink is wrapped by the error of a folder to write in that is a
// symbolic link: wirecap writes only in the folders it was given, never
// through a link below them.
var ErrLink = errors.New("a symbolic link, not followed")

// OpenDir opens the folder at path to write in, making it (one level, its
// parent must exist) when missing. A symbolic link or anything else than a
// folder is refused, and so is a folder swapped for another between the
// check and the open; what is then done through the returned os.Root
// cannot leave it.
func OpenDir(path string, perm fs.FileMode) (*os.Root, error) {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.Mkdir(path, perm); err == nil || errors.Is(err, fs.ErrExist) {
			st, err = os.Lstat(path)
		}
	}
	switch {
	case err != nil:
		return nil, err
	case st.Mode()&fs.ModeSymlink != 0:
		return nil, fmt.Errorf("%s: %w", path, ErrLink)
	case !st.IsDir():
		return nil, fmt.Errorf("%s: not a folder", path)
	}
	r, err := os.OpenRoot(path)
	if err != nil {
		return nil, err
	}
	if opened, err := r.Stat("."); err != nil || !os.SameFile(st, opened) {
		r.Close()
		return nil, fmt.Errorf("%s: replaced while being opened", path)
	}
	return r, nil
}
