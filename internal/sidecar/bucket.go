package sidecar

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/store"
)

// Sidecars in object storage (issue 21): `process s3://in/` writes each
// sidecar beside its photo in the bucket (photo.jpg.json, as on disk: the
// picture editor's tools look there), `--out-dir s3://out/prefix` mirrors
// the photos' keys under the prefix, from photos on disk or in a bucket.
// A sidecar is one PutObject: S3 replaces an object whole or not at all,
// so a reader never sees half a sidecar and no temporary name is needed.
// What stands at the key is read first, as on disk: another tool's file
// or the sidecar of another photo that still exists is never overwritten.

// Dest is where a batch's sidecars go: a folder on disk (*Writer), a
// bucket (*Bucket), or both (Route).
type Dest interface {
	// Existing reads what stands at the sidecar's place: (nil, nil) for
	// nothing (or a damaged sidecar of ours), our record, or a *PlaceError.
	Existing(path string) (*Record, error)
	// Write writes the record atomically.
	Write(path string, rec *Record) error
	Close() error
}

// Bucket writes sidecars to s3:// URLs, in any bucket.
type Bucket struct {
	buckets sync.Map // bucket name -> *store.S3
}

func (b *Bucket) store(url string) (*store.S3, string, error) {
	name, key, err := store.SplitS3(url)
	if err != nil {
		return nil, "", err
	}
	if s, ok := b.buckets.Load(name); ok {
		return s.(*store.S3), key, nil
	}
	s, err := store.NewS3(context.Background(), name)
	if err != nil {
		return nil, "", err
	}
	actual, _ := b.buckets.LoadOrStore(name, s)
	return actual.(*store.S3), key, nil
}

// Existing reads the object at url, at most MaxSidecar bytes.
func (b *Bucket) Existing(url string) (*Record, error) {
	s, key, err := b.store(url)
	if err != nil {
		return nil, &WriteError{url, err}
	}
	data, err := s.ReadSmall(context.Background(), key, safefile.MaxSidecar)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, &PlaceError{url, safefile.Reason(err), err}
	}
	return parseExisting(url, data)
}

// Write puts the record at url.
func (b *Bucket) Write(url string, rec *Record) error {
	if rec.SourceFile == url {
		return ErrSameFile
	}
	s, key, err := b.store(url)
	if err != nil {
		return &WriteError{url, err}
	}
	data, err := json.MarshalIndent(rec, "", "  ")
	if err == nil {
		err = s.WriteAtomic(context.Background(), key, append(data, '\n'))
	}
	if err != nil {
		return &WriteError{url, err}
	}
	return nil
}

// Close has nothing to release: a PutObject is durable when it returns.
func (b *Bucket) Close() error { return nil }

// Route sends each sidecar to the bucket or the folder its path names.
type Route struct {
	Local  *Writer // nil when no sidecar goes to disk
	Bucket *Bucket
}

// NewDest opens where a batch's sidecars go: an s3:// --out-dir, or a
// folder (Writer) with a Bucket beside it for photos in object storage
// whose sidecars go beside them.
func NewDest(outDir string, fsync bool) (Dest, error) {
	r := &Route{Bucket: &Bucket{}}
	if store.IsS3(outDir) {
		if err := store.Probe(context.Background(), outDir); err != nil {
			return nil, fmt.Errorf("--out-dir: %w", err)
		}
		return r, nil
	}
	w, err := NewWriter(outDir, fsync)
	r.Local = w
	return r, err
}

func (r *Route) dest(path string) (Dest, error) {
	if store.IsS3(path) {
		return r.Bucket, nil
	}
	if r.Local == nil {
		return nil, fmt.Errorf("%s: sidecars go to object storage in this run", path)
	}
	return r.Local, nil
}

// Existing reads what stands at path, on disk or in a bucket.
func (r *Route) Existing(path string) (*Record, error) {
	d, err := r.dest(path)
	if err != nil {
		return nil, err
	}
	return d.Existing(path)
}

// Write writes rec to path, on disk or in a bucket.
func (r *Route) Write(path string, rec *Record) error {
	d, err := r.dest(path)
	if err != nil {
		return err
	}
	return d.Write(path, rec)
}

// Close closes the folder on disk.
func (r *Route) Close() error {
	if r.Local == nil {
		return nil
	}
	return r.Local.Close()
}

// objectPath is Path where the photo or outDir is in object storage: the
// sidecar beside an s3:// photo, or the photo's place under root (its
// key's folders, or its folders on disk) mirrored under an s3:// outDir.
// Keys are names, not paths: ".." in one leaves nothing.
func objectPath(photo, root, outDir, name string) string {
	if outDir == "" {
		return photo[:strings.LastIndexByte(photo, '/')+1] + name
	}
	var rel string
	if store.IsS3(photo) {
		dir := photo[:strings.LastIndexByte(photo, '/')]
		var ok bool
		rel, ok = strings.CutPrefix(dir, strings.TrimSuffix(root, "/"))
		if !ok || rel != "" && rel[0] != '/' {
			rel = "" // not under root: the top of outDir, as on disk
		}
	} else if r, err := filepath.Rel(root, filepath.Dir(photo)); err == nil && filepath.IsLocal(r) {
		rel = filepath.ToSlash(r)
	}
	rel = strings.Trim(path.Clean("/"+rel), "/")
	if rel != "" {
		rel += "/"
	}
	return strings.TrimSuffix(outDir, "/") + "/" + rel + name
}
