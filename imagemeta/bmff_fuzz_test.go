package imagemeta

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBMFF reads mutated HEIF files: the corpus HEIC files (the large one
// cut to its first 64 KiB, which hold its meta box and metadata items) and
// the generated AVIF with its variants.
func FuzzBMFF(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(imageCorpus, "*.heic"))
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			f.Add(b[:min(len(b), 64<<10)])
		}
	}
	clean := testAVIF()
	f.Add(clean.build())
	idat := testAVIF()
	idat.items[1].method, idat.items[2].method = 1, 1
	f.Add(idat.build())
	wide := testAVIF()
	wide.wide, wide.largeMeta, wide.dref = true, true, true
	f.Add(wide.build())
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b), int64(len(b)))
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("panic: %v", err)
		}
		if m == nil {
			t.Fatal("nil metadata")
		}
		// Each metadata item reads at most the file once, and there are at
		// most maxMetadataItems of them, besides the meta box and headers.
		if limit := int64(maxMetadataItems+2)*int64(len(b)) + 1024; m.BytesRead > limit {
			t.Fatalf("read %d bytes of a %d-byte file", m.BytesRead, len(b))
		}
		out, jerr := json.Marshal(m)
		if jerr != nil || !utf8.Valid(out) {
			t.Fatalf("bad JSON: %v", jerr)
		}
	})
}
