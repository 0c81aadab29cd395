package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/wirecap/wirecap/internal/safefile"
)

// ReadFile reads a small file wherever it is: a local path (a regular
// file only) or an s3:// URL, at most max bytes. The desk's files — the
// policy, kill list, leases, trust anchors, feed items, articles — are read
// through it.
func ReadFile(ctx context.Context, path string, max int64) ([]byte, error) {
	if !IsS3(path) {
		return safefile.ReadFile(path, max)
	}
	s, key, err := For(ctx, path)
	if err != nil {
		return nil, err
	}
	return s.ReadSmall(ctx, key, max)
}

// ErrTooMany is a folder or prefix holding more files than its caller
// reads.
var ErrTooMany = errors.New("too many files")

// Files lists an s3:// URL the way a desk file flag takes a local path:
// the one object it names, else every object under it as a folder
// (hidden names skipped), at most max of them, as s3:// URLs in key order.
func Files(ctx context.Context, url string, max int) ([]string, error) {
	bucket, key, err := SplitS3(url)
	if err != nil {
		return nil, err
	}
	s, err := NewS3(ctx, bucket)
	if err != nil {
		return nil, err
	}
	if key != "" && !strings.HasSuffix(key, "/") {
		_, found, err := s.listLevel(ctx, key)
		if err != nil {
			return nil, err
		}
		if len(found) > 0 && found[0].Key == key {
			return []string{url}, nil // an object, not a folder
		}
		key += "/"
	}
	var out []string
	err = s.List(ctx, key, func(e Entry) error {
		switch {
		case strings.HasPrefix(e.Key, ".") || strings.Contains(e.Key, "/."):
		case len(out) == max:
			return fmt.Errorf("%s: %w (over %d)", url, ErrTooMany, max)
		default:
			out = append(out, s.URL(e.Key))
		}
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: no object under this prefix", url)
	}
	return out, err
}

// Names lists the names of the objects directly in a "folder" of an S3
// bucket (prefix ending in /), not below it: one LIST request per 1,000.
func (s *S3) Names(ctx context.Context, prefix string) ([]string, error) {
	_, found, err := s.listLevel(ctx, prefix)
	names := make([]string, 0, len(found))
	for _, e := range found {
		names = append(names, strings.TrimPrefix(e.Key, prefix))
	}
	return names, err
}
