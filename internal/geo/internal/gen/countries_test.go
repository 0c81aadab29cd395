package main

import (
	"os"
	"path/filepath"
	"testing"
)

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

// TestRegionNames: a name two divisions share keeps the higher level's;
// two of one level in different countries make it ambiguous; a hand-kept
// region replaces them at level 0.
func TestRegionNames(t *testing.T) {
	m := regionNames{}
	m.add("velmora", region{"ZZ", 2})
	m.add("velmora", region{"ZY", 1})
	m.add("drastovo", region{"ZZ", 1})
	m.add("drastovo", region{"ZY", 1})
	m.add("quillan", region{"ZZ", 1})
	m.add("quillan", region{"ZZ", 1})
	m.add("marquell", region{"ZZ", 1})
	path := filepath.Join(t.TempDir(), "regions.txt")
	if err := os.WriteFile(path, []byte("# invented\nMarquell\t\nKessrow Hills\tZY\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m.addHandKept(path)
	for k, want := range map[string]region{
		"velmora": {"ZY", 1}, "drastovo": {ambiguous, 1}, "quillan": {"ZZ", 1}, "marquell": {"", 0}, "kessrow hills": {"ZY", 0},
	} {
		if m[k] != want {
			t.Errorf("%s = %+v, want %+v", k, m[k], want)
		}
	}
}
