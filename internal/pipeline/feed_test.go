package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

const cleanCaption = "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)"

func newsItem(guid, status, extra string) string {
	return `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="` + guid + `" version="2"><itemMeta><itemClass qcode="ninat:picture"/><pubStatus qcode="stat:` +
		status + `"/>` + extra + `</itemMeta></newsItem>`
}

func write(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFeedPairing: the companion beside the photo, by base name, decides
// with the photo; a wirecap sidecar named photo.json is not a feed item;
// an item under --feed pairs by its rendition's file name, never by size.
func TestFeedPairing(t *testing.T) {
	cases := []struct {
		name      string
		files     map[string]string // relative to the folder
		feedPath  string            // relative; "" for none
		matchedBy string            // "" when no feed is paired
		decision  check.Decision
		rules     []string // findings that must be there
	}{
		{"usable companion changes nothing", map[string]string{"p.xml": newsItem("g1", "usable", "")}, "", MatchedBaseName, "allow", nil},
		{"canceled companion denies", map[string]string{"p.xml": newsItem("g1", "canceled", "")}, "", MatchedBaseName, "deny", []string{"feed.canceled"}},
		{"withheld ninjs denies", map[string]string{"p.ninjs.json": `{"uri":"u1","type":"picture","pubStatus":"withheld"}`}, "", MatchedBaseName, "deny", []string{"feed.withheld"}},
		{"feed embargo ahead denies", map[string]string{"p.xml": newsItem("g1", "usable", "<embargoed>2024-03-06T08:00:00Z</embargoed>")}, "", MatchedBaseName, "deny", []string{"embargo.active"}},
		{"feed embargo passed allows", map[string]string{"p.xml": newsItem("g1", "usable", "<embargoed>2024-03-05T08:00:00Z</embargoed>")}, "", MatchedBaseName, "allow", nil},
		{"feed expiry passed denies", map[string]string{"p.json": `{"uri":"u1","type":"picture","expires":"2024-03-01T00:00:00Z"}`}, "", MatchedBaseName, "deny", []string{"rights.expired"}},
		{"ed note restriction reaches the verdict", map[string]string{"p.xml": newsItem("g1", "usable", "<edNote>NO ARCHIVE</edNote>")}, "", MatchedBaseName, "allow", nil},
		{"wirecap sidecar is no feed item", map[string]string{"p.json": `{"schema_version":1,"generator":"wirecap","source_file":"p.jpg"}`}, "", "", "allow", nil},
		{"broken companion is reviewed", map[string]string{"p.xml": `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><itemMeta>`}, "", "", "review", []string{"feed.unreadable"}},
		{"--feed by rendition file name", map[string]string{"../feeds/a.json": `{"uri":"u2","type":"picture","pubstatus":"canceled","renditions":[{"href":"https://x.example/bin/p.jpg","sizeInBytes":1}]}`},
			"../feeds", MatchedFileName, "deny", []string{"feed.canceled"}},
		{"--feed by an href without extension", map[string]string{"../feeds/b.xml": `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><itemMeta><pubStatus qcode="stat:withheld"/></itemMeta><contentSet><remoteContent href="http://x.example/bin/p" size="9"/></contentSet></newsItem>`},
			"../feeds", MatchedHref, "deny", []string{"feed.withheld"}},
		{"--feed ignores other files", map[string]string{"../feeds/a.json": `{"uri":"u2","pubstatus":"canceled","renditions":[{"href":"https://x.example/bin/other.jpg"}]}`},
			"../feeds", "", "allow", nil},
		{"correction is info", map[string]string{"p.xml": newsItem("g1", "usable", `<signal qcode="sig:correction"/>`)}, "", MatchedBaseName, "allow", []string{"feed.correction"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "pics")
			p := photo(t, dir, "p.jpg", cleanCaption, "")
			for name, content := range c.files {
				write(t, filepath.Join(dir, name), content)
			}
			o := options()
			if c.feedPath != "" {
				o.FeedPath = filepath.Join(dir, c.feedPath)
			}
			rec := Build(p, o)
			if got := matchedBy(rec); got != c.matchedBy {
				t.Errorf("matched_by %q, want %q", got, c.matchedBy)
			}
			if rec.Verdict.Decision != c.decision {
				t.Errorf("decision %s, want %s (%s; %v)", rec.Verdict.Decision, c.decision, rules(rec), rec.Verdict.Reasons)
			}
			for _, r := range c.rules {
				if !strings.Contains(","+rules(rec)+",", ","+r+",") {
					t.Errorf("no %s in %s", r, rules(rec))
				}
			}
			if c.matchedBy != "" && (rec.Inputs.Feed == nil || !strings.HasPrefix(rec.Inputs.Feed.SHA256, "sha256:")) {
				t.Errorf("inputs.feed %+v", rec.Inputs.Feed)
			}
		})
	}
}

