package caption

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// First-level divisions named in the scripts scriptPlaces reads: Chinese
// provinces and autonomous regions, Taiwan's counties, Japanese
// prefectures, Korean provinces (do), and the divisions iso-codes names
// in Hebrew (the gazetteer's section 4, internal/gen/regions_script.go).
// A region gives the caption its country where no country is named, and
// its text the location's region; a city it names keeps its own.

// regionSuffixes are the generic words written after a division's name
// (lexicon place_region_suffix: 省, 自治区, 縣, 県, 府), longest first.
var regionSuffixes = lazyAffixes("place_region_suffix")

// scriptRegion returns the country of a first-level division (or a
// hand-kept region) named name, with or without its generic word; a
// region of no stated or of two countries is none.
func scriptRegion(name string) (string, bool) {
	if code, level, ok := geo.RegionLevel(name); ok && code != "" && level <= 1 {
		return code, true
	}
	for _, suf := range regionSuffixes() {
		if rest, ok := strings.CutSuffix(name, suf); ok && rest != "" {
			if code, level, ok := geo.RegionLevel(rest); ok && code != "" && level <= 1 {
				return code, true
			}
		}
	}
	return "", false
}

// setRegion records the first region found.
func (sp *scriptPlace) setRegion(code, text string) {
	if sp.regionCountry == "" {
		sp.regionCountry, sp.regionText = code, text
	}
}

// regionFirst reports a name (toks[i:i+n]) to read as a division before
// a city of the same name: one written with its generic word ("長野県",
// "宜蘭縣"), or one followed by a name written with its city word, the
// address order of Chinese, Japanese and Korean, largest first ("제주
// 서귀포시": Jeju province, then the city of Seogwipo; lexicon
// place_city_word).
func (p *parser) regionFirst(toks []tok, i, n int) bool {
	end := i + n
	if end < len(toks) && !toks[end].spaceBefore && p.startsWithAny(end, regionSuffixes()) {
		return true
	}
	if endsWithAny(p.s[toks[i].start:toks[end-1].end], regionSuffixes()) {
		return true
	}
	if end < len(toks) && toks[end].spaceBefore && toks[end].isWord() && endsWithAny(toks[end].text(p.s), cityWords()) {
		_, _, ok := affixed(toks[end].text(p.s), geo.LookupCity)
		return ok
	}
	return false
}

// cityWords are the words for "city" a Korean city's name is written
// with (lexicon place_city_word: 시, 市).
var cityWords = lazyAffixes("place_city_word")

// startsWithAny: the text from token k starts with one of words.
func (p *parser) startsWithAny(k int, words []string) bool {
	rest := p.s[p.toks[k].start:]
	for _, w := range words {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// endsWithAny: s ends with one of words.
func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// Places introduced as where the picture was taken, by a preposition
// before them (lexicon place_before: 在, في, در), a particle after them
// (place_after: で) or one joined to them (place_locative_affix: ب, ב,
// 에서): the first so introduced is the caption's city, else the first
// city named (an origin, "大阪出身"; an organisation, "北京大学").
var (
	clsPlaceBefore  = lexClass("place_before")
	clsPlaceAfter   = lexClass("place_after")
	locativeAffixes = lazyAffixes("place_locative_affix")
)

// setCity records a city: the first named, replaced by the first
// introduced.
func (sp *scriptPlace) setCity(c *geo.City, text string, introduced bool) {
	if sp.city == nil || introduced {
		sp.city, sp.cityText, sp.introduced = c, text, introduced
	}
}

// introducedPlace reports the name toks[i:i+n] (name, text without its
// affixes) introduced as a place.
func (p *parser) introducedPlace(i, n int, name, text string) bool {
	toks := p.toks
	if i > 0 && toks[i-1].has(clsPlaceBefore) || i+n < len(toks) && toks[i+n].has(clsPlaceAfter) {
		return true
	}
	for _, a := range locativeAffixes() {
		if strings.HasPrefix(name, a+text) || strings.HasPrefix(name, text) && strings.HasPrefix(name[len(text):], a) {
			return true
		}
	}
	return false
}
