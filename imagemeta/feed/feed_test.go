package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const nar = `xmlns="http://iptc.org/std/nar/2006-10-01/"`

// TestReadTable pins one behaviour per case on small invented items.
func TestReadTable(t *testing.T) {
	cases := []struct {
		name, in string
		check    func(*Item) bool
	}{
		{"utf8 spelled without dash", `<?xml version='1.0' encoding='utf8'?><newsItem ` + nar + ` guid="g1" version="3"><itemMeta><pubStatus qcode="stat:canceled"/></itemMeta></newsItem>`,
			func(it *Item) bool {
				return it.GUID == "g1" && it.Version == "3" && it.PubStatus == Canceled && it.Killed()
			}},
		{"embargo only in a comment is no embargo", `<newsItem ` + nar + ` guid="g"><itemMeta><!-- <embargoed>2030-01-01T00:00:00Z</embargoed> --></itemMeta></newsItem>`,
			func(it *Item) bool { return !it.Embargoed.Set() }},
		{"embargo element", `<newsItem ` + nar + ` guid="g"><itemMeta><embargoed> 2030-01-02T03:04:05Z </embargoed></itemMeta></newsItem>`,
			func(it *Item) bool {
				return it.Embargoed.Text == "2030-01-02T03:04:05Z" && it.Embargoed.Time.Equal(time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC))
			}},
		{"prefixed namespace", `<n:newsMessage xmlns:n="http://iptc.org/std/nar/2006-10-01/"><n:itemSet><n:newsItem guid="a"/><n:packageItem guid="b"/></n:itemSet></n:newsMessage>`,
			func(it *Item) bool { return it.GUID == "a" }},
		{"pubStatus as URI", `<newsItem ` + nar + `><itemMeta><pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/withheld"/></itemMeta></newsItem>`,
			func(it *Item) bool { return it.PubStatus == Withheld }},
		{"cancelled spelling", `{"uri":"u","pubstatus":"Cancelled"}`, func(it *Item) bool { return it.PubStatus == Canceled }},
		{"no status is usable by default", `{"uri":"u"}`, func(it *Item) bool { return it.PubStatus == "" && it.Status() == Usable }},
		{"ninjs 3.1 source type object", `{"uri":"u","digitalSourceType":{"uri":"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}}`,
			func(it *Item) bool { return codeSuffix(it.Source.URI) == "trainedAlgorithmicMedia" }},
		{"part source type and QCode expansion", `<newsItem ` + nar + `><contentMeta><digitalSourceType qcode="digsrctype:digitalCapture"/></contentMeta><partMeta><digitalSourceType qcode="digsrctype:compositeSynthetic"/></partMeta></newsItem>`,
			func(it *Item) bool {
				return it.Source.URI == "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture" && len(it.PartSources) == 1 && it.PartSources[0].Value == "digsrctype:compositeSynthetic"
			}},
		{"usage terms with validity", `<newsItem ` + nar + `><rightsInfo validto="2031-05-01T00:00:00Z" scope="scope:content"><usageTerms xml:lang="en">NO SALES</usageTerms></rightsInfo></newsItem>`,
			func(it *Item) bool {
				return len(it.Usage) == 1 && it.Usage[0].Text == "NO SALES" && it.Usage[0].Lang == "en" && it.Usage[0].Scope == "scope:content" && it.Usage[0].To.Time.Year() == 2031
			}},
		{"Reuters file name of a rendition", `<newsItem ` + nar + ` xmlns:r="urn:x"><contentSet><remoteContent rendition="rend:baseImage" href="http://x/bin-BASE" size="10" width="4" height="3"><r:altId type="idType:fileBIN">PIC_1.JPG</r:altId></remoteContent></contentSet></newsItem>`,
			func(it *Item) bool {
				r := it.Renditions[0]
				return r.FileName == "PIC_1.JPG" && r.Size == 10 && r.Width == 4 && len(it.AltIDs) == 0
			}},
		{"dpa non-publishable note and archive genre", `{"urn":"urn:x","entry_id":"e","version":2,"ednotes":[{"role":null,"ednote":"FILE PHOTO - name fixed","is_publishable":false}],"categories":[{"type":"dnltype:genre","qcode":"dpaimagekind:archive"}],"signal":"sig:correction"}`,
			func(it *Item) bool {
				return it.Version == "2" && len(it.EdNotes) == 1 && it.EdNotes[0].Public != nil && !*it.EdNotes[0].Public && it.FilePhoto && it.Correction()
			}},
		{"AP envelope with ids in order", `{"data":{"item":{"uri":"https://x","altids":{"itemid":"abc","friendlykey":"123","transref":"ZZ1"},"renditions":{"main":{"originalfilename":"Pic_1.jpg","sizeinbytes":5}}}}}`,
			func(it *Item) bool {
				return it.GUID == "abc" && len(it.AltIDs) == 3 && it.AltIDs[2] == AltID{"transref", "ZZ1"} && it.Renditions[0].FileName == "Pic_1.jpg"
			}},
		{"AP file name inside the href", `{"uri":"u","renditions":[{"name":"preview","href":"https://x/preview.jpg?tag=iid~1!ofn~Some_Pic_42.jpg!role~x"}]}`,
			func(it *Item) bool { return it.Renditions[0].FileName == "Some_Pic_42.jpg" }},
		{"free-text embargo kept, not dated", `{"uri":"u","embargoed":"Next Monday"}`,
			func(it *Item) bool { return it.Embargoed.Text == "Next Monday" && it.Embargoed.Time.IsZero() }},
		{"Latin-1 declared", "<?xml version='1.0' encoding='ISO-8859-1'?><newsItem " + nar + "><contentMeta><headline>Caf\xe9</headline></contentMeta></newsItem>",
			func(it *Item) bool { return it.Headline == "Café" }},
		{"Windows-1252 declared", "<?xml version='1.0' encoding='windows-1252'?><newsItem " + nar + "><contentMeta><headline>\x93Caf\xe9\x94 \x80</headline></contentMeta></newsItem>",
			func(it *Item) bool { return it.Headline == "“Café” €" }},
		{"byte-order mark", "\xef\xbb\xbf{\"guid\":\"g\"}", func(it *Item) bool { return it.GUID == "g" }},
		{"ninjs associations", `{"uri":"t","type":"text","associations":{"featuremedia":{"uri":"p","type":"picture","edNote":"NO SALES"}}}`,
			func(it *Item) bool {
				ps := it.Pictures()
				return len(ps) == 2 && ps[1].GUID == "p" && it.Assoc[0].Name == "featuremedia"
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it, err := Read(strings.NewReader(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if !c.check(it) {
				t.Errorf("got %+v", it)
			}
		})
	}
}

// TestReadErrors pins the typed errors of bad or foreign input.
func TestReadErrors(t *testing.T) {
	deep := strings.Repeat("<a>", MaxDepth+1)
	cases := []struct {
		name, in string
		is       error
		format   bool
	}{
		{"wirecap sidecar", `{"schema_version":"1","source_file":"a.jpg","verdict":{}}`, ErrUnsupported, false},
		{"other XML", `<rss><channel/></rss>`, ErrUnsupported, false},
		{"plain text", `hello`, ErrUnsupported, false},
		{"unknown encoding", `<?xml version="1.0" encoding="x-klingon"?><newsItem/>`, ErrUnsupported, true},
		{"truncated XML", `<newsItem ` + nar + `><itemMeta>`, nil, true},
		{"truncated JSON", `{"uri":"u",`, nil, true},
		{"too deep XML", `<newsItem ` + nar + `>` + deep, ErrLimit, true},
		{"too deep JSON", strings.Repeat("[", MaxDepth+2), ErrLimit, true},
		{"too many elements", `<newsItem ` + nar + `>` + strings.Repeat("<x/>", MaxNodes+1) + `</newsItem>`, ErrLimit, true},
		{"too large", `{"uri":"` + strings.Repeat("x", MaxSize) + `"}`, ErrLimit, true},
		{"empty AP page", `{"data":{"items":[]}}`, ErrNoItem, false},
		{"a JPEG is told from its first bytes", "\xff\xd8\xff\xe0" + strings.Repeat("x", MaxSize), ErrUnsupported, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(c.in))
			if err == nil {
				t.Fatal("no error")
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v is not %v", err, c.is)
			}
			var fe *FormatError
			if errors.As(err, &fe) != c.format {
				t.Errorf("error %v: FormatError %v, want %v", err, !c.format, c.format)
			}
		})
	}
}

// TestReadFileRegularOnly: a FIFO is refused before it is opened (an
// open would block until a writer comes).
func TestReadFileRegularOnly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "photo.xml")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	if _, err := ReadFile(p); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("FIFO: %v", err)
	}
	if err := os.WriteFile(p+".json", []byte(`{"guid":"a"},{}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p + ".json"); err == nil {
		t.Error("trailing data accepted")
	}
}

func TestFileNameOf(t *testing.T) {
	cases := map[string]string{
		"./PIC1.jpg":                     "PIC1.jpg",
		"file:///./ PIC1-web.jpg":        "PIC1-web.jpg",
		"https://x.example/a/b.jpeg?s=1": "b.jpeg",
		"https://x.example":              "",
		"http://x/upload-raw/59f3a?_s=1": "",
		"":                               "",
	}
	for in, want := range cases {
		if got := fileNameOf(in); got != want {
			t.Errorf("fileNameOf(%q) = %q, want %q", in, got, want)
		}
	}
}
