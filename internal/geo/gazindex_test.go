package geo

import (
	"strings"
	"sync"
	"testing"
)

// TestCityChunks: cities decoded by chunks are those of section 1, and
// lookups racing to decode one chunk get the same pointer (the first chunk
// stored wins).
func TestCityChunks(t *testing.T) {
	resetGazetteer()
	gazOnce.Do(loadGazetteer)
	lines := strings.Split(gazetteerText[:strings.Index(gazetteerText, "\n\n")], "\n")
	if len(lines) != cityCount() {
		t.Fatalf("%d cities, section 1 has %d lines", cityCount(), len(lines))
	}
	var wg sync.WaitGroup
	got := make([][]*City, 4)
	for g := range got {
		wg.Go(func() {
			for i := range cityCount() {
				got[g] = append(got[g], cityAt(i))
			}
		})
	}
	wg.Wait()
	for i, line := range lines {
		c := got[0][i]
		for g := range got {
			if got[g][i] != c {
				t.Fatalf("city %d: goroutines got different pointers", i)
			}
		}
		f := strings.Split(line, "\t")
		if c.Name != f[0] || c.Country != f[1] || c.Region != f[2] || c.Capital != (f[6] == "c") || c.Tied != (f[6] == "t") {
			t.Fatalf("city %d = %+v, line %q", i, *c, line)
		}
	}
}

// sectionNames reads a section as the generator wrote it: each name and
// the rest of its line.
func sectionNames(text string) map[string]string {
	want := map[string]string{}
	for line := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
		k, rest, _ := strings.Cut(line, "\t")
		want[k] = rest
	}
	return want
}

// FuzzNameTable: the generated index finds a name exactly when section 2
// (the cities' names) or section 4 (the regions') holds it, at its own
// line, and the filter passes every name held; for any string, and for
// the string folded as lookups fold it. (A name is never a tab or a
// newline: Fold makes them spaces.)
func FuzzNameTable(f *testing.F) {
	for _, s := range []string{"kyiv", "velmora", "", "a coruna", "kyi", "kyiv ", "киев", "ou", "\t", "w\t"} {
		f.Add(s)
	}
	gazOnce.Do(loadGazetteer)
	want, regions := sectionNames(keyText), sectionNames(regionTable.text)
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\t\n") {
			s = Fold(s)
		}
		for _, k := range []string{s, Fold(s)} {
			checkFindKey(t, want, k)
			checkRegion(t, regions, k)
		}
	})
}

func checkRegion(t *testing.T, want map[string]string, k string) {
	t.Helper()
	r, ok := regionOf([]byte(k))
	rest, held := want[k]
	if ok != held || ok && r.country+"\t"+string(rune('0'+r.level)) != rest {
		t.Fatalf("regionOf(%q) = %+v, %v; section 4 has %q, %v", k, r, ok, rest, held)
	}
}

func checkFindKey(t *testing.T, want map[string]string, k string) {
	t.Helper()
	flag, ids, ok := findKey([]byte(k))
	rest, held := want[k]
	if ok != held || ok && flag+"\t"+ids != rest {
		t.Fatalf("findKey(%q) = %q, %q, %v; section 2 has %q, %v", k, flag, ids, ok, rest, held)
	}
	if held && !gazKeys.mayHold([]byte(k)) {
		t.Fatalf("filter refuses %q", k)
	}
}
