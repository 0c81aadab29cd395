package report

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"github.com/wirecap/wirecap/internal/cputime"
)

// BenchmarkDecodeDC: one 3000×2000 desk photo decoded in full by
// image/jpeg and at 1/8 scale by decodeDC.
func BenchmarkDecodeDC(b *testing.B) {
	photo := deskPhoto(1)
	b.Run("image-jpeg", func(b *testing.B) {
		cpu := cputime.Used()
		for b.Loop() {
			if _, err := jpeg.Decode(bytes.NewReader(photo)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
	})
	b.Run("dc", func(b *testing.B) {
		cpu := cputime.Used()
		for b.Loop() {
			if _, err := decodeDC(bytes.NewReader(photo), DefaultMaxPixels); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
	})
}

// BenchmarkPreview: one card's thumbnail from a 3000×2000 desk photo
// without an EXIF thumbnail, as wirecap 0.1 made it (full decode with
// imaging, box filter, encode) and at 1/8 scale, in CPU time per photo.
func BenchmarkPreview(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "desk.jpg")
	if err := os.WriteFile(path, deskPhoto(1), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, m := range []struct {
		name   string
		decode func(string, string, int, int) (image.Image, error)
	}{{"full", fullDecode}, {"dc", smallUpright}} {
		b.Run(m.name, func(b *testing.B) {
			cpu := cputime.Used()
			for b.Loop() {
				img, err := m.decode(path, "jpeg", 1, DefaultMaxPixels)
				if err == nil {
					_, err = encode(img)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
