package caption

import (
	"iter"
	"strings"
	"unicode"

	"github.com/wirecap/wirecap/internal/geo"
)

// Languages that put the place in a case ending of its own name, with no
// preposition before it: Hungarian "Győrben", "Pécsen", "Ukrajnában"
// (MTI), Finnish "Helsingissä", "Tampereella" (Lehtikuva, STT), Turkish
// "Velmora'da" and "Velmora ilçesinde" (AA, DHA, İHA). The ending says
// "in", as a preposition does elsewhere: the name so written is
// introduced.

// suffixLocative reads a run written in a locative case ending: a name
// the gazetteer does not know as written whose ending
// (<lang>/place_suffix_ending.txt, each valued with the endings it may
// stand for, "-" for none) put back makes a town or a country it knows;
// a known name followed by a Turkish locative ending after an apostrophe
// ("Velmora'da", lexicon place_case_suffix valued "locative") or by a
// Turkish place noun in the locative ("Velmora ilçesinde", lexicon
// place_locative_noun). Read only in a caption of none of the languages
// the detector knows, where such endings spell other words ("Olsen",
// "Essen"). It reports whether it marked run r introduced.
func suffixLocative(s string, toks []token, r *nameRun, lang string) bool {
	if lang != "" || r.t0 != r.t1 {
		return false
	}
	if r.resolved() || r.wordCity != nil {
		if !turkishLocative(s, toks, r) {
			return false
		}
		if !r.resolved() {
			r.city, r.wordCity = r.wordCity, nil // introduced, a word's namesake is the town
		}
		r.suffixed = true
		return true
	}
	if e := stemByEnding(r, cSuffixEnding); e != "" {
		r.suffixed = true
	}
	return r.suffixed
}

// turkishLocative reports a known name followed by a locative ending
// after an apostrophe ("Velmora'da", "Velmora'daki"), which shapeWord has
// cut off the word, or by a place noun in the locative ("Velmora
// ilçesinde": in the district of Velmora).
func turkishLocative(s string, toks []token, r *nameRun) bool {
	if r.end+1 < len(s) && s[r.end] == '\'' {
		tail := s[r.end+1:]
		if n := strings.IndexFunc(tail, func(c rune) bool { return !isLetterRune(c) }); n >= 0 {
			tail = tail[:n]
		}
		return placeValue(cCaseSuffix, tail) == "locative"
	}
	return r.t1+1 < len(toks) && s[r.end:toks[r.t1+1].start] == " " && toks[r.t1+1].is(cLocativeNoun)
}

// stemByEnding puts back the nominative of a name written with one of the
// endings of class c: where the gazetteer knows the name so made, as a
// town or a country, the run is that place. The longest ending wins; it
// returns the ending, or "".
func stemByEnding(r *nameRun, c placeClass) string {
	best := ""
	for e, stem := range endingForms(r.text, c) {
		if len(e) <= len(best) {
			continue // a longer ending has matched, or this one has
		}
		if city, ok := geo.LookupCity(stem); ok {
			best, r.city, r.country, r.region, r.regionC = e, city, "", "", ""
		} else if code, ok := geo.Country(stem); ok {
			best, r.city, r.country, r.region, r.regionC = e, nil, code, "", ""
		} else if code, ok := islandOrRegion(stem); ok && best == "" {
			best, r.region, r.regionC = e, stem, code
		}
	}
	return best
}

// islandOrRegion reads a stem that no town or country bears as a
// first-level region or one of the hand-kept regions and islands (Polish
// "na Krecie", Czech "na Krétě", Hungarian "Krétán", Croatian "na Hvaru":
// Crete, Hvar), where its country is known. A town or a country so made
// wins over it.
func islandOrRegion(stem string) (string, bool) {
	c, level, ok := geo.RegionLevel(stem)
	return c, ok && c != "" && level <= 1
}

// endingForms yields, for each ending of class c that word ends with
// (compared lower-cased), the ending and each form the word may stand for
// under it (the entry's values, "|" between them, "-" for none).
func endingForms(word string, c placeClass) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		var lb [64]byte
		w := appendLower(lb[:0], word) // no allocation for most names
		for _, e := range placeList(c) {
			if len(e) >= len(w) || string(w[len(w)-len(e):]) != e {
				continue
			}
			for nominative := range strings.SplitSeq(placeValue(c, e), "|") {
				if !yield(e, word[:len(word)-len(e)]+strings.TrimPrefix(nominative, "-")) {
					return
				}
			}
		}
	}
}

