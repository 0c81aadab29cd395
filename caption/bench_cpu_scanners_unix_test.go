//go:build unix

package caption

import (
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/cputime"
)

// BenchmarkCPU reports the CPU time (user + system, from getrusage) per
// caption of Parse and of the scanners it runs, on the dev corpus. On a
// shared machine wall-clock ns/op follows the load; CPU time much less, so
// compare old and new code with this one.
func BenchmarkCPU(b *testing.B) {
	entries := loadCorpus(b)
	texts := make([]string, len(entries))
	for i, e := range entries {
		texts[i] = normalize(e.Caption)
	}
	hint := time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		f    func(i int)
	}{
		{"Parse", func(i int) { Parse(entries[i].Caption, Options{}) }},
		{"restrictions", func(i int) { findRestrictions(texts[i], hint) }},
		{"dates", func(i int) { findDates(texts[i]) }},
		{"language", func(i int) { detectLanguage(texts[i]) }},
		{"lex", func(i int) {
			var lx lexer
			lx.lex(texts[i])
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			c.f(0)
			b.ReportAllocs()
			start := cputime.Used().Seconds()
			b.ResetTimer()
			for n := 0; n < b.N; n++ {
				for i := range texts {
					c.f(i)
				}
			}
			per := (cputime.Used().Seconds() - start) / float64(b.N*len(texts))
			b.ReportMetric(per*1e6, "cpu-µs/caption")
			b.ReportMetric(1/per, "captions/cpu-s")
		})
	}
}
