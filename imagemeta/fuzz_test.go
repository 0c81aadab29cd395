package imagemeta

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/cputime"
)

// checkRead reads b and fails on a recovered panic or output that is not
// valid UTF-8 JSON.
func checkRead(t *testing.T, b []byte) {
	m, err := Read(bytes.NewReader(b), int64(len(b)))
	if err != nil && strings.Contains(err.Error(), "internal error") {
		t.Fatalf("panic: %v", err)
	}
	if m == nil {
		t.Fatal("nil metadata")
	}
	out, jerr := json.Marshal(record(m))
	if jerr != nil || !utf8.Valid(out) {
		t.Fatalf("bad JSON: %v", jerr)
	}
	var fe *FormatError
	if err != nil && !errors.As(err, &fe) && !errors.Is(err, ErrUnsupported) {
		t.Fatalf("untyped error: %v", err)
	}
	checkFieldsJSON(t, m.Fields())
}

// checkFieldsJSON: the typed fields read back from their JSON write the
// same JSON (a sidecar read back and written again is unchanged).
func checkFieldsJSON(t *testing.T, f *Fields) {
	out, err := json.Marshal(f)
	if err != nil {
		t.Fatalf("fields JSON: %v", err)
	}
	var back Fields
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("fields JSON read back: %v\n%s", err, out)
	}
	if again, _ := json.Marshal(&back); !bytes.Equal(again, out) {
		t.Fatalf("fields JSON changed on reading back:\n%s\n%s", out, again)
	}
}

// maxSeed keeps seeds small: the coverage-guided fuzzer stalls (0
// execs/s) on inputs of a hundred kilobytes.
const maxSeed = 32 << 10

func seedFormat(f *testing.F, ext string) {
	for _, fx := range fixtures() {
		if fx.ext == ext && len(fx.data) < maxSeed {
			f.Add(fx.data)
		}
	}
	files, _ := filepath.Glob(filepath.Join(imageCorpus, "*"+ext))
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil && len(b) < maxSeed {
			f.Add(b)
		}
	}
}

func FuzzJPEG(f *testing.F) {
	seedFormat(f, ".jpg")
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, b) })
}

func FuzzPNG(f *testing.F) {
	seedFormat(f, ".png")
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, b) })
}

func FuzzWebP(f *testing.F) {
	seedFormat(f, ".webp")
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, b) })
}

func FuzzTIFF(f *testing.F) {
	seedFormat(f, ".tif")
	f.Fuzz(func(t *testing.T, b []byte) { checkRead(t, b) })
}

func FuzzIIM(f *testing.F) {
	f.Add(baseIIM(true, "Lyon"))
	f.Add(baseIIM(false, "Zürich"))
	f.Add([]byte{0x1c, 2, 120, 0x80, 0x04, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		tags, _, perr := ParseIIM(b)
		out, err := json.Marshal(tags)
		if err != nil || !utf8.Valid(out) {
			t.Fatalf("bad output: %v", err)
		}
		var fe *FormatError
		if perr != nil && (!errors.As(perr, &fe) || fe.Format != "iptc" || fe.Offset < 0 || fe.Offset > int64(len(b))) {
			t.Fatalf("IIM error %v: not a FormatError within the block", perr)
		}
		if _, _, err := parseIRB(b); err != nil && (strings.Contains(err.Error(), "panic") || !errors.As(err, &fe)) {
			t.Fatal(err)
		}
	})
}

func FuzzXMP(f *testing.F) {
	f.Add(baseXMP("Lyon", nil))
	f.Add([]byte(`<!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">&b;</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>`))
	f.Add([]byte(xmpOpen + "<photoshop:City>Z\xfcrich</photoshop:City>\x00\x00garbage<photoshop:Credit>A&amp;B&#233;&#x;</photoshop:Credit>" + xmpClose))
	f.Add([]byte(xmpOpen + `<dc:subject><rdf:Bag><rdf:li>a</rdf:li><rdf:li rdf:parseType="Resource"><x:y xmlns:x="u:">1</x:y></rdf:li></rdf:Bag></dc:subject><dc:title><rdf:Alt><rdf:li xml:lang="x-default">t</rdf:li></rdf:Alt></dc:title><p:a xmlns:p="u:" p:b="c"/><![CDATA[<x>]]>`))
	f.Add([]byte(xmpOpen + `<photoshop:Instructions>NO MARK`))
	f.Fuzz(func(t *testing.T, b []byte) {
		props, notes, _ := parseXMPPacket(b)
		out, err := json.Marshal(props)
		if err != nil || !utf8.Valid(out) {
			t.Fatalf("bad output: %v", err)
		}
		for _, n := range notes {
			if !utf8.ValidString(n.Message) {
				t.Fatalf("note not UTF-8: %q", n.Message)
			}
		}
		// NUL padding, as writers leave it around packets, changes nothing.
		if len(b) < MaxXMPSize-64 {
			padded, _, _ := parseXMPPacket(append(append(make([]byte, 16), b...), make([]byte, 16)...))
			if p2, _ := json.Marshal(padded); !bytes.Equal(p2, out) {
				t.Fatalf("NUL padding changed the reading:\n%s\n%s", out, p2)
			}
		}
	})
}

