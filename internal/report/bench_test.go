package report

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/disintegration/imaging"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/pipeline"
)

// deskPhoto is a 3000×2000 photo-like JPEG without an EXIF thumbnail:
// soft gradients, edges and grain, encoded at quality 90 as a desk
// receives them (1–2 MB).
func deskPhoto(seed uint64) []byte {
	const w, h = 3000, 2000
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	r := rand.New(rand.NewPCG(seed, 7))
	fx, fy := 40+r.Float64()*60, 30+r.Float64()*50
	for y := range h {
		for x := range w {
			v := 128 + 60*math.Sin(float64(x)/fx) + 40*math.Cos(float64(y)/fy) + float64(r.IntN(16))
			if (x/150+y/150)%5 == 0 {
				v -= 50 // a few hard edges
			}
			img.Y[y*img.YStride+x] = uint8(min(max(v, 0), 255))
		}
	}
	for y := range h / 2 {
		for x := range w / 2 {
			img.Cb[y*img.CStride+x] = uint8(128 + 30*math.Sin(float64(x+y)/fx))
			img.Cr[y*img.CStride+x] = uint8(128 + 30*math.Cos(float64(x-y)/fy))
		}
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: 90})
	return b.Bytes()
}

// benchDesk writes n photos to dir: 8 distinct ones, hard-linked to the
// other names (the page cache serves both runs alike; no thumbnail cache).
func benchDesk(b *testing.B, dir string, n int) []string {
	b.Helper()
	var distinct []string
	for i := range min(n, 8) {
		p := filepath.Join(dir, fmt.Sprintf("src-%d.jpg", i))
		if err := os.WriteFile(p, deskPhoto(uint64(i)), 0o644); err != nil {
			b.Fatal(err)
		}
		distinct = append(distinct, p)
	}
	paths := make([]string, n)
	for i := range n {
		paths[i] = filepath.Join(dir, fmt.Sprintf("photo-%05d.jpg", i))
		if err := os.Link(distinct[i%len(distinct)], paths[i]); err != nil {
			b.Fatal(err)
		}
	}
	return paths
}

// fullDecode is how a card's preview was made before the 1/8 decoder
// (wirecap 0.1): the photo decoded in full by imaging with its EXIF
// orientation applied, then scaled down in encode.
func fullDecode(path, _ string, _, _ int) (image.Image, error) {
	return imaging.Open(path, imaging.AutoOrientation(true))
}

// BenchmarkFirstRun renders the sheet of WIRECAP_BENCH_PHOTOS (default
// 200) desk-size JPEGs without an EXIF thumbnail, with no thumbnail cache
// (a first run), the records built by the pipeline as `report` builds
// them: "full" decodes every photo as wirecap 0.1 did, "dc" at 1/8 scale.
// It reports photos/s and the peak heap in use, sampled every 5 ms.
//
//	WIRECAP_BENCH_PHOTOS=2000 go test ./internal/report -run '^$' -bench FirstRun -benchtime 1x
func BenchmarkFirstRun(b *testing.B) {
	n := 200
	if v, err := strconv.Atoi(os.Getenv("WIRECAP_BENCH_PHOTOS")); err == nil && v > 0 {
		n = v
	}
	paths := benchDesk(b, b.TempDir(), n)
	o := &pipeline.Options{Generator: "wirecap bench", Policy: check.DefaultPolicy(), Use: "editorial", AsOf: time.Now()}
	build := func(i int) Item {
		return Item{Path: paths[i], Record: pipeline.BuildUnder(paths[i], filepath.Dir(paths[i]), o)}
	}
	for _, m := range []struct {
		name   string
		decode func(string, string, int, int) (image.Image, error)
	}{{"full", fullDecode}, {"dc", smallUpright}} {
		b.Run(m.name, func(b *testing.B) {
			saved := smallUpright
			smallUpright = m.decode
			defer func() { smallUpright = saved }()
			runtime.GC()
			peak := samplePeak()
			start := time.Now()
			for b.Loop() {
				st, err := Stream(context.Background(), io.Discard, n, build, Options{Jobs: runtime.NumCPU(), AsOf: o.AsOf})
				if err != nil || st.Made != n {
					b.Fatalf("%+v, %v", st, err)
				}
			}
			secs := time.Since(start).Seconds() / float64(b.N)
			b.ReportMetric(float64(n)/secs, "photos/s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
		})
	}
}

// samplePeak samples the heap in use until the returned function is
// called, which gives the largest value seen.
func samplePeak() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}()
	return func() uint64 { close(done); return peak.Load() }
}
