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
	var seeds [][]byte
	files, _ := filepath.Glob(filepath.Join(imageCorpus, "*.heic"))
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			seeds = append(seeds, b[:min(len(b), 64<<10)])
		}
	}
	idat, wide := testAVIF(), testAVIF()
	idat.items[1].method, idat.items[2].method = 1, 1
	wide.wide, wide.largeMeta, wide.dref = true, true, true
	seeds = append(seeds, testAVIF().build(), idat.build(), wide.build())
	for _, b := range seeds {
		f.Add(b)
	}
	// Most mutations of a whole file stop at its top-level boxes; every
	// input is also read as the payload of a meta box, seeded with those of
	// the seeds, so that the item parsers see mutations directly.
	for _, b := range seeds {
		if meta := metaPayload(b); meta != nil {
			f.Add(meta)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		mm := &Metadata{EXIF: map[string]any{}, XMP: map[string]any{}}
		h := newHeifMeta()
		h.parse(b, mm)
		h.collect(bytes.NewReader(b), int64(len(b)), mm, &rawBlocks{})
		h.applyProperties(mm)
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

// metaPayload returns the payload of the top-level meta box of a file.
func metaPayload(b []byte) []byte {
	w := &boxWalker{r: bytes.NewReader(b)}
	boxes, _ := w.children(0, int64(len(b)), 0)
	for _, x := range boxes {
		if x.Type == "meta" {
			return b[x.Data:x.End]
		}
	}
	return nil
}