func matchedBy(rec *sidecar.Record) string {
	if rec.Feed == nil {
		return ""
	}
	return rec.Feed.MatchedBy
}

// TestFeedSource: the feed's credit and usage terms join the fields as a
// source, and its restrictions the summary with from "feed".
func TestFeedSource(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "p.jpg", cleanCaption, "")
	write(t, filepath.Join(dir, "p.json"), `{"uri":"u","type":"picture","creditline":"Example Agency","usageTerms":"NO SALES","edNote":"NORWAY OUT"}`)
	rec := Build(p, options())
	if f := rec.Metadata.Fields.UsageTerms; f == nil || f.Sources["feed"] != "NO SALES" {
		t.Errorf("usage_terms field %+v", f)
	}
	if f := rec.Metadata.Fields.Credit; f == nil || f.Sources["feed"] != "Example Agency" || f.Sources["iptc"] == "" {
		t.Errorf("credit field %+v", f)
	}
	var from []string
	for _, r := range rec.Summary.Restrictions {
		if r.From == "feed" {
			from = append(from, r.Code)
		}
	}
	if strings.Join(from, ",") != "OUT,NO_SALES" {
		t.Errorf("feed restrictions %v in %+v", from, rec.Summary.Restrictions)
	}
	b, _ := json.Marshal(rec)
	if err := sidecar.Validate(b); err != nil {
		t.Errorf("record with a feed does not validate: %v", err)
	}
	var back sidecar.Record
	if err := json.Unmarshal(b, &back); err != nil || back.Feed == nil || back.Feed.GUID != "u" {
		t.Errorf("read back: %v %+v", err, back.Feed)
	}
}

// TestFeedFreshness: a new version of the paired item changes the inputs.
func TestFeedFreshness(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "p.jpg", cleanCaption, "")
	write(t, filepath.Join(dir, "p.xml"), newsItem("g", "usable", ""))
	before := options().Inputs(p, dir)
	write(t, filepath.Join(dir, "p.xml"), newsItem("g", "canceled", ""))
	after := options().Inputs(p, dir)
	if before.Feed == nil || after.Feed == nil || before.Feed.SHA256 == after.Feed.SHA256 {
		t.Errorf("feed inputs %+v then %+v", before.Feed, after.Feed)
	}
}

// TestLeaseRecordValidates: a verdict with an applied lease, and the
// leases hash in inputs, fit the schema.
func TestLeaseRecordValidates(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "p.jpg", cleanCaption, "")
	write(t, filepath.Join(dir, "leases.csv"), "match,action,uses,territories,until,note,who\np.jpg,deny,editorial,FR,2030-01-01,hold,desk\n")
	ls, err := check.LoadLeases(filepath.Join(dir, "leases.csv"))
	if err != nil {
		t.Fatal(err)
	}
	o := options()
	o.Leases = ls
	rec := Build(p, o)
	if rec.Verdict.Decision != "deny" || len(rec.Verdict.Leases) != 1 || !strings.HasPrefix(rec.Inputs.Leases, "sha256:") {
		t.Fatalf("verdict %+v inputs %+v", rec.Verdict, rec.Inputs)
	}
	b, _ := json.Marshal(rec)
	if err := sidecar.Validate(b); err != nil {
		t.Errorf("record with a lease does not validate: %v", err)
	}
}

