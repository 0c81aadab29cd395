package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
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
		ok, err := s.exists(ctx, key)
		if err != nil {
			return nil, err
		}
		if ok {
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

// Entries lists the objects directly in a "folder" of an S3 bucket
// (prefix ending in /, or any prefix), not below it, with their names
// relative to prefix: one LIST request per 1,000 objects. Past max objects
// it returns the first max and an error wrapping ErrTooMany.
func (s *S3) Entries(ctx context.Context, prefix string, max int) ([]Entry, error) {
	_, found, err := s.listLevel(ctx, prefix, max)
	for i := range found {
		found[i].Key = strings.TrimPrefix(found[i].Key, prefix[:strings.LastIndexByte(prefix, '/')+1])
	}
	return found, err
}

// Exists reports whether the object an s3:// URL names exists (one LIST
// request: a HEAD's 404 and 403 look alike without ListBucket rights).
func Exists(ctx context.Context, url string) (bool, error) {
	bucket, key, err := SplitS3(url)
	if err != nil {
		return false, err
	}
	s, err := NewS3(ctx, bucket)
	if err != nil {
		return false, err
	}
	return s.exists(ctx, key)
}

// exists lists the first key under key: key itself when it exists (no
// longer key sorts before it).
func (s *S3) exists(ctx context.Context, key string) (bool, error) {
	one := int32(1)
	out, err := s.client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &s.bucket, Prefix: &key, MaxKeys: &one})
	if err != nil {
		return false, fmt.Errorf("%s: listing: %w", s.URL(key), err)
	}
	return len(out.Contents) > 0 && aws.ToString(out.Contents[0].Key) == key, nil
}

// Probe checks that the bucket of an s3:// URL exists and the credentials
// may list it, with one request: a run that writes there fails at once,
// not once per photo.
func Probe(ctx context.Context, url string) error {
	bucket, key, err := SplitS3(url)
	if err != nil {
		return err
	}
	s, err := NewS3(ctx, bucket)
	if err != nil {
		return err
	}
	one := int32(1)
	if _, err := s.client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &s.bucket, Prefix: &key, MaxKeys: &one}); err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	return nil
}
