package geo

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/cputime"
)

// resetGazetteer drops the decoded gazetteer, so that the next lookup
// loads it again.
func resetGazetteer() {
	gazOnce, codeOnce = sync.Once{}, sync.Once{}
	keyText, regText, keyIdx, regionTable, gazKeys, regionCodes = "", "", nil, nil, nil, nil
	cityLines, cityChunks = nil, nil
}

// BenchmarkLoad measures the gazetteer's first use (done once, lazily) and
// the heap it keeps: "first" is what a caption's first lookups cost (the
// index, the chunk of one city, a region), "all" decodes every city and
// the ISO codes too (what a long batch may come to).
func BenchmarkLoad(b *testing.B) {
	for _, bc := range []struct {
		name string
		use  func()
	}{
		{"first", func() { LookupCity("Kyiv"); Region("Bavaria") }},
		{"all", func() {
			for i := range cityCount() {
				cityAt(i)
			}
			Region("Bavaria")
			Subdivision("US", "CA")
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var before, after runtime.MemStats
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				resetGazetteer()
				runtime.GC()
				runtime.ReadMemStats(&before)
				b.StartTimer()
				t0 := cputime.Used()
				gazOnce.Do(loadGazetteer)
				bc.use()
				cpu += cputime.Used() - t0
				b.StopTimer()
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.StartTimer()
			}
			b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "MiB-retained")
			b.ReportMetric(cpu.Seconds()*1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkLoadBorders measures decoding the country borders.
func BenchmarkLoadBorders(b *testing.B) {
	for b.Loop() {
		bordersOnce = sync.Once{}
		areas = nil
		bordersOnce.Do(loadBorders)
	}
}

var sink any

// BenchmarkLookupCity is one city lookup, the caption parser's inner step.
func BenchmarkLookupCity(b *testing.B) {
	names := []string{"Kyiv", "Sapporo", "Zaragoza", "Velmora", "Córdoba", "Police", "Rio de Janeiro", "Lympstone"}
	LookupCity("Kyiv")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink, _ = LookupCity(names[i%len(names)])
	}
}

// BenchmarkCountryAt is one GPS lookup.
func BenchmarkCountryAt(b *testing.B) {
	pts := [][2]float64{{50.45, 30.52}, {48.85, 2.35}, {43.06, 141.35}, {-31.4, -64.18}, {0, -140}, {52.52, 13.40}}
	CountryAt(0, 0)
	for i := 0; b.Loop(); i++ {
		p := pts[i%len(pts)]
		sink, _, _ = CountryAt(p[0], p[1])
	}
}

// BenchmarkLoadCountries measures building the country tables (done once,
// lazily, on the first country lookup) from the generated countries.txt.
func BenchmarkLoadCountries(b *testing.B) {
	var cpu time.Duration
	for b.Loop() {
		t0 := cputime.Used()
		load()
		cpu += cputime.Used() - t0
	}
	b.ReportMetric(cpu.Seconds()*1000/float64(b.N), "cpu-ms/op")
}
