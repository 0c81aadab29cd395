// Package report renders a self-contained HTML contact sheet of photos:
// a card per photo with its thumbnail, credit, restrictions (coloured by
// what they mean for the planned use), findings and verdict, with filters
// that work without a server.
package report

import (
	"bytes"
	"crypto/sha1"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html/template"
	"image"
	"image/jpeg"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/disintegration/imaging"
	_ "golang.org/x/image/webp" // WebP thumbnails

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

//go:embed sheet.html.tmpl
var templates embed.FS

var sheet = template.Must(template.New("sheet.html.tmpl").Funcs(template.FuncMap{
	"join": strings.Join,
}).ParseFS(templates, "sheet.html.tmpl"))

// ThumbSize is the longest side of a thumbnail, in pixels.
const ThumbSize = 320

// Item is one photo of the sheet.
type Item struct {
	Path   string
	Record *sidecar.Record
}

// Options of a sheet.
type Options struct {
	Title     string
	Use       string
	Territory string
	AsOf      time.Time
	CacheDir  func(photo string) string // where thumbnails are cached; nil: no cache
	Jobs      int
}

type badge struct {
	Code, Text, Effect string
}

type finding struct {
	Rule, Severity, Message string
}

type card struct {
	Thumb                                                      template.URL
	ID, Name, Alt, Credit, Agency, Date, Place, Verdict, Error string
	Badges                                                     []badge
	Findings                                                   []finding
	Codes, Rules                                               string
	Reasons                                                    []string
}

type page struct {
	Title                          string
	Use, Territory                 string
	Photos, Denied, Review, Errors int
	Cards                          []card
	Agencies, Codes, RuleIDs       []string
}

// Stats counts how thumbnails were made, for the caller's report.
type Stats struct {
	Made, Cached, Failed int
}

// Write renders the sheet of items to w.
func Write(w io.Writer, items []Item, o Options) (Stats, error) {
	thumbs := make([]string, len(items))
	var st Stats
	var mu sync.Mutex
	jobs := make(chan int)
	var wg sync.WaitGroup
	for k := 0; k < max(1, o.Jobs); k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				uri, how := thumbnail(items[i].Path, items[i].Record, o.CacheDir)
				thumbs[i] = uri
				mu.Lock()
				switch how {
				case "made":
					st.Made++
				case "cached":
					st.Cached++
				default:
					st.Failed++
				}
				mu.Unlock()
			}
		}()
	}
	for i := range items {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	p := page{Title: o.Title, Use: o.Use, Territory: o.Territory, RuleIDs: check.RuleIDs()}
	agencies, codes := map[string]bool{}, map[string]bool{}
	for i, it := range items {
		c := makeCard(i, it, thumbs[i], o)
		p.Cards = append(p.Cards, c)
		p.Photos++
		switch c.Verdict {
		case "deny":
			p.Denied++
		case "review":
			p.Review++
		}
		if c.Error != "" {
			p.Errors++
		}
		if c.Agency != "" {
			agencies[c.Agency] = true
		}
		for _, b := range c.Badges {
			codes[b.Code] = true
		}
	}
	p.Agencies, p.Codes = keys(agencies), keys(codes)
	return st, sheet.Execute(w, p)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func makeCard(i int, it Item, thumb string, o Options) card {
	r := it.Record
	c := card{ID: fmt.Sprintf("photo-%d", i+1), Name: filepath.Base(it.Path), Thumb: template.URL(thumb)}
	if r.Error != nil {
		c.Error = *r.Error
	}
	if s := r.Summary; s != nil {
		c.Credit, c.Agency = deref(s.Credit), deref(s.Agency)
		if s.Date != nil {
			c.Date = s.Date.Value
		}
		if s.Location != nil {
			var parts []string
			for _, x := range []string{s.Location.Place, s.Location.City, s.Location.Country} {
				if x != "" && !contains(parts, x) {
					parts = append(parts, x)
				}
			}
			c.Place = strings.Join(parts, ", ")
		}
		var codes []string
		for _, rs := range s.Restrictions {
			c.Badges = append(c.Badges, badge{Code: rs.Code, Text: rs.Text, Effect: check.Effect(rs, o.Use, o.Territory, o.AsOf)})
			codes = append(codes, rs.Code)
		}
		c.Codes = strings.Join(codes, " ")
	}
	if r.Caption != nil {
		c.Alt = r.Caption.Description
	}
	if c.Alt == "" {
		c.Alt = "Photo " + c.Name
	}
	var rules []string
	for _, f := range r.Findings {
		c.Findings = append(c.Findings, finding{f.Rule, f.Severity, f.Message})
		rules = append(rules, f.Rule)
	}
	c.Rules = strings.Join(rules, " ")
	if r.Verdict != nil {
		c.Verdict = r.Verdict.Decision
		c.Reasons = r.Verdict.Reasons
	}
	return c
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// thumbnail returns a data: URI of the photo's thumbnail with EXIF
// orientation applied, from the cache when the photo's size and time match.
func thumbnail(path string, r *sidecar.Record, cacheDir func(string) string) (string, string) {
	if r == nil || r.Error != nil && r.Image == nil {
		return "", "failed"
	}
	key := ""
	if r.File != nil && cacheDir != nil {
		h := sha1.Sum([]byte(fmt.Sprintf("%s|%d|%s|%d", filepath.Base(path), r.File.Size, r.File.Modified, ThumbSize)))
		key = filepath.Join(cacheDir(path), hex.EncodeToString(h[:8])+".jpg")
		if b, err := os.ReadFile(key); err == nil {
			return dataURI(b), "cached"
		}
	}
	img, err := imaging.Open(path, imaging.AutoOrientation(true))
	if err != nil {
		return "", "failed"
	}
	img = imaging.Fit(img, ThumbSize, ThumbSize, imaging.Box)
	b, err := encode(img)
	if err != nil {
		return "", "failed"
	}
	if key != "" {
		if os.MkdirAll(filepath.Dir(key), 0o755) == nil {
			tmp := key + ".tmp"
			if os.WriteFile(tmp, b, 0o644) == nil {
				os.Rename(tmp, key)
			}
		}
	}
	return dataURI(b), "made"
}

func encode(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 72})
	return buf.Bytes(), err
}

func dataURI(b []byte) string {
	return "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(b)
}
