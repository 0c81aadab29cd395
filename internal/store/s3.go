package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// S3 is one bucket of S3 or an S3-compatible store.
type S3 struct {
	client *s3.Client
	bucket string
}

// Tuning. A photo's metadata sits in its first 64 KiB (JPEG, PNG, TIFF,
// HEIF boxes before the pixels) and, for JPEG's end marker and WebP's
// trailing chunks, its last 64 KiB: both are fetched at once, in parallel,
// so most photos cost one round trip.
const (
	headBytes   = 64 << 10
	tailBytes   = 64 << 10
	readAhead   = 1 << 20
	listWorkers = 8   // prefixes listed at once
	idleConns   = 256 // kept-alive connections to the store (the SDK keeps 10)
)

// NewS3 opens a bucket with the standard AWS configuration (environment,
// shared config and credentials files, AWS_ENDPOINT_URL). With an endpoint
// set — MinIO, Ceph, versitygw, R2, GCS's interoperability API — keys are
// addressed path-style, which those stores expect.
func NewS3(ctx context.Context, bucket string) (*S3, error) {
	httpClient := awshttp.NewBuildableClient().WithTransportOptions(func(t *http.Transport) {
		t.MaxIdleConns, t.MaxIdleConnsPerHost = idleConns, idleConns
	})
	cfg, err := loadAWSConfig(httpClient)
	if err != nil {
		return nil, fmt.Errorf("s3: %w", err)
	}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.UsePathStyle = o.BaseEndpoint != nil
		// Checksums only where the API requires them: the SDK's defaults
		// break uploads to stores other than AWS, and it would log a
		// warning for every ranged GET it cannot validate.
		o.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
		o.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
		o.DisableLogOutputChecksumValidationSkipped = true
	})
	return &S3{client: client, bucket: bucket}, nil
}

func (s *S3) String() string { return "s3://" + s.bucket }

// URL is the s3:// URL of a key.
func (s *S3) URL(key string) string { return "s3://" + s.bucket + "/" + key }

// s3File serves reads from the head and tail fetched at Open, and any
// other range with its own GET.
type s3File struct {
	s          *S3
	ctx        context.Context
	key        string
	size       int64
	mod        time.Time
	head, tail []byte // tail ends at size
	// window is the last range read outside head and tail, read ahead
	// (readAhead bytes) so that a caller streaming the object — hashing a
	// Content Credentials data hash — costs a GET per window, not per
	// 32 KiB buffer.
	window    []byte
	windowOff int64
}

func (f *s3File) Size() int64        { return f.size }
func (f *s3File) ModTime() time.Time { return f.mod }
func (f *s3File) Close() error       { return nil }

func (f *s3File) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("s3: negative offset")
	}
	if off >= f.size {
		return 0, io.EOF
	}
	end := min(off+int64(len(p)), f.size)
	tailStart := f.size - int64(len(f.tail))
	switch {
	case end <= int64(len(f.head)):
		return finish(copy(p, f.head[off:end]), len(p))
	case off >= tailStart:
		return finish(copy(p, f.tail[off-tailStart:end-tailStart]), len(p))
	}
	if off >= f.windowOff && end <= f.windowOff+int64(len(f.window)) {
		return finish(copy(p, f.window[off-f.windowOff:end-f.windowOff]), len(p))
	}
	wend := min(max(end, off+readAhead), f.size)
	b, _, _, err := f.s.get(f.ctx, f.key, fmt.Sprintf("bytes=%d-%d", off, wend-1))
	if err != nil {
		return 0, err
	}
	f.window, f.windowOff = b, off
	return finish(copy(p, b[:min(int64(len(b)), end-off)]), len(p))
}

// finish is ReadAt's answer: io.EOF when fewer bytes than asked exist.
func finish(n, want int) (int, error) {
	if n < want {
		return n, io.EOF
	}
	return n, nil
}

// Open fetches the object's head and tail in two parallel ranged GETs
// (the tail as a suffix range, so no HEAD request is needed to learn the
// size: both answers carry it in Content-Range).
func (s *S3) Open(ctx context.Context, key string) (File, error) {
	var (
		wg               sync.WaitGroup
		head, tail       []byte
		headSz, tailSz   int64
		headErr, tailErr error
		mod              time.Time
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tail, tailSz, _, tailErr = s.get(ctx, key, fmt.Sprintf("bytes=-%d", tailBytes))
	}()
	head, headSz, mod, headErr = s.get(ctx, key, fmt.Sprintf("bytes=0-%d", headBytes-1))
	wg.Wait()
	if headErr != nil {
		return nil, headErr
	}
	if tailErr != nil || tailSz != headSz {
		tail = nil // changed between the two GETs, or no tail: read on demand
	}
	return &s3File{s: s, ctx: ctx, key: key, size: headSz, mod: mod, head: head, tail: tail}, nil
}

