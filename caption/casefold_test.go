package caption

import (
	"strings"
	"testing"
)

// TestInCapitals: inCapitals says what strings.ToUpper and ToLower say,
// for ASCII, accented, caseless and broken words.
func TestInCapitals(t *testing.T) {
	for _, w := range []string{"VELMORA", "Velmora", "velmora", "ÉLODIE", "ÉLodie", "O'NEIL", "AL-QUILLAN", "123", "", "-", "STRAßE", "ǅ", "X\xffY", "X\uFFFDY", "ΑΘΗΝΑ", "Αθήνα"} {
		want := strings.ToUpper(w) == w && strings.ToLower(w) != w
		if got := inCapitals(w); got != want {
			t.Errorf("inCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLookupLower: lookupLower finds what a lookup of the lower-cased word
// finds, and allocates nothing for a short ASCII word.
func TestLookupLower(t *testing.T) {
	m := map[string]int{"velmora": 1, "élodie": 2, strings.Repeat("x", 40): 3}
	for _, w := range []string{"Velmora", "VELMORA", "velmora", "Élodie", "ÉLODIE", strings.Repeat("X", 40), "Drastovo", ""} {
		if got, want := lookupLower(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("lookupLower(%q) = %d, want %d", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(20, func() { _ = lookupLower(m, "VELMORA") }); n != 0 {
		t.Errorf("lookupLower allocates %v times for an ASCII word", n)
	}
}
