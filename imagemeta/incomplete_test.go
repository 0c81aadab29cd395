package imagemeta

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/metawrite"
)

// withAPP1 inserts APP1 segments (header + payload each) right after SOI.
func withAPP1(jpg []byte, payloads ...[]byte) []byte {
	out := append([]byte{}, jpg[:2]...)
	for _, p := range payloads {
		out = append(out, 0xFF, 0xE1, byte((len(p)+2)>>8), byte(len(p)+2))
		out = append(out, p...)
	}
	return append(out, jpg[2:]...)
}

func plainJPEG() []byte { return metawrite.JPEG(metawrite.Photo{}) }

const xmpOpen = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
	`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">`
const xmpClose = `</rdf:Description></rdf:RDF></x:xmpmeta>`

func readPhoto(t *testing.T, b []byte) *Metadata {
	t.Helper()
	m, err := Read(bytes.NewReader(b), int64(len(b)))
	if m == nil || err != nil && strings.Contains(err.Error(), "internal error") {
		t.Fatalf("read: %v", err)
	}
	return m
}

// sparse is a large file of zeros with given bytes at its start and end,
// for chunks over the size limits without allocating them.
type sparse struct {
	head, tail []byte
	size       int64
}

func (s sparse) ReadAt(p []byte, off int64) (int, error) {
	for i := range p {
		o := off + int64(i)
		switch {
		case o >= s.size:
			return i, errors.New("EOF")
		case o < int64(len(s.head)):
			p[i] = s.head[o]
		case o >= s.size-int64(len(s.tail)):
			p[i] = s.tail[o-(s.size-int64(len(s.tail)))]
		default:
			p[i] = 0
		}
	}
	return len(p), nil
}

// TestIncompleteNotes: wherever a reader loses data it says so, with an
// Incomplete note of the kind named, and keeps what it could read.
func TestIncompleteNotes(t *testing.T) {
	fx := fixtures()[0].data // jpeg-utf8: EXIF, IIM, XMP
	cutXMP := []byte(xmpOpen + `<photoshop:Credit>AFP</photoshop:Credit><photoshop:Instructions>NO MARK`)
	badTag := []byte(xmpOpen + `<photoshop:Credit>AFP</photoshop:Credit><photoshop:City bad attr>Lyon</photoshop:City>` + xmpClose)
	badEXIF := bytes.Replace(fx, []byte("Exif\x00\x00MM\x00*"), []byte("Exif\x00\x00XX\x00*"), 1)
	badEXIF = bytes.Replace(badEXIF, []byte("Exif\x00\x00II*\x00"), []byte("Exif\x00\x00XX*\x00"), 1)
	iimCut := metawrite.JPEG(metawrite.Photo{IIM: append(baseIIM(true, "Lyon"), 0x1c, 2, 120, 0x10, 0x00, 'x')})
	bigChunk := int64(MaxChunkSize + 10)
	pngHead := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x00\x00\x00\x00")
	pngHead = binary.BigEndian.AppendUint32(pngHead, uint32(bigChunk))
	pngHead = append(pngHead, "iTXt"...)
	pngSize := int64(len(pngHead)) + bigChunk + 4 + 12
	webpHead := []byte("RIFF\x00\x00\x00\x00WEBPXMP ")
	webpSize := int64(len(webpHead)) + 4 + bigChunk
	binary.LittleEndian.PutUint32(webpHead[4:], uint32(webpSize-8))
	webpHead = binary.LittleEndian.AppendUint32(webpHead, uint32(bigChunk))
	cases := []struct {
		name, kind string
		r          interface {
			ReadAt([]byte, int64) (int, error)
		}
		size  int64
		check func(m *Metadata) bool
	}{
		{"xmp cut short", "xmp", bytes.NewReader(withAPP1(plainJPEG(), append(sigXMP, cutXMP...))), 0,
			func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "AFP" }},
		{"xmp unreadable tag", "xmp", bytes.NewReader(withAPP1(plainJPEG(), append(sigXMP, badTag...))), 0,
			func(m *Metadata) bool { return m.XMP["photoshop:Credit"] == "AFP" }},
		{"jpeg cut in its image data", "jpeg", bytes.NewReader(fx[:(bytes.Index(fx, []byte{0xFF, 0xDA})+len(fx))/2]), 0,
			func(m *Metadata) bool { return m.IPTC["City"] == "Lyon" }},
		{"exif bad tiff header", "exif", bytes.NewReader(badEXIF), 0,
			func(m *Metadata) bool { return m.IPTC["City"] == "Lyon" && len(m.EXIF) == 0 }},
		{"iim dataset past the block", "iptc", bytes.NewReader(iimCut), 0,
			func(m *Metadata) bool { return m.IPTC["City"] == "Lyon" }},
		{"png chunk over the limit", "png", sparse{head: pngHead, tail: []byte("\x00\x00\x00\x00\x00\x00\x00\x00IEND\xaeB`\x82"), size: pngSize}, pngSize,
			func(m *Metadata) bool { return m.Width == 16 }},
		{"webp chunk over the limit", "webp", sparse{head: webpHead, size: webpSize}, webpSize,
			func(m *Metadata) bool { return true }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			size := c.size
			if size == 0 {
				size = int64(c.r.(*bytes.Reader).Len())
			}
			m, err := Read(c.r, size)
			if m == nil || err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatalf("read: %v", err)
			}
			if !hasIncomplete(m, c.kind) {
				t.Errorf("no Incomplete %q note: %+v", c.kind, m.Notes)
			}
			if !c.check(m) {
				t.Errorf("what could be read was lost: xmp %v iptc %v exif %v", m.XMP, m.IPTC, m.EXIF)
			}
		})
	}
	// A whole photo has no Incomplete note.
	for _, fx := range fixtures() {
		m := readPhoto(t, fx.data)
		for _, n := range m.Notes {
			if n.Incomplete && fx.name != "jpeg-extended-wrong-guid" {
				t.Errorf("%s: unexpected Incomplete note %+v", fx.name, n)
			}
		}
	}
}

