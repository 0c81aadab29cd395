// Package article reads the article a photo illustrates (plain text,
// Markdown or HTML) and finds its language, the dates it mentions and the
// places it names, across English, French, German and Spanish.
package article

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/record"
)

// MaxSize bounds the article text read.
const MaxSize = 4 << 20

// Article is what Analyze finds: the article as a record names it
// (record.Article: path, language, dates, places, its own date), and its
// text, which the checks read and the record does not keep.
type Article struct {
	record.Article
	Text string
}

// Newest returns the latest day-precision date the article mentions.
func (a *Article) Newest() (time.Time, bool) {
	var best time.Time
	for _, d := range a.Dates {
		if t, err := time.Parse("2006-01-02", d); err == nil && t.After(best) {
			best = t
		}
	}
	return best, !best.IsZero()
}

// ReadFile analyses the article at path; HTML is recognised by its
// extension or its first tag.
func ReadFile(path string, hint time.Time) (*Article, error) {
	f, _, err := safefile.Open(path) // a FIFO or device is refused, never waited on
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxSize))
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", path, err)
	}
	a := Analyze(b, IsHTML(path, b), hint)
	a.Path, a.Found = path, true
	return a, nil
}

// Names are the file names an article of a folder's photos goes by, in
// the order they are looked for.
var Names = []string{"article.txt", "article.md", "article.html"}

// IsHTML reports whether an article is HTML, by its name or its first tag.
func IsHTML(path string, b []byte) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".html" || ext == ".htm" {
		return true
	}
	head := strings.ToLower(string(bytes.TrimSpace(b[:min(len(b), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// Analyze reads article text. A date without a year takes the year of the
// article's latest full date, or the hint's.
func Analyze(b []byte, isHTML bool, hint time.Time) *Article {
	text := string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	date, from := "", ""
	if isHTML {
		text, date = htmlText(text)
		from = DateFromMeta
	} else {
		date, text = frontMatter(text)
		from = DateFromFrontMatter
	}
	if date == "" {
		date, from = ownDate(text, hint)
	}
	a := &Article{Text: text, Article: record.Article{Language: caption.DetectLanguage(text), Dates: []string{}, Places: caption.Places(text), Date: date, DateFrom: from}}
	if a.Places == nil {
		a.Places = []caption.Place{}
	}
	seen := map[string]bool{}
	for _, d := range caption.ScanDates(text, hint) {
		if v := d.String(); d.Precision == caption.PrecisionDay && !seen[v] {
			seen[v] = true
			a.Dates = append(a.Dates, v)
		}
	}
	sort.Strings(a.Dates)
	return a
}

// htmlText returns the visible text of an HTML document, one block per
// line, and the publication date its meta tags or JSON-LD state ("" for
// none).
func htmlText(s string) (string, string) {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip, published, jsonLD := 0, "", false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String(), published
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				skip++
				jsonLD = string(name) == "script" && attr(z, "type") == "application/ld+json"
			case "meta", "time":
				if published == "" {
					published = metaDate(z)
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "figcaption", "section", "article":
				b.WriteString("\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				if skip > 0 {
					skip--
				}
				jsonLD = false
			case "p", "div", "li", "h1", "h2", "h3", "h4", "figcaption":
				b.WriteString("\n")
			}
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			} else if jsonLD && published == "" {
				published = jsonLDPublished(z.Text())
			}
		}
	}
}

// attr returns the value of the current tag's attribute key, lower-cased
// for comparison; the tokenizer's attributes are read once per call.
func attr(z *html.Tokenizer, key string) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return strings.ToLower(strings.TrimSpace(string(v)))
		}
		if !more {
			return ""
		}
	}
}

// metaDate reads a <meta> or <time> tag naming a publication date
// (publishedMeta, or HTML's pubdate attribute) in its content or datetime.
func metaDate(z *html.Tokenizer) string {
	named, content := false, ""
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "name", "property", "itemprop":
			named = named || publishedMeta[strings.ToLower(strings.TrimSpace(string(v)))]
		case "pubdate":
			named = true
		case "content", "datetime":
			content = string(v)
		}
		if !more {
			break
		}
	}
	if d, ok := isoDay(content); named && ok {
		return d
	}
	return ""
}

