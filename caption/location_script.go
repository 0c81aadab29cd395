package caption

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
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

// lazyAffixes is affixes read on first use: the script passes' word lists
// cost nothing at start-up to a run that meets no caption in these
// scripts (each is a scan of the whole lexicon).
func lazyAffixes(name string) func() []string {
	return sync.OnceValue(func() []string { return affixes(name) })
}

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

// maxScriptScan bounds the bytes of a caption in which names in these
// scripts are looked for: each CJK character is tried as the start of up
// to seven names, each looked up with and without its affixes (about
// 10 µs a byte), so a hostile megabyte of Han text would hold a worker
// for seconds. A caption names its place in its first paragraphs; 8 KiB
// is some 2,700 CJK characters, several times a long wire caption.
const maxScriptScan = 8 << 10

// scriptRuneFirst is the first code point of the scripts read here
// (Hebrew): Latin, Greek and Cyrillic words are never tried.
const scriptRuneFirst = 0x0590

// scriptPlace is what scriptPlaces found: the first city, the first
// country and the first first-level region (its country), each as
// written.
type scriptPlace struct {
	city                              *geo.City
	cityText, countryText, regionText string
	country, regionCountry            string
	introduced                        bool // the city is introduced as the place (location_script_region.go)
}

// scriptPlaces reads the first city, country and region the caption
// names in these scripts outside the credit.
func (p *parser) scriptPlaces() scriptPlace {
	toks := p.toks
	var sp scriptPlace
	for i := 0; i < len(toks) && (!sp.introduced || sp.country == ""); i++ {
		t := &toks[i]
		if t.start >= maxScriptScan {
			break
		}
		if !t.isWord() || p.creditSpan.end > 0 && t.start >= p.creditSpan.start && t.end <= p.creditSpan.end {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.key); r < scriptRuneFirst {
			continue
		}
		if end, ok := p.capitalWordAt(i); ok {
			i = end - 1 // no name is read from inside "首都"
			continue
		}
		i = p.scriptPlaceAt(&sp, i)
	}
	return sp
}

// clsCapitalWord: the words for a capital written before its name
// without a space (lexicon place_capital_word: 首都).
var clsCapitalWord = lexClass("place_capital_word")

// capitalWordAt reads a capital word at token i, and returns where it
// ends.
func (p *parser) capitalWordAt(i int) (int, bool) {
	if !p.holds(clsCapitalWord) {
		return 0, false
	}
	end, _, ok := matchAt(p.toks, i, clsCapitalWord)
	return end, ok
}

// scriptPlaceAt tries the names starting at token i, longest first, and
// returns the last token of the one it read (i where none).
func (p *parser) scriptPlaceAt(sp *scriptPlace, i int) int {
	toks, s := p.toks, p.s
	for _, n := range placeWindows(toks, i) {
		name := s[toks[i].start:toks[i+n-1].end]
		if strings.ContainsRune(name, shadda) && !sp.introduced {
			// "عمّان": the doubling mark tells Amman from Oman (عُمان),
			// which fold to one name; a city so written is the city.
			if c, text, ok := affixed(name, geo.LookupCity); ok {
				sp.setCity(c, text, p.introducedPlace(i, n, name, text))
				return i + n - 1
			}
		}
		if sp.country == "" {
			if code, text, ok := affixed(name, geo.Country); ok {
				sp.country, sp.countryText = code, text
				return i
			}
		}
		// "長野県白馬村", "屏東縣恆春鎮", "제주 서귀포시": the division, not
		// its namesake city (location_script_region.go).
		if p.regionFirst(toks, i, n) {
			if code, text, ok := affixed(name, scriptRegion); ok {
				sp.setRegion(code, text)
				return i + n - 1
			}
			// A division named after its seat that iso-codes does not
			// translate ("宜蘭縣"): the seat's country, not the seat.
			if c, text, ok := affixed(name, geo.LookupCity); ok {
				sp.setRegion(c.Country, text)
				return i + n - 1
			}
		}
		if !sp.introduced {
			if c, text, ok := affixed(name, geo.LookupCity); ok {
				c = p.wardCity(sp, c, text, i, n) // location_script_ward.go
				sp.setCity(c, text, p.introducedPlace(i, n, name, text))
				return i + n - 1
			}
		}
		if code, text, ok := affixed(name, scriptRegion); ok {
			sp.setRegion(code, text)
			return i + n - 1
		}
		if sp.city == nil {
			if c, text, ok := affixed(name, scriptLandmark); ok {
				sp.setCity(c, text, false)
				return i + n - 1
			}
		}
	}
	return i
}

