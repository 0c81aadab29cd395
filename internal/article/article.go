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
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/safefile"
)

// MaxSize bounds the article text read.
const MaxSize = 4 << 20

// Article is what Analyze finds.
type Article struct {
	Path     string          `json:"path"`
	Language string          `json:"language"`
	Dates    []string        `json:"dates"`
	Places   []caption.Place `json:"places"`
	Text     string          `json:"-"`
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
	a.Path = path
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
	if isHTML {
		text = htmlText(text)
	}
	a := &Article{Text: text, Language: caption.DetectLanguage(text), Dates: []string{}, Places: caption.Places(text)}
	if a.Places == nil {
		a.Places = []caption.Place{}
	}
	seen := map[string]bool{}
	for _, d := range caption.ScanDates(text, hint) {
		if d.Precision == "day" && !seen[d.Value] {
			seen[d.Value] = true
			a.Dates = append(a.Dates, d.Value)
		}
	}
	sort.Strings(a.Dates)
	return a
}

// htmlText returns the visible text of an HTML document, one block per line.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				skip++
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
			case "p", "div", "li", "h1", "h2", "h3", "h4", "figcaption":
				b.WriteString("\n")
			}
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
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

// Excluding returns the article as it reads without a reprint of text (the
// photo's caption, which pages often print under the photo): Text and
// Places leave the reprint out. It returns a itself when text is not
// reprinted, so that the common case costs one search.
func (a *Article) Excluding(text string) *Article {
	text = strings.TrimSpace(text)
	if a == nil || len(text) < minReprint || !strings.Contains(a.Text, text) {
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
