// Package store is how wirecap reaches photos and their companions: open a
// photo for random access, list a folder (or a key prefix), read a small
// file. (Sidecars are written by package sidecar, to local folders, with
// its durability and collision rules; S3.WriteAtomic puts one object.) Two implementations: the local file
// system (Local) and S3 or an S3-compatible object store (S3), named by
// an s3://bucket/prefix URL.
package store

import (
	"context"
	"fmt"
	"github.com/wirecap/wirecap/internal/safefile"
	"io"
	"strings"
	"time"
)

// File is an open photo: random access to its bytes, and its size.
type File interface {
	io.ReaderAt
	io.Closer
	Size() int64
	ModTime() time.Time
}

// Entry is one file or object a listing found.
type Entry struct {
	Key     string // path (Local) or object key (S3)
	Size    int64
	ModTime time.Time
	ETag    string // S3's entity tag; "" for local files
}

// Store reaches photos wherever they are kept.
type Store interface {
	// Open opens a photo for reading.
	Open(ctx context.Context, key string) (File, error)
	// List calls fn for every file under prefix (recursively), in lexical
	// order of keys.
	List(ctx context.Context, prefix string, fn func(Entry) error) error
	// ReadSmall reads a whole small file (an article, a policy, a .xmp);
	// one larger than max is an error.
	ReadSmall(ctx context.Context, key string, max int64) ([]byte, error)
	// String names the store for messages: "s3://bucket" or "file".
	String() string
}

// ErrTooLarge is a small file over the size its caller allows, on disk
// or in a bucket (the same error safefile gives).
var ErrTooLarge = safefile.ErrTooLarge

// IsS3 reports whether path names an object store location.
func IsS3(path string) bool { return strings.HasPrefix(path, "s3://") }

// SplitS3 splits s3://bucket/prefix into bucket and prefix.
func SplitS3(url string) (bucket, prefix string, err error) {
	rest, ok := strings.CutPrefix(url, "s3://")
	if !ok || rest == "" || rest[0] == '/' {
		return "", "", fmt.Errorf("%q: want s3://BUCKET/PREFIX", url)
	}
	bucket, prefix, _ = strings.Cut(rest, "/")
	return bucket, prefix, nil
}

// For returns the store a path lives in and the key within it: an S3
// store (one per bucket, created with the standard AWS configuration) for
// s3:// URLs, else the local file system with the path as key.
func For(ctx context.Context, path string) (Store, string, error) {
	if !IsS3(path) {
		return Local{}, path, nil
	}
	bucket, key, err := SplitS3(path)
	if err != nil {
		return nil, "", err
	}
	s, err := NewS3(ctx, bucket)
	if err != nil {
		return nil, "", err
	}
	return s, key, nil
}

// readAll reads r to its end, failing past max bytes.
func readAll(r io.Reader, max int64, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s: %w (over %d bytes)", name, ErrTooLarge, max)
	}
	return b, nil
}
