package geo

import (
	"bytes"
	"testing"
)

// TestKeyFilter: every key of the city, region, country and demonym
// indexes passes its filter (a refused key would hide a place), and most
// names they do not hold are refused.
func TestKeyFilter(t *testing.T) {
	gazOnce.Do(loadGazetteer)
	for k := range keyIdx {
		if !gazKeys.mayHold([]byte(k)) {
			t.Fatalf("filter refuses city key %q", k)
		}
	}
	for k := range regionIx {
		if !gazKeys.mayHold([]byte(k)) {
			t.Fatalf("filter refuses region key %q", k)
		}
	}
	once.Do(load)
	for k := range countryIdx {
		if !countryKeys.mayHold([]byte(k)) {
			t.Fatalf("filter refuses country key %q", k)
		}
	}
	for k := range demonymIdx {
		if !countryKeys.mayHold([]byte(k)) {
			t.Fatalf("filter refuses demonym key %q", k)
		}
	}
	passed, n := 0, 0
	for _, a := range []string{"velmora", "drastovo", "quillan", "marquell", "zyleth", "kessrow", "uthwaite", "brask"} {
		for _, b := range []string{"", " ministry", " jane", " fc", " institute"} {
			n++
			if gazKeys.mayHold([]byte(a + b + "qx")) {
				passed++
			}
			if countryKeys.mayHold([]byte(a + b + "qx")) {
				passed++
			}
		}
	}
	if passed > n/2 {
		t.Errorf("filter passes %d of %d names it does not hold", passed, n)
	}
}

// TestAppendOuToU: the French "ou" read back is bytes.ReplaceAll's.
func TestAppendOuToU(t *testing.T) {
	for _, k := range []string{"bakhmout", "marioupol", "oou", "ouou", "o", "u", "", "louhansk", "ou"} {
		want := string(bytes.ReplaceAll([]byte(k), []byte("ou"), []byte("u")))
		if got := string(appendOuToU(nil, []byte(k))); got != want {
			t.Errorf("appendOuToU(%q) = %q, want %q", k, got, want)
		}
	}
}
