package check

import (
	"slices"

	"github.com/wirecap/wirecap/internal/geo"
)

// ParseTerritory reads the territory of a planned use (--territory, a
// policy's default_territory) with geo.Territory, the reader of OUT scopes
// too: an ISO 3166-1 alpha-2 or alpha-3 code ("DE", "DEU"), a country's
// name ("Germany", "Allemagne") or a common non-ISO form ("UK", "England"),
// returned as alpha-2. Withdrawn, reserved and user-assigned codes ("SU",
// "XX") are errors naming the code (*geo.TerritoryError).
func ParseTerritory(s string) (string, error) {
	code, _, err := geo.Territory(s)
	return code, err
}

// TerritoryNote is what a person should know about how s was read ("UK is
// not an ISO 3166-1 code: read as GB"), or "" when the reading is exact.
func TerritoryNote(s string) string {
	_, note, _ := geo.Territory(s)
	return note
}

// scopeTerritory reads one entry of an OUT scope or only-in list as a
// territory: its alpha-2 code, or ok false for an outlet or a name no
// country answers to (which needs a person).
func scopeTerritory(s string) (string, bool) {
	code, _, err := geo.Territory(s)
	return code, err == nil
}

// scopeTerritories reads every entry of list; the entries that are no
// territory are returned apart, in order.
func scopeTerritories(list []string) (codes, others []string) {
	for _, s := range list {
		if c, ok := scopeTerritory(s); ok {
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
			continue
		}
		others = append(others, s)
	}
	return codes, others
}

// asTerritories reads each entry of a scope as a territory where it is one
// ("UK" and "GB" are the same), keeping outlets and unknown names as
// written: sources that name one country two ways agree.
func asTerritories(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = s
		if c, ok := scopeTerritory(s); ok {
			out[i] = c
		}
	}
	return out
}
