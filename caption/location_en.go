package caption

import (
	"slices"
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// Rules for places as English-language wires write them (AP, Reuters,
// AFP, Getty, PA, Bloomberg), each small and named, each with a table
// test of invented captions in location_en_test.go.

// venueCityAcrossDate: Getty writes the venue before the date and its city
// after it ("at Velmora Square Garden on March 3, 2026 in Drastovo, State",
// CONVENTIONS.md: "Description on Month DD, YYYY in City, Country"), AP the
// venue before and the city after the weekday and date ("at Velmora Hall,
// Tuesday, March 3, 2026, in Drastovo"). Where the venue's name starts
// with a town's ("Madison Square Garden", "Stamford Bridge", "Brooklyn
// Museum"), that town is not the venue's city when a city is named across
// the date in the same sentence: that city is.
func (b *locBuilder) venueCityAcrossDate() {
	runs, anchor := b.runs, b.runs[b.anchor]
	if anchor.notes().prefixPlace == "" || !b.best.near || b.cityRun != anchor && b.cityRun != nil {
		return
	}
	for _, c := range b.cands {
		r := runs[c.idx]
		if !c.near || r.city == nil || r.notes().prefixPlace != "" || c.features&fAside != 0 {
			continue
		}
		if slices.Contains(b.chain, c.idx) || abs(r.start-anchor.start) > sameSentenceSpan {
			continue // a name of the venue's own phrase, or of another sentence
		}
		b.loc.City, b.cityRun = r.cityName(), r
		if code := impliedCountry(runs, c.chain); code != "" && code != b.loc.CountryCode {
			b.loc.CountryCode, b.loc.Country = code, ""
		}
		return
	}
}

// unknownPlaceName is the place of the wires' phrase for a place they do
// not name, as written without its preposition and article: AP, Reuters
// and AFP write "at an undisclosed location", "in an unknown location"
// for handout and military pictures (the corpus labels it the place). ""
// when the text between from and to holds no such phrase.
func unknownPlaceName(s string, toks []token, from, to int) string {
	for i := 1; i+1 < len(toks) && toks[i+1].end <= to; i++ {
		if toks[i].start < from || !toks[i].is(cUnknownPlace) || !toks[i+1].is(cUnknownNoun) || !toks[i-1].is(cArticle) {
			continue
		}
		return s[toks[i].start:toks[i+1].end]
	}
	return ""
}

// unknownPlaceLocation is the location of a caption whose only place is
// the wires' unnamed one ("at an undisclosed location"), or nil.
func unknownPlaceLocation(s string, toks []token) *Location {
	text := unknownPlace(s, toks)
	if text == "" {
		return nil
	}
	return &Location{Place: unknownPlaceName(s, toks, 0, len(s)), Text: text}
}

// unknownPlaceOverBare: an unnamed place introduced by a preposition ("at
// an undisclosed location") is the photo's place ahead of a name the
// sentence neither introduces nor puts by the date ("the attack on
// Ruritania"): only a bare name is so outranked.
func unknownPlaceOverBare(s string, toks []token, best candidate) *Location {
	if best.features&(fIntroduced|fNearDate|fTied) != 0 {
		return nil
	}
	return unknownPlaceLocation(s, toks)
}

// eventCity: the wires name the Olympic and Paralympic Games, Expos and
// like events by their host city and year ("the Velmora 2030 Olympic
// Games", Reuters, PA, Getty and AP alike): a prominent city so named is
// where the event, and the photo, is, as much as a place introduced away
// from the date. The year must be followed by the event's capitalised
// name ("Velmora 2030 Games"), not by a lower-case word ("Velmora 2030
// budget").
func eventCity(s string, r *nameRun) bool {
	if r.city == nil || !prominent(r.city) || r.possessive {
		return false
	}
	rest := s[r.end:]
	if len(rest) < 7 || rest[0] != ' ' || !yearDigits(rest[1:5]) || rest[5] != ' ' {
		return false
	}
	return isCapitalized(rest[6:])
}

// yearDigits reports four digits of a year of the modern Games, 1896-2099.
func yearDigits(w string) bool {
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w >= "1896" && w <= "2099"
}

// landmarkCity: AFP, AP and Reuters name a seat of government or a
// landmark without its city ("outside the Kremlin", "at the White House",
// "at the Vatican"); the lexicon's place_landmark gives the city, used
// only where the caption names none and its country, if named, agrees.
func (b *locBuilder) landmarkCity() {
	loc := b.loc
	if loc.City != "" || b.disputed {
		return
	}
	name := placeValue(cLandmark, b.runs[b.anchor].text)
	if name == "" {
		return
	}
	c, ok := geo.LookupCity(name)
	if !ok || loc.CountryCode != "" && loc.CountryCode != c.Country {
		return
	}
	loc.City, loc.GeoNamesID = c.Name, c.ID
	if loc.CountryCode == "" {
		loc.CountryCode = c.Country
	}
}

// appositionSettlement: Reuters and AFP name a small place and then say
// what it is, in apposition: "in Velmora, a village in the Drastovo
// Valley, Country", "Velmora, a small town on the Drastovo coast". The
// place the apposition locates is the photo's, not the larger one that
// locates it, even where the gazetteer knows neither and the larger one
// scores better as it is tied to its country. It returns the candidate of
// the settlement so named before best, or best.
func appositionSettlement(s string, toks []token, runs []*nameRun, cands []candidate, best candidate) candidate {
	if best.idx == 0 || runs[best.idx].country != "" {
		return best
	}
	x := runs[best.idx-1]
	if x.country != "" || x.region != "" || !appositionGap(s, toks, x.end, runs[best.idx].start) {
		return best
	}
	for _, c := range cands {
		if c.idx == best.idx-1 && c.features&(fAside|fSentenceStart|fNotPlace) == 0 {
			return c
		}
	}
	return best
}

// appositionGap reports the words of an apposition of a settlement between
// two names: ", a (small) village in (the)", ", a town near".
func appositionGap(s string, toks []token, a, b int) bool {
	if g := s[a:b]; !strings.HasPrefix(g, ", a ") && !strings.HasPrefix(g, ", an ") {
		return false // most gaps: spared gapOf's words
	}
	var wb [8]string
	words, punct := gapOf(wb[:0], s, toks, a, b)
	if punct != "," || len(words) < 3 || len(words) > 6 || words[0] != "a" && words[0] != "an" {
		return false
	}
	k := len(words) - 1
	if wordIs(words[k], cArticle) {
		k--
	}
	if k < 2 || !wordIs(words[k], cLink|cOfLink) || !wordIs(words[k-1], cVillageNoun|cSettlementNoun) {
		return false
	}
	return k-1 <= 3 // at most two words describe it: "a small farming village in"
}

// englishBest applies the English wires' phrase rules to the candidate
// chooseBest picked: an apposition names the settlement
// (appositionSettlement), and a territory read as a city yields to the
// narrower place after it (territoryThenPlace).
func englishBest(s string, toks []token, runs []*nameRun, cands []candidate, best candidate) candidate {
	best = territoryThenPlace(s, toks, runs, cands, appositionSettlement(s, toks, runs, cands, best))
	return datelineRestated(runs, cands, placeUnderDateline(runs, cands, best))
}

// datelineRestated: Getty's caption opens with the city and restates it
// after the date ("VELMORA, COUNTRY - MONTH DD: … on Month DD, YYYY in
// Velmora, Country", CONVENTIONS.md), as AP's dateline may be restated in
// its caption. A body's phrase that names the dateline's city is the
// photo's place, by the date, ahead of a region the body names before it
// ("… near the front line in the Drastovo region on <date> near Velmora")
// or a venue named after another town ("at Velmora Stadium on <date> in
// Drastovo", Velmora a town too).
func datelineRestated(runs []*nameRun, cands []candidate, best candidate) candidate {
	if best.intro == introDateline || len(cands) < 2 || cands[0].intro != introDateline {
		return best
	}
	if r := runs[best.idx]; r.city != nil && r.notes().prefixPlace == "" || r.region == "" && r.notes().prefixPlace == "" {
		return best // a city, or a venue whose city venueCityAcrossDate reads
	}
	city := runs[cands[0].idx].text
	for _, c := range cands[1:] {
		if c.near && c.features&fIntroduced != 0 && c.features&fAside == 0 && strings.EqualFold(runs[c.idx].text, city) {
			return c
		}
	}
	return best
}

// placeUnderDateline: a dateline names the city the story was filed from
// (CONVENTIONS.md: Kyodo's "TOKYO, Japan - Photo taken from a Kyodo News
// helicopter on <date> shows …", Xinhua's header); where the body
// introduces a place of the same country with its region or country ("…
// shows houses in Velmora, Drastovo Prefecture"), the body's place is
// the photo's, though the gazetteer knows the dateline's city better.
// placeUnderDatelineMin is the least score of the body's place: an
// introduction (+2), whatever the gazetteer knows of it.
const placeUnderDatelineMin = 2

func placeUnderDateline(runs []*nameRun, cands []candidate, best candidate) candidate {
	if best.intro != introDateline {
		return best
	}
	code := impliedCountry(runs, best.chain)
	if code == "" {
		return best
	}
	for _, c := range cands {
		if c.intro == introDateline || slices.Contains(best.chain, c.idx) || c.score < placeUnderDatelineMin {
			continue
		}
		if c.features&(fIntroduced|fTied) == fIntroduced|fTied && c.features&fAside == 0 && sameCountry(runs, c.chain, code) {
			return c
		}
	}
	return best
}

// territoryThenPlace: AP, Reuters and AFP name a territory, then, after a
// comma and a preposition, the place within it: "in Velmora, in the
// Drastovo refugee camp", "in Velmora, in the southern city of Drastovo".
// Where the first name is both a territory and a city ("Gaza": the Strip
// and its city), the phrase reads it as the territory, and the place is
// the city after it.
func territoryThenPlace(s string, toks []token, runs []*nameRun, cands []candidate, best candidate) candidate {
	r := runs[best.idx]
	if len(best.chain) < 2 || r.city == nil {
		return best
	}
	if _, ok := geo.Region(r.text); r.region == "" && !ok {
		return best // a town only (townOverItsRegion may have cleared the region it shares its name with)
	}
	next := best.chain[1]
	if runs[next].city == nil {
		return best
	}
	var wb [8]string
	words, punct := gapOf(wb[:0], s, toks, r.end, runs[next].start)
	if punct != "," || len(words) == 0 || !wordIs(words[0], cPreposition) {
		return best
	}
	for _, c := range cands {
		if c.idx == next {
			return c
		}
	}
	return best
}

// headerVenue: Reuters' sports header names the venue, its city and its
// country between dashes ("Soccer Football - League - Velmora v Drastovo
// - Velmora Park, Drastovo, Ruritania - March 3, 2026", CONVENTIONS.md).
// The second name there is the venue's city, even where a region bears
// its name (Manchester, a metropolitan borough; Valencia, a province),
// not the region of a town named first, as EFE's "Velmora (Valencia)" is.
func headerVenue(s string, runs []*nameRun, chain []int) bool {
	if len(chain) < 3 || runs[chain[2]].country == "" {
		return false
	}
	before := strings.TrimRight(s[:runs[chain[0]].start], " ")
	after := strings.TrimLeft(s[runs[chain[2]].end:], " ")
	return dashEnd(before, false) && dashEnd(after, true)
}

// dashEnd reports a dash (-, – or —) at the end of s, or at its start.
func dashEnd(s string, start bool) bool {
	for _, d := range []string{"-", "–", "—"} {
		if start && strings.HasPrefix(s, d) || !start && strings.HasSuffix(s, d) {
			return true
		}
	}
	return false
}

// demonymContext: AFP and Reuters introduce a town by its nationality
// ("the northern English city of Velmora", "the southern Lebanese village
// of Velmora"): that country settles a name shared by towns of several
// countries, as a country named in the phrase does.
func (b *locBuilder) demonymContext(toks []token) {
	if b.runs[b.anchor].city == nil {
		return // no namesake to settle; sentenceCountry reads the nationality
	}
	code := demonymBefore(b.s, toks, b.runs[b.anchor])
	if code == "" || slices.Contains(b.ctx[:b.phraseCtx], code) {
		return
	}
	b.ctx = append([]string{code}, b.ctx...)
	b.phraseCtx++
}

// tiedBeforeDate: AP's standard caption puts the place, with its state,
// right before the date: "Description, City, State, Weekday, Mon. D,
// YYYY" (CONVENTIONS.md), and the city need not follow a comma or a
// preposition ("Snow covers Velmora, N.Y., Tuesday, March 3, 2026"). A
// name the gazetteer does not know, followed by a comma and a state or
// province (then perhaps its country) and standing just before the date,
// is a place. A name followed by a country only is too often a person's.
func tiedBeforeDate(s string, runs []*nameRun, chain []int, p phraseFacts, dateAt span) bool {
	if !p.tied || !p.near || p.last.end > dateAt.start || len(chain) < 2 || len(chain) > 3 {
		return false
	}
	r, state := runs[chain[0]], runs[chain[1]]
	return state.region != "" && state.country == "" && s[r.end:state.start] == ", " && (len(chain) == 2 || runs[chain[2]].country != "")
}

// nationalityOnlyLocation reports a location that names no place, only a
// country read from a nationality ("a building hit in a Russian missile
// attack"): the body of a caption under a wire header (AP's "KYIV,
// Ukraine (AP) —", Xinhua's "(YYMMDD) -- CITY, Date (Xinhua) --") that
// names no place of its own is located by the header, its last resort,
// not by the nationality of whoever the sentence speaks of.
func nationalityOnlyLocation(loc *Location) bool {
	return loc.Text == "" && loc.City == "" && loc.Place == "" && loc.Region == ""
}

// districtOfRegion: AFP, Reuters and AP name a village, district or area
// and then, after "of", the province or state it lies in: "in Velmora
// district of Drastovo province", "in the Velmora area of Drastovo
// province, Country", "in Velmora village, Drastovo district of Velmora
// province". The two are one place, the first the more specific. words
// is the gap after the noun that names the first (head: there was one),
// next the run after it; a city after "of" ("the Velmora district of
// Drastovo", a city) is the place, as before.
func districtOfRegion(prev *nameRun, head bool, words []string, punct string, next *nameRun) bool {
	if punct != "" || len(words) == 0 || len(words) > 2 || !wordIs(words[0], cOfLink) || len(words) == 2 && !wordIs(words[1], cArticle) {
		return false
	}
	if next.region == "" || next.city != nil || next.possessive || prev.country != "" {
		return false
	}
	return head || prev.region != "" && endsWithRegionWord(prev.text)
}

// sharedRegionDemonym: Reuters, AFP and AP introduce a state by its
// nationality ("in Velmora, in the northern Indian state of Punjab"): a
// region name that two countries share (Punjab: India and Pakistan) lies
// in the country of that nationality, as a country named in the phrase
// would settle it.
func (b *locBuilder) sharedRegionDemonym(toks []token) {
	for _, idx := range b.chain {
		r := b.runs[idx]
		if r.region == "" || r.regionC != "" || r.country != "" || r.city != nil {
			continue
		}
		code := demonymBefore(b.s, toks, r)
		if code == "" {
			continue
		}
		r.regionC = code
		if !slices.Contains(b.ctx[:b.phraseCtx], code) {
			b.ctx = append([]string{code}, b.ctx...)
			b.phraseCtx++
		}
	}
}

// australianState: AAP and the Australian Government Style Manual write a
// state or territory after its city in two capitals ("Perth, WA",
// "Darwin, NT", "Adelaide, SA"; lexicon place_ap_state), letters that are
// also US or Canadian postal codes. After a city the gazetteer has in
// Australia, they are the Australian state.
func australianState(r, prev *nameRun) bool {
	v := placeValue(cAPState, r.text)
	country, code, _ := strings.Cut(v, "-")
	if country != "AU" || prev == nil || prev.end+2 != r.start {
		return false
	}
	if _, ok := geo.LookupCityIn(prev.text, country); !ok {
		return false
	}
	r.region, r.regionC, r.wordCity = r.text, country, nil
	if name, _ := geo.Subdivision(country, code); name != "" || r.more != nil {
		r.editNotes().regionName = name
	}
	return true
}

// introducedNamedPlace: the wires introduce a camp, a crossing, a base or
// an island by its name and its noun ("at the Velmora border crossing",
// "in the Velmora refugee camp", "on Velmora Island"; Reuters, AP, AFP,
// Yonhap), often with no country or date beside it. Such a name is a
// place, if the gazetteer does not know it, though tied to nothing: its
// noun says what it is (fUnknownAlone still ranks it below any known
// place of the caption).
func introducedNamedPlace(s string, toks []token, r *nameRun, p phraseFacts) bool {
	if !p.prep || p.how == introRegion {
		return false
	}
	// The noun last, as English writes it (not "Puerta del Sol"); a
	// village noun names a settlement, placed by what follows it.
	if last := r.text[strings.LastIndexByte(r.text, ' ')+1:]; r.t0 < r.t1 && wordIs(last, cPlaceNoun) && !wordIs(last, cVillageNoun) {
		return true
	}
	noun, _ := namedWithNoun(s, toks, r)
	return noun != ""
}

// sideKind is the place_orientation value of the noun of "the Velmoran
// side of the border".
const sideKind = "side"

// withBorderSide: Reuters, AFP and NPR place a photo on one side of a
// border by the nationality before it: "on the Lebanese side of the
// border with Syria", "on the South Korean side of the border". Where the
// caption names no narrower place, that side is the place, and the
// nationality's country is the location's where none is stated.
func withBorderSide(s string, toks []token, loc *Location) *Location {
	if loc != nil && loc.CountryCode != "" && (loc.City != "" || loc.Place != "" || loc.Region != "") {
		return loc // a place and its country: nothing for the side to add
	}
	place, text, code := borderSide(s, toks)
	if place == "" {
		return loc
	}
	if loc == nil || loc.City == "" && loc.Place == "" && loc.Region == "" {
		return &Location{Place: place, Text: text, Country: geo.CountryName(code), CountryCode: code}
	}
	if loc.CountryCode == "" && loc.Country == "" {
		loc.CountryCode, loc.Country = code, geo.CountryName(code)
	}
	return loc
}

// borderSide finds "(on) the <nationality> side of the <border noun>
// (with <Name>)": the place as written from the nationality, the text from
// the preposition, and the nationality's country; "" where there is none.
func borderSide(s string, toks []token) (place, text, code string) {
	for i := 2; i+3 < len(toks); i++ {
		// The kinds of orientation word that derive a class are no side:
		// spared the value's lookup.
		if !toks[i].is(cOrientWord) || toks[i].is(cNeighbourWord|cFlightVerb|cRelationWord|cJoiner) || placeValue(cOrientWord, toks[i].text(s)) != sideKind {
			continue
		}
		k := i + 1
		if !toks[k].is(cOfLink) || !toks[k+1].is(cArticle) || !toks[k+2].is(cBorderNoun) {
			continue
		}
		from, c := demonymEndingAt(s, toks, i-1)
		if c == "" {
			continue
		}
		end := toks[k+2].end
		if k+4 < len(toks) && toks[k+3].is(cBorderLink) && toks[k+4].capital {
			end = toks[k+4].end // "with Syria"
		}
		start := from
		if a := wordIndex(toks, from) - 1; a >= 1 && toks[a].is(cArticle) && toks[a-1].is(cPreposition|cOnLink) {
			start = toks[a-1].start
		}
		return s[from:end], s[start:end], c
	}
	return "", "", ""
}

// demonymEndingAt reads a nationality of one or two words ending at token
// i ("Lebanese", "South Korean"): where it starts, and its country.
func demonymEndingAt(s string, toks []token, i int) (int, string) {
	if i > 0 {
		if c, ok := geo.Demonym(s[toks[i-1].start:toks[i].end]); ok {
			return toks[i-1].start, c
		}
	}
	if c, ok := geo.Demonym(toks[i].text(s)); ok {
		return toks[i].start, c
	}
	return 0, ""
}

// abbrevEnd is where run r ends with the full stop of the abbreviation it
// reads as ("Calif." in AP's "Velmora, Calif., Tuesday, March 3, 2026",
// CONVENTIONS.md; "Sask."): the lexer leaves the stop out of the run,
// and the stop is no break between the place and the date.
func abbrevEnd(s string, r *nameRun) int {
	if r.end < len(s) && s[r.end] == '.' && strings.HasSuffix(r.region, ".") {
		return r.end + 1
	}
	return r.end
}

// isControlQualifier reports one word that says who holds a place
// ("Russian-controlled", "Israeli-occupied"; lexicon place_control_suffix):
// inside a place chain it is part of the gap, as a nationality is
// ("Velmora, in the Russian-controlled part of the Drastovo region,
// Country", Reuters, AP, AFP).
func isControlQualifier(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	return slices.ContainsFunc(placeList(cControlSuffix), func(suffix string) bool {
		return len(w) == i+len(suffix) && strings.EqualFold(w[i:], suffix)
	})
}

// onNamedPlace: "on" introduces a place where the name ends in its place
// noun, the noun last as English writes it: "on Velmora Island" (Yonhap,
// Kyodo), "on the Velmora River", "on Velmora Street" (AP, Reuters). "on"
// before another name is a day, a topic or a title ("on Velmora Day",
// "talks on Ruritania").
func onNamedPlace(r *nameRun) bool {
	last := r.text[strings.LastIndexByte(r.text, ' ')+1:]
	return r.t0 < r.t1 && wordIs(last, cPlaceNoun) && !r.possessive
}
