package caption

import (
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo"
)

// A town with its division's code in brackets: ANSA's and LaPresse's
// province ("Velmorella (NA)", the sigla of the province of Naples),
// Keystone-SDA's canton ("Velmorwil (ZH)"), Agência Brasil's and
// Folhapress' state ("Velmorinha (RS)"). The code is the ISO 3166-2 code
// of a division of the town's country, or, for a town the gazetteer does
// not know, of the national agency's country: it names the region and
// settles the country.

// withBracketCode adds the division whose code follows the place's text
// in brackets to loc, in the country of loc or, where loc has none, of
// home (the national agency's or dateline's country).
func withBracketCode(s string, loc *Location, home string) *Location {
	if loc == nil || loc.Text == "" || loc.Region != "" || strings.IndexByte(s, '(') < 0 {
		return loc
	}
	at := strings.Index(s, loc.Text)
	if at < 0 {
		return loc
	}
	code, ok := bracketCode(s[at+len(loc.Text):])
	if !ok {
		return loc
	}
	cc := loc.CountryCode
	if cc == "" {
		cc = home
	}
	if _, ok := geo.Subdivision(cc, code); cc == "" || !ok {
		return loc
	}
	out := *loc
	out.Region = code
	if out.CountryCode == "" {
		out.CountryCode, out.Country = cc, geo.CountryName(cc)
	}
	return &out
}

// bracketCode returns the code of two or three capital letters in
// brackets that rest opens with (" (NA)").
func bracketCode(rest string) (string, bool) {
	rest, ok := strings.CutPrefix(rest, " (")
	if !ok {
		return "", false
	}
	end := strings.IndexByte(rest, ')')
	if end < 2 || end > 3 {
		return "", false
	}
	for i := 0; i < end; i++ {
		if rest[i] < 'A' || rest[i] > 'Z' {
			return "", false
		}
	}
	return rest[:end], true
}

// finishLocation applies the rules that complete the location pass's
// result from what lies beside its text: a seat named by its own name
// (withSeatName), the town of dpa's header (withHeaderTown), the city of
// TASS's heading (withCountryHeading), a division's
// code in brackets (withBracketCode), the national agency's country
// (withHomeCountry). home is the national agency's country, or ""; lang
// the caption's language, as detected.
func finishLocation(s string, lt []tok, lang, home string, loc *Location) *Location {
	loc = withBracketCode(s, withCountryHeading(s, withHeaderTown(s, withSeatName(s, lt, loc))), home)
	if lang == "en" {
		// The national agencies' English services (Xinhua, Yonhap,
		// Anadolu) write for readers abroad, of places abroad.
		return loc
	}
	return withHomeCountry(loc, home)
}

// withHomeCountry gives a place the gazetteer does not know, named with
// no country, the country of the national agency credited (home): the
// national agencies name no country for a place of their own (ANSA "a
// Velmorella", ANP "in Velmorde", Lusa "no Velmorejo"), as AP's domestic
// datelines name none (AP Stylebook, "datelines"), and name the country
// of a foreign one. A region the gazetteer knows keeps the country it
// gives, none for one whose country the desk does not state.
func withHomeCountry(loc *Location, home string) *Location {
	if loc == nil || home == "" || loc.CountryCode != "" || loc.GeoNamesID != 0 || loc.City == "" && loc.Place == "" && loc.Region == "" {
		return loc
	}
	if _, _, known := geo.RegionLevel(loc.Region); loc.Region != "" && known {
		return loc
	}
	out := *loc
	out.CountryCode, out.Country = home, geo.CountryName(home)
	return &out
}

// articlePrepositions are the German prepositions joined to the article
// (lexicon place_article_preposition: "im", "beim").
var articlePrepositions = sync.OnceValue(func() map[string]bool { return wordSet("place_article_preposition") })

// germanNounAfterArticle reports a name of one word, no hyphen, that the
// gazetteer does not know, right after a German preposition joined to
// the article (prev: "im Ausschuss", "beim Training"): German
// capitalises every noun, and a town takes no article, so capitalisation
// alone makes no place there; a named venue ("im Velmora-Stadion") or a
// known region ("im Allgäu") still does.
func germanNounAfterArticle(s string, prev token, r *nameRun) bool {
	return r.t0 == r.t1 && !r.resolved() && r.wordCity == nil && !strings.ContainsAny(r.text, "-‑") &&
		articlePrepositions()[lower(prev.text(s))]
}
