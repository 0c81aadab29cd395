package check

import (
	"fmt"
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// ParseTerritory reads the territory of a planned use: an ISO 3166 alpha-2
// or alpha-3 code ("DE", "DEU") or a country's name ("Germany"), and
// returns its alpha-2 code. Anything else, including user-assigned codes
// such as "XX", is an error.
func ParseTerritory(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("territory: empty")
	}
	if code := geo.Alpha2(s); code != "" {
		return code, nil
	}
	if code, ok := geo.Country(s); ok {
		return code, nil
	}
	return "", fmt.Errorf("territory %q: want an ISO 3166 code (FR, FRA) or a country name (France)", s)
}
