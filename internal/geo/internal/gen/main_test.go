package main

import (
	"slices"
	"testing"
)

// TestLatinName pins which GeoNames alternate names the gazetteer keeps.
func TestLatinName(t *testing.T) {
	for name, want := range map[string]bool{
		"Kiew": true, "Tiflis": true, "Kyïv": true, "Sapporo-shi": true, "L'viv": true, "St. Louis": true,
		"Київ": true, "Αθήνα": true, "КИЇВ": false, "キエフ": false, "كييف": false, "kiev": false, "IEV": false, "TBS": false, "UKKK": false,
		"http://en.wikipedia.org/wiki/Kiev": false, "K": false, "Kiev 2": false, "TBILISI": true,
	} {
		if got := indexedName(name); got != want {
			t.Errorf("indexedName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestISOForms: an ISO 3166-2 name is indexed as captions write it:
// inverted names put back in order, bilingual names split, the code of a
// bracketed second name dropped, a list of names left whole.
func TestISOForms(t *testing.T) {
	for name, want := range map[string][]string{
		"Velmora, Región de":          {"Velmora, Región de", "Región de Velmora"},
		"Velmora, Comunidad":          {"Velmora, Comunidad", "Comunidad Velmora"},
		"Velmora / Drastovo":          {"Velmora / Drastovo", "Velmora", "Drastovo"},
		"Velmora [Drastovo]":          {"Velmora [Drastovo]", "Velmora", "Drastovo"},
		"Velmora [Drastovo ZZ-DRA]":   {"Velmora [Drastovo ZZ-DRA]", "Velmora", "Drastovo"},
		"Velmora, Drastovo and Quill": {"Velmora, Drastovo and Quill"},
		"Velmora":                     {"Velmora"},
	} {
		if got := isoForms(name); !slices.Equal(got, want) {
			t.Errorf("isoForms(%q) = %q, want %q", name, got, want)
		}
	}
}
