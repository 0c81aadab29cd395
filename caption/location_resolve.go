package caption

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// The rules that read a capitalised run by its neighbours before any place
// candidate is scored (resolveRuns, runRule): what the gazetteer cannot
// settle alone, each a convention of the agencies or of a language, each
// with its table test (location_conventions_test.go).

// regionNamedLikeCountry reads a first-level region that shares a
// country's name as the region where the city before it lies in the
// region's country: "Savannah, Georgia" is in the US state, "Batumi,
// Georgia" in the country. It runs on the resolved runs, before any
// candidate is scored, and reports whether it changed run j.
func regionNamedLikeCountry(s string, runs []*nameRun, j int) bool {
	r := runs[j]
	if j == 0 || r.country == "" || r.possessive || s[runs[j-1].end:r.start] != ", " {
		return false
	}
	c, level, ok := geo.RegionLevel(r.text)
	if !ok || level != 1 || c == r.country {
		return false
	}
	prev := runs[j-1]
	name := prev.cityName()
	if prev.city == nil && prev.wordCity == nil && prev.region == "" {
		return false
	}
	if _, ok := geo.LookupCityIn(name, r.country); ok {
		return false // "Batumi, Georgia": a city of the country
	}
	city, ok := geo.LookupCityIn(name, c)
	if !ok {
		return false
	}
	prev.city, prev.wordCity, prev.region, prev.regionC = city, nil, "", ""
	r.country, r.region, r.regionC = "", r.text, c
	return true
}

// regionBeforeItsCountry reads a name shared by a country and a
// first-level region as the region where the country written after it is
// the region's own: "Velmora, Georgia, U.S.", "in Georgia, United States"
// (Reuters and Xinhua name the country after the state). It reports
// whether it changed run j.
func regionBeforeItsCountry(s string, runs []*nameRun, j int) bool {
	r := runs[j]
	if j+1 >= len(runs) || r.country == "" || r.possessive || s[r.end:runs[j+1].start] != ", " {
		return false
	}
	next := runs[j+1]
	if next.country == "" || next.possessive || next.country == r.country {
		return false
	}
	c, level, ok := geo.RegionLevel(r.text)
	if !ok || level != 1 || c != next.country {
		return false
	}
	r.country, r.region, r.regionC = "", r.text, c
	return true
}

// regionWithItsCountry reports that the run at position k of the chain is
// a region followed by its own country: "Velmora airport, Virginia, U.S."
// names the state, as Reuters and Xinhua write a state before its country,
// not a town called Virginia elsewhere.
func regionWithItsCountry(runs []*nameRun, chain []int, k int) bool {
	r := runs[chain[k]]
	if r.region == "" || r.regionC == "" || k+1 >= len(chain) {
		return false
	}
	next := runs[chain[k+1]]
	return next.country == r.regionC && !next.possessive
}

// afterPossessiveCity reports a name right after a city in the possessive:
// "in Velmora's Drastovo Park" (Xinhua, Kyodo, AP) is a place of Velmora,
// even where a town elsewhere shares the first word of its name.
func afterPossessiveCity(runs []*nameRun, i int) bool {
	if i == 0 {
		return false
	}
	p := runs[i-1]
	return p.possessive && runs[i].start-p.end <= 3 && (p.city != nil || p.wordCity != nil)
}

// cityDistrict reads dpa's "Berlin-Kreuzberg", "Stuttgart-Bad Cannstatt":
// a city, a hyphen and one of its districts. The city is the part before the
// hyphen, the place the whole name. A name the gazetteer gives a town of
// its own ("Baden-Baden", "Castrop-Rauxel") is that town. It reports
// whether it changed run r.
func cityDistrict(_ []token, r *nameRun) bool {
	head, tail, ok := strings.Cut(r.text, "-")
	if !ok || tail == "" || strings.ContainsAny(head, " ") || endsWithPlaceNoun(r.text) || r.country != "" || r.region != "" {
		return false // an airport named "Velmora-Drastovo International Airport" is read by resolvePrefix
	}
	city, ok := geo.LookupCity(head)
	if !ok || !isCap(tail) {
		return false
	}
	if whole := cmp.Or(r.city, r.wordCity); whole != nil {
		if geo.Fold(whole.Name) == geo.Fold(r.text) || whole.Country != city.Country {
			return false
		}
	}
	r.city, r.wordCity = city, nil
	n := r.editNotes()
	n.cityText, n.prefixPlace = head, r.text
	return true
}

