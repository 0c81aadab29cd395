package store

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/wirecap/wirecap/internal/safefile"
)

// Local is the local file system; keys are paths. Files are opened by
// package safefile: regular files only, never blocking on a FIFO.
type Local struct{}

func (Local) String() string { return "file" }

type localFile struct {
	*os.File
	size int64
	mod  time.Time
}

func (f localFile) Size() int64        { return f.size }
func (f localFile) ModTime() time.Time { return f.mod }

// Open opens a regular file.
func (Local) Open(_ context.Context, path string) (File, error) {
	f, st, err := safefile.Open(path)
	if err != nil {
		return nil, err
	}
	return localFile{f, st.Size(), st.ModTime()}, nil
}

// List walks the folder (or returns the one file) at prefix; links to
// folders are not followed.
func (Local) List(ctx context.Context, prefix string, fn func(Entry) error) error {
	return filepath.WalkDir(prefix, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		st, err := d.Info()
		if err != nil {
			return err
		}
		return fn(Entry{Key: p, Size: st.Size(), ModTime: st.ModTime()})
	})
}

// ReadSmall reads a regular file of at most max bytes.
func (Local) ReadSmall(_ context.Context, path string, max int64) ([]byte, error) {
	return safefile.ReadFile(path, max)
}
