package main

import "testing"

// TestMoreCountryNames: a country name of the other agencies' languages is
// left out where it is an ordinary word (Czech "Čad" folds to the English
// "cad"), a city's name in Latin letters (Croatian "Tunis") or a region's
// (Polish "Włochy"); a city's alternate name in Cyrillic stays the country
// (Russian "Армения"), and a name the desk's languages give keeps its
// country.
func TestMoreCountryNames(t *testing.T) {
	names, idx := deskCountryNames()
	p := places{
		words:   map[string]bool{"cad": true},
		cities:  map[string]bool{"tunis": true, "армения": true},
		regions: map[string]bool{"wlochy": true},
	}
	added := moreCountryNames(names, idx, p)
	for k, want := range map[string]string{
		"cad": "", "tunis": "", "wlochy": "", "армения": "AM", "polska": "PL", "россия": "RU", "germany": "DE",
	} {
		if got := idx[k]; got != want {
			t.Errorf("idx[%q] = %q, want %q", k, got, want)
		}
	}
	if !added["polska"] || added["germany"] {
		t.Errorf("added polska %v, germany %v; want true, false", added["polska"], added["germany"])
	}
}
