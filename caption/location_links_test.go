package caption

import "testing"

// TestLastOfLink pins where the last "of"/"de"/"del"/"di" inside a name
// starts (names invented).
func TestLastOfLink(t *testing.T) {
	for _, tc := range []struct {
		name string
		at   int
		word string
	}{
		{"National Museum of Velmora", 15, "of"},
		{"Puerta del Sol de Drastovo", 14, "de"},
		{"Casa del Velmora", 4, "del"},
		{"Velmora di Sopra", 7, "di"},
		{"Bay of Velmora of", 3, "of"},
		{"Velmora delta", -1, ""},
		{"Velmora", -1, ""},
		{"", -1, ""},
	} {
		if at, word := lastOfLink(tc.name); at != tc.at || word != tc.word {
			t.Errorf("lastOfLink(%q) = %d, %q; want %d, %q", tc.name, at, word, tc.at, tc.word)
		}
	}
}