// suffixTail splits the last word off a run of several that ends in a
// locative case ending: a Hungarian or Finnish sentence opens with its
// capitalised noun right before the place ("Tüntetők Velmorában",
// "Myrsky Velmorassa"), and the two read as one name. The last word so
// read is a run of its own, introduced by its ending; the words before it
// stay a run, unresolved. It returns the new run, or nil.
func suffixTail(s string, toks []token, r *nameRun, lang string) *nameRun {
	if lang != "" || r.t1 == r.t0 || r.resolved() || r.wordCity != nil || r.possessive {
		return nil
	}
	last := toks[r.t1]
	if last.end != r.end {
		return nil
	}
	t := &nameRun{start: last.start, end: last.end, t0: r.t1, t1: r.t1, text: last.text(s)}
	if !suffixLocative(s, toks, t, lang) {
		return nil
	}
	r.t1--
	r.end = toks[r.t1].end
	r.text = s[r.start:r.end]
	return t
}

// prepTail splits a run at a preposition of place written inside it,
// where the words after it name a place the gazetteer knows and the whole
// does not: Romanian "la" (at, Agerpres) is also a connector of Spanish
// names ("Alcalá la Real"), so "Inundații la Velmora", a capitalised noun
// opening the sentence, the preposition and the town, reads as one name.
// The tail is a run of its own, introduced by the preposition. It returns
// the new run, or nil.
func prepTail(s string, toks []token, r *nameRun) *nameRun {
	if r.resolved() || r.wordCity != nil || r.t1-r.t0 < 2 {
		return nil
	}
	for k := r.t1 - 1; k > r.t0; k-- {
		if toks[k].capital || !toks[k].is(cPreposition) {
			continue
		}
		t := &nameRun{start: toks[k+1].start, end: r.end, t0: k + 1, t1: r.t1, text: s[toks[k+1].start:r.end], possessive: r.possessive}
		resolveRun(t)
		if t.city == nil && t.country == "" {
			return nil
		}
		r.t1, r.end, r.possessive = k-1, toks[k-1].end, false
		r.text = s[r.start:r.end]
		return t
	}
	return nil
}

// townOfItsRegion reports a name introduced as a settlement ("à Gao",
// French "à" and bare "in" name a town) that is both a town and the
// region named after it, in the same country: "à Gao, dans le nord du
// Mali" is the town of Gao, though the region of Gao is followed by its
// country. resolveRun reads a town before its namesake region so, except
// where the town's name is also a word and waits for a preposition.
func townOfItsRegion(r *nameRun, how intro) bool {
	return how == introSettlement && r.wordCity != nil && r.regionC == r.wordCity.Country && geo.Fold(r.region) == geo.Fold(r.text)
}

// townOverItsRegion clears the region of a run read as the town of the
// same name in the same country (townOfItsRegion).
func townOverItsRegion(r *nameRun) {
	if r.city != nil && r.region != "" && r.regionC == r.city.Country && geo.Fold(r.region) == geo.Fold(r.text) {
		r.region, r.regionC = "", ""
	}
}

// countryNamedLikeTown reads a name shared by a country and a town as the
// town where a first-level region of the town's country follows it:
// "Salvador, na Bahia" (Folhapress; "Salvador" is El Salvador's French
// name), "Lebanon, Pennsylvania", "Mexico, Missouri" (AP, Reuters). The
// words between may be a preposition and an article ("na", "in the"). It
// reports whether it changed runs j and j+1.
func countryNamedLikeTown(s string, toks []token, runs []*nameRun, j int) bool {
	r := runs[j]
	if j+1 >= len(runs) || r.country == "" || r.possessive || !strings.HasPrefix(s[r.end:], ", ") {
		return false
	}
	next := runs[j+1]
	if next.country != "" || next.city == nil && next.region == "" {
		return false // a region is a city's or a region's namesake: not looked up otherwise
	}
	for k := r.t1 + 1; k < next.t0; k++ {
		if !toks[k].is(cPreposition | cArticle | cCaseArticle) {
			return false
		}
	}
	c, level, ok := geo.RegionLevel(next.text)
	if !ok || level != 1 || c == r.country {
		return false
	}
	city, ok := geo.LookupCityIn(r.text, c)
	if !ok {
		return false
	}
	r.country, r.city, r.wordCity = "", city, nil
	next.city, next.wordCity, next.region, next.regionC = nil, nil, next.text, c
	next.clearCityText()
	return true
}

// finalSigma reads a Greek name written in capitals ("ΒΟΛΟΣ, 3 Μαρτίου",
// ΑΠΕ-ΜΠΕ's datelines): a capital sigma ends a word as "ς", which
// lower-casing letter by letter makes "σ", so the gazetteer, which folds
// "Βόλος", does not know "βολοσ". The name is looked up again with each
// word-final capital sigma written "ς". It reports whether it resolved
// run r.
func finalSigma(r *nameRun) bool {
	if r.resolved() || r.wordCity != nil || !strings.Contains(r.text, "Σ") {
		return false
	}
	b := []rune(r.text)
	for i, c := range b {
		if c == 'Σ' && i > 0 && (i+1 == len(b) || !unicode.IsLetter(b[i+1])) {
			b[i] = 'ς'
		}
	}
	t := *r
	t.text = string(b)
	if t.text == r.text {
		return false
	}
	resolveRun(&t)
	if !t.resolved() && t.wordCity == nil {
		return false
	}
	text := r.text
	*r = t
	r.text = text
	return true
}

