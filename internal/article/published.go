package article

import (
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
)

// Where an article's own date was found (Article.DateFrom).
const (
	DateFromMeta        = "meta"         // an HTML meta tag or JSON-LD datePublished
	DateFromFrontMatter = "front_matter" // a date: line in Markdown front matter
	DateFromLabel       = "label"        // a "Published …" line near the top
	DateFromDateline    = "dateline"     // the date in the opening dateline
)

// publishedMeta are the HTML meta names and properties that carry a page's
// publication date (Open Graph, Dublin Core, schema.org and the common CMS
// forms), lower-cased.
var publishedMeta = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.created": true, "dcterms.issued": true,
	"pubdate": true, "publishdate": true, "publish-date": true, "sailthru.date": true, "parsely-pub-date": true,
}

// frontMatterKeys are the Markdown front-matter keys of a publication date.
var frontMatterKeys = []string{"date", "published", "publishdate", "pubdate"}

// publishedLabels open a line that states the publication date, in the
// desk's four languages (folded to lower case).
var publishedLabels = []string{"published", "publication date", "publié le", "publie le", "publié", "veröffentlicht", "publicado", "fecha de publicación"}

// datelineSeparators end a wire dateline ("PARIS, March 3 (Reuters) - ",
// "KYIV, Ukraine, March 3, 2024 — ").
var datelineSeparators = []string{" — ", " – ", " - ", " -- ", "—", "–"}

// maxDateline is how far into the first line a dateline separator is
// looked for.
const maxDateline = 120

// isoDay reads the day of an ISO 8601 date or date-time ("2024-03-03",
// "2024-03-03T10:00:00+01:00") as written: the date the publisher gave.
func isoDay(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return "", false
	}
	if _, err := time.Parse("2006-01-02", s[:10]); err != nil {
		return "", false
	}
	return s[:10], true
}

// ownDate finds the article's own date in its text (after front matter
// and HTML meta tags were tried): a "Published" line near the top, else a
// date in the opening dateline. hint completes a yearless date.
func ownDate(text string, hint time.Time) (string, string) {
	lines := firstLines(text, 6)
	for _, line := range lines {
		low := strings.ToLower(line)
		for _, l := range publishedLabels {
			if strings.HasPrefix(low, l) {
				if d := firstDay(line, hint); d != "" {
					return d, DateFromLabel
				}
			}
		}
	}
	for _, line := range lines {
		head := line[:min(len(line), maxDateline)]
		for _, sep := range datelineSeparators {
			// A dateline opens with a place and a comma: "PARIS, March 3".
			if i := strings.Index(head, sep); i > 0 && strings.Contains(head[:i], ",") {
				if d := firstDay(head[:i], hint); d != "" {
					return d, DateFromDateline
				}
				break
			}
		}
	}
	return "", ""
}

// firstLines returns up to n non-empty lines from the top of text, the
// headline among them: the dateline opens the body just below it.
func firstLines(text string, n int) []string {
	var out []string
	for len(out) < n && text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

func firstDay(s string, hint time.Time) string {
	if d, ok := isoDay(s); ok {
		return d
	}
	for _, d := range caption.ScanDates(s, hint) {
		if d.Precision == caption.PrecisionDay {
			return d.String()
		}
	}
	return ""
}

// frontMatter reads the publication date from Markdown front matter
// ("---" lines around "key: value" pairs) and returns the text after it.
func frontMatter(text string) (date, body string) {
	rest, ok := strings.CutPrefix(strings.TrimLeft(text, "\ufeff"), "---\n")
	if !ok {
		return "", text
	}
	block, body, ok := strings.Cut(rest, "\n---")
	if !ok {
		return "", text
	}
	for _, line := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || date != "" {
			continue
		}
		for _, key := range frontMatterKeys {
			if strings.EqualFold(strings.TrimSpace(k), key) {
				if d, ok := isoDay(strings.Trim(strings.TrimSpace(v), `"'`)); ok {
					date = d
				}
			}
		}
	}
	return date, body
}

// jsonLDPublished reads "datePublished" from a JSON-LD block.
func jsonLDPublished(b []byte) string {
	s := string(b)
	i := strings.Index(s, `"datePublished"`)
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len(`"datePublished"`):], " \t\r\n:")
	if d, ok := isoDay(strings.TrimPrefix(s, `"`)); ok {
		return d
	}
	return ""
}