// foreignTownKeeps is the population from which a town keeps its name
// against a first-level region of another country: small countries name
// their regions after big cities (Jamaica's parishes of Manchester and
// Hanover), where the city is meant; the region wins over a town of
// 163,000 (Ontario, California) or 20,000 (Colorado, Paraná).
const foreignTownKeeps = 300_000

// regionOverForeignTown reads a name shared by a first- or second-level
// region and a smaller town of another country as the region: "in
// Ontario" is the province, not the Californian city; "in Cornwall" the
// English county, not the Canadian town. A capital or a city of 300,000
// people keeps its name ("Victoria", "Manchester"); a city of the region's own country
// is in it anyway ("Salzburg"); a region two countries share keeps the
// town, as no country is known ("St Thomas"; a town whose name is also a
// word yields to such a region: "Florida", in resolveRun). k is the name
// folded. It reports whether it changed run r, which it leaves a region.
func regionOverForeignTown(r *nameRun, k geo.Key) bool {
	c, level, ok := geo.RegionLevelOf(k)
	if !ok || level < 1 || level > 2 || !townYields(r.city, c) {
		return false
	}
	r.city = nil
	r.clearCityText()
	r.region, r.regionC = r.text, c
	return true
}

// townYields reports whether a town yields its name to a first-level
// region of country c: a town of another country, of fewer than
// foreignTownKeeps people, no capital, of a stated country (Jerusalem has
// none: the caption decides).
func townYields(town *geo.City, c string) bool {
	return c != "" && town.Country != "" && town.Country != c && !prominent(town) && town.Population < foreignTownKeeps
}

// subdivisionBeforeCountry reads a subdivision's code between a city and
// its country: "Velmora, SP, Brasil" (Folhapress), "Velmora, NSW,
// Australia" (AAP): the code of an ISO 3166-2 division of the country
// after it. US and Canadian codes are read without the country (apState).
// It reports whether it changed run j.
func subdivisionBeforeCountry(s string, runs []*nameRun, j int) bool {
	r := runs[j]
	if j == 0 || j+1 >= len(runs) || len(r.text) > 3 || !isUpperWord(r.text) || r.country != "" || r.city != nil {
		return false
	}
	next := runs[j+1]
	if s[runs[j-1].end:r.start] != ", " || s[r.end:next.start] != ", " || next.country == "" || next.possessive {
		return false
	}
	name, ok := geo.Subdivision(next.country, r.text)
	if !ok {
		return false
	}
	r.region, r.regionC, r.wordCity = r.text, next.country, nil
	if name != "" || r.more != nil {
		r.editNotes().regionName = name
	}
	return true
}

// locativeStem reads a Slavic town or country name in the locative after
// a preposition of place ("w Warszawie", "v Praze", "u Zagrebu", "в
// Москве", "у Харкові", "в Україні"): the name with its locative ending
// (<lang>/place_locative_ending.txt, each ending valued with the endings
// it may stand for) put back, where the gazetteer knows the name so made.
// Greek declines a name after any preposition or genitive article
// ("στον Βόλο", "της Πάτρας").
// The longest ending wins. It reports whether it changed run r.
func locativeStem(s string, toks []token, r *nameRun) bool {
	if r.t0 == 0 || r.t0 != r.t1 {
		return false
	}
	if r.resolved() || r.wordCity != nil {
		return locativeOverNamesake(toks[r.t0-1], r)
	}
	if prev := toks[r.t0-1]; !prev.is(cLocativePrep) && !(prev.is(cPreposition|cOfLink) && greekName(r.text)) && !locativeAdjective(s, toks, r.t0-1) {
		return false
	}
	r.locative = stemByEnding(r, cLocativeEnding) != ""
	return r.locative
}

