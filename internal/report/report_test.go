package report

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/metawrite"
	"github.com/wirecap/wirecap/internal/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden structure")

// sheetFor renders the sheet of the desk fixtures (written to a temp dir)
// for marketing use.
func sheetFor(t *testing.T) ([]byte, string) {
	t.Helper()
	dir := t.TempDir()
	var photos []string
	for name, b := range metawrite.DeskFixtures() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, b, 0o644)
		if !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".html") {
			photos = append(photos, p)
		}
	}
	sort.Strings(photos)
	o := &pipeline.Options{Generator: "wirecap test", Policy: check.DefaultPolicy(), Use: "marketing",
		AsOf: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)}
	var items []Item
	for _, p := range photos {
		items = append(items, Item{Path: p, Record: pipeline.BuildUnder(p, dir, o)})
	}
	var buf bytes.Buffer
	ro := Options{Title: "test sheet", Use: "marketing", AsOf: o.AsOf, Jobs: 2, CacheDir: func(p string) string { return filepath.Join(filepath.Dir(p), ".wirecap-thumbs") }}
	st, err := Write(&buf, items, ro)
	if err != nil {
		t.Fatal(err)
	}
	// The three JPEGs with an EXIF thumbnail (320 px, 320 px, 160 px) use
	// it; the two JPEGs without EXIF, the PNG, WebP and TIFF are decoded;
	// the truncated file has no preview.
	if want := (Stats{Embedded: 3, Made: 5, Failed: 1}); st != want {
		t.Errorf("first run: %+v, want %+v", st, want)
	}
	// A second run takes every thumbnail it made from the cache.
	st, err = Write(&bytes.Buffer{}, items, ro)
	if want := (Stats{Cached: 8, Failed: 1}); err != nil || st != want {
		t.Errorf("second run: %+v, %v; want %+v", st, err, want)
	}
	return buf.Bytes(), dir
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// structure summarises the sheet: counts and one line per card.
func structure(doc *html.Node) string {
	var lines []string
	var walk func(*html.Node, *[]string)
	walk = func(n *html.Node, cur *[]string) {
		if n.Type == html.ElementNode {
			cls := attr(n, "class")
			switch {
			case n.Data == "article" && strings.HasPrefix(cls, "card"):
				line := []string{attr(n, "id"), "verdict=" + attr(n, "data-verdict"), "agency=" + attr(n, "data-agency")}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, &line)
				}
				if hasAttr(n, "hidden") {
					line = append(line, "HIDDEN")
				}
				lines = append(lines, strings.Join(line, " "))
				return
			case strings.HasPrefix(cls, "badge "):
				*cur = append(*cur, "badge:"+text(n)+":"+strings.TrimPrefix(cls, "badge "))
			case n.Data == "img":
				*cur = append(*cur, "img(alt="+fmt.Sprint(len(attr(n, "alt")) > 0)+")")
			case cls == "error":
				*cur = append(*cur, "unreadable")
			case cls == "name":
				*cur = append(*cur, "path="+text(n))
			case cls == "none":
				*cur = append(*cur, "["+text(n)+"]")
			case strings.HasPrefix(cls, "caption"):
				*cur = append(*cur, fmt.Sprintf("caption(%d chars)", len([]rune(text(n)))))
			case n.Data == "h2":
				lines = append(lines, "folder "+text(n))
			case cls == "credit":
				*cur = append(*cur, "credit="+strings.ReplaceAll(text(n), " ", "_"))
			case n.Data == "span" && (strings.HasPrefix(attr(n, "id"), "count-") || attr(n, "id") == "as-of"):
				lines = append(lines, attr(n, "id")+"="+text(n))
			case n.Data == "select":
				lines = append(lines, "filter "+attr(n, "id")+" label="+strings.Fields(text(n.Parent))[0])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, cur)
		}
	}
	var none []string
	walk(doc, &none)
	return strings.Join(lines, "\n") + "\n"
}

