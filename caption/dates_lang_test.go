package caption

import "testing"

// TestMonthNamesOtherLanguages: the month names of the Dutch, Polish,
// Italian, Portuguese, Hungarian and Croatian desks date a caption like the
// four languages' (lexicon/<lang>/month.txt).
func TestMonthNamesOtherLanguages(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Foto 1: 25 maart 2021 – De minister loopt de kamer uit. Foto: ANP / Jan Quillfeather", "2021-03-25"},
		{"De koning in Velmora, 11 januari 2022. Foto: ANP / Jan Quillfeather", "2022-01-11"},
		{"Posłowie podczas meczu, Velmora, 6 września 2019 r. / Fot. Jan Quillfeather / Reporter / East News /", "2019-09-06"},
		{"Mecz w Velmorze, 3 maja 2020 r. / Fot. Jan Quillfeather", "2020-05-03"},
		{"Il presidente a Velmora il 3 marzo 2024. ANSA/JANE QUILLFEATHER", "2024-03-03"},
		{"O presidente em Velmora, 3 de março de 2024. Foto: Lusa/Jane Quillfeather", "2024-03-03"},
		{"Maja Quillfeather in Velmora. Jane Quillfeather/Larkspur", ""}, // a first name, no month
		// MTI writes the year first and the month in lower case ("2026.
		// március 5-én"); a year that ends a sentence before an English
		// month is no such date.
		{"Tűzoltók Velmorán 2026. március 5-én. MTI/Quillfeather Jana", "2026-03-05"},
		{"Velmora, 2025. október 12. Tűzoltók dolgoznak. MTI/Quillfeather Jana", "2025-10-12"},
		{"Velmora, 2025. november 3. MTI/Quillfeather Jana", "2025-11-03"},
		{"Prices rose in 2025. March 5 was a holiday in Velmora.", ""},
		// HINA's Croatian months, in the genitive.
		{"Vatrogasci u Velmori 5. ožujka 2026. HINA/Ivan Quillfeather", "2026-03-05"},
		{"Vatrogasci u Velmori, 12. studenoga 2025. HINA/Ivan Quillfeather", "2025-11-12"},
	} {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if c.Date != nil {
			got = c.Date.String()
		}
		if got != tc.want {
			t.Errorf("Parse(%q).Date = %q, want %q", tc.text, got, tc.want)
		}
	}
}
