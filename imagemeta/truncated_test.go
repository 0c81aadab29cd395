package imagemeta

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// TestTruncated: a file that ends before the data it declares gets a
// Truncated note (also Incomplete); a whole one does not. The JPEG case
// is its missing end marker, the TIFF case a strip past the end of the
// file, the WebP case a RIFF size larger than the file.
func TestTruncated(t *testing.T) {
	tif, err := os.ReadFile(filepath.Join("..", "testdata", "photos", "wires", "xinhua-hangzhou.tif"))
	if err != nil {
		t.Fatal(err)
	}
	var jpg, webp []byte
	for _, fx := range fixtures() {
		switch fx.name {
		case "jpeg-utf8":
			jpg = fx.data
		case "webp":
			webp = fx.data
		}
	}
	// A WebP whose RIFF size claims one more chunk of 64 bytes than it has.
	bigger := bytes.Clone(webp)
	binary.LittleEndian.PutUint32(bigger[4:8], uint32(len(webp)-8+64))
	for _, tc := range []struct {
		name      string
		data      []byte
		truncated bool
	}{
		{"jpeg whole", jpg, false},
		{"jpeg without its end marker", jpg[:len(jpg)-2], true},
		{"tiff whole", tif, false},
		{"tiff cut at 70%", tif[:len(tif)*7/10], true},
		{"webp whole", webp, false},
		{"webp shorter than its RIFF size", bigger, true},
	} {
		m, err := Read(bytes.NewReader(tc.data), int64(len(tc.data)))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := false
		for _, n := range m.Notes {
			if n.Truncated {
				got = true
				if !n.Incomplete || n.Message == "" {
					t.Errorf("%s: truncated note %+v is not also Incomplete with a message", tc.name, n)
				}
			}
		}
		if got != tc.truncated {
			t.Errorf("%s: truncated %v, want %v (notes %+v)", tc.name, got, tc.truncated, m.Notes)
		}
	}
}
