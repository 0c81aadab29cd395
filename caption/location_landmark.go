package caption

import (
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo"
)

// Places named by what stands there. The wires place a photo at an
// airport without its city ("at Velmora Airport") and at an
// institution of a first-level division or of a country without naming
// its city ("in the Landtag of Velmoria", "before the regional parliament
// of Velmoria", "outside the Velmoria State Capitol", "at the Ruritanian
// parliament"): a division's parliament, government and governor sit in
// its seat, a country's in its capital. The institution nouns are the
// lexicon's place_institution; the seats are geo.Seat's, generated from
// GeoNames (each division's PPLA, each country's PPLC); the airports
// geo.Airport's, generated from OurAirports.

// venueRule is one class of venue: the lexicon class of its nouns and
// how a noun found at n in the place's phrase (its tokens end at end)
// gives the city, the country the caption names, if any, deciding.
type venueRule struct {
	class  string
	reader venueReader
}

// venueReader names a venue rule's reader. The rule calls it in a switch
// (venueRule.city), not through a func value: escape analysis cannot see
// into a call through a func value, and the location pass's words, which
// stay on the stack, would go to the heap, 4 KB a caption.
type venueReader uint8

const (
	readInstitution venueReader = iota
	readAirport
)

// city is the city the venue noun at n gives (institutionCity,
// airportCity), or nil.
func (r venueRule) city(s string, toks []token, n, end int, country string) *geo.City {
	if r.reader == readAirport {
		return airportCity(s, toks, n, end, country)
	}
	return institutionCity(s, toks, n, end, country)
}

// venueRules are the classes, tried in this order: a division's or
// country's institution ("the Landtag of Velmoria": the seat), an
// airport ("Velmora Airport": the city it serves). A country's national
// museum or stadium is not read as its capital: no agency convention
// says so, and some stand elsewhere.
var venueRules = []venueRule{
	{"place_institution", readInstitution},
	{"place_airport_word", readAirport},
}

// venueIndex holds the nouns of venueRules, lower-cased, each with a bit
// per rule, and the first bytes they start with: most words of a phrase
// are no venue noun and are not looked up.
type venueIndex struct {
	kinds map[string]uint8
	// lengths has, for each first byte of a noun, a bit per noun length
	// up to 63.
	lengths [256]uint64
}

var venueNouns = sync.OnceValue(func() *venueIndex {
	vi := &venueIndex{kinds: map[string]uint8{}}
	for k, r := range venueRules {
		for _, ks := range lexicon.list(lexClass(r.class)) {
			vi.kinds[ks.sense.form] |= 1 << k
			vi.lengths[ks.sense.form[0]] |= 1 << min(len(ks.sense.form), 63)
		}
	}
	return vi
})