// get fetches a range of an object, its total size and its time.
func (s *S3) get(ctx context.Context, key, rng string) ([]byte, int64, time.Time, error) {
	out, err := s.client.GetObject(ctx, &s3.GetObjectInput{Bucket: &s.bucket, Key: &key, Range: &rng})
	if err != nil {
		return nil, 0, time.Time{}, s.fail(key, err)
	}
	defer out.Body.Close()
	b, err := io.ReadAll(io.LimitReader(out.Body, readAhead+headBytes+tailBytes))
	if err != nil {
		return nil, 0, time.Time{}, fmt.Errorf("%s: %w", s.URL(key), err)
	}
	if out.ContentLength != nil && int64(len(b)) < *out.ContentLength {
		return nil, 0, time.Time{}, fmt.Errorf("%s: %w", s.URL(key), io.ErrUnexpectedEOF)
	}
	size := int64(len(b))
	if cr := aws.ToString(out.ContentRange); cr != "" {
		if i := strings.LastIndexByte(cr, '/'); i >= 0 {
			if n, err := strconv.ParseInt(cr[i+1:], 10, 64); err == nil {
				size = n
			}
		}
	} else if out.ContentLength != nil {
		size = *out.ContentLength
	}
	return b, size, aws.ToTime(out.LastModified), nil
}

// ReadSmall reads a whole object of at most max bytes.
func (s *S3) ReadSmall(ctx context.Context, key string, max int64) ([]byte, error) {
	out, err := s.client.GetObject(ctx, &s3.GetObjectInput{Bucket: &s.bucket, Key: &key})
	if err != nil {
		return nil, s.fail(key, err)
	}
	defer out.Body.Close()
	if out.ContentLength != nil && *out.ContentLength > max {
		return nil, fmt.Errorf("%s: %w (%d bytes, over %d)", s.URL(key), ErrTooLarge, *out.ContentLength, max)
	}
	return readAll(out.Body, max, s.URL(key))
}

// WriteAtomic puts the object: S3 replaces an object whole or not at all.
func (s *S3) WriteAtomic(ctx context.Context, key string, data []byte) error {
	ct := "application/json"
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{Bucket: &s.bucket, Key: &key, Body: bytes.NewReader(data),
		ContentLength: aws.Int64(int64(len(data))), ContentType: &ct})
	if err != nil {
		return fmt.Errorf("%s: %w", s.URL(key), err)
	}
	return nil
}

// List lists every object under prefix. "Folders" (common prefixes under
// "/") are listed in parallel, listWorkers at a time, so a large tree is
// not one long sequence of 1,000-key pages; keys come back sorted.
func (s *S3) List(ctx context.Context, prefix string, fn func(Entry) error) error {
	var (
		mu      sync.Mutex
		entries []Entry
		errs    []error
		sem     = make(chan struct{}, listWorkers)
		wg      sync.WaitGroup
	)
	var walk func(p string)
	walk = func(p string) {
		defer wg.Done()
		sem <- struct{}{}
		subs, found, err := s.listLevel(ctx, p, 0)
		<-sem
		mu.Lock()
		entries = append(entries, found...)
		if err != nil {
			errs = append(errs, err)
		}
		mu.Unlock()
		for _, sp := range subs {
			wg.Add(1)
			go walk(sp)
		}
	}
	wg.Add(1)
	walk(prefix)
	wg.Wait()
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	slices.SortFunc(entries, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	for _, e := range entries {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// listLevel lists one "folder": its objects and its sub-prefixes; past
// max objects (max > 0) it stops with ErrTooMany.
func (s *S3) listLevel(ctx context.Context, prefix string, max int) (subs []string, found []Entry, err error) {
	delim := "/"
	pages := s3.NewListObjectsV2Paginator(s.client, &s3.ListObjectsV2Input{Bucket: &s.bucket, Prefix: &prefix, Delimiter: &delim})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return subs, found, fmt.Errorf("%s: listing: %w", s.URL(prefix), err)
		}
		for _, cp := range page.CommonPrefixes {
			subs = append(subs, aws.ToString(cp.Prefix))
		}
		for _, o := range page.Contents {
			found = append(found, Entry{Key: aws.ToString(o.Key), Size: aws.ToInt64(o.Size),
				ModTime: aws.ToTime(o.LastModified), ETag: strings.Trim(aws.ToString(o.ETag), `"`)})
		}
		if max > 0 && len(found) > max {
			return subs, found[:max], fmt.Errorf("%s: %w (over %d objects)", s.URL(prefix), ErrTooMany, max)
		}
	}
	return subs, found, nil
}

// fail names the object in a request's error; a key that does not exist
// also wraps fs.ErrNotExist, as a missing file does.
func (s *S3) fail(key string, err error) error {
	var re *awshttp.ResponseError
	if errors.As(err, &re) && re.HTTPStatusCode() == http.StatusNotFound {
		return fmt.Errorf("%s: %w (%w)", s.URL(key), fs.ErrNotExist, err)
	}
	return fmt.Errorf("%s: %w", s.URL(key), err)
}
