package caption

import "testing"

// TestSeatNameAcrossCut: the location pass reads a text cut short before
// the background (a paragraph break, ". --"), with the tokens of the whole
// caption; a seat's name of two words that runs on past the cut is no
// seat, and never sliced beyond the text (it panicked).
func TestSeatNameAcrossCut(t *testing.T) {
	for _, s := range []string{
		"Il premier arriva a Palazzo\n\nChigi oggi.",
		"Il premier arriva a Palazzo\n \nChigi, Velmora.",
	} {
		c, err := Parse(s, Options{})
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if c.Location != nil && c.Location.GeoNamesID != 0 {
			t.Errorf("%q: location %+v read from a name across the cut", s, *c.Location)
		}
	}
}
