package imagemeta

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// maxHostileAlloc bounds what reading one hostile file may allocate in
// all (TotalAlloc), far above the budget of what it may hold at once.
const maxHostileAlloc = 200 << 20

// measure reads r and returns what the read allocated in all and the peak
// of the live heap above what it was before (sampled every millisecond).
func measure(r io.ReaderAt, size int64) (m *Metadata, err error, total, peak uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var top atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > top.Load() {
				top.Store(v)
			}
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m, err = Read(r, size)
	runtime.ReadMemStats(&after)
	close(done)
	<-stopped
	if t := top.Load(); t > base {
		peak = t - base
	}
	return m, err, after.TotalAlloc - before.TotalAlloc, peak
}

// hostileCase is one class of hostile file: what the reader must say it
// cut (an Incomplete note of kind whose message holds cut; none when kind
// is ""), and what it must still have read.
type hostileCase struct {
	name string
	file func() *virtualFile
	kind string
	cut  string
	kept func(m *Metadata) bool
}

func hostileCases() []hostileCase {
	credit := xmpOpen + `<photoshop:Credit>Studio Nord</photoshop:Credit>` + xmpClose
	return []hostileCase{
		{"jpeg EXIF 3000 entries share one block", func() *virtualFile { return newVirtual(once(jpegSharedEXIF(3000))) },
			"exif", "ImageDescription", func(m *Metadata) bool { return strings.HasPrefix(str(m.EXIF["ImageDescription"]), "AAAA") }},
		{"tiff EXIF 20000 entries share one block", func() *virtualFile { return newVirtual(once(tiffSharedEXIF(20000, 4<<20))) },
			"exif", "ImageDescription", func(m *Metadata) bool { return strings.HasPrefix(str(m.EXIF["ImageDescription"]), "BBBB") }},
		{"tiff XMP 300 entries share one 16 MB block", func() *virtualFile {
			return tiffSharedBlock(tagXMP, 300, 16<<20-4096, []byte(credit+strings.Repeat(" ", 4096-len(credit))))
		}, "tiff", "budget", func(m *Metadata) bool { return true }},
		{"tiff IIM block of 3.3 million datasets", func() *virtualFile {
			return tiffSharedBlock(tagIPTC, 1, 5*3355000, []byte{0x1c, 2, 25, 0, 0})
		}, "iptc", "datasets", func(m *Metadata) bool { return m.IPTC["Keywords"] != nil }},
		{"png 300 zlib bombs in compressed XMP", func() *virtualFile {
			bomb := compressedXMPChunk(bytes.Repeat([]byte(" "), MaxChunkSize-64))
			return pngOf(once(pngXMPChunk(credit)), piece{bomb, 300})
		}, "png", "budget", func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "Studio Nord" }},
		{"png 50 XMP packets of 100000 properties", func() *virtualFile {
			var ps []piece
			for i := 0; i < 50; i++ {
				ps = append(ps, once(compressedXMPChunk(xmpProps("n"+strconv.Itoa(i), 100000))))
			}
			return pngOf(ps...)
		}, "xmp", "budget", func(m *Metadata) bool { return m.XMP["n0:P0"] == "v0" }},
		{"jpeg 4000 XMP segments of 64 KB", func() *virtualFile {
			pkt := xmpProps("n", 2000)
			seg := withAPP1([]byte{0, 0}, append(append([]byte{}, sigXMP...), append(pkt, bytes.Repeat([]byte(" "), 65533-len(sigXMP)-len(pkt))...)...))[2:]
			jpg := plainJPEG()
			return newVirtual(once(jpg[:2]), piece{seg, 4000}, once(jpg[2:]))
		}, "jpeg", "budget", func(m *Metadata) bool { return m.XMP["n:P0"] == "v0" }},
		{"webp EXIF and XMP after 12000 frames", func() *virtualFile {
			return webpOf(once(webpChunk("ANIM", make([]byte, 6))), piece{webpChunk("ANMF", make([]byte, 16)), 12000},
				once(webpChunk("EXIF", metawriteEXIF())), once(webpChunk("XMP ", []byte(credit))))
		}, "", "", func(m *Metadata) bool {
			return m.XMP["photoshop:Credit"] == "Studio Nord" && m.EXIF["Artist"] == "Ann Example"
		}},
		{"webp more frames than the limit", func() *virtualFile {
			return webpOf(piece{webpChunk("ANMF", nil), maxImageChunks + 10}, once(webpChunk("XMP ", []byte(credit))))
		}, "webp", "frame", func(m *Metadata) bool { return m.Width == 64 }},
		{"webp cut before the EXIF its VP8X announces", func() *virtualFile {
			return webpOf(once(webpChunk("XMP ", []byte(credit))))
		}, "webp", "EXIF", func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "Studio Nord" }},
		{"png 10439 IDAT chunks then XMP", func() *virtualFile {
			return pngOf(piece{pngChunk("IDAT", make([]byte, 8192)), 10439}, once(pngXMPChunk(credit)))
		}, "", "", func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "Studio Nord" }},
		{"png 20000 text chunks before the XMP", func() *virtualFile {
			return pngOf(piece{pngChunk("tEXt", []byte("Comment\x00x")), 20000}, once(pngXMPChunk(credit)))
		}, "png", "chunks", func(m *Metadata) bool { return m.Width == 16 }},
		{"xmp a value in 300000 pieces", func() *virtualFile {
			return pngOf(once(pngXMPChunk(xmpOpen + "<photoshop:Credit>" + strings.Repeat("a<!---->", 300000) + "</photoshop:Credit>" + xmpClose)))
		}, "", "", func(m *Metadata) bool { return len(str(m.XMP["photoshop:Credit"])) == 300000 }},
		{"xmp a tag of 300000 attributes", func() *virtualFile {
			return pngOf(once(pngXMPChunk(xmpOpen + `<photoshop:Credit>Studio Nord</photoshop:Credit></rdf:Description><rdf:Description` +
				strings.Repeat(` dc:x=""`, 300000) + `/>` + xmpClose)))
		}, "xmp", "more than 200000", func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "Studio Nord" }},
		{"xmp 50000 unreadable tags", func() *virtualFile {
			return pngOf(once(pngXMPChunk(xmpOpen + `<photoshop:Credit>Studio Nord</photoshop:Credit>` + strings.Repeat("<dc:x bad>", 50000) + xmpClose)))
		}, "xmp", "more", func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "Studio Nord" && len(m.Notes) < 40 }},
	}
}

