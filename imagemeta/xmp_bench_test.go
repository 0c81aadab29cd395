package imagemeta

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseXMP parses the standard XMP packets of the corpus JPEGs.
func BenchmarkParseXMP(b *testing.B) {
	var packets [][]byte
	files, _ := filepath.Glob(filepath.Join(imageCorpus, "*.jpg"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var raw rawBlocks
		w := jpegWalk{r: bytes.NewReader(data), size: int64(len(data)), head: data}
		w.walk(func(s Segment) error {
			if s.Marker == 0xE1 {
				addAppSegment(s.Marker, data[s.Offset+4:s.Offset+4+int64(s.Length)], s.Offset+4, &Metadata{}, &raw)
			}
			return nil
		})
		packets = append(packets, raw.xmp...)
	}
	if len(packets) == 0 {
		b.Skip("no corpus")
	}
	size := 0
	for _, p := range packets {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, p := range packets {
			parseXMPPacket(p)
		}
	}
}
