package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The header of dpa's pictures, "03.03.2026, Bayern, Velmorfingen: …"
// (picture alliance's caption standard: the date, the Land or the
// country, and the town, before a colon; Keystone-SDA's pictures sent by
// dpa alike: "03.03.2026, Schweiz, Velmorwil: …"). The location pass
// reads the Land or country and, where the gazetteer knows it, the town;
// a village it does not know is the city all the same, as written.

// headerTownWords bounds the words of a header's town.
const headerTownWords = 5

// withHeaderTown completes loc, read from the header's Land or country
// alone (no city), with the town after it, before the header's colon.
func withHeaderTown(s string, loc *Location) *Location {
	if loc == nil || loc.City != "" || loc.Text == "" || loc.Region == "" && loc.CountryCode == "" {
		return loc
	}
	at := strings.Index(s, loc.Text)
	if at < 0 || !headerOpening(s[:at]) {
		return loc
	}
	rest, ok := strings.CutPrefix(s[at+len(loc.Text):], ", ")
	if !ok {
		return loc
	}
	colon := strings.IndexByte(rest, ':')
	if colon <= 0 || !townWords(rest[:colon]) {
		return loc
	}
	out := *loc
	out.City = rest[:colon]
	out.Text = s[at : at+len(loc.Text)+2+colon]
	return &out
}

// headerOpening reports what may stand before a header's first name:
// nothing, or a dotted date and a comma ("03.03.2026, ").
func headerOpening(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	d, ok := strings.CutSuffix(s, ",")
	if !ok || len(d) < 8 || len(d) > 10 {
		return false
	}
	dots := 0
	for i := 0; i < len(d); i++ {
		switch c := d[i]; {
		case c == '.':
			dots++
		case c < '0' || c > '9':
			return false
		}
	}
	return dots == 2
}

// townWords reports a town's name: capitalised words joined by spaces or
// hyphens, short lower-case joining words between them ("Velmorf am
// Main", "Bad Velmorf"), at most headerTownWords.
func townWords(name string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 || len(words) > headerTownWords || strings.Contains(name, "  ") {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }):
			return false
		case unicode.IsUpper(r):
		case i == 0 || i == len(words)-1 || utf8.RuneCountInString(w) > 3:
			return false
		}
	}
	return true
}
