package pipeline

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/store/s3test"
)

// getCounter is a pass-through proxy in front of the real S3 server that
// counts the GETs of each object (the SDK marks them x-id=GetObject;
// listings are GETs of the bucket, and are not counted).
type getCounter struct {
	mu   sync.Mutex
	gets map[string]int
}

func (g *getCounter) count(path string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.gets[path]
}

// countGets points the test's AWS configuration at a proxy of srv.
func countGets(t *testing.T, srv *s3test.Server) *getCounter {
	target, err := url.Parse(srv.Endpoint)
	if err != nil {
		t.Fatal(err)
	}
	g := &getCounter{gets: map[string]int{}}
	proxy := httputil.NewSingleHostReverseProxy(target)
	px := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Query().Get("x-id") == "GetObject" {
			g.mu.Lock()
			g.gets[r.URL.Path]++
			g.mu.Unlock()
		}
		proxy.ServeHTTP(w, r) // the Host header stays the proxy's, which the request was signed for
	}))
	t.Cleanup(px.Close)
	t.Setenv("AWS_ENDPOINT_URL", px.URL)
	return g
}

// TestObjectFeedReadOnce: the feed item beside a photo in a bucket is
// fetched once per batch, for both its item and its freshness stamp, and
// the stamp is still the content's.
func TestObjectFeedReadOnce(t *testing.T) {
	srv := s3test.Use(t)
	bucket := fmt.Sprintf("feedonce-%d", time.Now().UnixNano())
	dir := filepath.Join(srv.Root, bucket, "desk")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	photo, err := os.ReadFile("../../testdata/photos/wires/afp-embargo.jpg")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"p.jpg": photo, "p.xml": []byte(canceledItem)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g := countGets(t, srv)
	o := &Options{Generator: "wirecap test", Policy: check.DefaultPolicy(), Use: "editorial", AsOf: time.Now()}
	rec := BuildUnder("s3://"+bucket+"/desk/p.jpg", "s3://"+bucket+"/desk", o)
	if rec.Feed == nil || rec.Inputs == nil || rec.Inputs.Feed == nil {
		t.Fatalf("feed %+v, inputs %+v: the feed item was not paired", rec.Feed, rec.Inputs)
	}
	want := contentStamp("s3://"+bucket+"/desk/p.xml", []byte(canceledItem))
	if got := *rec.Inputs.Feed; got != want {
		t.Errorf("feed stamp %+v, want %+v", got, want)
	}
	if n := g.count("/" + bucket + "/desk/p.xml"); n != 1 {
		t.Errorf("the feed item was fetched %d times, want once", n)
	}
}
