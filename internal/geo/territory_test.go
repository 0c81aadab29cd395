package geo

import (
	"errors"
	"strings"
	"testing"
)

func TestTerritory(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		note     bool   // a note says the reading is not exact
		errHas   string // the error names this ("" when no error)
	}{
		{in: "DE", want: "DE"}, {in: "de", want: "DE"}, {in: " DEU ", want: "DE"}, {in: "GBR", want: "GB"},
		{in: "GB", want: "GB"}, {in: "FRA", want: "FR"}, {in: "USA", want: "US"}, {in: "UKR", want: "UA"},
		{in: "Germany", want: "DE"}, {in: "Allemagne", want: "DE"}, {in: "Deutschland", want: "DE"}, {in: "Alemania", want: "DE"},
		{in: "United Kingdom", want: "GB"}, {in: "Royaume-Uni", want: "GB"}, {in: "Vereinigtes Königreich", want: "GB"}, {in: "Reino Unido", want: "GB"},
		{in: "Grèce", want: "GR"}, {in: "the Netherlands", want: "NL"},
		// Non-ISO forms: read, with a note.
		{in: "UK", want: "GB", note: true}, {in: "uk", want: "GB", note: true}, {in: "the UK", want: "GB", note: true}, {in: "the US", want: "US"}, {in: "EL", want: "GR", note: true},
		{in: "Great Britain", want: "GB", note: true}, {in: "England", want: "GB", note: true}, {in: "Scotland", want: "GB", note: true},
		{in: "Wales", want: "GB", note: true}, {in: "Northern Ireland", want: "GB", note: true},
		{in: "Britain", want: "GB", note: true}, {in: "the Great Britain", want: "GB", note: true},
		{in: "Angleterre", want: "GB", note: true}, {in: "Schottland", want: "GB", note: true}, {in: "Escocia", want: "GB", note: true},
		{in: "Pays de Galles", want: "GB", note: true}, {in: "Nordirland", want: "GB", note: true}, {in: "Irlanda del Norte", want: "GB", note: true},
		{in: "Grande-Bretagne", want: "GB", note: true}, {in: "GROSSBRITANNIEN", want: "GB", note: true}, {in: "Gran Bretaña", want: "GB", note: true},
		{in: "Irlande", want: "IE"}, {in: "Ireland", want: "IE"},
		// Kosovo's user-assigned code is accepted.
		{in: "XK", want: "XK"}, {in: "Kosovo", want: "XK"},
		// Withdrawn codes, alpha-2 and alpha-3.
		{in: "SU", errHas: "SU"}, {in: "YU", errHas: "YU"}, {in: "DD", errHas: "DD"}, {in: "ZR", errHas: "CD"},
		{in: "TP", errHas: "TL"}, {in: "CS", errHas: "CS"}, {in: "AN", errHas: "AN"}, {in: "BU", errHas: "MM"},
		{in: "SUN", errHas: "SUN"}, {in: "YUG", errHas: "YUG"}, {in: "DDR", errHas: "DDR"}, {in: "ZAR", errHas: "ZAR"},
		{in: "FX", errHas: "FR"},
		// Reserved and user-assigned codes.
		{in: "XX", errHas: "XX"}, {in: "ZZ", errHas: "ZZ"}, {in: "AA", errHas: "AA"}, {in: "QM", errHas: "QM"},
		{in: "QZ", errHas: "QZ"}, {in: "XA", errHas: "XA"}, {in: "EU", errHas: "EU"}, {in: "IC", errHas: "ES"},
		{in: "Canary Islands", errHas: "ES"}, {in: "AC", errHas: "SH"},
		// Nothing at all.
		{in: "", errHas: "empty"}, {in: "Narnia", errHas: "Narnia"}, {in: "ZZZ", errHas: "ZZZ"}, {in: "1", errHas: "1"},
		{in: "Soviet Union", errHas: "Soviet Union"}, {in: "Q", errHas: "Q"},
	} {
		code, note, err := Territory(tc.in)
		if tc.errHas != "" {
			var te *TerritoryError
			if !errors.As(err, &te) || code != "" || !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("Territory(%q) = %q, %v; want an error naming %q", tc.in, code, err, tc.errHas)
			}
			continue
		}
		if err != nil || code != tc.want || (note != "") != tc.note {
			t.Errorf("Territory(%q) = %q, note %q, %v; want %q (note: %v)", tc.in, code, note, err, tc.want, tc.note)
		}
	}
}

// Every code a name table maps to is a territory Territory accepts: a
// scope read from a caption is never a code the flag would refuse.
func TestTerritoryAcceptsEveryCountryCode(t *testing.T) {
	once.Do(load)
	for name, code := range countryIdx {
		if _, _, err := Territory(code); err != nil {
			if _, listed := notTerritories[code]; !listed {
				t.Errorf("%q names %s, which Territory refuses: %v", name, code, err)
			}
		}
	}
}

func FuzzTerritory(f *testing.F) {
	for _, s := range []string{"UK", "GBR", "England", "SU", "XK", "ZZZ", "Côte d'Ivoire", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, _, err := Territory(s)
		if err != nil {
			return
		}
		again, note, err := Territory(code)
		if err != nil || again != code || note != "" {
			t.Errorf("Territory(%q) = %q, which reads back as %q, %q, %v", s, code, again, note, err)
		}
	})
}
