package caption

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// Countries named in the scripts the location pass does not read: Chinese
// and Japanese, written without spaces, where a name is found inside a run
// of characters (the longest the country table knows, from each
// character); Arabic, Persian and Hebrew, which join one-letter
// prepositions to the name ("בישראל", "بمصر": lexicon class place_prefix);
// Korean, which joins particles after it ("이란에서": place_suffix). The
// first country so named outside the credit is the caption's, when the
// other passes found none.
var (
	placePrefixes = affixes("place_prefix")
	placeSuffixes = affixes("place_suffix")
)

// affixes returns the entries of a class as written, longest first.
func affixes(name string) []string {
	out := slices.Collect(maps.Keys(wordSet(name)))
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return out
}

// maxScriptPlace bounds the characters of a CJK name and the words of
// another script's name that are tried as one.
const (
	maxScriptPlaceChars = 8
	maxScriptPlaceWords = 3
)

// scriptRuneFirst is the first code point of the scripts read here
// (Hebrew): Latin, Greek and Cyrillic words are never tried.
const scriptRuneFirst = 0x0590

// scriptCountry returns the first country the caption names in these
// scripts outside the credit, as written, or nil.
func (p *parser) scriptCountry() *Location {
	toks, s := p.toks, p.s
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.isWord() || t.start >= p.creditSpan.start && t.end <= p.creditSpan.end && p.creditSpan.end > 0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.key); r < scriptRuneFirst {
			continue
		}
		if code, text, ok := countryAt(s, toks, i); ok {
			return &Location{Text: text, Country: geo.CountryName(code), CountryCode: code}
		}
	}
	return nil
}

// countryAt reads a country name starting at token i: the longest run of
// CJK characters, or of up to three words, the table knows, a word's
// prefix or particle taken off.
func countryAt(s string, toks []tok, i int) (string, string, bool) {
	if isCJKTok(toks[i]) {
		n := 1
		for i+n < len(toks) && n < maxScriptPlaceChars && isCJKTok(toks[i+n]) && !toks[i+n].spaceBefore {
			n++
		}
		for ; n >= 2; n-- {
			if code, ok := geo.Country(s[toks[i].start:toks[i+n-1].end]); ok {
				return code, s[toks[i].start:toks[i+n-1].end], true
			}
		}
		return "", "", false
	}
	for n := maxScriptPlaceWords; n >= 1; n-- {
		if i+n > len(toks) || !wordsOnly(toks[i:i+n]) {
			continue
		}
		if code, text, ok := affixedCountry(s[toks[i].start:toks[i+n-1].end]); ok {
			return code, text, true
		}
	}
	return "", "", false
}

// wordsOnly: the tokens are words with white space between them.
func wordsOnly(toks []tok) bool {
	for k := range toks {
		if !toks[k].isWord() || k > 0 && !toks[k].spaceBefore {
			return false
		}
	}
	return true
}

// affixedCountry looks name up as written, then without one prefix, then
// without one particle.
func affixedCountry(name string) (string, string, bool) {
	if code, ok := geo.Country(name); ok {
		return code, name, true
	}
	for _, pre := range placePrefixes {
		if rest, ok := strings.CutPrefix(name, pre); ok && rest != "" {
			if code, ok := geo.Country(rest); ok {
				return code, rest, true
			}
		}
	}
	for _, suf := range placeSuffixes {
		if rest, ok := strings.CutSuffix(name, suf); ok && rest != "" {
			if code, ok := geo.Country(rest); ok {
				return code, rest, true
			}
		}
	}
	return "", "", false
}

// withScriptCountry gives loc, which names no country, the one the
// caption names in these scripts, if any.
func withScriptCountry(loc *Location, find func() *Location) *Location {
	c := find()
	switch {
	case c == nil:
		return loc
	case loc == nil:
		return c
	}
	loc.Country, loc.CountryCode = c.Country, c.CountryCode
	return loc
}
