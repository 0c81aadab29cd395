package geo

import (
	"maps"
	"slices"
	"testing"
)

// TestKeyLookups checks that a made Key answers as the ...Key functions
// do, over every name of the gazetteer, the country and demonym indexes
// and the region index, with and without an article, a region word, or a
// French "ou".
func TestKeyLookups(t *testing.T) {
	once.Do(load)
	gazOnce.Do(loadGazetteer)
	names := slices.Collect(keyIdx.all)
	names = slices.AppendSeq(names, maps.Keys(countryIdx))
	names = slices.AppendSeq(names, maps.Keys(demonymIdx))
	names = slices.AppendSeq(names, regionTable.all)
	names = append(names, "", "The Netherlands", "the Gambia", "Bakhmout", "Velmora Province", "Nice", "NICE")
	var buf [64]byte
	for _, base := range names {
		for _, n := range []string{base, "the " + base, base + " province", base + "ou"} {
			k := MakeKey(buf[:0], n)
			old := AppendKey(nil, n)
			checkKey(t, n, k, old)
		}
	}
}

func checkKey(t *testing.T, n string, k Key, old []byte) {
	t.Helper()
	if string(k.Bytes()) != string(old) {
		t.Fatalf("%q: key %q, AppendKey %q", n, k.Bytes(), old)
	}
	c1, ok1 := CountryKey(old)
	c2, ok2 := CountryOf(k)
	d1, dk1 := DemonymKey(old)
	d2, dk2 := DemonymOf(k)
	r1, l1, rk1 := RegionLevelKey(old)
	r2, l2, rk2 := RegionLevelOf(k)
	city1, cok1 := LookupCityKey(old)
	city2, word, cok2 := CityOf(k)
	if c1 != c2 || ok1 != ok2 || d1 != d2 || dk1 != dk2 || r1 != r2 || l1 != l2 || rk1 != rk2 ||
		city1 != city2 || cok1 != cok2 || word != IsWord(n) {
		t.Fatalf("%q: made key answers differently", n)
	}
}