// TestXMPLimits: depth, element count and size limits keep what came
// before them and say what was lost.
func TestXMPLimits(t *testing.T) {
	deep := xmpOpen + `<photoshop:Credit>AFP</photoshop:Credit><dc:x>` + strings.Repeat("<a>", MaxXMPDepth+10) + "deep" +
		strings.Repeat("</a>", MaxXMPDepth+10) + `</dc:x><photoshop:City>Lyon</photoshop:City>` + xmpClose
	props, notes, err := parseXMPPacket([]byte(deep))
	if err != ErrXMPTooDeep || props["photoshop:Credit"] != "AFP" || props["photoshop:City"] != "Lyon" || !incompleteIn(notes) {
		t.Errorf("depth: err %v props %v notes %v", err, props, notes)
	}
	many := xmpOpen + `<photoshop:Credit>AFP</photoshop:Credit>` + strings.Repeat("<dc:x/>", MaxXMPElements) + xmpClose
	props, notes, err = parseXMPPacket([]byte(many))
	if err != ErrXMPTooLarge || props["photoshop:Credit"] != "AFP" || !incompleteIn(notes) {
		t.Errorf("count: err %v credit %v notes %v", err, props["photoshop:Credit"], notes)
	}
	// Many namespace declarations in scope, then many names to resolve:
	// bounded, so this stays linear.
	var decl strings.Builder
	for i := 0; i < 50000; i++ {
		decl.WriteString(` xmlns:p` + strconv.Itoa(i) + `="u:` + strconv.Itoa(i) + `"`)
	}
	wide := xmpOpen + `<photoshop:Credit>AFP</photoshop:Credit><dc:x` + decl.String() + `>` + strings.Repeat("<q:y/>", 100000) + `</dc:x>` + xmpClose
	props, notes, _ = parseXMPPacket([]byte(wide))
	if props["photoshop:Credit"] != "AFP" || !incompleteIn(notes) {
		t.Errorf("namespaces: credit %v notes %v", props["photoshop:Credit"], notes)
	}
	_, notes, err = parseXMPPacket(make([]byte, MaxXMPSize+1))
	if err == nil || !incompleteIn(notes) {
		t.Errorf("size: err %v notes %v", err, notes)
	}
}

func incompleteIn(notes []Note) bool {
	for _, n := range notes {
		if n.Incomplete {
			return true
		}
	}
	return false
}