// withRegionAdjective completes loc from a region named by a region noun
// and an adjective, in lower case, which no capitalised run holds: PAP's
// "Velmora (woj. śląskie)", "w województwie śląskim" (lexicon
// pl/place_region_adjective.txt, valued with the region's ISO code).
// Where loc has no country, the region gives it, and is loc's region; a
// caption that names no other place is located in the region. A location
// with its country is left as it is (the words are not scanned again).
func withRegionAdjective(s string, toks []token, loc *Location) *Location {
	if loc != nil && (loc.CountryCode != "" || loc.Region != "") {
		return loc
	}
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].is(cRegionOfNoun) || !toks[i+1].is(cRegionAdjective) {
			continue
		}
		code, _, _ := strings.Cut(placeValue(cRegionAdjective, toks[i+1].text(s)), "-")
		if len(code) != 2 {
			return loc
		}
		region := strings.TrimSpace(s[toks[i].start:toks[i+1].end])
		if loc == nil {
			loc = &Location{Text: region}
		}
		loc.Region, loc.CountryCode, loc.Country = region, code, geo.CountryName(code)
		return loc
	}
	return loc
}

// contracted reads a town whose name opens with an article that French
// joins to the preposition before it: "au Mans", "du Perthus", "aux
// Sables-d'Olonne" name Le Mans, Le Perthus, Les Sables-d'Olonne (lexicon
// fr/place_contraction.txt, valued with the article). The name is looked
// up with its article where the gazetteer does not know it without. It
// reports whether it resolved run r.
func contracted(s string, toks []token, r *nameRun) bool {
	if r.resolved() || r.wordCity != nil || r.t0 == 0 {
		return false
	}
	prev := toks[r.t0-1]
	if !prev.is(cContraction) || s[prev.end:r.start] != " " {
		return false
	}
	city, ok := geo.LookupCity(placeValue(cContraction, prev.text(s)) + " " + r.text)
	if ok {
		r.city = city
	}
	return ok
}

// townBeforeRegionAdjective reports a region noun after token j that
// Russian and Ukrainian write after the region's adjective, declined
// ("в Орске Оренбургской области", TASS; "у Броварах Київської області",
// Ukrinform: lexicon <lang>/place_region_word.txt valued "adjective"):
// the words before the adjective are a name of their own, the town, and
// the adjective and the noun the region.
func townBeforeRegionAdjective(s string, toks []token, j int) bool {
	return placeValue(cRegionWord, toks[j+1].text(s)) == "adjective"
}

// locativeOverNamesake reads a name that the gazetteer knows as written,
// as a town only, after a preposition that introduces only a name in the
// locative (prev): the preposition would not introduce it, so it is read
// in the locative where its stem is a town too. Croatian "u Puli" is Pula,
// not Puli (Taiwan); Polish "w Pile" is Piła. It reports whether it
// changed run r.
func locativeOverNamesake(prev token, r *nameRun) bool {
	if r.locative || !prev.is(cLocativePrep) || prev.is(cKnownOnly) || r.country != "" || r.region != "" {
		return false
	}
	city, word := r.city, r.wordCity
	r.city, r.wordCity = nil, nil
	if r.locative = stemByEnding(r, cLocativeEnding) != ""; !r.locative || r.city == nil {
		r.city, r.wordCity, r.country, r.region, r.regionC, r.locative = city, word, "", "", "", false
	}
	return r.locative
}

// villageNoun reports a lower-case noun of a village or a commune that
// the Slavic and Romanian agencies write right before its name, in the
// nominative ("w miejscowości Velmorka", "v obci Velmorov", "u selu
// Velmorje", "в селе Велморовка", "comuna Velmora": lexicon
// <lang>/place_village_noun.txt): it introduces the name whether the
// gazetteer knows it or not, as the place.
func villageNoun(t *token) bool {
	return t.is(cVillageNoun) && !t.capital
}

// locativeAdjective reports a lower-case adjective at toks[i] between a
// preposition that introduces a locative and the name: Polish "w
// ukraińskim Charkowie", Czech "v ukrajinském Charkově", Russian "в
// украинском Харькове" (AFP's "in the Ukrainian city of" in the agencies'
// own words). Its ending is one of an adjective in the locative
// (xx/place_adjective_ending.txt).
func locativeAdjective(s string, toks []token, i int) bool {
	if i < 1 || toks[i].capital || !toks[i-1].is(cLocativePrep) {
		return false
	}
	for range endingForms(toks[i].text(s), cAdjectiveEnding) {
		return true
	}
	return false
}
