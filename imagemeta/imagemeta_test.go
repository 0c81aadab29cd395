package imagemeta

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/metawrite"
)

var update = flag.Bool("update", false, "rewrite golden files")

func baseEXIF() *metawrite.EXIF {
	return &metawrite.EXIF{ImageDescription: "Firefighters in Lyon, France, March 3, 2022. (Photo by Jean DUPONT / AFP)",
		Artist: "Jean Dupont", Copyright: "AFP", Make: "Canon", Model: "EOS R5",
		DateTimeOriginal: "2022:03:03 14:05:00", OffsetTimeOriginal: "+01:00", Orientation: 6, GPS: &[2]float64{45.764, 4.8357}}
}

func baseIIM(utf8 bool, city string) []byte {
	return metawrite.IIM(utf8,
		metawrite.Set(5, "FRANCE-FIRE"), metawrite.Set(25, "fire"), metawrite.Set(25, "Lyon"),
		metawrite.Set(40, "RESTRICTED TO EDITORIAL USE"), metawrite.Set(55, "20220303"), metawrite.Set(60, "140500+0100"),
		metawrite.Set(80, "JEAN DUPONT"), metawrite.Set(90, city), metawrite.Set(101, "France"), metawrite.Set(100, "FRA"),
		metawrite.Set(105, "Fire in Lyon"), metawrite.Set(110, "AFP"), metawrite.Set(115, "AFP"),
		metawrite.Set(120, "Firefighters in "+city+", France, March 3, 2022. (Photo by Jean DUPONT / AFP)"))
}

func baseXMP(city string, extra map[string]any) []byte {
	p := map[string]any{
		"dc:description":           map[string]string{"x-default": "Firefighters in " + city + ", France, March 3, 2022. (Photo by Jean DUPONT / AFP)", "fr": "Des pompiers à Lyon le 3 mars 2022."},
		"dc:creator":               []string{"JEAN DUPONT"},
		"dc:subject":               []string{"fire", "Lyon"},
		"dc:rights":                map[string]string{"x-default": "AFP"},
		"photoshop:Credit":         "AFP",
		"photoshop:Source":         "AFP",
		"photoshop:City":           city,
		"photoshop:Country":        "France",
		"photoshop:DateCreated":    "2022-03-03T14:05:00+01:00",
		"photoshop:Headline":       "Fire in Lyon",
		"photoshop:Instructions":   "RESTRICTED TO EDITORIAL USE",
		"Iptc4xmpCore:CountryCode": "FRA",
		"xmpRights:UsageTerms":     map[string]string{"x-default": "Editorial use only"},
	}
	for k, v := range extra {
		if v == nil {
			delete(p, k)
			continue
		}
		p[k] = v
	}
	return metawrite.XMP(p)
}

type fixture struct {
	name string
	ext  string
	data []byte
}

func fixtures() []fixture {
	ext := metawrite.XMP(map[string]any{"photoshop:Instructions": strings.Repeat("Long instruction block. ", 4000)})
	guid := metawrite.ExtendedGUID(ext)
	return []fixture{
		{"jpeg-utf8", ".jpg", metawrite.JPEG(metawrite.Photo{EXIF: baseEXIF(), IIM: baseIIM(true, "Lyon"), Digest: "match", XMP: baseXMP("Lyon", nil)})},
		{"jpeg-latin1", ".jpg", metawrite.JPEG(metawrite.Photo{EXIF: baseEXIF(), IIM: baseIIM(false, "Zürich"), XMP: baseXMP("Zürich", nil)})},
		{"jpeg-xmp-first", ".jpg", metawrite.JPEG(metawrite.Photo{EXIF: baseEXIF(), XMP: baseXMP("Lyon", nil), XMPFirst: true})},
		{"jpeg-extended-xmp", ".jpg", metawrite.JPEG(metawrite.Photo{XMP: baseXMP("Lyon", map[string]any{"xmpNote:HasExtendedXMP": guid, "photoshop:Instructions": nil}), ExtendedXMP: ext})},
		{"jpeg-extended-wrong-guid", ".jpg", metawrite.JPEG(metawrite.Photo{XMP: baseXMP("Lyon", map[string]any{"xmpNote:HasExtendedXMP": "00000000000000000000000000000000"}), ExtendedXMP: ext})},
		{"jpeg-disagree-stale-digest", ".jpg", metawrite.JPEG(metawrite.Photo{EXIF: baseEXIF(), IIM: baseIIM(true, "Marseille"), Digest: "stale", XMP: baseXMP("Lyon", nil)})},
		{"jpeg-bad-utf8", ".jpg", metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true, metawrite.Dataset{Record: 2, Number: 90, Value: []byte("Z\xfcrich")})})},
		{"png", ".png", metawrite.PNG(metawrite.Photo{EXIF: baseEXIF(), IIM: baseIIM(false, "Zürich"), XMP: baseXMP("Zürich", nil)})},
		{"webp", ".webp", metawrite.WebP(metawrite.Photo{EXIF: baseEXIF(), XMP: baseXMP("Lyon", nil), Width: 640, Height: 480})},
		{"tiff", ".tif", metawrite.TIFF(metawrite.Photo{EXIF: baseEXIF(), IIM: baseIIM(true, "Lyon"), XMP: baseXMP("Lyon", nil), Width: 32, Height: 24})},
	}
}

