package geo

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// A territory is where a photo will be published, or where a restriction
// forbids it: a current ISO 3166-1 country. Territory is the one reader of
// territories (--territory, a policy's default_territory, the scopes of OUT
// restrictions), so that "UK", "GBR", "United Kingdom" and "England" all
// meet the OUT that names GB.

// territoryAliases are two-letter forms desks and agencies write that are
// not ISO 3166-1 codes, with the country they mean and why the reading is
// not exact. UK and EL are ISO's "exceptionally reserved" codes (the EU's
// codes for the United Kingdom and Greece).
var territoryAliases = map[string]struct{ code, note string }{
	"UK": {"GB", "UK is not an ISO 3166-1 code: read as GB (United Kingdom)"},
	"EL": {"GR", "EL is the EU's code for Greece, not an ISO 3166-1 code: read as GR"},
}

// gbParts are the names of the United Kingdom's nations and of Great
// Britain, in the desk's four languages: a desk writes "England" for the
// United Kingdom, and an OUT naming GB covers them all. Each reads as GB
// with a note saying the reading is not exact.
var gbParts = map[string][]string{
	"England":          {"England", "Angleterre", "Inglaterra"},
	"Scotland":         {"Scotland", "Écosse", "Schottland", "Escocia"},
	"Wales":            {"Wales", "Pays de Galles", "Gales"},
	"Northern Ireland": {"Northern Ireland", "Irlande du Nord", "Nordirland", "Irlanda del Norte"},
	"Great Britain":    {"Great Britain", "Britain", "Grande-Bretagne", "Großbritannien", "Grossbritannien", "Gran Bretaña"},
}

// gbPartNote is the note for a name of gbParts, or "".
func gbPartNote(s string) string {
	k := Fold(strings.TrimPrefix(strings.TrimSpace(s), "the "))
	for part, names := range gbParts {
		for _, n := range names {
			if Fold(n) != k {
				continue
			}
			if part == "Great Britain" {
				return s + " is Great Britain, the United Kingdom without Northern Ireland: read as GB"
			}
			if Fold(part) != k {
				return s + " (" + part + ") is part of the United Kingdom: read as GB"
			}
			return s + " is part of the United Kingdom: read as GB"
		}
	}
	return ""
}

// notTerritories are two-letter codes ISO 3166-1 does not (or no longer)
// assign to a country, with what to write instead. A territory given as
// one of them is an error naming it: a restriction or a licence is
// decided for a country that exists today.
var notTerritories = map[string]string{
	// Withdrawn (ISO 3166-3).
	"SU": "the Soviet Union, withdrawn in 1992; name today's country (RU, UA, BY…)",
	"YU": "Yugoslavia, withdrawn in 2003; name today's country (RS, ME, HR, SI, BA, MK)",
	"DD": "East Germany, withdrawn in 1990; use DE",
	"ZR": "Zaire, withdrawn in 1997; use CD",
	"TP": "East Timor, withdrawn in 2002; use TL",
	"CS": "Czechoslovakia or Serbia and Montenegro, withdrawn; use CZ, SK, RS or ME",
	"AN": "the Netherlands Antilles, withdrawn in 2011; use CW, SX or BQ",
	"BU": "Burma, withdrawn in 1989; use MM",
	"NT": "the Neutral Zone, withdrawn in 1993; use SA or IQ",
	"YD": "South Yemen, withdrawn in 1990; use YE",
	"FX": "Metropolitan France, withdrawn in 1997; use FR",
	"DY": "Dahomey, withdrawn in 1977; use BJ",
	"HV": "Upper Volta, withdrawn in 1984; use BF",
	"NH": "the New Hebrides, withdrawn in 1980; use VU",
	"RH": "Southern Rhodesia, withdrawn in 1980; use ZW",
	"VD": "North Vietnam, withdrawn in 1977; use VN",
	// Exceptionally or transitionally reserved: parts of a country, or
	// not a country.
	"AC": "Ascension Island, part of SH; use SH",
	"TA": "Tristan da Cunha, part of SH; use SH",
	"CP": "Clipperton Island, part of FR; use FR",
	"DG": "Diego Garcia, part of IO; use IO",
	"EA": "Ceuta and Melilla, part of ES; use ES",
	"IC": "the Canary Islands, part of ES; use ES",
	"EU": "the European Union, not a country: name each country",
	"EZ": "the eurozone, not a country: name each country",
	"UN": "the United Nations, not a country",
}

// acceptedUserAssigned are user-assigned codes read as countries: XK,
// which the EU, the IMF and the agencies use for Kosovo (its name in
// every table of this package maps to XK).
var acceptedUserAssigned = map[string]bool{"XK": true}

// userAssigned reports the codes ISO 3166-1 leaves to users: AA, QM–QZ,
// XA–XZ and ZZ. They name nothing wirecap can match.
func userAssigned(code string) bool {
	switch {
	case code == "AA" || code == "ZZ":
		return true
	case code[0] == 'Q':
		return code[1] >= 'M' && code[1] <= 'Z'
	case code[0] == 'X':
		return !acceptedUserAssigned[code]
	}
	return false
}

// TerritoryError is a territory that is not a current country: Value is
// what was given.
type TerritoryError struct {
	Value  string
	Reason string
}

func (e *TerritoryError) Error() string {
	return fmt.Sprintf("territory %q: %s", e.Value, e.Reason)
}

// Territory reads a territory as written: a current ISO 3166-1 alpha-2 or
// alpha-3 code (any case), a country's name in English, French, German or
// Spanish, or a common non-ISO form (UK, EL, Great Britain, England). It
// returns the alpha-2 code, a note when the reading is not exact ("" when
// it is), or a *TerritoryError naming the value: withdrawn, reserved and
// user-assigned codes, and names of no country.
func Territory(s string) (code, note string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", "", &TerritoryError{Value: s, Reason: "empty"}
	}
	bare := s // "the UK", "the US"
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		bare = strings.TrimSpace(s[4:])
	}
	up := strings.ToUpper(bare)
	if isLetters(up) && (len(up) == 2 || len(up) == 3) {
		if code, note, err, ok := territoryCode(s, up); ok {
			return code, note, err
		}
	}
	if note := gbPartNote(s); note != "" {
		return "GB", note, nil
	}
	if code, ok := Country(s); ok && CountryName(code) != "" {
		if why, bad := notTerritories[code]; bad {
			return "", "", &TerritoryError{Value: s, Reason: why}
		}
		return code, "", nil
	}
	return "", "", &TerritoryError{Value: s, Reason: "no country has that name or code"}
}

// territoryCode reads a two- or three-letter code; ok is false when it is
// no code at all and the caller should try it as a name (IOC codes such
// as GER are names in this package's tables).
func territoryCode(s, up string) (code, note string, err error, ok bool) {
	if a, found := territoryAliases[up]; found {
		return a.code, a.note, nil, true
	}
	c := up
	if len(up) == 3 {
		r, perr := language.ParseRegion(up)
		if perr != nil || !r.IsCountry() {
			return "", "", nil, false
		}
		c = r.String()
	}
	if why, found := notTerritories[c]; found {
		return "", "", &TerritoryError{Value: s, Reason: why}, true
	}
	if len(up) == 2 && userAssigned(c) {
		return "", "", &TerritoryError{Value: s, Reason: "a user-assigned code, not a country"}, true
	}
	if CountryName(c) != "" {
		return c, "", nil, true
	}
	if len(up) == 2 {
		return "", "", &TerritoryError{Value: s, Reason: "not an ISO 3166-1 country code"}, true
	}
	return "", "", nil, false
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
