package geo

import "testing"

func TestDivisionIn(t *testing.T) {
	for _, tc := range []struct {
		name, country string
		want          bool
	}{
		{"Toledo", "ES", true},     // a province (level 2)
		{"Toledo", "BZ", true},     // a district (level 1)
		{"Toledo", "US", false},    // a city only
		{"Luxembourg", "BE", true}, // a province
		{"Luxemburg", "BE", true},  // its German name
		{"León", "ES", true},
		{"Castilla y León", "ES", true},
		{"Velmoria", "ES", false},
		{"Toledo", "", false},
	} {
		if got := DivisionIn(tc.name, tc.country); got != tc.want {
			t.Errorf("DivisionIn(%q, %q) = %v, want %v", tc.name, tc.country, got, tc.want)
		}
	}
}
