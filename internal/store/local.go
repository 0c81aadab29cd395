package store

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// Local is the local file system; keys are paths.
type Local struct{}

func (Local) String() string { return "file" }

type localFile struct {
	*os.File
	size int64
	mod  time.Time
}

func (f localFile) Size() int64        { return f.size }
func (f localFile) ModTime() time.Time { return f.mod }

// Open opens a regular file; O_NONBLOCK keeps a FIFO from blocking the
// open, and the check after it refuses anything but a regular file.
func (Local) Open(_ context.Context, path string) (File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, ErrNotRegular)
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
func (l Local) ReadSmall(ctx context.Context, path string, max int64) ([]byte, error) {
	f, err := l.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if f.Size() > max {
		return nil, fmt.Errorf("%s: %w (%d bytes, over %d)", path, ErrTooLarge, f.Size(), max)
	}
	return readAll(f.(localFile).File, max, path)
}