// Find returns the article for a photo: the nearest article.txt,
// article.md or article.html in the photo's folder or its parents, up to
// and including root, the folder given on the command line. It never looks
// above root, nor, when root is "" or does not hold the photo, above the
// photo's own folder: the answer does not depend on the current directory.
// It returns "" when there is none.
func Find(photo, root string) string {
	dir, err := filepath.Abs(filepath.Dir(photo))
	if err != nil {
		return ""
	}
	stop := dir
	if root != "" {
		if r, err := filepath.Abs(root); err == nil && within(dir, r) {
			stop = r
		}
	}
	for {
		for _, name := range Names {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				return relTo(photo, p)
			}
		}
		if dir == stop || filepath.Dir(dir) == dir {
			return ""
		}
		dir = filepath.Dir(dir)
	}
}

// within reports whether dir is root or inside it.
func within(dir, root string) bool {
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// relTo gives the article path in the photo path's form: relative when
// the photo's path is relative.
func relTo(photo, p string) string {
	if filepath.IsAbs(photo) {
		return p
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, p); err == nil {
			return rel
		}
	}
	return p
}

// minReprint is the shortest caption whose reprint in an article is looked
// for: shorter texts match by chance.
const minReprint = 40

// Reprints reports whether the article reprints text (a caption), so that
// Excluding would read it again without.
func (a *Article) Reprints(text string) bool {
	text = strings.TrimSpace(text)
	return a != nil && len(text) >= minReprint && strings.Contains(a.Text, text)
}

// Excluding returns the article as it reads without a reprint of text (the
// photo's caption, which pages often print under the photo): Text and
// Places leave the reprint out. It returns a itself when text is not
// reprinted, so that the common case costs one search.
func (a *Article) Excluding(text string) *Article {
	text = strings.TrimSpace(text)
	if !a.Reprints(text) {
		return a
	}
	b := *a
	b.Text = strings.ReplaceAll(a.Text, text, " ")
	b.Places = caption.Places(b.Text)
	if b.Places == nil {
		b.Places = []caption.Place{}
	}
	return &b
}

// Root is a folder given on the command line: as given (".", "./x/../x",
// an absolute path) and as a cleaned absolute path, which is what is
// compared.
type Root struct{ Given, Abs string }

// Roots resolves the folders given, once per batch, keeping the first
// spelling of each folder.
func Roots(given []string) []Root {
	var out []Root
	for _, g := range given {
		abs, err := filepath.Abs(g)
		if err != nil || slices.ContainsFunc(out, func(r Root) bool { return r.Abs == abs }) {
			continue
		}
		out = append(out, Root{g, abs})
	}
	return out
}

// Nearest returns, of the folders roots, the one nearest above the photo
// that holds it (as given), compared as cleaned absolute paths; "" when
// none holds it. Neither the order nor the spelling of the roots matters.
func Nearest(photo string, roots []Root) string {
	dir, err := filepath.Abs(filepath.Dir(photo))
	if err != nil {
		return ""
	}
	best, bestLen := "", -1
	for _, r := range roots {
		if len(r.Abs) > bestLen && under(dir, r.Abs) {
			best, bestLen = r.Given, len(r.Abs)
		}
	}
	return best
}

// under reports whether the cleaned absolute path dir is root or inside it.
func under(dir, root string) bool {
	switch {
	case !strings.HasPrefix(dir, root):
		return false
	case len(dir) == len(root), strings.HasSuffix(root, string(filepath.Separator)):
		return true // the same folder, or root is "/"
	}
	return dir[len(root)] == filepath.Separator
}

// Record is the article as the photo's record names it.
func (a *Article) Record() *record.Article {
	r := a.Article
	return &r
}