// locativePair reads a two-word Slavic town name in the locative after a
// preposition of place ("u Novom Sadu", "w Zielonej Górze", "v Českých
// Budějovicích"): the adjective's ending (place_adjective_ending.txt)
// and the noun's (place_locative_ending.txt) put back, where the
// gazetteer knows the name so made. It reports whether it changed run r.
func locativePair(toks []token, r *nameRun) bool {
	if r.resolved() || r.wordCity != nil || r.t0 == 0 || r.t1 != r.t0+1 || !toks[r.t0-1].is(cLocativePrep) {
		return false
	}
	adj, noun, ok := strings.Cut(r.text, " ")
	if !ok {
		return false
	}
	for _, a := range endingForms(adj, cAdjectiveEnding) {
		for _, n := range endingForms(noun, cLocativeEnding) {
			if c, ok := geo.LookupCity(a + " " + n); ok {
				r.city, r.locative = c, true
				return true
			}
		}
	}
	return false
}

// regionAfterNoun reads a name written right after a capitalised German
// region noun as the region ("im Landkreis Velmora", "im Kanton Velmora",
// dpa and SDA): a region named after its chief town lies in that town's
// country. It runs on resolution, before any candidate is read, and
// reports whether it changed run r.
func regionAfterNoun(toks []token, r *nameRun) bool {
	if r.t0 == 0 || r.country != "" || r.region != "" {
		return false
	}
	if n := toks[r.t0-1]; !n.is(cRegionNameNoun) || !n.capital {
		return false
	}
	c, ok := geo.Region(r.text)
	if town := cmp.Or(r.city, r.wordCity); !ok && town != nil {
		c = town.Country
	} else if !ok {
		// A small town, which the gazetteer gives only where a phrase
		// ties it, and the noun does ("im Bezirk Velmora", APA).
		c = soleCountry(geo.Cities(r.text))
	}
	r.city, r.wordCity, r.region, r.regionC = nil, nil, r.text, c
	r.clearCityText()
	return true
}

// soleCountry returns the country of the towns cs where they all lie in
// one, else "".
func soleCountry(cs []*geo.City) string {
	if len(cs) == 0 || slices.ContainsFunc(cs, func(c *geo.City) bool { return c.Country != cs[0].Country }) {
		return ""
	}
	return cs[0].Country
}

// maxTransliterations bounds the spellings tried for one name.
const maxTransliterations = 16

// transliterated reads a name the German or French press transliterates
// from Cyrillic ("Bachmut", "Saporischschja", "Zaporijjia") after a
// preposition, where the gazetteer knows only the English form: the rules
// of the caption's language (lexicon place_transliteration; every
// language's where it is not known) undone, the name found in a country
// whose names are so transliterated; after a preposition, or after such
// a country and a comma (dpa's dateline "Ukraine, Saporischschja:"). It
// reports whether it changed run r.
func transliterated(s string, toks []token, r *nameRun, lang string) bool {
	if r.resolved() || r.wordCity != nil || r.t0 == 0 || r.t0 != r.t1 || !toks[r.t0-1].is(cPreposition|cOfLink|cCaseArticle) && !afterItsCountry(s, toks, r) {
		return false
	}
	langs := placeLex.translitLangs
	if lang != "" {
		langs = []string{lang} // none for a language without rules
	}
	var lb [64]byte
	name := appendLower(lb[:0], r.text)
	for _, l := range langs {
		for _, v := range translitSpellings(name, placeLex.translit[l]) {
			if c, ok := geo.LookupCity(v); ok && wordIs(strings.ToLower(c.Country), cCyrillicCountry) {
				r.city = c
				return true
			}
		}
	}
	return false
}

