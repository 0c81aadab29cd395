package caption

import "testing"

// TestTitleCasedForeignMonth: a word in title case that is a month or a
// weekday only in languages writing them in lower case is a name ("Augusta"
// is Slovak for "of August"); in lower case, in capitals, or as an English
// month it still stops a place name.
func TestTitleCasedForeignMonth(t *testing.T) {
	for _, tc := range []struct {
		text, city, date string
	}{
		{"Fans watch the tournament in Augusta, Georgia, April 10, 2025. REUTERS/Jon Tarrow", "Augusta", "2025-04-10"},
		{"Ľudia oslavujú v Bratislave 15. augusta 2024. TASR/Ján Velmor", "Bratislava", "2024-08-15"},
		{"Ljudi na ulici u Novom Sadu 15. augusta 2024. Foto: Tanjug/Jan Velmor", "Novi Sad", "2024-08-15"},
		{"People gather in May 2024 in Lyon, France. REUTERS/Jon Tarrow", "Lyon", "2024-05"},
	} {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var city, date string
		if c.Location != nil {
			city = c.Location.City
		}
		if c.Date != nil {
			date = c.Date.String()
		}
		if city != tc.city || date != tc.date {
			t.Errorf("%q: city %q date %q, want %q %q", tc.text, city, date, tc.city, tc.date)
		}
	}
	for w, want := range map[string]bool{"Augusta": true, "AUGUSTA": false, "augusta": false, "Ärger": true, "É": false} {
		if got := titleCased(w); got != want {
			t.Errorf("titleCased(%q) = %v, want %v", w, got, want)
		}
	}
}
