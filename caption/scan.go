package caption

import (
	"time"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// FindRestrictions finds the restriction phrases in any text: a caption, an
// IPTC Special Instructions field, XMP Rights Usage Terms.
// Text beyond MaxLen is not read (a metadata field holds a few hundred bytes).
func FindRestrictions(text string, hint time.Time) []Restriction {
	rs, _ := findRestrictions(normalize(bounded(text)), hint)
	return rs
}

// bounded cuts text to MaxLen bytes on a rune boundary.
func bounded(text string) string {
	if len(text) <= MaxLen {
		return text
	}
	cut := MaxLen
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// FindRestrictionsFor is FindRestrictions for a photo whose distributing
// agency is known: an embargo's numeric date is read in the agency's order
// (month first for US agencies) and a time without a zone in its home zone.
func FindRestrictionsFor(text string, hint time.Time, agency string) []Restriction {
	s := normalize(bounded(text))
	var lx lexer
	rs, _ := newScanner(s, wordSeqOf(lx.lex(s)), hint, conventionFor(agency)).scan()
	return rs
}

// ScanDates returns every calendar date written in text (weekdays
// excluded), as YYYY-MM-DD or YYYY-MM. A date without a year takes the year
// of the latest full date in the text, or else the hint's.
func ScanDates(text string, hint time.Time) []Date {
	return ScanDatesOrder(text, hint, DayFirst)
}

// ScanDatesOrder is ScanDates with numeric dates read in the given order
// (see DateOrderFor); a numeric date only one reading makes valid is read so.
func ScanDatesOrder(text string, hint time.Time, order DateOrder) []Date {
	s := normalize(text)
	var lx lexer
	ds := findDatesOrder(s, wordSeqOf(lx.lex(s)), order)
	var latest time.Time
	for _, d := range ds {
		if d.year != 0 && d.day != 0 {
			t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
			if t.After(latest) {
				latest = t
			}
		}
	}
	if latest.IsZero() {
		latest = hint
	}
	var out []Date
	for _, d := range ds {
		if d.isWeekday {
			continue
		}
		if d.year == 0 {
			if latest.IsZero() {
				continue
			}
			d = nearestYear(d, latest)
		}
		out = append(out, d.date(s[d.start:d.end]))
	}
	return out
}

// Place is a place named in a text.
type Place struct {
	Name        string `json:"name"`         // as the gazetteer names it (English)
	CountryCode string `json:"country_code"` // ISO code, "" where not stated
	Kind        string `json:"kind"`         // city, country, region
	Text        string `json:"text"`         // as written
}

// Places lists the cities, regions and countries a text names, in any of
// the desk's languages, once each, in order of first mention.
func Places(text string) []Place {
	s := normalize(text)
	var out []Place
	seen := map[string]bool{}
	add := func(p Place) {
		k := p.Kind + "|" + geo.Fold(p.Name)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	var lx lexer
	txt := lexedText{s: s, toks: lx.lex(s)}
	for _, r := range nameRuns(s, appendWords(nil, s, txt.toks)) {
		resolveRun(r)
		switch {
		case r.country != "":
			add(Place{Name: geo.CountryName(r.country), CountryCode: r.country, Kind: "country", Text: r.text})
		case r.city != nil:
			add(Place{Name: r.city.Name, CountryCode: r.city.Country, Kind: "city", Text: r.text})
		case r.regionC != "":
			add(Place{Name: r.region, CountryCode: r.regionC, Kind: "region", Text: r.text})
		default:
			// "Velmora Regional Council", "Velmora-Ville": a known place at the head of a run.
			// r.text starts at r.start (a possessive's "'s" cut at its end).
			f := txt.whole().sub(r.start, r.start+len(r.text)).fieldList()
			for k := len(f) - 1; k >= 1; k-- {
				if c, ok := geo.LookupCity(joined(f[:k])); ok {
					add(Place{Name: c.Name, CountryCode: c.Country, Kind: "city", Text: joined(f[:k])})
					break
				}
			}
		}
	}
	return out
}

// nearestYear gives a date without a year the year that puts it closest to
// ref: an article's "5 mars" beside "24 février 2022" is March 2022.
func nearestYear(d dateMention, ref time.Time) dateMention {
	best, bestGap := ref.Year(), time.Duration(1<<62)
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t := time.Date(y, time.Month(d.month), max(d.day, 1), 0, 0, 0, 0, time.UTC)
		gap := t.Sub(ref)
		if gap < 0 {
			gap = -gap
		}
		if gap < bestGap {
			best, bestGap = y, gap
		}
	}
	d.year = best
	return d
}
