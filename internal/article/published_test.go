package article

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOwnDate: the article's own date is its publication date (HTML meta,
// JSON-LD, Markdown front matter, a "Published" line) or its dateline's;
// a date the text merely mentions is not it.
func TestOwnDate(t *testing.T) {
	hint := time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, src  string
		html       bool
		date, from string
	}{
		{"dateline, wire style", "Fire in Lyon\n\nLYON, France, March 5, 2024 - A warehouse burned. Repairs are due by January 15, 2025.", false, "2024-03-05", DateFromDateline},
		{"dateline, yearless (Reuters style)", "LYON, March 5 (Reuters) - A warehouse burned.", false, "2024-03-05", DateFromDateline},
		{"dateline, French", "Lyon, 5 mars 2024 (AFP) – Un entrepôt a brûlé. Réouverture prévue le 30 juin 2025.", false, "2024-03-05", DateFromDateline},
		{"dateline without date", "LYON, France (AP) — A warehouse burned on March 5, 2024.", false, "", ""},
		{"headline with a dash is no dateline", "Fire - three hurt\n\nA warehouse burned on March 5, 2024.", false, "", ""},
		{"published label", "Fire in Lyon\nPublished: March 4, 2024\n\nA warehouse burned. Repairs are due by January 15, 2025.", false, "2024-03-04", DateFromLabel},
		{"publié le", "Incendie à Lyon\nPublié le 4 mars 2024\n\nUn entrepôt a brûlé.", false, "2024-03-04", DateFromLabel},
		{"front matter", "---\ntitle: Fire\ndate: 2024-03-04T18:00:00+01:00\n---\nA warehouse burned on March 1, 2024.", false, "2024-03-04", DateFromFrontMatter},
		{"front matter without date", "---\ntitle: Fire\n---\nLYON, France, March 5, 2024 - A warehouse burned.", false, "2024-03-05", DateFromDateline},
		{"html meta property", `<html><head><meta property="article:published_time" content="2024-03-04T18:30:00+01:00"></head><body><p>Repairs are due by January 15, 2025.</p></body></html>`, true, "2024-03-04", DateFromMeta},
		{"html meta name", `<html><head><meta name="DC.date.issued" content="2024-03-04"/></head><body><p>x</p></body></html>`, true, "2024-03-04", DateFromMeta},
		{"html meta of something else", `<html><head><meta name="description" content="2024-03-04"></head><body><p>x</p></body></html>`, true, "", ""},
		{"time itemprop", `<html><body><article><time itemprop="datePublished" datetime="2024-03-04T08:00:00Z">4 March</time><p>Repairs are due by January 15, 2025.</p></article></body></html>`, true, "2024-03-04", DateFromMeta},
		{"time pubdate", `<html><body><time pubdate datetime="2024-03-04">4 March</time></body></html>`, true, "2024-03-04", DateFromMeta},
		{"time of an event", `<html><body><p>The match is on <time datetime="2025-01-15">January 15</time>.</p></body></html>`, true, "", ""},
		{"json-ld", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-03-04T09:00:00Z"}</script></head><body><p>x</p></body></html>`, true, "2024-03-04", DateFromMeta},
		{"html dateline", `<html><body><h1>Fire</h1><p>LYON, France, March 5, 2024 - A warehouse burned.</p></body></html>`, true, "2024-03-05", DateFromDateline},
		{"nothing", "A warehouse burned in Lyon.", false, "", ""},
	} {
		a := Analyze([]byte(tc.src), tc.html, hint)
		if a.Date != tc.date || a.DateFrom != tc.from {
			t.Errorf("%s: date %q from %q, want %q from %q", tc.name, a.Date, a.DateFrom, tc.date, tc.from)
		}
	}
}

// TestNearest: of the folders given, the nearest one holding the photo,
// whatever their spelling and order.
func TestNearest(t *testing.T) {
	top := t.TempDir()
	story := filepath.Join(top, "story")
	sub := filepath.Join(story, "sub")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(story); err != nil {
		t.Fatal(err)
	}
	photo := filepath.Join("sub", "p.jpg")
	for _, tc := range []struct {
		roots []string
		want  string
	}{
		{[]string{".", "sub"}, "sub"},
		{[]string{"sub", "."}, "sub"},
		{[]string{story, "./sub/../sub"}, "./sub/../sub"},
		{[]string{sub, "."}, sub},
		{[]string{"sub", sub, "./sub"}, "sub"}, // one folder, three spellings: the first
		{[]string{"/"}, "/"},
		{[]string{"."}, "."},
		{[]string{story}, story},
		{[]string{filepath.Join(top, "elsewhere")}, ""},
		{[]string{"sub/x"}, ""},
		{nil, ""},
	} {
		if got := Nearest(photo, Roots(tc.roots)); got != tc.want {
			t.Errorf("Nearest(%q, %q) = %q, want %q", photo, tc.roots, got, tc.want)
		}
		if got := Nearest(filepath.Join(story, "sub", "p.jpg"), Roots(tc.roots)); got != tc.want {
			t.Errorf("Nearest(absolute, %q) = %q, want %q", tc.roots, got, tc.want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"LYON, France, March 5, 2024 - x", "---\ndate: 2024-03-04\n---\nx",
		`<meta property="article:published_time" content="2024-03-04">`, `<script type="application/ld+json">{"datePublished":"2024-03-04"}</script>`} {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, b []byte, isHTML bool) {
		a := Analyze(b, isHTML, time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC))
		if a.Date != "" {
			if _, err := time.Parse("2006-01-02", a.Date); err != nil || a.DateFrom == "" {
				t.Errorf("date %q from %q", a.Date, a.DateFrom)
			}
		}
	})
}
