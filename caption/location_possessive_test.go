package caption

import "testing"

// TestPossessiveVenue: a name right after a prominent city in the
// possessive is a place of that city, with or without a preposition; a
// town's possessive (a team's, a person's) and a possessive before no name
// locate nothing.
func TestPossessiveVenue(t *testing.T) {
	for _, tc := range []struct{ text, city, place string }{
		{"Tourists walk on Moscow's Drevnaya Square on March 3, 2024. (Photo by Ana Belmor / AFP)", "Moscow", "Drevnaya Square"},
		{"Models present creations during Milan's Velmora Week on February 26, 2025. (Photo by Ana Belmor / AFP)", "Milan", "Velmora Week"},
		{"Passengers queue at London's Corlan Terminal on March 3, 2024. REUTERS/Jon Tarrow", "London", "Corlan Terminal"},
		{"Fans of Madrid's Velmora Club celebrate in Lyon on March 3, 2024. REUTERS/Jon Tarrow", "Lyon", ""},
		{"Moscow's mayor speaks to reporters on March 3, 2024. REUTERS/Jon Tarrow", "", ""},
		{"Kelso's Drevan Tarrow scores on March 3, 2024. REUTERS/Jon Tarrow", "", ""},
	} {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var city, place string
		if c.Location != nil {
			city, place = c.Location.City, c.Location.Place
		}
		if city != tc.city || place != tc.place {
			t.Errorf("%q: city %q place %q, want %q %q", tc.text, city, place, tc.city, tc.place)
		}
	}
}