// TestXMPTolerance covers what real writers leave in XMP and ExifTool reads.
func TestXMPTolerance(t *testing.T) {
	body := `<photoshop:Credit>AFP</photoshop:Credit><photoshop:Instructions>NO MARKETING</photoshop:Instructions>`
	cases := []struct {
		name   string
		jpeg   []byte
		want   map[string]string
		noteOf string // a note of this kind is expected
	}{
		{"latin-1 byte", withAPP1(plainJPEG(), append(sigXMP, xmpOpen+`<photoshop:City>Z`+"\xfc"+`rich</photoshop:City>`+body+xmpClose...)),
			map[string]string{"photoshop:City": "Zürich", "photoshop:Instructions": "NO MARKETING"}, "charset"},
		{"header XMP\\0://", withAPP1(plainJPEG(), []byte("XMP\x00://ns.adobe.com/xap/1.0/\x00"+xmpOpen+body+xmpClose)),
			map[string]string{"photoshop:Instructions": "NO MARKETING"}, "xmp"},
		{"header with a space", withAPP1(plainJPEG(), []byte("http://ns.adobe.com/xap/1.0/ \x00"+xmpOpen+body+xmpClose)),
			map[string]string{"photoshop:Instructions": "NO MARKETING"}, "xmp"},
		{"NUL runs between elements", withAPP1(plainJPEG(), append(sigXMP, xmpOpen+`<photoshop:Credit>AFP</photoshop:Credit>`+strings.Repeat("\x00", 300)+
			`<photoshop:Instructions>NO MARKETING</photoshop:Instructions>`+"\x00\x00garbage\x00 < \x00"+`<photoshop:Source>a < b</photoshop:Source>`+xmpClose...)),
			map[string]string{"photoshop:Credit": "AFP", "photoshop:Instructions": "NO MARKETING", "photoshop:Source": "a < b"}, ""},
		{"two packets, the later wins", withAPP1(plainJPEG(),
			append(sigXMP, xmpOpen+`<dc:subject><rdf:Bag><rdf:li>old</rdf:li></rdf:Bag></dc:subject><photoshop:Credit>AFP</photoshop:Credit>`+xmpClose...),
			append(sigXMP, xmpOpen+`<dc:subject><rdf:Bag><rdf:li>new</rdf:li></rdf:Bag></dc:subject>`+xmpClose...)),
			map[string]string{"dc:Subject": "new", "photoshop:Credit": "AFP"}, "xmp_packets"},
		{"a property repeated: the later wins, as ExifTool reads it", withAPP1(plainJPEG(), append(sigXMP,
			`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`+
				`<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="AttrCity">`+
				`<photoshop:Credit>first</photoshop:Credit><photoshop:Credit>second</photoshop:Credit><photoshop:City>ElemCity</photoshop:City></rdf:Description>`+
				`<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"><photoshop:Credit>third</photoshop:Credit></rdf:Description>`+
				xmpClose[len(`</rdf:Description>`):]...)),
			map[string]string{"photoshop:Credit": "third", "photoshop:City": "ElemCity"}, ""},
		{"entities, CDATA, no DTD", withAPP1(plainJPEG(), append(sigXMP, `<!DOCTYPE x [<!ENTITY e "EXPANDED">]>`+xmpOpen+
			`<photoshop:Credit>A&amp;B &lt;&#233;&#xE9;&apos;&quot;&gt; &e;</photoshop:Credit><photoshop:City><![CDATA[a<b&amp;]]></photoshop:City>`+xmpClose...)),
			map[string]string{"photoshop:Credit": `A&B <éé'"> &e;`, "photoshop:City": "a<b&amp;"}, ""},
		{"structures", withAPP1(plainJPEG(), append(sigXMP, xmpOpen+
			`<Iptc4xmpCore:CreatorContactInfo xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" rdf:parseType="Resource"><Iptc4xmpCore:CiAdrCity>Paris</Iptc4xmpCore:CiAdrCity></Iptc4xmpCore:CreatorContactInfo>`+
			`<photoshop:Credit photoshop:x="1" />`+
			`<photoshop:City><rdf:Description><rdf:value>Lyon</rdf:value><photoshop:q>qualifier</photoshop:q></rdf:Description></photoshop:City>`+
			`<photoshop:State rdf:parseType="Resource" rdf:value="Rhône"/>`+
			`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">T</rdf:li><rdf:li xml:lang="fr">T fr</rdf:li></rdf:Alt></dc:title>`+xmpClose...)),
			map[string]string{"Iptc4xmpCore:CreatorContactInfo": "map[CiAdrCity:Paris]", "dc:Title": "T", "dc:Title-fr": "T fr", "photoshop:Credit": "map[X:1]",
				"photoshop:City": "Lyon", "photoshop:State": "Rhône"}, ""},
	}
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range xmpOpen + `<photoshop:City>Zürich</photoshop:City>` + body + xmpClose {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	cases = append(cases, struct {
		name   string
		jpeg   []byte
		want   map[string]string
		noteOf string
	}{"UTF-16", withAPP1(plainJPEG(), append(sigXMP, utf16le...)),
		map[string]string{"photoshop:City": "Zürich", "photoshop:Instructions": "NO MARKETING"}, "charset"})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := readPhoto(t, c.jpeg)
			for k, want := range c.want {
				if got := str(m.XMP[k]); got != want && !(strings.HasPrefix(want, "map[") && jsonish(m.XMP[k]) == want) {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			if c.noteOf != "" && !hasNoteKind(m, c.noteOf) {
				t.Errorf("no %q note: %+v", c.noteOf, m.Notes)
			}
			if incompleteIn(m.Notes) {
				t.Errorf("nothing was lost, yet: %+v", m.Notes)
			}
		})
	}
}

