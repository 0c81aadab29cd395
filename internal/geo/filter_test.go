package geo

import (
	"bytes"
	"iter"
	"maps"
	"testing"
)

// TestKeyFilter: every key of the city, region, country and demonym
// indexes passes its filter (a refused key would hide a place), and most
// names they do not hold are refused.
func TestKeyFilter(t *testing.T) {
	gazOnce.Do(loadGazetteer)
	once.Do(load)
	refused := func(f *keyFilter, keys iter.Seq[string]) string {
		for k := range keys {
			if !f.mayHold([]byte(k)) {
				return k
			}
		}
		return ""
	}
	for _, c := range []struct {
		what string
		f    *keyFilter
		keys iter.Seq[string]
	}{
		{"city", gazKeys, keyIdx.all},
		{"region", gazKeys, regionTable.all},
		{"country", countryKeys, maps.Keys(countryIdx)},
		{"demonym", countryKeys, maps.Keys(demonymIdx)},
	} {
		if k := refused(c.f, c.keys); k != "" {
			t.Errorf("filter refuses %s key %q", c.what, k)
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
