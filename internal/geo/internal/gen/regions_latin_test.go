package main

import "testing"

// TestLatinRegionsAddNew: a catalogue's name of a division is added at
// level 1 where no division has it; a name already taken, a country's
// name, an ordinary word, a short name and, for a foreign division, a name
// the catalogue gives a home division are not (names invented beside real
// codes).
func TestLatinRegionsAddNew(t *testing.T) {
	lr := latinRegions{
		catalogues: []map[string]string{{
			"Velmoria":  "Velmoriana",      // a foreign division's exonym: added
			"Drastovia": "Bihar",           // taken by another division: left
			"Kelmora":   "Kelmorland",      // a country's name: left
			"Sornia":    "Golfo",           // an ordinary word: left
			"Tarvia":    "Tarv",            // too short: left
			"Ostrelia":  "Domovina Velika", // foreign, but a home division's name: left
			"Domovia":   "Domovina Velika", // the home division: added
		}},
		locales:   []string{"hr"},
		countries: map[string]bool{"kelmorland": true},
		words:     map[string]bool{"golfo": true},
		home:      map[string]bool{"domovina velika": true},
	}
	all := regionNames{"bihar": {"IN", 1}}
	lr.addNew(all, map[string]string{"AT-1": "Velmoria", "RO-BH": "Drastovia", "DE-XX": "Kelmora", "PG-GPK": "Sornia",
		"FR-XX": "Tarvia", "SI-XX": "Ostrelia", "HR-XX": "Domovia"})
	want := regionNames{"bihar": {"IN", 1}, "velmoriana": {"AT", 1}, "domovina velika": {"HR", 1}}
	if len(all) != len(want) {
		t.Errorf("addNew gave %v, want %v", all, want)
	}
	for k, r := range want {
		if all[k] != r {
			t.Errorf("addNew: %q = %v, want %v", k, all[k], r)
		}
	}
}
