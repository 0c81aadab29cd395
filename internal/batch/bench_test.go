package batch

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWalkFiles walks a folder of photos named one by one (as a shell
// glob passes them), the case where each file argument is looked up alone.
func BenchmarkWalkFiles(b *testing.B) {
	dir := b.TempDir()
	var files []string
	for d := 0; d < 20; d++ {
		sub := filepath.Join(dir, "story", string(rune('a'+d)))
		os.MkdirAll(sub, 0o755)
		for i := 0; i < 50; i++ {
			p := filepath.Join(sub, "photo"+string(rune('A'+i%26))+string(rune('a'+i/26))+".jpg")
			os.WriteFile(p, nil, 0o644)
			files = append(files, p)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		items, _ := Walk(files)
		if len(items) != len(files) {
			b.Fatal(len(items))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/file")
}
