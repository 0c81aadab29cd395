package caption

import "testing"

// TestLanguageFlags: languages.tsv gives the flags the rules read, and a
// malformed line is an error, not a silent default.
func TestLanguageFlags(t *testing.T) {
	for _, tc := range []struct {
		lang string
		f    langFlag
		want bool
	}{
		{"en", flagTitledDateNames, true},
		{"de", flagTitledDateNames, true},
		{"de", flagGenitivePlaces, true},
		{"en", flagGenitivePlaces, false},
		{"sk", flagTitledDateNames, false},
		{"fr", flagGenitivePlaces, false},
		{"", flagTitledDateNames, false},
		{"EN", flagTitledDateNames, false},
		{"eng", flagTitledDateNames, false},
	} {
		if got := langHas(tc.lang, tc.f); got != tc.want {
			t.Errorf("langHas(%q, %d) = %v, want %v", tc.lang, tc.f, got, tc.want)
		}
	}
	for _, bad := range []string{"en titled_date_names\n", "en\tshouting\n", "en\t\nen\t\n", "\ttitled_date_names\n"} {
		if _, err := parseLanguageFlags(bad); err == nil {
			t.Errorf("parseLanguageFlags(%q): no error", bad)
		}
	}
	got, err := parseLanguageFlags("# comment\nxx\ttitled_date_names genitive_places\r\nyy\t\n")
	if err != nil || got["xx"] != flagTitledDateNames|flagGenitivePlaces || got["yy"] != 0 || len(got) != 2 {
		t.Errorf("parseLanguageFlags: %v, %v", got, err)
	}
}