// venueKinds returns the venueRules bits of the word w, in any case.
func venueKinds(w string) uint8 {
	vi := venueNouns()
	if w == "" {
		return 0
	}
	c0, bit := w[0], uint64(1)<<min(len(w), 63)
	if c0 >= 'A' && c0 <= 'Z' {
		c0 += 'a' - 'A'
	}
	if vi.lengths[c0]&bit == 0 && vi.lengths[w[0]]&bit == 0 {
		return 0
	}
	var buf [32]byte
	if len(w) > len(buf) || !isASCII(w) {
		return vi.kinds[lower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return vi.kinds[string(buf[:len(w)])]
}

// venueReach is how many words before the place's text a venue noun may
// stand ("before the regional parliament of X").
const venueReach = 4

// venueCity: where the caption names no city the gazetteer knows, a venue
// noun in the place's phrase tied to a name gives the city (venueRules):
// the division's seat or the country's capital for an institution tied
// to a division ("of Velmoria", "Velmoria State Capitol") or a country
// ("Ruritanian parliament"), the city an airport serves. The country, if
// the caption names one, must agree.
func (b *locBuilder) venueCity(toks []token) {
	loc := b.loc
	if loc.GeoNamesID != 0 || b.disputed {
		return
	}
	i0, i1 := venueWindow(b.s, toks, b.textStart, b.textEnd)
	if i0 >= i1 {
		return
	}
	// The words' venueRules bits, looked up once; a phrase longer than
	// kinds is read up to its length.
	var kinds [venueReach + 16]uint8
	var any uint8
	for i := i0; i < i1 && i-i0 < len(kinds); i++ {
		kinds[i-i0] = venueKinds(toks[i].text(b.s))
		any |= kinds[i-i0]
	}
	if any == 0 {
		return
	}
	cs, ce := -1, -1 // the tokens of a city the gazetteer does not know
	if loc.City != "" {
		at := strings.Index(b.s[toks[i0].start:toks[i1-1].end], loc.City)
		if at < 0 {
			return
		}
		cs = wordIndex(toks, toks[i0].start+at)
		ce = wordIndex(toks, toks[i0].start+at+len(loc.City))
	}
	for k, r := range venueRules {
		for i := i0; i < i1 && i-i0 < len(kinds); i++ {
			// A name the gazetteer does not know, taken as the city, gives
			// way to the venue's city where it holds the noun ("the Landtag
			// of Velmoria, Country") or names the venue right after it
			// ("aeropuerto de Velmora").
			if kinds[i-i0]&(1<<k) == 0 || cs >= 0 && !(cs <= i && i < ce || namesAfter(toks, i, cs)) {
				continue
			}
			if c := r.city(b.s, toks, i, i1, loc.CountryCode); c != nil && (loc.CountryCode == "" || loc.CountryCode == c.Country) {
				b.setVenueCity(c)
				return
			}
		}
	}
}

// namesAfter reports that the name at token cs is tied to the noun at i
// by an "of" word or an article only ("aeropuerto de Velmora"), not
// placed by a preposition ("the parliament in Velmora").
func namesAfter(toks []token, i, cs int) bool {
	if cs <= i || cs-i > 3 {
		return false
	}
	for k := i + 1; k < cs; k++ {
		if !toks[k].is(cOfLink|cArticle) || toks[k].is(cInLink|cNearLink) {
			return false
		}
	}
	return true
}

// setVenueCity writes the venue's city; a name taken as the city before
// becomes the place.
func (b *locBuilder) setVenueCity(c *geo.City) {
	loc := b.loc
	if loc.City != "" && loc.Place == "" {
		loc.Place = loc.City
	}
	loc.City, loc.GeoNamesID = c.Name, c.ID
	if loc.CountryCode == "" {
		loc.CountryCode, loc.Country = c.Country, geo.CountryName(c.Country)
	}
}

// venueWindow returns the tokens of the place's text, up to
// venueReach words before it and one after it, not across a
// punctuation mark.
func venueWindow(s string, toks []token, from, to int) (int, int) {
	i0 := wordIndex(toks, from)
	for n := 0; n < venueReach && i0 > 0 && strings.TrimSpace(s[toks[i0-1].end:toks[i0].start]) == ""; n++ {
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
// of the name after it ("of Velmoria"), or right after it, as the
// German Landtage are named ("Landtag Velmoria", "des Landtags
// Velmoria");
// of the name before it ("Velmoria State Capitol"), or of the country of
// the demonym before it ("Ruritanian parliament"). A country's
// institutions sit in its seat of government (geo.GovernmentSeat: the
// capital, or the city GeoNames marks so, as The Hague).
func institutionCity(s string, toks []token, n, end int, country string) *geo.City {
	i := n + 1
	for i < end && toks[i].is(cOfLink|cArticle|cOfWord) {
		i++
	}
	if i > n+1 || i < end && toks[i].capital && gapIsName(s, toks, n) {
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
			c, _ := geo.GovernmentSeat(cc)
			return c
		}
	}
	return regionAdjectiveSeat(s, toks, n, country)
}

// regionAdjectives is the lexicon's place_region_demonym: a division's
// adjective, lower-cased, valued with the division's name.
var regionAdjectives = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, ks := range lexicon.list(lexClass("place_region_demonym")) {
		m[ks.sense.form] = ks.sense.val
	}
	return m
})

// regionAdjectiveSeat reads "the Bavarian Landtag", "the Velmorian
// regional parliament", "der Bayerische Landtag": the adjective of a
// division right before the institution noun, or before one lower-case
// word before it, gives the division's seat; in the Romance languages,
// which write the adjective after the noun ("el Parlamento andaluz", "il
// Consiglio regionale lombardo", "le Parlement wallon", "a Assembleia
// Legislativa paulista"), the adjective right after it.
func regionAdjectiveSeat(s string, toks []token, n int, country string) *geo.City {
	if n+1 < len(toks) && gapIsName(s, toks, n) && !toks[n+1].capital {
		if div, ok := regionAdjectives()[lower(toks[n+1].text(s))]; ok {
			c, _ := geo.Seat(div, country)
			return c
		}
	}
	for j := n - 1; j >= 0 && j >= n-2; j-- {
		if !gapIsName(s, toks, j) {
			return nil
		}
		if div, ok := regionAdjectives()[lower(toks[j].text(s))]; ok {
			c, _ := geo.Seat(div, country)
			return c
		}
		if isCap(toks[j].text(s)) {
			return nil
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

// seatOf returns the seat of the division, else the seat of government
// of the country, named by tokens [i, k).
func seatOf(s string, toks []token, i, k int, country string) *geo.City {
	if i >= k {
		return nil
	}
	name := s[toks[i].start:toks[k-1].end]
	if c, ok := geo.Seat(name, country); ok {
		return c
	}
	if cc, ok := geo.Country(name); ok && (country == "" || cc == country) {
		c, _ := geo.GovernmentSeat(cc)
		return c
	}
	return nil
}

// airportCity returns the city the airport named beside the noun at n
// serves: the name before it ("Velmora International Airport", "Charles
// de Velmora Airport"), else after it ("Aeropuerto de Velmora",
// "Flughafen Velmora"), its outer words dropped one by one ("Busy
// Velmora Airport").
func airportCity(s string, toks []token, n, end int, country string) *geo.City {
	j := n
	for j > 0 && nameWordBefore(s, toks, j) {
		j--
	}
	for k := j; k < n; k++ {
		if c, ok := geo.Airport(s[toks[k].start:toks[n-1].end]); ok {
			return c
		}
	}
	i := afterOf(s, toks, n+1, end)
	for k := capEnd(s, toks, i, end); k > i; k-- {
		if c, ok := geo.Airport(s[toks[i].start:toks[k-1].end]); ok {
			return c
		}
	}
	return nil
}

// nameWordBefore reports that the word before token j belongs to the
// name ending at j: a capitalised word, or a connector between two
// ("Charles de Velmora").
func nameWordBefore(s string, toks []token, j int) bool {
	w := toks[j-1].text(s)
	if !gapIsName(s, toks, j-1) {
		return false
	}
	return isCap(w) || j > 1 && toks[j-1].is(cConnector) && isCap(toks[j-2].text(s)) && gapIsName(s, toks, j-2)
}

// venueFallback reads a venue where the location pass found no place
// (loc is what it found: nil, a place it does not know, or a country
// alone, as from a nationality adjective): a venue noun in the unknown
// place's phrase as venueCity reads it, else one after a place preposition ("outside the
// Ruritanian parliament", "at Velmora Airport", a venue written in lower
// case or not named) gives the city as venueCity does.
func venueFallback(s string, toks []token, loc *Location) *Location {
	if loc != nil && loc.Text != "" && loc.City == "" {
		// A place introduced but not known ("in the Velmorian
		// parliament"): its phrase, as venueCity reads it.
		if at := strings.Index(s, loc.Text); at >= 0 {
			b := &locBuilder{s: s, loc: loc, textStart: at, textEnd: at + len(loc.Text)}
			b.venueCity(toks)
		}
		return loc
	}
	if loc != nil && (loc.City != "" || loc.Text != "") {
		return loc
	}
	cc := ""
	if loc != nil {
		cc = loc.CountryCode
	}
	for i := range toks {
		kinds := venueKinds(toks[i].text(s))
		if kinds == 0 {
			continue
		}
		p := prepBefore(s, toks, i)
		if p < 0 {
			continue
		}
		for k, r := range venueRules {
			if kinds&(1<<k) == 0 {
				continue
			}
			end := phraseEnd(s, toks, i, i+venueReach+1)
			if c := r.city(s, toks, i, end, cc); c != nil && (cc == "" || cc == c.Country) {
				last := i
				if k := capEnd(s, toks, afterOf(s, toks, i+1, end), end); k > i+1 {
					last = k - 1
				}
				first := p + 1
				for first < i && toks[first].is(cArticle) && !isCap(toks[first].text(s)) {
					first++
				}
				return &Location{Text: s[toks[p].start:toks[last].end], Place: s[toks[first].start:toks[last].end],
					City: c.Name, GeoNamesID: c.ID, CountryCode: c.Country, Country: geo.CountryName(c.Country)}
			}
		}
	}
	return loc
}

// prepBefore returns the place preposition that introduces the venue noun
// at i, with only articles and capitalised words between ("outside the
// Ruritanian parliament", "at Velmora International Airport"), or -1.
func prepBefore(s string, toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-venueReach; k-- {
		if strings.TrimSpace(s[toks[k].end:toks[k+1].start]) != "" {
			return -1
		}
		if toks[k].is(cPreposition) && !isCap(toks[k].text(s)) {
			return k
		}
		if !toks[k].is(cArticle) && !isCap(toks[k].text(s)) {
			return -1
		}
	}
	return -1
}

// afterOf returns the first token from i that is not a lower-case "of"
// word or article ("de", not "El Velmora").
func afterOf(s string, toks []token, i, end int) int {
	for i < end && toks[i].is(cOfLink|cArticle) && !isCap(toks[i].text(s)) {
		i++
	}
	return i
}

// phraseEnd returns the end of the words from i joined without
// punctuation, at most max.
func phraseEnd(s string, toks []token, i, max int) int {
	k := i + 1
	for k < len(toks) && k < max && strings.TrimSpace(s[toks[k-1].end:toks[k].start]) == "" {
		k++
	}
	return k
}
