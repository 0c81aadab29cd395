// Package geo knows countries (names in English, French, German, Spanish,
// Italian, Dutch and Portuguese, and in 19 other agencies' languages,
// with ISO 3166-1 alpha-2 codes), a gazetteer of the world's cities of at
// least 15,000 people with their Latin, Cyrillic and Greek alternate names
// and of the towns of 5,000 to 15,000 as tied names (City.Tied), first- and
// second-level regions, and country borders for GPS-to-country lookups.
//
// The data is generated from pinned public sources by ./internal/gen (see
// README.md for sources and licences), embedded in the binary and decoded
// lazily on first use: the country tables on the first country lookup, the
// gazetteer's index on the first city or region lookup (read in place; its
// cities decoded by chunks as lookups reach them), the borders on the first
// GPS lookup.
package geo

//go:generate go run ./internal/gen -out .

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
	"golang.org/x/text/language"
)

var (
	once        sync.Once
	countryIdx  map[string]string // folded name -> code
	countryName map[string]string // code -> English name
	demonymIdx  map[string]string // folded adjective -> code
	countryKeys *keyFilter        // the keys of countryIdx and demonymIdx
)

// countriesText is written by ./internal/gen from CLDR (through
// golang.org/x/text): each country's English name ("code\tname"), an empty
// line, then the folded names of the desk's languages and of the other
// agencies' languages with their codes (see the generator's
// moreCountryLanguages: it leaves out those that are a city, a region or
// an ordinary word). The country tables are read from it without
// consulting the gazetteer or CLDR at start-up.
//
//go:embed countries.txt
var countriesText string

// Fold lower-cases s, strips accents and collapses punctuation to single
// spaces, so that "Kyiv", "KYIV" and "Kyïv" compare equal.
func Fold(s string) string { return fold.Fold(s) }

func load() {
	english, names, _ := strings.Cut(countriesText, "\n\n")
	countryName = make(map[string]string, 300)
	for line := range strings.SplitSeq(english, "\n") {
		if code, name, ok := strings.Cut(line, "\t"); ok {
			countryName[code] = name
		}
	}
	countryIdx = make(map[string]string, 4096)
	for line := range strings.SplitSeq(names, "\n") {
		if k, code, ok := strings.Cut(line, "\t"); ok {
			countryIdx[k] = code
		}
	}
	for alias, code := range countryAliases {
		countryIdx[Fold(alias)] = code
	}
	for _, name := range notCountries {
		delete(countryIdx, Fold(name))
	}
	demonymIdx = make(map[string]string, len(demonyms))
	for adj, code := range demonyms {
		demonymIdx[Fold(adj)] = code
	}
	countryKeys = newKeyFilter(len(countryIdx) + len(demonymIdx))
	for k := range countryIdx {
		countryKeys.add(k)
	}
	for k := range demonymIdx {
		countryKeys.add(k)
	}
}

// Country returns the ISO code of a country named in any of the desk's
// languages ("Russie", "Russland", "U.S.", "the United States").
func Country(name string) (code string, ok bool) {
	var buf [64]byte
	return CountryKey(AppendKey(buf[:0], name))
}

// AppendKey appends name folded as every lookup folds it (see Fold): a
// caller that asks several tables about one name folds it once and uses
// the ...Key functions.
func AppendKey(dst []byte, name string) []byte { return fold.Append(dst, name) }

// CountryKey is Country for a name folded with AppendKey.
func CountryKey(k []byte) (code string, ok bool) {
	once.Do(load)
	k = bytes.TrimPrefix(k, []byte("the "))
	if !countryKeys.mayHold(k) {
		return "", false
	}
	code, ok = countryIdx[string(k)]
	return code, ok
}

// CountryName is the English name of an ISO code, or "".
func CountryName(code string) string {
	once.Do(load)
	return countryName[strings.ToUpper(code)]
}

// Demonym returns the country of an adjective such as "Ukrainian" or "russe".
func Demonym(adj string) (string, bool) {
	var buf [64]byte
	return DemonymKey(fold.Append(buf[:0], adj))
}

// DemonymKey is Demonym for a name folded with AppendKey.
func DemonymKey(k []byte) (string, bool) {
	once.Do(load)
	if !countryKeys.mayHold(k) {
		return "", false
	}
	c, ok := demonymIdx[string(k)]
	return c, ok
}

// Alpha2 turns an ISO 3166 alpha-2 or alpha-3 code ("FRA") into alpha-2.
func Alpha2(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return ""
	}
	return r.String()
}
