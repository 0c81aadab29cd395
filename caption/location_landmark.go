package caption

import (
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo"
)

// Places named by what stands there. The wires place a photo at an
// institution of a first-level division or of a country without naming
// its city ("in the Landtag of Velmoria", "before the regional parliament
// of Velmoria", "outside the Velmoria State Capitol", "at the Ruritanian
// parliament"): a division's parliament, government and governor sit in
// its seat, a country's in its capital. The institution nouns are the
// lexicon's place_institution; the seats are geo.Seat's, generated from
// GeoNames (each division's PPLA, each country's PPLC).

// institutionWords is the lexicon's place_institution, lower-cased as
// written, read the first time a caption names no city.
var institutionWords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, ks := range lexicon.list(lexClass("place_institution")) {
		set[ks.sense.form] = true
	}
	return set
})

// institutionReach is how many words before the place's text an
// institution noun may stand ("before the regional parliament of X").
const institutionReach = 4

// institutionSeat: where the caption names no city, an institution noun
// in the place's phrase, tied to a division ("of Velmoria", "Velmoria
// State Capitol") or a country ("Ruritanian parliament"), gives the
// division's seat or the country's capital. The country, if the caption
// names one, must agree.
func (b *locBuilder) institutionSeat(toks []token) {
	loc := b.loc
	if loc.GeoNamesID != 0 || b.disputed {
		return
	}
	i0, i1 := institutionWindow(b.s, toks, b.textStart, b.textEnd)
	for i := i0; i < i1; i++ {
		if !institutionWords()[lower(toks[i].text(b.s))] {
			continue
		}
		// A name the gazetteer does not know, taken as the city for the
		// country beside it ("the Landtag of Velmoria, Country"), is the
		// institution's if it holds the noun.
		if loc.City != "" && !strings.Contains(loc.City, toks[i].text(b.s)) {
			return
		}
		c := institutionCity(b.s, toks, i, i1, loc.CountryCode)
		if c == nil || loc.CountryCode != "" && loc.CountryCode != c.Country {
			continue
		}
		if loc.City != "" && loc.Place == "" {
			loc.Place = loc.City
		}
		loc.City, loc.GeoNamesID = c.Name, c.ID
		if loc.CountryCode == "" {
			loc.CountryCode, loc.Country = c.Country, geo.CountryName(c.Country)
		}
		return
	}
}

// institutionWindow returns the tokens of the place's text, up to
// institutionReach words before it and one after it, not across a
// punctuation mark.
func institutionWindow(s string, toks []token, from, to int) (int, int) {
	i0 := wordIndex(toks, from)
	for n := 0; n < institutionReach && i0 > 0 && strings.TrimSpace(s[toks[i0-1].end:toks[i0].start]) == ""; n++ {
		i0--
	}
	i1 := i0
	for i1 < len(toks) && toks[i1].end <= to {
		i1++
	}
	// "the Velmoria legislature": the noun after the name.
	if i1 < len(toks) && i1 > 0 && s[toks[i1-1].end:toks[i1].start] == " " {
		i1++
	}
	return i0, i1
}

// institutionCity returns the seat the institution noun at n is tied to:
// of the name after it ("of Velmoria");
// of the name before it ("Velmoria State Capitol"), or of the country of
// the demonym before it ("Ruritanian parliament").
func institutionCity(s string, toks []token, n, end int, country string) *geo.City {
	i := n + 1
	for i < end && toks[i].is(cOfLink|cArticle|cOfWord) {
		i++
	}
	if i > n+1 {
		if c := seatOf(s, toks, i, capEnd(s, toks, i, end), country); c != nil {
			return c
		}
	}
	j := n
	for j > 0 && isCap(toks[j-1].text(s)) && gapIsName(s, toks, j-1) {
		j--
	}
	for k := n; k > j; k-- {
		if c := seatOf(s, toks, j, k, country); c != nil {
			return c
		}
	}
	if j == n-1 {
		if cc, ok := geo.Demonym(toks[j].text(s)); ok && (country == "" || cc == country) {
			c, _ := geo.Capital(cc)
			return c
		}
	}
	return nil
}

// capEnd returns the end of the capitalised words from i, joined by
// spaces or hyphens.
func capEnd(s string, toks []token, i, end int) int {
	k := i
	for k < end && isCap(toks[k].text(s)) && (k == i || gapIsName(s, toks, k-1)) {
		k++
	}
	return k
}

// gapIsName reports that token i and the next are joined as one name: a
// space or a hyphen between them.
func gapIsName(s string, toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	g := s[toks[i].end:toks[i+1].start]
	return g == " " || g == "-"
}

// seatOf returns the seat of the division, else the capital of the
// country, named by tokens [i, k).
func seatOf(s string, toks []token, i, k int, country string) *geo.City {
	if i >= k {
		return nil
	}
	name := s[toks[i].start:toks[k-1].end]
	if c, ok := geo.Seat(name, country); ok {
		return c
	}
	if cc, ok := geo.Country(name); ok && (country == "" || cc == country) {
		c, _ := geo.Capital(cc)
		return c
	}
	return nil
}