// checkThumbnails: every preview is a JPEG of at most ThumbSize, at least
// MinEmbedded on its long side, upright (the Lyon photo, stored landscape
// with orientation 6, is portrait).
func checkThumbnails(t *testing.T, doc *html.Node) {
	t.Helper()
	var f func(*html.Node, string)
	f = func(n *html.Node, card string) {
		if n.Type == html.ElementNode && n.Data == "article" {
			card = attr(n, "id")
		}
		if n.Type == html.ElementNode && n.Data == "img" {
			b, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(attr(n, "src"), "data:image/jpeg;base64,"))
			cfg, err2 := jpeg.DecodeConfig(bytes.NewReader(b))
			long := max(cfg.Width, cfg.Height)
			switch {
			case err != nil || err2 != nil:
				t.Errorf("%s: preview does not decode: %v %v", card, err, err2)
			case long < MinEmbedded || long > ThumbSize:
				t.Errorf("%s: preview %dx%d", card, cfg.Width, cfg.Height)
			case card == "photo-1" && cfg.Width >= cfg.Height:
				t.Errorf("photo-1 (orientation 6): preview %dx%d is not upright", cfg.Width, cfg.Height)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c, card)
		}
	}
	f(doc, "")
}

func text(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return strings.TrimSpace(b.String())
}

func TestSheetStructure(t *testing.T) {
	page, dir := sheetFor(t)
	if bytes.Contains(page, []byte("http://")) || bytes.Contains(page, []byte("https://")) {
		t.Error("the sheet must make no external requests")
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	checkThumbnails(t, doc)
	got := strings.ReplaceAll(structure(doc), filepath.ToSlash(dir), "DESK")
	golden := filepath.Join("testdata", "structure.golden.txt")
	if *update {
		os.WriteFile(golden, []byte(got), 0o644)
		return
	}
	want, _ := os.ReadFile(golden)
	if got != string(want) {
		t.Errorf("structure differs from %s:\n%s", golden, got)
	}
}

// TestBrowser opens the sheet in headless Chromium: the rendered DOM has a
// card per photo, a filter given in the address hides the others, and a
// screenshot is saved.
func TestBrowser(t *testing.T) {
	chromium := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		t.Skip("Chromium is not installed (.ci/run installs Debian's chromium package)")
	}
	page, dir := sheetFor(t)
	sheet := filepath.Join(dir, "contact-sheet.html")
	os.WriteFile(sheet, page, 0o644)
	run := func(args ...string) []byte {
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1280,1000"}
		cmd := exec.Command(chromium, append(base, args...)...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", args, err)
		}
		return out
	}
	count := func(dom []byte) (cards, hidden int) {
		doc, err := html.Parse(bytes.NewReader(dom))
		if err != nil {
			t.Fatal(err)
		}
		var f func(*html.Node)
		f = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "article" && strings.HasPrefix(attr(n, "class"), "card") {
				cards++
				if hasAttr(n, "hidden") {
					hidden++
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				f(c)
			}
		}
		f(doc)
		return
	}
	all := run("--dump-dom", "file://"+sheet)
	cards, hidden := count(all)
	if cards != 9 || hidden != 0 {
		t.Errorf("rendered: %d cards, %d hidden; want 9, 0", cards, hidden)
	}
	if c := bytes.Count(all, []byte(`class="badge deny"`)); c < 2 {
		t.Errorf("denied badges rendered: %d", c)
	}
	// Filters in the address use the names the header shows (code and
	// rule, from wirecap 0.1 addresses, still work).
	for hash, want := range map[string]int{
		"#verdict=deny":                                bytes.Count(page, []byte(`data-verdict="deny"`)),
		"#restriction=OUT":                             1,
		"#code=OUT&rule=file.unreadable":               0,
		"#agency=AFP&verdict=deny&finding=date.future": 1,
	} {
		cards, hidden = count(run("--dump-dom", "file://"+sheet+hash))
		if cards-hidden != want {
			t.Errorf("filter %s shows %d of %d cards, want %d", hash, cards-hidden, cards, want)
		}
	}
	shot := filepath.Join(dir, "contact-sheet.png")
	if p := os.Getenv("WIRECAP_SCREENSHOT"); p != "" {
		shot, _ = filepath.Abs(p)
	}
	run("--screenshot="+shot, "--hide-scrollbars", "file://"+sheet)
	if st, err := os.Stat(shot); err != nil || st.Size() < 1000 {
		t.Errorf("no screenshot: %v", err)
	}
	t.Logf("screenshot: %s", shot)
}
