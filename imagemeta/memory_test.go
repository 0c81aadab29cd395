package imagemeta

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// TestMemoryFlat reads 100,000 photos (the corpus JPEGs and the fixtures,
// in turn, from memory; 10,000 with -short) and checks that the live heap
// after a collection does not grow between the first tenth and the end:
// no cache, pool or arena keeps what a read left behind.
func TestMemoryFlat(t *testing.T) {
	var photos [][]byte
	for _, fx := range fixtures() {
		photos = append(photos, fx.data)
	}
	files, _ := filepath.Glob(filepath.Join(imageCorpus, "*.jpg"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			photos = append(photos, b)
		}
	}
	total := 100000
	if testing.Short() {
		total = 10000
	}
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var early uint64
	var keep *Metadata
	for i := 0; i < total; i++ {
		b := photos[i%len(photos)]
		keep, _ = Read(bytes.NewReader(b), int64(len(b)))
		if i == total/10 {
			early = heap()
		}
	}
	late := heap()
	t.Logf("%d reads: live heap %d KiB after %d, %d KiB at the end", total, early>>10, total/10, late>>10)
	if late > early+early/4+256<<10 {
		t.Errorf("live heap grew from %d to %d bytes over %d reads", early, late, total)
	}
	runtime.KeepAlive(keep)
	runtime.KeepAlive(photos)
}

// TestConcurrentReads: readers share pools and the key cache; reads on
// several goroutines give what one reader gives (run with -race).
func TestConcurrentReads(t *testing.T) {
	var photos [][]byte
	for _, fx := range fixtures() {
		photos = append(photos, fx.data)
	}
	want := make([]string, len(photos))
	for i, b := range photos {
		m, _ := Read(bytes.NewReader(b), int64(len(b)))
		out, _ := json.Marshal(record(m))
		want[i] = string(out)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(photos)
				m, _ := Read(bytes.NewReader(photos[i]), int64(len(photos[i])))
				if out, _ := json.Marshal(record(m)); string(out) != want[i] {
					errs <- fmt.Sprintf("photo %d read differently on goroutine %d", i, g)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