// shadda is the Arabic mark of a doubled consonant, which Levantine and
// Gulf captions write on the names it tells apart: عمّان (Amman) and
// عمان (Oman, also Amman unmarked).
const shadda = '\u0651'

// scriptLandmark looks up a landmark or seat of government the agencies
// writing in these scripts name without its city ("克里姆林宫", "백악관",
// "البيت الأبيض": lexicon place_landmark, valued with the city); the city
// counts only where the caption names no other.
func scriptLandmark(name string) (*geo.City, bool) {
	v := placeValue(cLandmark, name)
	if v == "" {
		return nil, false
	}
	return geo.LookupCity(v)
}

// placeWindows returns the token counts to try as one name from token i,
// longest first: a run of CJK characters (two at least), or up to three
// words.
func placeWindows(toks []tok, i int) []int {
	var out []int
	if isCJKTok(toks[i]) {
		n := 1
		for i+n < len(toks) && n < maxScriptPlaceChars && isCJKTok(toks[i+n]) && !toks[i+n].spaceBefore {
			n++
		}
		for ; n >= 2; n-- {
			if !inKatakanaWord(toks, i, n) {
				out = append(out, n)
			}
		}
		return out
	}
	for n := maxScriptPlaceWords; n >= 1; n-- {
		if i+n <= len(toks) && wordsOnly(toks[i:i+n]) {
			out = append(out, n)
		}
	}
	return out
}

// inKatakanaWord: the run toks[i:i+n] starts or ends inside a word of
// katakana. Japanese writes foreign names and loanwords in katakana as
// one word, so a name that a longer katakana word begins or ends with is
// no name ("タイ", Thailand, in "タイムズスクエア", Times Square); names
// stand apart by kanji, kana particles or "・" ("米ニューヨークの…",
// "ロシア・モスクワ").
func inKatakanaWord(toks []tok, i, n int) bool {
	return i > 0 && isKatakanaTok(toks[i-1]) && isKatakanaTok(toks[i]) && !toks[i].spaceBefore ||
		i+n < len(toks) && isKatakanaTok(toks[i+n-1]) && isKatakanaTok(toks[i+n]) && !toks[i+n].spaceBefore
}

// isKatakanaTok: a token of one katakana letter or the long-vowel mark.
func isKatakanaTok(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.key)
	return r == kanaLong || r >= 0x30a1 && r <= 0x30fa
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

// affixed looks name up as written, then without one prefix (a CJK run
// has none), then without one particle.
func affixed[T any](name string, look func(string) (T, bool)) (T, string, bool) {
	if v, ok := look(name); ok {
		return v, name, true
	}
	for _, pre := range placePrefixes {
		if rest, ok := strings.CutPrefix(name, pre); ok && rest != "" {
			if v, ok := look(rest); ok {
				return v, rest, true
			}
		}
	}
	return withoutSuffix(name, look, 2)
}

// withoutSuffix looks name up without one particle, then without a second
// before it ("부산시에서": 시 "city", then 에서 "in"), up to depth.
func withoutSuffix[T any](name string, look func(string) (T, bool), depth int) (T, string, bool) {
	for _, suf := range placeSuffixes {
		if rest, ok := strings.CutSuffix(name, suf); ok && rest != "" {
			if v, ok := look(rest); ok {
				return v, rest, true
			}
			if depth > 1 {
				if v, text, ok := withoutSuffix(rest, look, depth-1); ok {
					return v, text, true
				}
			}
		}
	}
	var zero T
	return zero, "", false
}

// withScriptPlace completes loc, which names no city, with what the
// caption names in these scripts: the city, unless loc or the caption
// names another country, or a region of another (then the city of that
// name in that country, if any), and the country.
func withScriptPlace(loc *Location, sp scriptPlace) *Location {
	country := cmp.Or(sp.country, sp.regionCountry)
	if loc != nil && loc.CountryCode != "" {
		country = loc.CountryCode
	}
	city := sp.city
	if city != nil && country != "" && city.Country != country {
		city, _ = geo.LookupCityIn(sp.cityText, country)
	}
	if city == nil && country == "" {
		return loc
	}
	if loc == nil {
		loc = &Location{Text: strings.Join(slices.DeleteFunc([]string{sp.cityText, sp.regionText, sp.countryText},
			func(t string) bool { return t == "" }), " ")}
	}
	if city != nil {
		loc.City, loc.GeoNamesID = city.Name, city.ID
		country = cmp.Or(country, city.Country)
	}
	if loc.Region == "" && sp.regionText != "" && sp.regionCountry == country {
		loc.Region = sp.regionText
	}
	if loc.CountryCode == "" && country != "" {
		loc.CountryCode, loc.Country = country, geo.CountryName(country)
	}
	return loc
}
