package check

import "testing"

func TestParseTerritory(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"DE", "DE"}, {"de", "DE"}, {"DEU", "DE"}, {"Germany", "DE"}, {" germany ", "DE"},
		{"FRA", "FR"}, {"France", "FR"}, {"United Kingdom", "GB"}, {"GB", "GB"}, {"JP", "JP"},
		{"XX", ""}, {"Narnia", ""}, {"", ""}, {"ZZZ", ""}, {"EU", ""}, {"1", ""},
	} {
		got, err := ParseTerritory(tc.in)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("ParseTerritory(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}
