package geo

import "testing"

func TestCountryByStem(t *testing.T) {
	for _, tc := range []struct {
		stem, want string
	}{
		{"liby", "LY"},  // Libyen, Libye, Libya
		{"tunis", "TN"}, // Tunisie, Tunesien? (tunis: Tunisia, Tunisie)
		{"ital", "IT"},  // Italia, Italie, Italien
		{"maroc", "MA"}, // Maroc
		{"nige", ""},    // Niger, Nigeria
		{"lib", ""},     // too short
		{"velmor", ""},  // none
	} {
		got, _ := CountryByStem(tc.stem)
		if got != tc.want {
			t.Errorf("CountryByStem(%q) = %q, want %q", tc.stem, got, tc.want)
		}
	}
}