func record(m *Metadata) map[string]any {
	return map[string]any{
		"image": map[string]any{"format": m.Format, "width": m.Width, "height": m.Height, "orientation": m.Orientation},
		"exif":  m.EXIF, "iptc": m.IPTC, "xmp": trimLong(m.XMP), "xmp_sidecar": m.XMPSidecar,
		"fields": m.Fields(), "iptc_digest": m.IPTCDigest, "notes": m.Notes,
	}
}

// trimLong shortens long values so that golden files stay readable.
func trimLong(in map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range in {
		if s, ok := v.(string); ok && len(s) > 200 {
			v = s[:60] + "…(" + string(rune('0'+len(s)/10000)) + "0k)"
		}
		out[k] = v
	}
	return out
}

func TestGoldenFixtures(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			m, err := Read(bytes.NewReader(fx.data), int64(len(fx.data)))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(record(m), "", "  ")
			got = append(got, '\n')
			golden := filepath.Join("testdata", fx.name+".golden.json")
			if *update {
				os.WriteFile(golden, got, 0o644)
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./imagemeta -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("differs from %s:\n%s", golden, got)
			}
		})
	}
}

func TestFixtureSemantics(t *testing.T) {
	read := func(name string) *Metadata {
		for _, fx := range fixtures() {
			if fx.name == name {
				m, err := Read(bytes.NewReader(fx.data), int64(len(fx.data)))
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				return m
			}
		}
		t.Fatalf("no fixture %s", name)
		return nil
	}
	m := read("jpeg-utf8")
	if m.IPTC["City"] != "Lyon" || m.IPTCDigest != "match" || m.Orientation != 6 || m.Width != 16 {
		t.Errorf("utf8: %v %v %v %v", m.IPTC["City"], m.IPTCDigest, m.Orientation, m.Width)
	}
	if m.XMP["dc:Description-fr"] != "Des pompiers à Lyon le 3 mars 2022." {
		t.Errorf("language alternative: %v", m.XMP["dc:Description-fr"])
	}
	if f := m.Fields().Caption; f == nil || !f.InSync || len(f.Sources) != 3 {
		t.Errorf("caption field: %+v", f)
	}
	if g := m.Fields().GPS; g == nil || g.Value.Lat < 45.76 {
		t.Errorf("gps: %+v", g)
	}
	if m := read("jpeg-latin1"); m.IPTC["City"] != "Zürich" {
		t.Errorf("latin1 city = %q", m.IPTC["City"])
	}
	if m := read("jpeg-xmp-first"); m.EXIF["Artist"] != "Jean Dupont" || m.XMP["photoshop:City"] != "Lyon" {
		t.Errorf("xmp before exif: %v %v", m.EXIF["Artist"], m.XMP["photoshop:City"])
	}
	if m := read("jpeg-extended-xmp"); !strings.HasPrefix(m.XMP["photoshop:Instructions"].(string), "Long instruction") {
		t.Errorf("extended XMP not merged: %.40v", m.XMP["photoshop:Instructions"])
	}
	if m := read("jpeg-extended-wrong-guid"); m.XMP["photoshop:Instructions"] != "RESTRICTED TO EDITORIAL USE" {
		t.Errorf("extended XMP with another GUID must be ignored: %.40v", m.XMP["photoshop:Instructions"])
	}
	m = read("jpeg-disagree-stale-digest")
	city := m.Fields().City
	if m.IPTCDigest != "mismatch" || city.InSync || city.Value != "Marseille" {
		t.Errorf("stale digest: %v %+v", m.IPTCDigest, city)
	}
	m = read("jpeg-bad-utf8")
	if m.IPTC["City"] != "Zürich" || len(m.Notes) == 0 || m.Notes[0].Kind != "charset" {
		t.Errorf("bad utf8: %q %+v", m.IPTC["City"], m.Notes)
	}
	for _, name := range []string{"png", "webp", "tiff"} {
		m := read(name)
		if m.Format == "" || m.Width == 0 || m.XMP["photoshop:City"] == nil || m.EXIF["Artist"] != "Jean Dupont" {
			t.Errorf("%s: format %q size %dx%d xmp city %v artist %v", name, m.Format, m.Width, m.Height, m.XMP["photoshop:City"], m.EXIF["Artist"])
		}
	}
	if m := read("png"); m.IPTC["City"] != "Zürich" {
		t.Errorf("png IIM city = %v", m.IPTC["City"])
	}
}