// appendLower appends s lower-cased to dst, without allocating for ASCII
// text that fits.
func appendLower(dst []byte, s string) []byte {
	for _, c := range []byte(s) {
		if c >= 0x80 {
			return append(dst[:0], strings.ToLower(s)...)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// translitRules are one language's transliteration rules (the letters
// they undo, "^" first for a rule read only at the start, to their
// spellings), ordered once when the lexicon loads, not at each name.
type translitRules struct {
	to    map[string][]string
	froms []string  // the rules' letters, the longest first
	first [256]bool // the first letters of the rules: no other position is compared
}

func newTranslitRules(to map[string][]string) *translitRules {
	tr := &translitRules{to: to, froms: slices.Collect(maps.Keys(to))}
	// Longest first, ties in order: the first rule that matches is the
	// longest.
	slices.SortFunc(tr.froms, func(a, b string) int {
		a, b = strings.TrimPrefix(a, "^"), strings.TrimPrefix(b, "^")
		return cmp.Or(len(b)-len(a), strings.Compare(a, b))
	})
	for _, f := range tr.froms {
		if g := strings.TrimPrefix(f, "^"); g != "" {
			tr.first[g[0]] = true
		}
	}
	return tr
}

// ruleAt is the longest rule of tr that matches name at i, else "".
func (tr *translitRules) ruleAt(name []byte, i int) string {
	if !tr.first[name[i]] {
		return ""
	}
	for _, f := range tr.froms {
		g := strings.TrimPrefix(f, "^")
		if g != "" && (g == f || i == 0) && len(name)-i >= len(g) && string(name[i:i+len(g)]) == g {
			return f
		}
	}
	return ""
}

// translitSpellings are the names rules make of name, lower-cased: at
// each position the longest rule that matches applies ("^" rules only at
// the start), each of its alternatives a spelling of its own; at most
// maxTransliterations. A name no rule changes has none.
func translitSpellings(name []byte, tr *translitRules) []string {
	if tr == nil {
		return nil // a language without rules
	}
	rules := tr.to
	var froms [32]string
	n := 0
	for i := 0; i < len(name) && n < len(froms); {
		from := tr.ruleAt(name, i)
		froms[n] = from
		n++
		if from == "" {
			i++
			continue
		}
		i += len(strings.TrimPrefix(from, "^"))
	}
	if slices.IndexFunc(froms[:n], func(f string) bool { return f != "" }) < 0 {
		return nil
	}
	out := [][]byte{make([]byte, 0, 2*len(name))}
	i := 0
	for _, from := range froms[:n] {
		if from == "" {
			for k := range out {
				out[k] = append(out[k], name[i])
			}
			i++
			continue
		}
		var next [][]byte
		for _, o := range out {
			for _, to := range rules[from] {
				if len(next) < maxTransliterations {
					next = append(next, append(slices.Clip(o), to...))
				}
			}
		}
		out = next
		i += len(strings.TrimPrefix(from, "^"))
	}
	spellings := make([]string, len(out))
	for k, o := range out {
		spellings[k] = string(o)
	}
	return spellings
}

// genitiveCountry reads a German country's name in the genitive ("im
// Norden Velmoras", "die Hauptstadt Velmoras") as the country; followed by
// a capitalised noun it is the country's ("Velmoras Präsident"), as an
// English possessive. Read in the languages that form a place's genitive
// so (languages.tsv: genitive_places): in English "the Americas" is no
// genitive. It reports whether it changed run r.
func genitiveCountry(toks []token, r *nameRun) bool {
	if r.resolved() || r.wordCity != nil || r.t0 != r.t1 {
		return false
	}
	for _, e := range placeList(cGenitiveEnding) {
		stem, ok := strings.CutSuffix(r.text, e)
		if !ok || len(stem) < 3 {
			continue
		}
		if c, ok := geo.Country(stem); ok {
			r.country = c
			r.possessive = r.t1+1 < len(toks) && toks[r.t1+1].capital && toks[r.t1+1].start == r.end+1
			return true
		}
	}
	return false
}

// afterItsCountry reports a run written right after a country whose names
// are transliterated from Cyrillic and a comma: dpa's datelines of
// foreign stories name the country, then the town ("04.02.2025, Ukraine,
// Velmora:"), as they name the Land before a German town.
func afterItsCountry(s string, toks []token, r *nameRun) bool {
	prev := toks[r.t0-1]
	if s[prev.end:r.start] != ", " {
		return false
	}
	c, ok := geo.Country(prev.text(s))
	return ok && wordIs(strings.ToLower(c), cCyrillicCountry)
}

// greekName reports a name written in the Greek script.
func greekName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.Is(unicode.Greek, r)
}
