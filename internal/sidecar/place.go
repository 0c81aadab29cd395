package sidecar

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/store"
)

// ErrForeign is wrapped by the error of a file at a sidecar's place that
// wirecap did not write (another tool's photo.json): it is never
// overwritten.
var ErrForeign = errors.New("not a wirecap sidecar")

// PlaceError is what stands at a sidecar's place when it must not be
// overwritten: another tool's file, a FIFO, a link, a file that cannot be
// read, or the sidecar of another photo.
type PlaceError struct {
	Path   string // the sidecar's place
	Reason string // "not a wirecap sidecar", "not a regular file (fifo)", "permission denied", "the sidecar of x.jpg"
	Err    error
}

func (e *PlaceError) Error() string {
	return e.Path + " is " + e.Reason + ": not overwritten"
}

func (e *PlaceError) Unwrap() error { return e.Err }

// Existing reads what stands at the sidecar's place path: (nil, nil) when
// nothing does, or when it is a wirecap sidecar too damaged to parse (it is
// replaced); the record of a wirecap sidecar; else a *PlaceError saying
// what it is, in the system's words ("permission denied", "not a regular
// file (fifo)"), never overwritten. Under --out-dir it is read through the
// same confined folder the Writer writes in.
func (w *Writer) Existing(path string) (*Record, error) {
	fsys, name, err := w.place(path)
	if err != nil {
		return nil, err
	}
	if w.root != nil {
		if err := w.noLinks(fsys, filepath.Dir(name)); err != nil {
			return nil, &WriteError{path, err}
		}
	}
	st, err := fsys.Lstat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, &PlaceError{path, safefile.Reason(err), err}
	}
	if err := safefile.Check(path, st); err != nil {
		return nil, &PlaceError{path, safefile.Reason(err), err}
	}
	f, err := fsys.OpenFile(name, safefile.ReadFlags, 0)
	if err != nil {
		return nil, &PlaceError{path, safefile.Reason(err), err}
	}
	defer f.Close()
	if st, err = f.Stat(); err == nil {
		err = safefile.Check(path, st)
	}
	var b []byte
	if err == nil {
		b, err = safefile.ReadAll(f, path, st.Size(), safefile.MaxSidecar)
	}
	if err != nil {
		return nil, &PlaceError{path, safefile.Reason(err), err}
	}
	return parseExisting(path, b)
}

// parseExisting tells a wirecap sidecar from another tool's file. A
// wirecap sidecar names its generator in its first lines.
func parseExisting(path string, b []byte) (*Record, error) {
	var rec Record
	if err := json.Unmarshal(b, &rec); err == nil && strings.HasPrefix(rec.Generator, "wirecap") {
		return &rec, nil
	}
	if len(bytes.Trim(b, " \t\r\n\x00")) == 0 {
		return nil, nil // empty or zeros: what a power cut before the sync leaves of a sidecar; nothing to lose
	}
	head := b[:min(len(b), 256)]
	if strings.Contains(strings.Join(strings.Fields(string(head)), ""), `"generator":"wirecap`) {
		return nil, nil // a damaged sidecar of ours: replaced
	}
	return nil, &PlaceError{path, ErrForeign.Error(), ErrForeign}
}

// PhotoOf is the photo a sidecar was written for: its real path (inputs),
// else the path it was given as.
func PhotoOf(r *Record) string {
	if r.Inputs != nil && r.Inputs.Photo.Path != "" {
		return r.Inputs.Photo.Path
	}
	return r.SourceFile
}

// OtherPhoto returns the photo that old, the sidecar at the place where
// the photo at real (its real path) writes its own, was
// written for, when that is another photo that still exists — overwriting
// it would lose that photo's record without a word. It returns "" when
// old is the photo's own sidecar, or its photo is gone (moved or
// deleted: the sidecar is stale). byName: the sidecar's name alone binds
// it to the photo (photo.jpg.json beside photo.jpg), so a record of a
// photo of the same name elsewhere (a copied folder) is the photo's own.
func OtherPhoto(old *Record, real string, byName bool) string {
	p := PhotoOf(old)
	if p == "" || p == real || byName && filepath.Base(p) == filepath.Base(real) {
		return ""
	}
	if store.IsS3(p) {
		if ok, err := store.Exists(context.Background(), p); ok || err != nil {
			return p // there, or it cannot be told: not overwritten
		}
		return ""
	}
	ost, err := os.Stat(p)
	if err != nil {
		return ""
	}
	if st, err := os.Stat(real); err == nil && os.SameFile(ost, st) {
		return "" // the same photo by another path (a hard link, a bind mount)
	}
	return p
}

// String for a PlaceError's Reason naming another photo.
func otherReason(photo string) string { return fmt.Sprintf("the sidecar of %s", photo) }

// ForeignPhoto is the error of a photo whose sidecar's place holds the
// sidecar of another photo.
func ForeignPhoto(path, other string) error {
	return &PlaceError{Path: path, Reason: otherReason(other)}
}