func TestSidecarXMP(t *testing.T) {
	dir := t.TempDir()
	photo := filepath.Join(dir, "photo.jpg")
	os.WriteFile(photo, metawrite.JPEG(metawrite.Photo{IIM: baseIIM(true, "Lyon")}), 0o644)
	os.WriteFile(filepath.Join(dir, "photo.xmp"), baseXMP("Villeurbanne", nil), 0o644)
	m, err := ReadFile(photo)
	if err != nil {
		t.Fatal(err)
	}
	f := m.Fields().City
	if f.Value != "Villeurbanne" || f.Sources["iptc"] != "Lyon" || f.InSync {
		t.Errorf("sidecar city: %+v", f)
	}
}

func TestDamagedInputsGiveErrors(t *testing.T) {
	good := fixtures()[0].data
	cases := map[string][]byte{
		"empty":           {},
		"not an image":    []byte("hello world, this is text"),
		"truncated jpeg":  good[:40],
		"png lying size":  append([]byte("\x89PNG\r\n\x1a\n\x7f\xff\xff\xffIHDR"), make([]byte, 20)...),
		"webp lying size": []byte("RIFF\xff\xff\xff\x7fWEBPEXIF\xff\xff\xff\x7f"),
		"tiff bad ifd":    []byte("II*\x00\xff\xff\xff\x7f"),
	}
	for name, b := range cases {
		m, err := Read(bytes.NewReader(b), int64(len(b)))
		if err == nil {
			t.Errorf("%s: no error", name)
		}
		if m == nil {
			t.Errorf("%s: nil metadata", name)
		}
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Errorf("%s: panicked: %v", name, err)
		}
	}
}

// TestAgainstExifTool writes the fixtures to disk and checks that ExifTool
// reads the same editorial values (where .ci/run installed it).
func TestAgainstExifTool(t *testing.T) {
	if _, err := exec.LookPath("exiftool"); err != nil {
		t.Skip("exiftool not installed; .ci/run installs it")
	}
	dir := t.TempDir()
	for _, fx := range fixtures() {
		if fx.name == "webp" {
			continue // its image data is a stub ExifTool does not accept
		}
		os.WriteFile(filepath.Join(dir, fx.name+fx.ext), fx.data, 0o644)
	}
	agree, total := compareWithExifTool(t, []string{dir}, t.Logf)
	t.Logf("fixtures: %d/%d values agree with ExifTool", agree, total)
	if total == 0 || agree*100 < total*98 {
		t.Errorf("agreement %d/%d below 98%%", agree, total)
	}
}

// compareWithExifTool reads paths with ExifTool (-j -G1 -struct) and with
// imagemeta and counts the editorial values that agree; report is called
// for each disagreement.
func compareWithExifTool(t *testing.T, paths []string, report func(string, ...any)) (agree, total int) {
	t.Helper()
	out, err := exec.Command("exiftool", append([]string{"-j", "-G1", "-struct"}, paths...)...).Output()
	if err != nil {
		t.Fatalf("exiftool: %v", err)
	}
	var recs []map[string]any
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		path := rec["SourceFile"].(string)
		m, err := ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		a, n := compareRecord(rec, m, filepath.Base(path), report)
		agree += a
		total += n
	}
	return agree, total
}
