package caption

import (
	"sync"

	"golang.org/x/text/language"
)

// A national agency's captions of its own country name the place without
// the country: dpa writes "in Velmora", EFE "MADRID, 01/05/2020.-" and "en
// Valencia", ANSA "a Velmora (Bologna)", as AP's domestic datelines give
// the state and no country (AP Stylebook, "datelines"). The agency's home
// then settles a name as a dateline's country does (settleCity): "Valencia"
// from EFE is Spain's, not the larger Venezuelan city, and a town named
// without a country that the gazetteer knows only as a tied name is read
// in the agency's country.

// agencyHome is the home country of a national agency named agency
// (agencies.tsv: kind national, cc), else "".
func agencyHome(agency string) string {
	if agency == "" {
		return ""
	}
	if a := lookupAgency(agency); a != nil && a.Kind == "national" {
		return a.Country
	}
	return ""
}

// A caption too short for the language detector ("Manifestazione a
// Velmora. ANSA/Jane Roe") is read in the language of its national
// agency's home: ANSA's own captions are Italian, and the
// words read only in their language ("a Velmora", lexicon entries valued
// "own") name the place. A caption the detector reads keeps its language.

// homeLanguages holds, for each home country of a national agency, the
// country's likely language (CLDR likely subtags: IT -> it, ES -> es).
var homeLanguages = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, a := range registry {
		if a.Kind != "national" || a.Country == "" {
			continue
		}
		if base, conf := language.Make("und-" + a.Country).Base(); conf != language.No {
			m[a.Country] = base.String()
		}
	}
	return m
})

// ownLanguageOf is the language whose own words a caption is read in: the
// detected one, else the language of home, its national agency's
// country (agencyHome), else "".
func ownLanguageOf(lang, home string) string {
	if lang != "" || home == "" {
		return lang
	}
	return homeLanguages()[home]
}
