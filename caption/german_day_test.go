package caption

import "testing"

// TestGermanOrdinalDayIsNoSentenceEnd: in German dates the day is an
// ordinal with a full stop ("5. März 2024"); the month after it starts no
// sentence, so it is never read as the caption's closing credit, while a
// real credit after the date is still found.
func TestGermanOrdinalDayIsNoSentenceEnd(t *testing.T) {
	for _, tc := range []struct{ text, credit, date string }{
		{"Der Minister spricht am 5. Januar 2024 in Berlin.", "", "2024-01-05"},
		{"Die Ministerin kommt am 12. März 2024 in Leipzig an.", "", "2024-03-12"},
		{"Der Minister spricht am 5. Januar 2024 in Berlin. Foto: Kay Nietfeld/dpa", "Kay Nietfeld/dpa", "2024-01-05"},
	} {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		credit, date := c.Credit, ""
		if c.Date != nil {
			date = c.Date.String()
		}
		if credit != tc.credit || date != tc.date {
			t.Errorf("%q: credit %q date %q, want %q %q", tc.text, credit, date, tc.credit, tc.date)
		}
	}
}
