package geo

import (
	"runtime"
	"sync"
	"testing"
)

// BenchmarkLoad measures building the country, city and region indexes
// (done once, lazily, on first use) and the heap they keep.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	for i := 0; i < b.N; i++ {
		once = sync.Once{}
		countryIdx, countryName, cityIdx, demonymIdx, regionIdx, cities, cityAlternates = nil, nil, nil, nil, nil, nil, nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		once.Do(load)
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1024, "KiB-retained")
}
