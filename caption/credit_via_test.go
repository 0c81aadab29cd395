package caption

import "testing"

// TestViaLen: the chain word "via" is one lexicon entry (chain_via) read on
// its folded key, so every case and the Spanish and Portuguese "vía" match
// it, and only as a whole word followed by a space.
func TestViaLen(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"via REUTERS", 3},
		{"VIA REUTERS", 3},
		{"Via Reuters", 3},
		{"vía Getty Images", 4},
		{"VÍA GETTY IMAGES", 4},
		{"Vía Getty Images", 4},
		{"via", 0},             // no name after it
		{"viaduct views", 0},   // a longer word
		{"Via Appia, Rome", 3}, // the word itself; the chain's shape decides
		{"vía", 0},
		{"vi a", 0},
	}
	for _, tc := range cases {
		if got := viaLen(tc.in); got != tc.want {
			t.Errorf("viaLen(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
	if !hasVia("Jane Roe/Europa Press vía Getty Images") || !hasVia("Velmora Police via AP") || hasVia("Velmora viaduct/AP") {
		t.Error("hasVia")
	}
}

// TestPoolFileWords: the pool and file words are lexicon data
// (credit_pool, credit_file), so that "Surname, Forename" is never read
// from "Pool, Jane" or "File, Jane".
func TestPoolFileWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"Jane", true}, {"Velmora", true}, {"Pool", false}, {"File", false}, {"Files", false}, {"Handout", false}} {
		if got := plainNameWords(tc.in); got != tc.want {
			t.Errorf("plainNameWords(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	checkFieldCases(t, []fieldCase{
		{"Pool, Jane Roe/AP", "AP", "Jane Roe", ""},
		{"Roe, Jane/dpa", "dpa", "Jane Roe", ""},
	})
}
