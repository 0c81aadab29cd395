// Command s3latency measures wirecap reading photos from object storage as
// a remote store would serve them: it starts a real S3 server (versitygw)
// on 127.0.0.1 serving a folder of photos, puts a proxy in front of it
// that holds every request for -latency (the round trip to a bucket in
// another region), and times `wirecap check` over s3:// against the same
// photos on disk, in one run. It prints photos/s and photos per CPU
// second for both.
//
//	go run ./bench/gen -n 1100 -out /tmp/photos
//	go run ./bench/s3latency -wirecap ./wirecap -photos /tmp/photos -latency 30ms
package main

import (
	"flag"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/wirecap/wirecap/internal/store/s3test"
)

func main() {
	bin := flag.String("wirecap", "", "wirecap binary")
	photos := flag.String("photos", "", "folder of photos (bench/gen)")
	latency := flag.Duration("latency", 30*time.Millisecond, "added to every request to the store")
	jobs := flag.Int("jobs", 0, "--jobs for the S3 run (0: wirecap's default for object storage)")
	flag.Parse()
	if *bin == "" || *photos == "" {
		flag.Usage()
		os.Exit(2)
	}
	root, err := os.MkdirTemp("", "s3latency")
	check(err)
	defer os.RemoveAll(root)
	// The posix backend serves root/BUCKET/KEY: the photos are linked in.
	check(os.Symlink(mustAbs(*photos), filepath.Join(root, "bench")))
	srv, err := s3test.StartServer(root)
	check(err)
	defer srv.Stop()
	proxy := delayProxy(srv.Endpoint, *latency)
	env := os.Environ()
	for k, v := range srv.Env() {
		if k == "AWS_ENDPOINT_URL" {
			v = proxy
		}
		env = append(env, k+"="+v)
	}
	args := []string{"check", "--format", "json", "--fail-on", "never"}
	if *jobs > 0 {
		args = append(args, "--jobs", fmt.Sprint(*jobs))
	}
	disk := run(*bin, env, append(args, *photos))
	s3 := run(*bin, env, append(args, "s3://bench/"))
	fmt.Printf("disk: %d records in %v wall, %v CPU: %.0f photos/s, %.0f photos per CPU second\n",
		disk.n, disk.wall.Round(time.Millisecond), disk.cpu.Round(time.Millisecond), disk.rate(), disk.perCPU())
	fmt.Printf("s3 (+%v a request): %d records in %v wall, %v CPU: %.0f photos/s, %.0f photos per CPU second\n",
		*latency, s3.n, s3.wall.Round(time.Millisecond), s3.cpu.Round(time.Millisecond), s3.rate(), s3.perCPU())
	fmt.Printf("s3 requests: %s\n", requests.String(s3.n))
}

// requestCounts counts the requests the proxy forwarded, by kind: what a
// bucket bills and what the latency multiplies.
type requestCounts struct {
	mu sync.Mutex
	n  map[string]int
}

var requests = requestCounts{n: map[string]int{}}

func (c *requestCounts) add(r *http.Request) {
	kind := r.Method
	switch {
	case r.Method == http.MethodGet && r.URL.Query().Has("list-type"):
		kind = "LIST"
	case r.Method == http.MethodGet && r.Header.Get("Range") != "":
		kind = "GET range"
	}
	c.mu.Lock()
	c.n[kind]++
	c.mu.Unlock()
}

func (c *requestCounts) String(photos int) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	total, parts := 0, []string{}
	for _, k := range slices.Sorted(maps.Keys(c.n)) {
		total += c.n[k]
		parts = append(parts, fmt.Sprintf("%s %d", k, c.n[k]))
	}
	return fmt.Sprintf("%d (%.2f a photo): %s", total, float64(total)/float64(max(photos, 1)), strings.Join(parts, ", "))
}

type result struct {
	n         int
	wall, cpu time.Duration
}

func (r result) rate() float64   { return float64(r.n) / r.wall.Seconds() }
func (r result) perCPU() float64 { return float64(r.n) / r.cpu.Seconds() }

// run times one wirecap command; CPU is the child's user + system time
// (the S3 server's and the proxy's are not counted).
func run(bin string, env, args []string) result {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	start := time.Now()
	out, err := cmd.Output()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState == nil {
		check(err)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return result{n: strings.Count(string(out), "\n"), wall: wall, cpu: cpu}
}

// delayProxy forwards every request to target after holding it for d.
func delayProxy(target string, d time.Duration) string {
	u, err := url.Parse(target)
	check(err)
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.Transport = &http.Transport{MaxIdleConnsPerHost: 1024}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	check(err)
	go http.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.add(r)
		time.Sleep(d)
		rp.ServeHTTP(w, r)
	}))
	return "http://" + l.Addr().String()
}

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	check(err)
	return a
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "s3latency:", err)
		os.Exit(2)
	}
}
