// Package pipeline builds one photo's sidecar record: it reads the
// metadata, parses the caption, reconciles a summary, analyses the article
// and runs the checks.
package pipeline

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/geo"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// Options for Build.
type Options struct {
	Generator   string
	Root        string // the folder the photo was found under: articles are looked for up to it
	ArticlePath string // --article; else the nearest article file
	Inspect     bool   // metadata, caption and summary only
	Use         string
	Territory   string
	AsOf        time.Time
	Policy      check.Policy
	Kill        check.KillList

	articles sync.Map // path -> *articleEntry, so a batch reads each article once
}

type articleEntry struct {
	once sync.Once
	a    *article.Article
	err  error
}

func (o *Options) article(path string, hint time.Time) (*article.Article, error) {
	e, _ := o.articles.LoadOrStore(path, &articleEntry{})
	ent := e.(*articleEntry)
	ent.once.Do(func() { ent.a, ent.err = article.ReadFile(path, hint) })
	return ent.a, ent.err
}

// Build makes the record of the photo at path. It never fails: a file that
// cannot be read gives a record with Error set (and a file.unreadable
// finding unless Inspect).
func Build(path string, o *Options) *sidecar.Record { return BuildUnder(path, o.Root, o) }

// BuildUnder is Build with the article search bounded by root instead of o.Root.
func BuildUnder(path, root string, o *Options) *sidecar.Record {
	rec := &sidecar.Record{SchemaVersion: sidecar.SchemaVersion, Generator: o.Generator, SourceFile: path}
	var readErr error
	st, err := os.Stat(path)
	if err != nil {
		readErr = err
	} else {
		rec.File = &sidecar.FileInfo{Size: st.Size(), Modified: st.ModTime().UTC().Format(time.RFC3339)}
	}
	var m *imagemeta.Metadata
	if readErr == nil {
		m, readErr = imagemeta.ReadFile(path)
	}
	fields := map[string]*imagemeta.Field{}
	if m != nil {
		fields = m.Fields()
		rec.Image = &sidecar.Image{Format: m.Format, Width: m.Width, Height: m.Height, Orientation: m.Orientation}
		rec.Metadata = &sidecar.Metadata{Fields: fields, EXIF: m.EXIF, IPTC: m.IPTC, XMP: m.XMP, XMPSidecar: m.XMPSidecar,
			IPTCDigest: m.IPTCDigest, Notes: m.Notes}
	}
	if readErr != nil {
		msg := readErr.Error()
		rec.Error = &msg
	}
	hint := dateHint(fields, st)
	capText, _ := fieldValue(fields, "caption").(string)
	var cp *caption.Caption
	if capText != "" {
		cp, _ = caption.Parse(capText, caption.Options{DateHint: hint})
	}
	if cp != nil {
		rec.Caption = cp
	}
	rec.Summary = summarize(cp, fields, hint)
	if o.Inspect {
		return rec
	}
	in := &check.Input{File: path, Caption: cp, Meta: m, Fields: fields, Summary: rec.Summary, Use: o.Use,
		Territory: o.Territory, AsOf: o.AsOf, Policy: o.Policy, Kill: o.Kill, ReadError: readErr}
	artPath := o.ArticlePath
	if artPath == "" {
		artPath = article.Find(path, root)
	}
	if artPath != "" {
		a, err := o.article(artPath, o.AsOf)
		if err == nil {
			in.Article = a
			rec.Article = a
		} else {
			in.ReadError = joinErr(in.ReadError, err)
		}
	}
	rec.Findings, rec.Verdict = check.Run(in)
	return rec
}

func joinErr(a, b error) error {
	if a == nil {
		return b
	}
	return fmt.Errorf("%v; %v", a, b)
}

func fieldValue(fields map[string]*imagemeta.Field, name string) any {
	if f := fields[name]; f != nil {
		return f.Value
	}
	return nil
}

// dateHint is the year for caption dates that give none: the metadata's
// creation date, else the file's modification time.
func dateHint(fields map[string]*imagemeta.Field, st os.FileInfo) time.Time {
	for _, name := range []string{"date_created", "datetime_original"} {
		if s, ok := fieldValue(fields, name).(string); ok && len(s) >= 10 {
			if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
				return t
			}
		}
	}
	if st != nil {
		return st.ModTime()
	}
	return time.Time{}
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func summarize(cp *caption.Caption, fields map[string]*imagemeta.Field, hint time.Time) *sidecar.Summary {
	s := &sidecar.Summary{Photographers: []string{}, Restrictions: []caption.Restriction{}}
	str := func(name string) string {
		v, _ := fieldValue(fields, name).(string)
		return v
	}
	if cp != nil {
		s.Agency, s.Credit = strp(cp.Agency), strp(cp.Credit)
		s.Photographers = append(s.Photographers, cp.Photographers...)
		s.Source, s.Date, s.Location, s.FilePhoto = cp.Source, cp.Date, cp.Location, cp.FilePhoto
	}
	if s.Credit == nil {
		s.Credit = strp(str("credit"))
	}
	if s.Agency == nil {
		for _, name := range []string{"credit", "source"} {
			if a := caption.AgencyName(str(name)); a != "" {
				s.Agency = &a
				break
			}
			if c, err := caption.Parse(str(name), caption.Options{}); err == nil && c.Agency != "" {
				s.Agency = &c.Agency
				break
			}
		}
	}
	if len(s.Photographers) == 0 {
		if list, ok := fieldValue(fields, "byline").([]any); ok {
			for _, p := range list {
				s.Photographers = append(s.Photographers, fmt.Sprint(p))
			}
		}
	}
	if s.Date == nil {
		if v := str("date_created"); len(v) >= 10 {
			s.Date = &caption.Date{Value: v[:10], Text: v, Precision: "day"}
		}
	}
	if s.Location == nil {
		loc := &caption.Location{City: str("city"), Region: str("region"), Country: str("country"), Place: str("sublocation")}
		if c := geo.Alpha2(str("country_code")); c != "" {
			loc.CountryCode = c
		} else if c, ok := geo.Country(loc.Country); ok {
			loc.CountryCode = c
		}
		if loc.City != "" || loc.Country != "" || loc.CountryCode != "" {
			var parts []string
			for _, p := range []string{loc.Place, loc.City, loc.Region, loc.Country} {
				if p != "" {
					parts = append(parts, p)
				}
			}
			loc.Text = strings.Join(parts, ", ")
			s.Location = loc
		}
	}
	// Restrictions: the union of caption and rights fields, one per code.
	byCode := map[string]int{}
	add := func(rs []caption.Restriction, from string) {
		for _, r := range rs {
			if i, ok := byCode[r.Code]; ok {
				if !strings.Contains(s.Restrictions[i].From, from) {
					s.Restrictions[i].From += "," + from
				}
				continue
			}
			r.From = from
			byCode[r.Code] = len(s.Restrictions)
			s.Restrictions = append(s.Restrictions, r)
		}
	}
	if cp != nil {
		add(cp.Restrictions, "caption")
	}
	add(caption.FindRestrictions(str("instructions"), hint), "instructions")
	add(caption.FindRestrictions(str("usage_terms"), hint), "usage_terms")
	add(caption.FindRestrictions(str("copyright"), hint), "copyright")
	return s
}