// Run the container targets (JPEG, JPEGWalk, PNG, WebP, TIFF) with
// -fuzzminimizetime=100x: minimizing each new input derived from a
// photo-sized seed otherwise takes the default full minute, during which
// the fuzzer reports 0 execs/s (with 100x: 10,000+ execs/s).
//
// FuzzJPEGWalk checks the in-memory segment walk against the walk that
// reads every marker from the file: whatever part of the file was read at
// first, the segments found and the verdict are the same.
func FuzzJPEGWalk(f *testing.F) {
	for _, fx := range fixtures() {
		if fx.ext == ".jpg" && len(fx.data) < maxSeed {
			f.Add(fx.data, uint16(len(fx.data)/3))
		}
	}
	files, _ := filepath.Glob(filepath.Join(imageCorpus, "*.jpg"))
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil && len(b) < maxSeed {
			f.Add(b, uint16(300))
		}
	}
	f.Add(withAPP1(plainJPEG(), []byte("XMP\x00://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>")), uint16(0))
	// cut is small so that the minimizer does not walk a huge integer down.
	f.Fuzz(func(t *testing.T, b []byte, cut uint16) {
		r := bytes.NewReader(b)
		all, errAll := ScanJPEG(r, int64(len(b)))
		head := b[:min(int(cut), len(b))]
		w := jpegWalk{r: r, size: int64(len(b)), head: head}
		var segs []Segment
		err := w.walk(func(s Segment) error {
			segs = append(segs, s)
			return nil
		})
		if fmt.Sprint(segs) != fmt.Sprint(all) || fmt.Sprint(err) != fmt.Sprint(errAll) {
			t.Fatalf("head of %d bytes: %v %v; from the file: %v %v", len(head), segs, err, all, errAll)
		}
		checkRead(t, b)
	})
}

func TestXMPHostile(t *testing.T) {
	deep := strings.Repeat("<a>", 10000) + strings.Repeat("</a>", 10000)
	if _, err := ParseXMP([]byte(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + deep + `</x:xmpmeta>`)); err != ErrXMPTooDeep {
		t.Errorf("deep XMP: err = %v", err)
	}
	bomb := `<!DOCTYPE x [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>&b;</dc:format></rdf:Description></rdf:RDF></x:xmpmeta>`
	props, _ := ParseXMP([]byte(bomb))
	if v, _ := props["dc:Format"].(string); strings.Contains(v, "AAAA") {
		t.Errorf("entity expanded: %q", v)
	}
}

// benchFiles writes the fixtures to dir and lists them with the corpus
// JPEGs: the photos BenchmarkRead reads.
func benchFiles(dir string) []string {
	var files []string
	for _, fx := range fixtures() {
		p := filepath.Join(dir, fx.name+fx.ext)
		os.WriteFile(p, fx.data, 0o644)
		files = append(files, p)
	}
	corpus, _ := filepath.Glob(filepath.Join(imageCorpus, "*.jpg"))
	return append(files, corpus...)
}

// BenchmarkRead reads the real images of the corpus and the fixtures as
// the folder walker does: one directory listing per folder per pass gives
// each photo its sidecar (ReadFileWith), no probing open per photo. The
// probe sub-benchmark is ReadFile, which looks for sidecars itself. Both
// report photos per second (wall clock, and per second of this process's
// CPU time, which other work on a shared machine does not inflate),
// allocations and bytes allocated per photo, and bytes read per photo.
func BenchmarkRead(b *testing.B) {
	files := benchFiles(b.TempDir())
	b.Run("listed", func(b *testing.B) {
		benchRead(b, files, func(dirs map[string]map[string]bool, f string) (*Metadata, error) {
			dir, name := filepath.Split(f)
			listed := dirs[dir]
			if listed == nil {
				listed = map[string]bool{}
				entries, _ := os.ReadDir(dir)
				for _, e := range entries {
					listed[e.Name()] = true
				}
				dirs[dir] = listed
			}
			side := SidecarFor(name, func(n string) bool { return listed[n] })
			return ReadFileWith(f, ReadOptions{Sidecar: side})
		})
	})
	b.Run("probe", func(b *testing.B) {
		benchRead(b, files, func(_ map[string]map[string]bool, f string) (*Metadata, error) { return ReadFile(f) })
	})
}

func benchRead(b *testing.B, files []string, read func(dirs map[string]map[string]bool, f string) (*Metadata, error)) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cputime.Used()
	b.ResetTimer()
	var n, bytesRead int64
	for i := 0; i < b.N; i++ {
		dirs := map[string]map[string]bool{}
		for _, f := range files {
			m, _ := read(dirs, f)
			if m != nil {
				bytesRead += m.BytesRead
			}
			n++
		}
	}
	b.StopTimer()
	cpu := cputime.Used() - cpu0
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "photos/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "photos/cpu-s")
	}
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n), "allocs/photo")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n), "B/photo")
	b.ReportMetric(float64(bytesRead)/float64(n), "bytes-read/photo")
}
