package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/geo"
)

// How captions state where a photo was taken, as the agencies' conventions
// (../shared/corpus/captions/CONVENTIONS.md) and the AP, Reuters and Getty
// style guides write it. The rules below read these shapes; none depends on
// the gazetteer knowing the name, which only adds the country and settles
// which of several places a name means.
//
//   - A dateline opens the text: "CITY, Country (Agency) —",
//     "CITY, Month Day (Agency) -", Getty's "CITY, STATE - MONTH DD:".
//   - A preposition introduces the place, in the desk's four languages:
//     "in X", "at X", "near X", "à X", "près de X", "en X", "cerca de X",
//     "bei X"; "the city/town/village of X" introduces a settlement, "the
//     province/region of X" a region.
//   - The parts of one place follow each other from the most specific,
//     separated by commas: "X, region, Country"; "X (Country)" in EFE's style.
//   - The place stands next to the capture date: "in X, Country, March 28,
//     2022" (AP, Reuters, EPA), "on June 24, 2022 in X" (Getty, AFP).
//   - A capitalised word that is also an ordinary word ("Nice", "Police"),
//     or a small town named in passing, is a place only where the text
//     introduces it as one; a title ("Prince of Wales") names no place.

// nameRun is a run of capitalised words: a candidate place name.
type nameRun struct {
	start, end  int
	t0, t1      int // first and last token
	text        string
	possessive  bool // "China's"
	orientation bool // a country named for orientation: "near the border with X"
	locative    bool // a Slavic town name in the locative: "w Warszawie"
	suffixed    bool // a name in a locative case ending, introduced by it: "Velmorában" (suffixLocative)
	// resolution
	country  string    // ISO code when the run names a country
	city     *geo.City // the gazetteer's city
	wordCity *geo.City // a city whose name is also a common word: a place only where introduced
	region   string    // region name when the run names a region
	regionC  string    // the region's country, if known
	// more holds what few runs have (nil for the others): a caption's
	// runs are one block, and kept out of it these fields shrink it from
	// 200 to 144 bytes a run.
	more *runNotes
}

// runNotes are the names a run is read under besides its text.
type runNotes struct {
	cityText string // the city as written, where the run says more ("Old Velmora")
	// regionName is the region's full name where the text abbreviates it
	// ("Ore.", "QC"): the name the gazetteer files its cities under.
	regionName string
	demonym    string
	// prefixPlace: the whole run when only its first words name the city.
	prefixPlace string
}

// notes are the run's notes, zero when it has none.
func (r *nameRun) notes() runNotes {
	if r.more == nil {
		return runNotes{}
	}
	return *r.more
}

// editNotes returns the run's notes to be written, made on first use.
func (r *nameRun) editNotes() *runNotes {
	if r.more == nil {
		r.more = new(runNotes)
	}
	return r.more
}

// clearCityText forgets the city as written (and makes no notes to do so).
func (r *nameRun) clearCityText() {
	if r.more != nil {
		r.more.cityText = ""
	}
}

func (r *nameRun) resolved() bool { return r.country != "" || r.city != nil || r.region != "" }

// cityName is the city as the caption writes it.
func (r *nameRun) cityName() string {
	if t := r.notes().cityText; t != "" {
		return t
	}
	return r.text
}

// sameSentenceSpan bounds, in bytes, how far from the place the date is
// anchored to another place phrase may stand and still complete it: about
// one wire-caption sentence (a dateline sentence runs 100 to 200 bytes).
const sameSentenceSpan = 160

// The lexicon's month and weekday names: a month opens no place name
// ("May 3"), a weekday may stand between a place and its date.
var (
	classMonth   = lexClass("month")
	classWeekday = lexClass("weekday")
)

// isWeekday reports a weekday name.
func isWeekday(w string) bool { return lexiconHas(w, classWeekday.bit()) }

// lexiconHas reports whether the lexicon puts the word w, folded as the
// lexer folds its keys, in one of the classes.
func lexiconHas(w string, classes classSet) bool {
	var buf [32]byte
	e := lexicon.entryBytes(geo.AppendKey(buf[:0], w))
	return e != nil && e.classes.meets(classes)
}

// apState reads run r as an AP state abbreviation, a Canadian Press
// province abbreviation, or a US or Canadian postal code written after a
// comma: "Velmora, Ore.", "Velmora, Sask.", "VELMORA, QC". The region's
// country is the abbreviation's, whatever a namesake elsewhere.
func apState(s string, r, prev *nameRun) bool {
	if r.resolved() || r.start < 2 || s[r.start-2:r.start] != ", " {
		return false
	}
	t := r.text
	if len(t) == 2 && isUpperWord(t) {
		if australianState(r, prev) {
			return true
		}
		// Postal codes in datelines: "LOS ANGELES, CA - JUNE 24:",
		// "GATINEAU, QC" (the US and Canadian codes do not overlap).
		for _, country := range []string{"US", "CA"} {
			if name, ok := geo.Subdivision(country, t); ok {
				r.region, r.regionC = t, country
				r.editNotes().regionName = name
				return true
			}
		}
		return false
	}
	if !strings.HasSuffix(t, ".") && !wordIs(t, cAPState) { // an undotted entry reads as written
		if r.end >= len(s) || s[r.end] != '.' {
			return false
		}
		t += "."
	}
	if !wordIs(t, cAPState) {
		return false
	}
	country, code, _ := strings.Cut(placeValue(cAPState, t), "-")
	r.region, r.regionC, r.wordCity = t, country, nil
	if name, _ := geo.Subdivision(country, code); name != "" || r.more != nil {
		r.editNotes().regionName = name
	}
	return true
}

// regionLookupName is the name the gazetteer files the cities of region
// run r under: its full name where the text abbreviates it.
func (r *nameRun) regionLookupName() string {
	if n := r.notes().regionName; n != "" {
		return n
	}
	return r.text
}

// prominent cities are named without introduction: capitals and cities of
// a million people.
func prominent(c *geo.City) bool { return c.Capital || c.Population >= 1_000_000 }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isAbbrev(w string) bool {
	return len(w) <= 6 && strings.Count(w, ".") >= 2
}