func jsonish(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	var parts []string
	for k, x := range m {
		parts = append(parts, k+":"+str(x))
	}
	return "map[" + strings.Join(parts, " ") + "]"
}

// TestXMPPacketsLikeExifTool: for the corpus JPEG with two standard XMP
// packets, each packet read alone agrees with ExifTool's reading of it,
// and the merged reading takes the later packet's values.
func TestXMPPacketsLikeExifTool(t *testing.T) {
	dir := filepath.Join(imageCorpus, "more")
	raw, err := os.ReadFile(filepath.Join(dir, "exiftool_xmp_packets.json"))
	if err != nil {
		t.Skipf("corpus not found: %v", err)
	}
	var byFile map[string][]map[string]any
	if err := json.Unmarshal(raw, &byFile); err != nil {
		t.Fatal(err)
	}
	for name, packets := range byFile {
		b, err := os.ReadFile(filepath.Join(dir, "files", name))
		if err != nil {
			t.Fatal(err)
		}
		var raws rawBlocks
		m := &Metadata{}
		w := jpegWalk{r: bytes.NewReader(b), size: int64(len(b)), head: b}
		w.walk(func(s Segment) error {
			if s.Marker == 0xE1 {
				addAppSegment(s.Marker, b[s.Offset+4:s.Offset+4+int64(s.Length)], s.Offset+4, m, &raws)
			}
			return nil
		})
		if len(raws.xmp) != len(packets) {
			t.Fatalf("%s: %d packets, ExifTool read %d", name, len(raws.xmp), len(packets))
		}
		merged, err := ReadFile(filepath.Join(dir, "files", name))
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range packets {
			props, _, err := parseXMPPacket(raws.xmp[i])
			if err != nil {
				t.Fatal(err)
			}
			one := &Metadata{XMP: props}
			a, n := compareRecord(want, one, name, t.Errorf)
			if n == 0 || a != n {
				t.Errorf("%s packet %d: %d/%d values agree", name, i+1, a, n)
			}
		}
		last := packets[len(packets)-1]
		if a, n := compareRecord(last, merged, name, t.Errorf); n == 0 || a != n {
			t.Errorf("%s merged: %d/%d of the last packet's values", name, a, n)
		}
	}
}

// TestExtendedXMPScope: by default the extended packet gives only the
// editorial fields the main packet lacks; asked, it gives everything.
func TestExtendedXMPScope(t *testing.T) {
	ext := metawrite.XMP(map[string]any{"photoshop:Instructions": "EDITORIAL USE ONLY", "xmp:CreatorTool": "depth map writer",
		"photoshop:Credit": "EXTENDED CREDIT"})
	jpg := metawrite.JPEG(metawrite.Photo{XMP: baseXMP("Lyon", map[string]any{"xmpNote:HasExtendedXMP": metawrite.ExtendedGUID(ext),
		"photoshop:Instructions": nil}), ExtendedXMP: ext})
	m := readPhoto(t, jpg)
	if m.XMP["photoshop:Instructions"] != "EDITORIAL USE ONLY" || m.XMP["xmp:CreatorTool"] != nil || m.XMP["photoshop:Credit"] != "AFP" {
		t.Errorf("default: %v %v %v", m.XMP["photoshop:Instructions"], m.XMP["xmp:CreatorTool"], m.XMP["photoshop:Credit"])
	}
	m, err := ReadWith(bytes.NewReader(jpg), int64(len(jpg)), ReadOptions{AllExtendedXMP: true})
	if err != nil || m.XMP["xmp:CreatorTool"] != "depth map writer" || m.XMP["photoshop:Credit"] != "EXTENDED CREDIT" {
		t.Errorf("AllExtendedXMP: %v %v %v", err, m.XMP["xmp:CreatorTool"], m.XMP["photoshop:Credit"])
	}
}
