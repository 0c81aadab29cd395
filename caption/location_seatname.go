package caption

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// Seats named by their own name. The agencies writing in their own
// language name a country's parliament, government or head of state by
// the institution's or its building's proper name, without the city:
// dpa "im Bundestag", AFP "à Matignon", "à l'Élysée", EFE "en La
// Moncloa", ANSA "a Montecitorio", "a Palazzo Chigi", Lusa "no Palácio
// de Belém", ANP "op het Binnenhof", PAP "w Sejmie", ČTK "ve Sněmovně",
// TT "i riksdagen", Ritzau "på Christiansborg", NTB "på Stortinget"; in
// the languages that write "in" as a case ending, the name in that case:
// MTI "az Országházban", STT "eduskunnassa", AA "TBMM'de". Each name is
// one country's, and the institution sits in that country's seat of
// government (geo.GovernmentSeat), so the name places the photo there.
// The names are the lexicon's place_seat_name, valued with the country's
// code, followed by "case" for a form that is itself a locative and
// needs no preposition. A name that two countries' institutions share
// (Bundeskanzleramt, Nationalrat, Assembleia da República) is not listed.

// seatNameReach is how many words may stand between the preposition and
// the name ("au palais de l'Élysée", "en el Palacio de la Moncloa").
const seatNameReach = 4

var cSeatName = lexClass("place_seat_name")

// withSeatName reads a seat named by its own name, introduced as the
// photo's place, where the location pass found no city the gazetteer
// knows (loc may be nil, a country alone, or a name it does not know,
// such as the institution's itself), or took for the city a name that
// is part of the seat's ("Palácio de Belém": not Brazil's Belém). A
// country the caption names must be the seat's.
func withSeatName(s string, lt []tok, loc *Location) *Location {
	first := firstSeatToken(s, lt)
	if first < 0 {
		return loc // most captions: no word of a seat's name
	}
	if loc != nil && loc.GeoNamesID != 0 {
		if !cityInSeatName(s, lt, loc) {
			return loc
		}
		// The city and its country were read from the seat's name.
		loc = nil
	}
	for i := first; i < len(lt) && lt[i].end <= len(s); i++ {
		if !lt[i].mayStart(cSeatName) || !inText(s, &lt[i]) {
			continue
		}
		end, sn, ok := matchAt(lt, i, cSeatName)
		if !ok || !inText(s, &lt[end-1]) {
			continue // a name running on past the cut text (a paragraph break before the background)
		}
		cc, inCase, _ := strings.Cut(sn.val, " ")
		from := seatIntro(s, lt, i, inCase == "case")
		c, found := geo.GovernmentSeat(cc)
		if from < 0 || !found || loc != nil && loc.CountryCode != "" && loc.CountryCode != cc {
			continue
		}
		return seatLocation(s, loc, c, s[from:lt[end-1].end], s[lt[i].start:lt[end-1].end])
	}
	return loc
}

// firstSeatToken returns the first token of s that may open a seat's
// name, or -1.
func firstSeatToken(s string, lt []tok) int {
	for i := 0; i < len(lt) && lt[i].end <= len(s); i++ {
		if lt[i].mayStart(cSeatName) {
			return i
		}
	}
	return -1
}

// cityInSeatName reports that the city found is the last word of a seat
// name in its text ("no Palácio de Belém").
func cityInSeatName(s string, lt []tok, loc *Location) bool {
	if loc.Text == "" || !strings.HasSuffix(loc.Text, loc.City) {
		return false
	}
	at := strings.Index(s, loc.Text)
	if at < 0 {
		return false
	}
	stop := at + len(loc.Text)
	for i := 0; i < len(lt) && lt[i].start < stop; i++ {
		if lt[i].start+seatNameSpan < at || !lt[i].mayStart(cSeatName) {
			continue
		}
		if end, _, ok := matchAt(lt, i, cSeatName); ok && lt[end-1].end == stop {
			return true
		}
	}
	return false
}

// seatNameSpan bounds how far before a place's text a seat name holding
// it may start, in bytes.
const seatNameSpan = 40

// seatIntro returns where the phrase naming the seat as the place starts:
// at the place preposition up to seatNameReach words before the name's
// first token i ("im Bundestag", "au palais de l'Élysée"), or at the name
// itself where it is written in a locative case; -1 for a name that is
// not the place ("die Abgeordneten des Bundestages"). The preposition is
// read in any language: the name says which country it is.
func seatIntro(s string, lt []tok, i int, inCase bool) int {
	if inCase {
		return lt[i].start
	}
	for k, words := i-1, 0; k >= 0 && words < seatNameReach; k-- {
		t := &lt[k]
		if t.kind != tWord {
			if t.key == "'" || t.key == "’" {
				continue // an elided article: "l'Élysée"
			}
			return -1
		}
		words++
		// A capitalised preposition opens a sentence ("Im Bundestag");
		// one capital letter is an article or an initial.
		if _, _, ok := matchAt(lt, k, cPlacePreposition); ok && inText(s, t) && (t.shape == shLower || t.end-t.start > 1) {
			return t.start
		}
	}
	return -1
}

var cPlacePreposition = lexClass("place_preposition")

// seatLocation writes the seat c into loc (a new one where loc is nil):
// the seat's name as the place, unless a place was read already, and the
// introduced phrase as the text where there was none.
func seatLocation(s string, loc *Location, c *geo.City, text, name string) *Location {
	out := Location{}
	if loc != nil {
		out = *loc
	}
	if out.City != "" && out.Place == "" && out.GeoNamesID == 0 {
		out.Place = out.City
	}
	if out.Place == "" {
		out.Place = name
	}
	if out.Text == "" {
		out.Text = text
	}
	out.City, out.GeoNamesID = c.Name, c.ID
	out.CountryCode, out.Country = c.Country, geo.CountryName(c.Country)
	return &out
}