// TestFeedNewVersion: a process run that finds the photo's sidecar built
// with version 2 of an item, and version 3 beside the photo, says the new
// version supersedes it.
func TestFeedNewVersion(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "p.jpg", cleanCaption, "")
	item := func(v string) string {
		return `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" version="` + v + `"><itemMeta><pubStatus qcode="stat:usable"/></itemMeta></newsItem>`
	}
	write(t, filepath.Join(dir, "p.xml"), item("2"))
	old, _ := json.Marshal(Build(p, options()))
	side := filepath.Join(dir, "p.jpg.json")
	write(t, side, string(old))
	write(t, filepath.Join(dir, "p.xml"), item("3"))
	o := options()
	if _, fresh := o.Fresh(p, dir, side); fresh {
		t.Fatal("sidecar of version 2 still fresh")
	}
	rec := Build(p, o)
	if !strings.Contains(rules(rec), "feed.correction") || rec.Verdict.Decision != "allow" {
		t.Errorf("rules %s, decision %s", rules(rec), rec.Verdict.Decision)
	}
}

// TestFeedCorpusPairing: the shared corpus's AP preview, saved under its
// delivered file name, pairs with its own item under --feed by that name —
// not with the other item whose stated preview size equals its byte size.
func TestFeedCorpusPairing(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "feeds")
	b, err := os.ReadFile(filepath.Join(corpus, "sdcp_preview-keywords.jpg"))
	if err != nil {
		t.Skipf("feed corpus not available (%v): run from a checkout beside ../shared", err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "Virus_Outbreak_Spain_57108.jpg")
	write(t, p, string(b))
	o := options()
	o.FeedPath = corpus
	rec := Build(p, o)
	if rec.Feed == nil || filepath.Base(rec.Feed.Path) != "sdcp_ap-picture.json" || rec.Feed.MatchedBy != MatchedFileName {
		t.Fatalf("paired with %+v", rec.Feed)
	}
	if rec.Verdict.Decision == "deny" {
		t.Errorf("a usable item denied: %v", rec.Verdict.Reasons)
	}
}

// TestFeedConcurrent: one Options serves a batch's workers; the --feed
// index and the feed-file cache are built once (run with -race).
func TestFeedConcurrent(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		paths = append(paths, photo(t, dir, n+".jpg", cleanCaption, ""))
		write(t, filepath.Join(dir, n+".xml"), newsItem("g-"+n, "usable", ""))
	}
	write(t, filepath.Join(dir, "feeds", "page.json"), `{"uri":"u","pubstatus":"withheld","renditions":[{"href":"https://x.example/a.jpg"}]}`)
	o := options()
	o.FeedPath = filepath.Join(dir, "feeds")
	recs := make([]*sidecar.Record, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			recs[i] = Build(p, o)
		}()
	}
	wg.Wait()
	for i, rec := range recs {
		want := MatchedBaseName
		if i == 0 {
			want = MatchedFileName // a.jpg: withheld under --feed beats usable beside it
		}
		if rec.Feed == nil || rec.Feed.MatchedBy != want {
			t.Errorf("%s: feed %+v, want matched by %s", paths[i], rec.Feed, want)
		}
	}
}

// TestFeedSourceType: the feed's digital source type (item or part) joins
// the summary's, the most synthetic winning.
func TestFeedSourceType(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "p.jpg", cleanCaption, "")
	write(t, filepath.Join(dir, "p.xml"), `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>`+
		`<contentMeta><digitalSourceType qcode="digsrctype:digitalCapture"/></contentMeta><partMeta><digitalSourceType qcode="digsrctype:trainedAlgorithmicMedia"/></partMeta></newsItem>`)
	rec := Build(p, options())
	want := "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
	if s := rec.Summary.DigitalSourceType; s == nil || *s != want {
		t.Errorf("summary.digital_source_type %v, want %s", s, want)
	}
}