// TestHostileFiles reads one file of each hostile class: what it
// allocates stays far below what it did before the budget, what was cut is
// named in an Incomplete note, and what came before the cut is kept.
func TestHostileFiles(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			v := c.file()
			m, err, total, peak := measure(v, v.size)
			if m == nil || err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatalf("read: %v", err)
			}
			out, _ := json.Marshal(record(m))
			t.Logf("%d-byte file: TotalAlloc %d MiB, peak heap %d MiB, record %d KiB, err %v", v.size, total>>20, peak>>20, len(out)>>10, err)
			if total > maxHostileAlloc {
				t.Errorf("allocated %d MiB", total>>20)
			}
			if err != nil {
				t.Errorf("read error %v: the reader should keep reading past what it cuts", err)
			}
			var said bool
			for _, n := range m.Notes {
				said = said || n.Incomplete && n.Kind == c.kind && strings.Contains(n.Message, c.cut)
			}
			switch {
			case c.kind == "" && incompleteIn(m.Notes):
				t.Errorf("nothing was lost, yet: %+v", m.Notes)
			case c.kind != "" && !said:
				t.Errorf("no Incomplete %q note about %q: %+v", c.kind, c.cut, m.Notes)
			}
			if !c.kept(m) {
				t.Errorf("what came before the cut was lost: xmp %d exif %v iptc %d notes %d", len(m.XMP), len(m.EXIF), len(m.IPTC), len(m.Notes))
			}
		})
	}
}
