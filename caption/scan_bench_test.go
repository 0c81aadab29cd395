package caption

import (
	"testing"
	"time"
)

// The scanners this package runs on every caption, measured apart from
// Parse on the dev corpus (skipped when ../shared is absent).

func benchCorpus(b *testing.B, f func(s string)) {
	entries := loadCorpus(b)
	texts := make([]string, len(entries))
	for i, e := range entries {
		texts[i] = normalize(e.Caption)
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			f(s)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "captions/s")
}

func BenchmarkFindRestrictions(b *testing.B) {
	hint := time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)
	benchCorpus(b, func(s string) { findRestrictions(s, hint) })
}

func BenchmarkFindDates(b *testing.B) {
	benchCorpus(b, func(s string) { findDates(s) })
}

func BenchmarkDetectLanguage(b *testing.B) {
	benchCorpus(b, func(s string) { detectLanguage(s) })
}
