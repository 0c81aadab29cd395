package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/store/s3test"
)

// startVersity points the standard AWS configuration at a real S3 server:
// the one .ci/run starts (s3test.Shared) or, without it,
// one started for the test; it skips when versitygw is not installed.
func startVersity(t testing.TB) { s3test.Use(t) }

// photos are the project's own test photos, uploaded under prefix.
func uploadPhotos(t *testing.T, s *S3, prefix string) map[string]string {
	t.Helper()
	keys := map[string]string{}
	err := filepath.WalkDir("../../testdata/photos", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("../../testdata/photos", p)
		key := prefix + filepath.ToSlash(rel)
		keys[key] = p
		return s.WriteAtomic(context.Background(), key, b)
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// newBucket creates a bucket of a unique name (a shared server outlives
// the test run).
func newBucket(t *testing.T, name string) *S3 {
	t.Helper()
	name = fmt.Sprintf("%s-%d", name, time.Now().UnixNano())
	s, err := NewS3(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: &name}); err != nil {
		t.Fatalf("create bucket %s: %v", name, err)
	}
	return s
}

// TestS3MatchesLocal: the metadata read through ranged GETs is the
// metadata read from disk, photo for photo.
func TestS3MatchesLocal(t *testing.T) {
	startVersity(t)
	s := newBucket(t, "desk")
	keys := uploadPhotos(t, s, "story/")
	ctx := context.Background()
	n := 0
	for key, local := range keys {
		if !strings.Contains(".jpg.png.webp.tif", filepath.Ext(key)) {
			continue
		}
		want, werr := imagemeta.ReadFile(local)
		f, err := s.Open(ctx, key)
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		got, gerr := imagemeta.Read(f, f.Size())
		if (werr == nil) != (gerr == nil) {
			t.Errorf("%s: error %v from S3, %v from disk", key, gerr, werr)
			continue
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		if !bytes.Equal(gj, wj) {
			t.Errorf("%s: S3 read differs from the disk read\n s3:   %.300s\n disk: %.300s", key, gj, wj)
		}
		n++
	}
	if n < 5 {
		t.Fatalf("only %d photos compared", n)
	}
}

func TestS3List(t *testing.T) {
	startVersity(t)
	s := newBucket(t, "listing")
	keys := uploadPhotos(t, s, "a/")
	var got []string
	if err := s.List(context.Background(), "a/", func(e Entry) error {
		got = append(got, e.Key)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(keys) {
		t.Fatalf("listed %d keys, uploaded %d: %v", len(got), len(keys), got)
	}
	for i := 1; i < len(got); i++ {
		if got[i-1] >= got[i] {
			t.Errorf("keys out of order: %q before %q", got[i-1], got[i])
		}
	}
	if _, err := s.ReadSmall(context.Background(), got[0], 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadSmall over its limit: %v, want ErrTooLarge", err)
	}
}

// fakeS3 answers GETs of one object with Range support, after failing
// the first fails requests with 503 (fault injection: what a real server
// cannot be made to do on demand).
func fakeS3(t *testing.T, body []byte, fails int32, short bool) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) <= fails {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "<Error><Code>SlowDown</Code></Error>")
			return
		}
		start, end := int64(0), int64(len(body))-1
		if rg := r.Header.Get("Range"); rg != "" {
			spec := strings.TrimPrefix(rg, "bytes=")
			if strings.HasPrefix(spec, "-") {
				var k int64
				fmt.Sscan(spec[1:], &k)
				start = max(0, int64(len(body))-k)
			} else {
				fmt.Sscanf(strings.Replace(spec, "-", " ", 1), "%d %d", &start, &end)
				end = min(end, int64(len(body))-1)
			}
		}
		part := body[start : end+1]
		w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, end, len(body)))
		if short {
			part = part[:len(part)/2] // the connection drops mid-body
		}
		w.Header().Set("Content-Length", fmt.Sprint(len(part)))
		w.WriteHeader(http.StatusPartialContent)
		w.Write(part)
	}))
	t.Cleanup(srv.Close)
	t.Setenv("AWS_ENDPOINT_URL", srv.URL)
	t.Setenv("AWS_ACCESS_KEY_ID", "k")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "s")
	t.Setenv("AWS_REGION", "us-east-1")
}

func TestS3Faults(t *testing.T) {
	body, err := os.ReadFile("../../testdata/photos/wires/afp-embargo.jpg")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := imagemeta.Read(bytes.NewReader(body), int64(len(body)))
	wj, _ := json.Marshal(want)

	fakeS3(t, body, 2, false) // two 503s: the SDK's retries absorb them
	s, _ := NewS3(context.Background(), "b")
	f, err := s.Open(context.Background(), "x.jpg")
	if err != nil {
		t.Fatalf("open after two 503s: %v", err)
	}
	got, _ := imagemeta.Read(f, f.Size())
	if gj, _ := json.Marshal(got); !bytes.Equal(gj, wj) {
		t.Errorf("read after retries differs from the bytes' own reading")
	}

	fakeS3(t, body, 0, true) // bodies cut short: an error, never a panic or a silent half read
	s, _ = NewS3(context.Background(), "b")
	if f, err := s.Open(context.Background(), "x.jpg"); err == nil {
		if _, err := imagemeta.Read(f, f.Size()); err == nil && f.Size() == int64(len(body)) {
			buf := make([]byte, 1<<20)
			if n, _ := f.ReadAt(buf, 0); n == len(body) {
				t.Error("a short body read as the whole object")
			}
		}
	}
}

// TestS3PutFaults: a sidecar's PUT that meets 503s is retried whole (the
// body is re-sent); one that keeps failing is an error naming the object,
// never a silent loss (fault injection: a fake server).
func TestS3PutFaults(t *testing.T) {
	for _, tc := range []struct {
		fails int32
		ok    bool
	}{{2, true}, {100, false}} {
		var n atomic.Int32
		var got []byte
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			if n.Add(1) <= tc.fails {
				w.WriteHeader(http.StatusServiceUnavailable)
				io.WriteString(w, "<Error><Code>SlowDown</Code></Error>")
				return
			}
			got = b
			w.WriteHeader(http.StatusOK)
		}))
		t.Setenv("AWS_ENDPOINT_URL", srv.URL)
		t.Setenv("AWS_ACCESS_KEY_ID", "k")
		t.Setenv("AWS_SECRET_ACCESS_KEY", "s")
		s, _ := NewS3(context.Background(), "b")
		err := s.WriteAtomic(context.Background(), "story/a.jpg.json", []byte(`{"generator":"wirecap"}`))
		srv.Close()
		switch {
		case tc.ok && (err != nil || string(got) != `{"generator":"wirecap"}`):
			t.Errorf("after %d 503s: %v, body %q", tc.fails, err, got)
		case !tc.ok && (err == nil || !strings.Contains(err.Error(), "s3://b/story/a.jpg.json")):
			t.Errorf("a PUT that always fails: %v", err)
		}
	}
}