func isCap(w string) bool {
	// Most words start with an ASCII letter: read without decoding (an
	// article "al-", "el-" starts with a lower-case a or e).
	if w != "" && w[0] < utf8.RuneSelf && w[0] != 'a' && w[0] != 'e' {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	// "al-X", "el-X": Arabic article before a capitalised name.
	if len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) {
		w = w[3:]
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// inSet looks w up, lower-cased, in m without allocating for ASCII words.
func inSet(m map[string]bool, w string) bool { return lookupLower(m, w) }

// lower is strings.ToLower without allocating for lower-case ASCII words.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// nameRuns groups tokens into runs of capitalised words.
func nameRuns(s string, toks []token) []*nameRun {
	runs, _ := appendNameRuns(nil, nil, s, toks)
	return runs
}

// runEnd returns the index of the last token of the name run that starts
// at toks[i]: capitalised words separated by one space, an abbreviation's
// full stop, or connectors between capitalised words.
func runEnd(s string, toks []token, i int) int {
	j := i
	for j+1 < len(toks) {
		gap := s[toks[j].end:toks[j+1].start]
		next := toks[j+1].text(s)
		if strings.HasSuffix(toks[j].text(s), "'s") {
			break
		}
		if gap == ". " && toks[j].is(cNameAbbrev) && isCap(next) && !toks[j+1].dateName() {
			j++ // "St. Louis": the full stop is the abbreviation's
			continue
		}
		// "Cortina d'Ampezzo": the elided "d'" belongs to the name.
		if gap != " " && !(len(gap) > 1 && gap[0] == ' ' && elidedGap(gap[1:]) && isCap(next)) || toks[j+1].dateName() && !cityThroughDateName(s, toks, i, j+1) {
			break
		}
		if strings.HasSuffix(toks[j].text(s), ".") && toks[j+1].is(cArticle) {
			break // "Washington, D.C. The trees …": a new sentence
		}
		if isCap(next) {
			j++
			continue
		}
		// A connector followed by a capitalised word; Spanish and
		// French join with two ("Plaza de la Velmora", "Place de la
		// Velmora", "Palacio de los Velmora").
		if n := connectorsAt(s, toks, j+1); n > 0 && j+n+1 < len(toks) && toks[j+n+1].capital && !dateAt(s, toks, j+n+1) {
			j += n + 1
			continue
		}
		if k := joinedCountry(s, toks, i, j); k > j {
			j = k
			continue
		}
		break
	}
	return j
}

// joinedCountry is the last token of a country or a first-level region
// whose name joins two names with "and" ("Bosnia and Herzegovina",
// "Trinidad and Tobago", "Bosnien und Herzegowina", "Antigua y Barbuda";
// Spain's "Castilla y León", Polish "Warmia i Mazury"), where the run
// toks[i:j+1] is its first part; else j. Anywhere else a joiner ends the
// run: "Velmora and Drastovo" are two places.
func joinedCountry(s string, toks []token, i, j int) int {
	if j+2 >= len(toks) || !toks[j+1].is(cJoiner) || s[toks[j+1].end:toks[j+2].start] != " " {
		return j
	}
	for k := j + 2; k < len(toks) && k <= j+4 && toks[k].capital; k++ {
		name := s[toks[i].start:toks[k].end]
		if _, ok := geo.Country(name); ok {
			return k
		}
		if _, level, ok := geo.RegionLevel(name); ok && level <= 1 {
			return k
		}
		if k+1 < len(toks) && s[toks[k].end:toks[k+1].start] != " " {
			break
		}
	}
	return j
}

// runSpan is where a name run lies: its first and last token and the
// byte its text ends at.
type runSpan struct{ t0, t1, end int }

// runSpans appends the spans of the name runs of toks to out.
func runSpans(out []runSpan, s string, toks []token) []runSpan {
	i := 0
	for i < len(toks) {
		t := &toks[i]
		if !t.capital || t.dateName() && !nameNotDate(s, toks, i) {
			i++
			continue
		}
		j := runEnd(s, toks, i)
		if j > i && t.is(cNameNoun|cRegionNameNoun|cDirectionNoun|cLocativePrep) {
			// "im Dorf Velmora": the noun introduces the name (introduction);
			// so does a Slavic preposition or noun of place opening the
			// caption ("Жители Велмограда …", ru/place_preposition).
			i++
		}
		end := toks[j].end
		// "Velmora province", "Drastovo county": the generic word, written in
		// lower case, belongs to the name.
		if j+1 < len(toks) && s[toks[j].end:toks[j+1].start] == " " && !strings.HasSuffix(toks[j].text(s), "'s") && toks[j+1].is(cRegionWord) &&
			(j > i || !isDemonym(t.text(s))) {
			// not "the Mexican state of Velmora": a nationality, then a noun
			if j > i && townBeforeRegionAdjective(s, toks, j) {
				out = append(out, runSpan{i, j - 1, toks[j-1].end})
				i = j
			}
			j++
			end = toks[j].end
		}
		out = append(out, runSpan{i, j, end})
		i = j + 1
	}
	return out
}

// appendNameRuns is nameRuns appending to runs, the runs themselves held in
// backing while it has room (else in one block sized for them all, the
// spans being found first): it returns both.
func appendNameRuns(runs []*nameRun, backing []nameRun, s string, toks []token) ([]*nameRun, []nameRun) {
	var sb [48]runSpan
	spans := runSpans(sb[:0], s, toks)
	if len(spans) > cap(backing)-len(backing) {
		// A block is never grown, so the pointers into it stay valid.
		backing = make([]nameRun, 0, len(spans))
	}
	for _, sp := range spans {
		start := toks[sp.t0].start
		backing = append(backing, nameRun{start: start, end: sp.end, t0: sp.t0, t1: sp.t1, text: s[start:sp.end]})
		r := &backing[len(backing)-1]
		if n := len(runs); n > 0 && s[runs[n-1].end:r.start] == " (" && isAcronymOf(r.text, runs[n-1].text) {
			// "the Syrian Arab News Agency (SANA)": a name spelt out, then its
			// abbreviation in brackets (the style guides' first reference)
			// names the organisation again, not a place.
			backing = backing[:len(backing)-1]
			continue
		}
		if strings.HasSuffix(r.text, "'s") {
			r.possessive = true
			r.text = strings.TrimSuffix(r.text, "'s")
		}
		runs = append(runs, r)
	}
	return runs, backing
}

// dateAt reports a month or weekday name at toks[i] that is part of a
// date: followed by a number, or alone at the end. After a connector a
// month's name may belong to a place's ("Rio de Janeiro", "Plaza de
// Mayo").
func dateAt(s string, toks []token, i int) bool {
	if !toks[i].dateName() {
		return false
	}
	rest := strings.TrimLeft(s[toks[i].end:], " ,")
	if w, ok := strings.CutPrefix(rest, "de "); ok {
		rest = w // "3 de Janeiro de 2024"
	}
	return rest == "" || rest[0] >= '0' && rest[0] <= '9'
}

// connectorsAt is the number of connectors (one or two) from toks[i] on,
// each followed by a single space: "de", "de la", "del"; 0 if none.
func connectorsAt(s string, toks []token, i int) int {
	n := 0
	for n < 2 && i+n+1 < len(toks) && toks[i+n].is(cConnector) && s[toks[i+n].end:toks[i+n+1].start] == " " {
		n++
	}
	return n
}

// isAcronymOf reports an abbreviation made of the initials of the
// capitalised words of name: "SANA" of "Syrian Arab News Agency", "DRC" of
// "Democratic Republic of Congo".
func isAcronymOf(abbr, name string) bool {
	if len(abbr) < 2 {
		return false
	}
	k := 0
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if !isUpperByte(w[0]) {
			continue
		}
		if k == len(abbr) || abbr[k] != w[0] {
			return false
		}
		k++
	}
	return k == len(abbr)
}

// setCity records the gazetteer's city c for the name written; a name that
// is also an ordinary word stays a candidate only.
func (r *nameRun) setCity(c *geo.City, written string) {
	r.setCityWord(c, written, !prominent(c) && geo.IsWord(written))
}

// setCityWord is setCity where the caller knows whether the name written
// is also a word (geo.CityOf tells it with the city).
func (r *nameRun) setCityWord(c *geo.City, written string, word bool) {
	if written != r.text {
		r.editNotes().cityText = written
	}
	if !prominent(c) && word {
		r.wordCity = c
		return
	}
	r.city = c
}

func resolveRun(r *nameRun) {
	n := strings.TrimPrefix(r.text, "The ")
	if i := strings.IndexByte(n, ' '); i > 0 && strings.IndexByte(n[:i], '-') > 0 {
		for _, w := range placeList(cControlSuffix) {
			if strings.HasSuffix(n[:i], w) {
				n = n[i+1:]
				break
			}
		}
	}
	if wordIs(n, cContinent) {
		// "in Africa": a continent or world region, never the town
		// that GeoNames also lists under that name.
		return
	}
	// The name is folded and hashed once for the four tables it is looked
	// up in.
	var kb [64]byte
	k := geo.MakeKey(kb[:0], n)
	if c, ok := geo.CountryOf(k); ok {
		r.country = c
		return
	}
	if c, word, ok := geo.CityOf(k); ok {
		r.setCityWord(c, n, word)
		if r.city != nil && !regionOverForeignTown(r, k) {
			return
		}
	}
	// "Velmora City" (Japanese usage): the city's own name, unless "City" belongs to it
	// ("Mexico City", found above).
	if base, ok := strings.CutSuffix(n, " City"); ok {
		if c, ok := geo.LookupCity(base); ok {
			r.setCity(c, base)
			return
		}
	}
	if resolveRegion(r, n, k) {
		return
	}
	// "Old Velmora", "East Drastovo", "Greater Quillarno".
	if i := strings.IndexByte(n, ' '); i > 0 && wordIs(n[:i], cCityPrefix) {
		rest := n[i+1:]
		if c, ok := geo.LookupCity(rest); ok {
			r.setCity(c, rest)
			return
		}
		if c, ok := geo.Country(rest); ok && (strings.HasSuffix(lower(n[:i]), "ern") || r.possessive) {
			r.country = c
			return
		}
	}
	if c, ok := geo.DemonymOf(k); ok {
		r.editNotes().demonym = c
	}
}

// resolveRegion reads run r, named n (folded k), as a region: one of the
// gazetteer's, or a name ending in a region word ("Velmora province"). It
// reports whether it did.
func resolveRegion(r *nameRun, n string, k geo.Key) bool {
	c, level, ok := geo.RegionLevelOf(k)
	if ok && r.wordCity != nil && level > 1 {
		// "Reading", "Bath": a word that names a district as well as a town
		// is neither unless introduced.
		ok = false
	}
	if !ok && level == 1 && c != "" {
		// "Punjab": a first-level region of two countries (India and
		// Pakistan) lies in the one the phrase or the text names, else in
		// none; a town that bears the name too is not meant ("Florida").
		r.region, r.wordCity = n, nil
		return true
	}
	if ok && level == 1 && r.wordCity != nil && townYields(r.wordCity, c) {
		r.wordCity = nil // "in Colorado": the US state, not a Brazilian town
	}
	if ok || endsWithRegionWord(n) {
		r.region, r.regionC = n, c
		if !ok {
			// "Velmora region", "Drastovo oblast": regions named after their
			// capital lie in its country.
			if city, found := geo.LookupCity(n[:strings.LastIndexByte(n, ' ')]); found {
				r.regionC = city.Country
			}
		}
		return true
	}
	return false
}

// endsWithRegionWord reports a name of several words whose last is a
// region word ("Velmora province").
func endsWithRegionWord(n string) bool {
	i := strings.LastIndexByte(n, ' ')
	return i > 0 && wordIs(n[i+1:], cRegionWord)
}

// ofTail splits "National Museum of Country" into a run for the place after
// "of", as a weak candidate; a title ("Prince of Wales") names no place.
// After a word that names what lies in a place ("Residents of Velmora,
// Country", "the area of Velmora") the tail is split even where the
// gazetteer does not know it: the sentence opens with the people, not a
// place.
func ofTail(r *nameRun, toks []token) *nameRun {
	if r.resolved() {
		return nil
	}
	i, of := lastOfLink(r.text)
	if i < 0 {
		return nil
	}
	for k := r.t0; k <= r.t1 && toks[k].start < r.start+i; k++ {
		if toks[k].is(cTitle) {
			return nil
		}
	}
	n := len(of) + 2
	t := &nameRun{start: r.start + i + n, end: r.end, t1: r.t1, text: r.text[i+n:], possessive: r.possessive}
	for t.t0 = r.t1; t.t0 > r.t0 && toks[t.t0-1].start >= t.start; t.t0-- {
	}
	resolveRun(t)
	if t.city == nil && t.country == "" && (of != "of" || !toks[t.t0-2].is(cOfWord)) {
		return nil
	}
	return t
}

// lastOfLink finds the last "of" inside a name, or the Spanish, French and
// Italian "de", "del", "di" before a last word that names a known place
// ("Puerta del Sol de Madrid", "Place de la Nation de Velmora"): where it
// starts (at its leading space) and the word; -1 when there is none. A name
// that is itself a place ("Rio de Janeiro", "Santiago de Chile") was
// resolved whole before.
func lastOfLink(name string) (int, string) {
	// Each link starts at a space: the last one is at the last space
	// that opens one (no two open at the same space).
	for i := strings.LastIndexByte(name, ' '); i >= 0; i = strings.LastIndexByte(name[:i], ' ') {
		for _, w := range [...]string{" of ", " de ", " del ", " di "} {
			if strings.HasPrefix(name[i:], w) {
				return i, w[1 : len(w)-1]
			}
		}
	}
	return -1, ""
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// chainGapOK reports a gap that may stand inside one place.
func chainGapOK(words []string, punct string) bool {
	for k := 0; k < len(words); k++ {
		w := words[k]
		if wordIs(w, cChainGap) || wordIs(w, cDirection) || isDigits(w) || isMeasure(w) || isDemonym(w) {
			continue
		}
		if !isControlQualifier(w) {
			return false
		}
		k++ // "the Russian-controlled part of": the qualifier and its noun
	}
	// An apostrophe is French elision: "à X, dans l'oblast de Y".
	return strings.Trim(punct, ",()'’") == ""
}

// isDemonym reports a nationality adjective: "Velmora, in the Mexican
// state of Drastovo" (AP, Reuters) names the region's country.
func isDemonym(w string) bool {
	_, ok := geo.Demonym(w)
	return ok
}

// isMeasure reports a distance written in one word: "58kms", "40km".
func isMeasure(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d > 0 && d < len(w) && wordIs(w[d:], cChainGap)
}

// measuredGap reports a gap that places the name before it by its distance
// from the name after it, without a comma: "Velmora some 58 km south-east
// of Drastovo" (AFP), "Velmora 40 miles north of Drastovo". With a comma
// the chain holds it anyway.
func measuredGap(words []string) bool {
	n := len(words)
	return n >= 2 && wordIs(words[n-1], cOfLink) && wordIs(words[n-2], cDirection)
}

// linkWord is the word of a gap that joins two places without a comma:
// "Velmora near Drastovo", "the Town Hall in Drastovo".
func linkWord(words []string, punct string) string {
	if punct != "" || len(words) == 0 || len(words) > 5 {
		return ""
	}
	region := false
	for _, w := range words[1:] {
		switch {
		case wordIs(w, cRegionOfNoun):
			region = true // "on the island of", "in the province of"
		case !wordIs(w, cArticle|cOfLink|cDirection):
			return ""
		}
	}
	switch {
	case wordIs(words[0], cInLink):
		return "in"
	case wordIs(words[0], cNearLink):
		return "near"
	case wordIs(words[0], cOnLink) && region:
		return "in"
	}
	return ""
}

// regionGap reports a gap that introduces a region: "…, in the province
// of ", " on the island of ".
func regionGap(words []string) bool {
	n := len(words)
	return n >= 2 && wordIs(words[n-1], cOfLink) && wordIs(words[n-2], cRegionOfNoun)
}

// trailingDirection is the direction word that ends a gap ("south" in
// ", south "), or "".
func trailingDirection(words []string) string {
	if len(words) > 0 && wordIs(words[len(words)-1], cDirection) {
		return words[len(words)-1]
	}
	return ""
}

// intro is how the text introduces a name.
type intro int

const (
	introNone       intro = iota
	introPrep             // "in X", "at the X"
	introDateline         // the text opens with the name
	introSettlement       // "the town of X", "in X" without an article
	introRegion           // "the province of X"
)

// introduction finds what introduces run r: its kind and where the words
// that introduce it start.
func introduction(s string, toks []token, runs []*nameRun, ri int) (intro, int) {
	r := runs[ri]
	if r.suffixed {
		return introPrep, r.start // "Velmorában": the ending is the preposition
	}
	i := r.t0 - 1
	// "in south Country's Velmora Province": skip the possessive country and
	// its direction.
	if ri > 0 && runs[ri-1].possessive && runs[ri-1].t1 == i {
		i = runs[ri-1].t0 - 1
	}
	article, caseArticle := false, false
	for k := 0; k < 3 && i >= 0 && toks[i].is(cArticle|cDirection|cCaseArticle) && !prepNotArticle(toks, i, r); k++ {
		article = article || toks[i].is(cArticle|cCaseArticle)
		caseArticle = caseArticle || toks[i].is(cCaseArticle)
		i--
	}
	if caseArticle && r.country == "" && r.region == "" || i >= 0 && germanNounAfterArticle(s, toks[i], r) {
		// "nach dem Tor": a German noun, capitalised, after its article;
		// "in der Halle" too, though a town bears the name: German towns
		// take no article (countries and regions may: "in der Schweiz").
		return introNone, r.start
	}
	known := r.resolved() || r.wordCity != nil
	if r.locative && locativeAdjective(s, toks, i) {
		i-- // "w ukraińskim Charkowie": the adjective between
	}
	if i >= 0 && (toks[i].is(cKnownOnly) && !known || toks[i].is(cLocativePrep) && !r.locative && !(toks[i].is(cKnownOnly) && known)) {
		// "i", "v", "na": short words of other meanings elsewhere
		// ("Velmora v Drastovo", a match). One that is both introduces a
		// known name as it is, or in the locative (Bulgarian and Russian
		// "в": "в Пловдив", "в Сочи", "в Москве").
		return introNone, r.start
	}
	if i < 0 {
		if datelineEnd(s[r.end:]) && strings.TrimSpace(s[:r.start]) == "" && (r.city != nil || isUpperWord(r.text) || r.wordCity != nil) && !titleAbbrev(s, r) {
			return introDateline, r.start
		}
		return introNone, r.start
	}
	prev := &toks[i]
	if g := strings.TrimSpace(s[prev.end:toks[i+1].start]); g != "" && !elidedGap(g) {
		return introNone, r.start // a comma or a full stop ends the phrase
	}
	switch {
	case prev.is(cPreposition):
		if prev.is(cBarePreposition) && !article {
			return introSettlement, prev.start
		}
		return introPrep, prev.start
	case prev.is(cOnLink) && onNamedPlace(r):
		// "on Velmora Island", "on the Velmora River" (placesen2).
		return introPrep, prev.start
	case prev.is(cRegionNameNoun) && (prev.capital || prev.is(cLowerNameNoun) && i > 0 && toks[i-1].is(cPreposition)):
		// "im Landkreis Velmora": a region; Romanian "în județul Velmora"
		// in lower case after its preposition ("Velmorești din județul
		// Drastovo" names the village in its county).
		return introRegion, prev.start
	case prev.is(cNameNoun) && prev.capital || prev.is(cLowerNameNoun) && !prev.is(cRegionNameNoun) && r.city != nil || villageNoun(prev):
		// "im Dorf Velmora", "in der Gemeinde Velmora": the text starts at
		// the noun; Romanian "orașul Velmora" in lower case, before a
		// known town.
		return introSettlement, prev.start
	case prev.is(cOfLink) && i > 0:
		if toks[i-1].is(cNearWord) {
			return introSettlement, toks[i-1].start // "près de X": the text starts at "près"
		}
		return ofIntroduction(toks, i), prev.start
	}
	return introNone, r.start
}

// ofIntroduction reads what introduces a name after "of" (de, von) at
// toks[i]: "près de X", "the town of X" a settlement; "la région de X" a
// region; "the area of X" a place.
func ofIntroduction(toks []token, i int) intro {
	n := &toks[i-1]
	if i > 1 && !n.capital && !n.is(cSettlementNoun|cRegionOfNoun) && toks[i-2].is(cSettlementNoun) {
		n = &toks[i-2] // French and Spanish adjectives follow the noun: "les rues inondées de X"
	}
	switch {
	case n.is(cSettlementNoun):
		return introSettlement
	case n.is(cRegionOfNoun):
		return introRegion
	case n.is(cOfWord):
		return introPrep
	}
	return introNone
}

// datelineEnd reports the punctuation that ends a dateline's place: a
// comma, a dash, a bracket or a colon ("KYIV, Ukraine", "LONDON - JUNE 24:",
// "MADRID (EFE)").
func datelineEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(",-–—(:.", r) && r != utf8.RuneError
}

func isUpperWord(s string) bool {
	return len(s) > 1 && inCapitals(s)
}

// dateAdjacent reports a place phrase that ends just before the capture
// date or starts just after it.
func dateAdjacent(s string, toks []token, start, end int, d span) bool {
	if d.start < 0 {
		return false
	}
	if end <= d.start && d.start-end < 40 {
		var wb [8]string
		words, punct := gapOf(wb[:0], s, toks, end, d.start)
		ok := strings.Trim(punct, ",") == ""
		for _, w := range words {
			ok = ok && (wordIs(w, cBeforeDate) || isWeekday(w) || strings.HasSuffix(w, "day"))
		}
		return ok
	}
	if start >= d.end && start-d.end < 12 {
		var wb [8]string
		words, punct := gapOf(wb[:0], s, toks, d.end, start)
		ok := strings.Trim(punct, ",:.-") == ""
		for _, w := range words {
			ok = ok && wordIs(w, cAfterDate)
		}
		return ok
	}
	return false
}

// chainFrom returns the indexes of the runs that continue the place that
// starts at runs[i]: "Velmora, State, Country".
func chainFrom(s string, toks []token, runs []*nameRun, i int) []int {
	return appendChain(nil, s, toks, runs, i)
}

// appendChain is chainFrom appending to buf.
func appendChain(buf []int, s string, toks []token, runs []*nameRun, i int) []int {
	chain := append(buf[:0], i)
	for j := i + 1; j < len(runs) && len(chain) < 5; j++ {
		prev := runs[chain[len(chain)-1]]
		if nationalityOnly(runs[j]) && j+1 < len(runs) {
			continue // "Velmora, in the Mexican state of Drastovo": the gap holds it
		}
		if !runs[j].resolved() && runs[j].wordCity == nil {
			if j+1 < len(runs) && isControlQualifier(runs[j].text) {
				continue // "the Russian-controlled part of": the gap holds it
			}
			break
		}
		gap := s[prev.end:runs[j].start]
		if gap == ", " || gap == "/" && runs[j].region != "" {
			// "Velmora, Country"; dpa's "Velmora/Bayern": a place, then
			// its Land.
			chain = append(chain, j)
			continue
		}
		if len(gap) > 64 || strings.IndexByte(gap, ',') < 0 && !prev.possessive && len(gap) > 32 {
			break // too far apart to be one place
		}
		var wb [8]string
		words, punct := gapOf(wb[:0], s, toks, prev.end, runs[j].start)
		head := placeNounHead(words)
		words = words[head:]
		if districtOfRegion(prev, head > 0, words, punct, runs[j]) {
			chain = append(chain, j)
			continue
		}
		// "Velmora in Drastovo": a place in or by a city; a country lies
		// in no city ("talks on Ruritania in Drastovo").
		link := linkWord(words, punct) != "" && runs[j].resolved() && (prev.country == "" || runs[j].country != "")
		if !strings.Contains(punct, ",") && !prev.possessive && trailingDirection(words) == "" && !link && !measuredGap(words) {
			break
		}
		if !chainGapOK(words, punct) || strings.ContainsAny(punct, ".;:") {
			break
		}
		chain = append(chain, j)
	}
	return chain
}

// nationalityOnly reports a run that is a nationality adjective and no
// place: "Mexican" in "the Mexican state of Velmora".
func nationalityOnly(r *nameRun) bool {
	return r.notes().demonym != "" && !r.resolved() && r.wordCity == nil && r.t0 == r.t1
}

// parenToComma reads EFE's "Velmora (Country)" as "Velmora, Country", keeping
// offsets.
func parenToComma(s string) string {
	var b []byte
	for i := strings.IndexByte(s, '('); i >= 0 && i+1 < len(s); {
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		j += i
		inner := s[i+1 : j]
		r, _ := utf8.DecodeRuneInString(inner)
		prev, _ := utf8.DecodeLastRuneInString(s[:max(0, i-1)])
		if i > 1 && s[i-1] == ' ' && unicode.IsLetter(prev) && unicode.IsUpper(r) && len(inner) < 40 && onlyLettersSpaces(inner) {
			if bracketedPlace(inner) {
				if b == nil {
					b = []byte(s)
				}
				b[i-1], b[i], b[j] = ',', ' ', ' '
			}
		}
		k := strings.IndexByte(s[j:], '(')
		if k < 0 {
			break
		}
		i = j + k
	}
	if b == nil {
		return s
	}
	return string(b)
}

// bracketedPlace reports a name in brackets after a place that names
// where it lies: a country (EFE: "Velmora (Country)") or a region (dpa,
// French and Spanish papers: "Velmora (Sachsen)", "Velmora (Gironde)").
func bracketedPlace(inner string) bool {
	if _, ok := geo.Country(inner); ok {
		return true
	}
	if noun, _, ok := strings.Cut(inner, " "); ok && wordIs(noun, cRegionNameNoun) {
		return true // "Velmora (Landkreis Drastovo)": the noun says it
	}
	_, ok := geo.Region(inner)
	return ok
}

func onlyLettersSpaces(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// placeMention reports whether runs[i] (resolved with resolveRun) names a
// place as the location rules read a caption: a country or a region, a
// capital or a city of a million people, or a town the text introduces as
// a place (a preposition, a dateline, "X, Country"). A town named in
// passing ("Jackson said") or a word that is also a town ("Police") is not.
// Places and the article checks can share it.
func placeMention(s string, toks []token, runs []*nameRun, i int) bool {
	r := runs[i]
	switch {
	case r.country != "" || r.region != "":
		return true
	case r.city == nil && r.wordCity == nil:
		return false
	case r.city != nil && prominent(r.city):
		return true
	}
	if how, _ := introduction(s, toks, runs, i); how != introNone {
		return true
	}
	chain := chainFrom(s, toks, runs, i)
	last := runs[chain[len(chain)-1]]
	return len(chain) > 1 && (last.country != "" && !last.possessive || last.region != "")
}

// segmentStart reports a run that opens the text, a line or a comma- or
// dash-separated segment.
func segmentStart(s string, toks []token, r *nameRun) bool {
	if r.t0 == 0 {
		return true
	}
	gap := s[toks[r.t0-1].end:r.start]
	return strings.ContainsAny(gap, ",\n-–—:")
}

// namedAfterCity reports a name whose head is a known city and whose tail is
// no place noun: a team or a company ("Velmora Rovers", a city's name
// followed by the club's).
func namedAfterCity(name string) bool {
	if endsWithPlaceNoun(name) || strings.HasSuffix(name, " City") {
		return false
	}
	for i := strings.LastIndexByte(name, ' '); i > 0; i = strings.LastIndexByte(name[:i], ' ') {
		if c, ok := geo.LookupCity(name[:i]); ok && prominent(c) {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

func endsWithPlaceNoun(s string) bool {
	if i := strings.IndexByte(s, ' '); i > 0 && wordIs(s[:i], cHeadNoun) {
		return true // "Plaza de la Velmora", "Palais Velmora": the noun comes first
	}
	return wordIs(s[strings.LastIndexByte(s, ' ')+1:], cPlaceNoun)
}

// namedCountries are the countries the text names (not as possessives): the
// context that decides between places of the same name.
func namedCountries(runs []*nameRun) []string {
	n := 0
	for _, r := range runs {
		if r.country != "" && !r.orientation {
			n++
		}
		if r.regionC != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n) // one exact block
	for _, r := range runs {
		if r.country != "" && !r.orientation {
			out = append(out, r.country)
		}
		if r.regionC != "" {
			out = append(out, r.regionC)
		}
	}
	return out
}

// inContext returns the entry of the city r names that lies in one of the
// countries of ctx, the first country winning; nil when none does.
func inContext(r *nameRun, ctx []string) *geo.City {
	for _, code := range ctx {
		if r.city.Country == code {
			return r.city
		}
		if c, ok := geo.LookupCityIn(r.cityName(), code); ok {
			return c
		}
	}
	return nil
}

// fallbackLocation answers when no place phrase was found: a named place
// the gazetteer does not know introduced by a preposition, a possessive
// country that locates something, a nationality.
func fallbackLocation(s string, toks []token, runs []*nameRun) *Location {
	for i, r := range runs {
		how, at := introduction(s, toks, runs, i)
		if how != introNone && how != introDateline && at < r.start && !toks[r.t0].is(cNotPlace) && r.notes().demonym == "" && !r.possessive {
			return &Location{Place: r.text, Text: strings.TrimSpace(s[at:r.end])}
		}
	}
	for _, r := range runs {
		if r.country != "" && r.possessive && r.t1+1 < len(toks) {
			// "off Country's northeast coast", not "Country's President".
			for k := r.t1 + 1; k < len(toks) && k <= r.t1+2; k++ {
				if toks[k].is(cPossessiveWord) {
					return &Location{CountryCode: r.country, Country: geo.CountryName(r.country)}
				} else if !toks[k].is(cDirection) {
					break
				}
			}
		}
	}
	for _, r := range runs {
		if d := r.notes().demonym; d != "" {
			loc := &Location{CountryCode: d, Country: geo.CountryName(d)}
			loc.Text = unknownPlace(s, toks)
			loc.Place = unknownPlaceName(s, toks, 0, len(s))
			return loc
		}
	}
	return unknownPlaceLocation(s, toks)
}

// unknownPlace is the wires' phrase for a place they do not name: "at an
// undisclosed location".
func unknownPlace(s string, toks []token) string {
	for i := 3; i+1 < len(toks); i++ {
		if !toks[i].is(cUnknownPlace) {
			continue
		}
		if !toks[i+1].is(cUnknownNoun) || !toks[i-1].is(cArticle) {
			continue
		}
		if toks[i-2].is(cPreposition) {
			return s[toks[i-2].start:toks[i+1].end]
		}
	}
	return ""
}

// unknownFirst fills the location from a first name the gazetteer does not
// know.
func unknownFirst(s string, toks []token, runs []*nameRun, chain []int, best candidate, loc *Location) {
	r := runs[chain[0]]
	noun, link, city := "", "", false
	if len(chain) > 1 {
		city = runs[chain[1]].city != nil || cityTerritory(runs, chain, 1)
		var wb [8]string
		words, punct := gapOf(wb[:0], s, toks, r.end, runs[chain[1]].start)
		noun = leadingPlaceNoun(words)
		link = linkWord(words, punct)
	}
	switch {
	case afterPossessiveCity(runs, chain[0]):
		// "in Velmora's Drastovo Ward": a place of the city (possessiveCityPlace).
		loc.Place = r.text
	case noun != "" && strings.Contains(s[r.end:runs[chain[1]].start], noun):
		// "the Velmora airport, outside Drastovo".
		gap := s[r.end:runs[chain[1]].start]
		loc.Place = s[r.start : r.end+strings.Index(gap, noun)+len(noun)]
	case link == "in" && city || link != "" && endsWithPlaceNoun(r.text):
		// "the White House in Washington": a place in the city.
		loc.Place = r.text
	case len(chain) > 1 && s[r.end:runs[chain[1]].start] == ", " && city:
		// "Parc des Princes, Paris, France": a place, then its city.
		loc.Place = r.text
	case link != "" || len(chain) > 1 || best.intro == introSettlement || best.intro == introDateline:
		// "the town of X near Jerusalem", "X, Country", "in X".
		switch {
		case endsWithPlaceNoun(r.text):
			loc.Place = r.text
		case strings.HasSuffix(r.text, " City"):
			// "Velmora City": the city's name without the word.
			loc.City = strings.TrimSuffix(r.text, " City")
		default:
			loc.City = r.text
		}
	default:
		loc.Place = r.text
		if named, _ := namedWithNoun(s, toks, r); named != "" && len(chain) == 1 {
			loc.Place = named // "at the Velmora border crossing": the place with its noun
		}
	}
}

// cityTerritory reports a territory that is also a city ("Hong Kong",
// "Singapore") at position k of the chain, named with its sovereign
// country after it: "Velmora, Hong Kong, China" names a district of the
// city.
func cityTerritory(runs []*nameRun, chain []int, k int) bool {
	r := runs[chain[k]]
	if r.country == "" || r.possessive || !laterCountry(runs, chain[k+1:]) {
		return false
	}
	_, ok := geo.LookupCity(r.text)
	return ok
}

// inCityGap: the gap between a district and its city, a comma or "in",
// or a comma and a preposition of place ("em Copacabana, no Rio de
// Janeiro", Agência Brasil; "Velmora, in Drastovo").
func inCityGap(s string, toks []token, a, b int) bool {
	var wb [8]string
	if s[a:b] == ", " || linkWord(gapOf(wb[:0], s, toks, a, b)) == "in" {
		return true
	}
	j := wordIndex(toks, a+2)
	return strings.HasPrefix(s[a:b], ", ") && j >= 0 && toks[j].start == a+2 && toks[j].end == b-1 &&
		toks[j].is(cPreposition) && !toks[j].is(cOriginPrep|cNearWord|cNearLink|cOnLink)
}

// possessiveCity is the city named in the possessive just before the
// anchor ("Moscow's"), or nil.
func possessiveCity(runs []*nameRun, anchor int) *nameRun {
	if anchor == 0 {
		return nil
	}
	p := runs[anchor-1]
	if !p.possessive || runs[anchor].start-p.end > 3 {
		return nil
	}
	if p.city == nil && p.wordCity != nil {
		p.city, p.wordCity = p.wordCity, nil
	}
	if p.city == nil {
		return nil
	}
	return p
}

// laterCountry reports a non-possessive country among the runs.
func laterCountry(runs []*nameRun, idxs []int) bool {
	for _, idx := range idxs {
		if runs[idx].country != "" && !runs[idx].possessive {
			return true
		}
	}
	return false
}

// impliedCountry is the country that the chain's region or city implies.
func impliedCountry(runs []*nameRun, chain []int) string {
	for _, idx := range chain {
		r := runs[idx]
		if r.possessive && r.city == nil && r.regionC == "" {
			// "Ruritania's President"; a city's district is in the city's
			// country, a region's ("Velmora's Drastovo district") in the
			// region's.
			continue
		}
		if r.country != "" {
			return r.country
		}
		if r.regionC != "" {
			return r.regionC
		}
		if r.city != nil && r.city.Country != "" {
			return r.city.Country
		}
	}
	return ""
}

// demonymBefore reads "the eastern Ukrainian city of X": the country of the
// nationality before a settlement noun and "of".
func demonymBefore(s string, toks []token, r *nameRun) string {
	i := r.t0 - 1
	if i < 2 || !toks[i].is(cOfLink) || !toks[i-1].is(cSettlementNoun|cRegionOfNoun) {
		return ""
	}
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		if c, ok := geo.Demonym(toks[k].text(s)); ok {
			return c
		}
		if k > 0 {
			if c, ok := geo.Demonym(toks[k-1].text(s) + " " + toks[k].text(s)); ok {
				return c
			}
		}
	}
	return ""
}

// lowerPlaceBefore widens the text to an unnamed place before a named one:
// "at an undisclosed location in Country".
func lowerPlaceBefore(s string, toks []token, textStart int) int {
	i := 0
	for i < len(toks) && toks[i].start < textStart {
		i++
	}
	i-- // the last token before the text
	for n := 0; n < 4 && i >= 0; n++ {
		w := toks[i].text(s)
		if isCap(w) {
			return textStart
		}
		if toks[i].is(cArticle) {
			if i > 0 {
				if n > 0 && toks[i-1].is(cPreposition|cOnLink) {
					return toks[i-1].start
				}
			}
			return textStart
		}
		i--
	}
	return textStart
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func isDisputedRegion(name string) bool {
	c, ok := geo.Region(name)
	return ok && c == ""
}

// leadingPlaceNoun returns the generic noun that opens gap ("airport" in
// " airport, outside "), or "". Villages and towns are settlements: their
// name is the city.
// placeNounHead is the number of words opening a gap that name what the
// name before them is, ending in a place noun: "Velmora refugee camp in
// the northern Drastovo Strip", "Velmora airport, outside Drastovo"; the
// place chain reads on after them.
func placeNounHead(words []string) int {
	for k := 0; k < min(2, len(words)); k++ {
		if wordIs(words[k], cPlaceNoun) {
			// Two place nouns name one thing: "Velmora border crossing".
			if k+1 < len(words) && wordIs(words[k+1], cPlaceNoun) && !wordIs(words[k+1], cChainGap|cPreposition) {
				k++
			}
			return k + 1
		}
		if wordIs(words[k], cChainGap|cPreposition|cDirection) {
			return 0
		}
	}
	return 0
}

func leadingPlaceNoun(words []string) string {
	h := placeNounHead(words)
	if h == 0 {
		return ""
	}
	if w := words[h-1]; !wordIs(w, cVillageNoun) {
		return w
	}
	return ""
}

func sameCountry(runs []*nameRun, chain []int, code string) bool {
	for _, idx := range chain {
		r := runs[idx]
		if r.city != nil && r.city.Country == code || r.regionC == code {
			return true
		}
	}
	return false
}

// resolvePrefix reads "Velmora Central Airport" as a place in Velmora.
func resolvePrefix(r *nameRun) {
	// The last word first: most runs end in no place noun, and are not
	// split.
	t := strings.TrimRightFunc(r.text, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 {
		return
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	if !wordIs(t[i+n:], cPlaceNoun) {
		return
	}
	f := strings.Fields(r.text)
	if len(f) < 2 {
		return
	}
	if prefixCity(r, f) || directionPrefixCity(r, f) {
		return
	}
	// Airports are named "City-Name": "Velmora-Drastovo International
	// Airport" serves Velmora.
	if city, _, ok := strings.Cut(f[0], "-"); ok && city != "" {
		if c, ok := geo.LookupCity(city); ok {
			r.city = c
			n := r.editNotes()
			n.cityText, n.prefixPlace = city, r.text
		}
	}
}

// prefixCity reads the longest first words of the run's words f that
// name a city or a country ("in Country Velmora National Park").
func prefixCity(r *nameRun, f []string) bool {
	for k := len(f) - 1; k >= 1; k-- {
		name := strings.Join(f[:k], " ")
		if c, ok := geo.LookupCity(name); ok {
			r.city = c
			n := r.editNotes()
			n.cityText, n.prefixPlace = name, r.text
			return true
		}
		if code, ok := geo.Country(name); ok {
			r.country = code
			return true
		}
	}
	return false
}

// directionPrefixCity reads "East Velmora Grand Theatre": a venue named
// by a part of its city ("East Pyongyang", "North London") is in the
// city, unless the direction and the name are a region ("South
// Carolina State House") or the name is an ordinary word.
func directionPrefixCity(r *nameRun, f []string) bool {
	if len(f) < 3 || !wordIs(f[0], cDirection) {
		return false
	}
	if _, ok := geo.Region(f[0] + " " + f[1]); ok {
		return false
	}
	if !prefixCity(r, f[1:]) || r.city == nil || geo.IsWord(r.more.cityText) {
		// "North Velmoria National Park": no country's part; "West Side
		// Stadium": no town named Side.
		if r.city != nil {
			r.more.cityText, r.more.prefixPlace = "", ""
		}
		r.city, r.country = nil, ""
		return false
	}
	return true
}

// placeBefore finds a named place that the caption ties to the anchor
// ("at the Velmora airport, outside Drastovo"; "at Velmora Beach in Drastovo").
func placeBefore(s string, toks []token, runs []*nameRun, anchor int, textStart *int) string {
	if anchor == 0 {
		return ""
	}
	prev := runs[anchor-1]
	if prev.resolved() || prev.t0 == 0 || toks[prev.t0].is(cNotPlace) || notPlaceName(prev) {
		return ""
	}
	// A named place is introduced ("at the Velmora Temple", "in
	// Drastovo district"); a capitalised subject opening the sentence
	// ("Demonstranten in Berlin") is not one.
	if !toks[prev.t0-1].is(cPreposition | cArticle | cOfLink) {
		return ""
	}
	var wb [8]string
	words, _ := gapOf(wb[:0], s, toks, prev.end, runs[anchor].start)
	end := prev.end
	if len(words) > 0 && wordIs(words[0], cPlaceNoun) {
		k := prev.t1 + 1
		end = toks[k].end
		words = words[1:]
	}
	if len(words) > 0 && !wordIs(strings.Join(words, " "), cPlaceBeforeLink) {
		return ""
	}
	i := prev.t0 - 1
	if toks[i].is(cArticle) && i > 0 {
		i--
	}
	if toks[i].is(cPreposition) {
		*textStart = toks[i].start
	} else {
		*textStart = prev.start
	}
	return s[prev.start:end]
}

// elidedGap reports the text between two words that is an elided article
// or preposition (lexicon place_elision): "d'" inside "Cortina d'Ampezzo",
// "L'" between "a" and "Aquila" in "a L'Aquila", which shapeWord has cut
// off the name's word.
func elidedGap(g string) bool { return g != "" && wordIs(g, cElision) }

// prepNotArticle reports a word that is an article in some languages and
// a preposition of towns in another, read as the preposition: Romanian
// "la Velmora" (at Velmora), where no preposition stands before it (in
// Spanish "en la Velmora" it is the article) and the name is a town the
// gazetteer knows (lexicon place_preposition valued "known").
func prepNotArticle(toks []token, i int, r *nameRun) bool {
	return toks[i].is(cKnownOnly) && toks[i].is(cPreposition) && r.city != nil && (i == 0 || !toks[i-1].is(cPreposition|cOfLink))
}
