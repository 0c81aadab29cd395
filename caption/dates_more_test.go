package caption

import (
	"testing"
	"time"
)

// dateCase is a caption, the date hint it is parsed with (YYYY-MM-DD or
// ""), and the date wanted: its value, "weekday" for a weekday left
// unresolved, or "" for none.
type dateCase struct{ text, hint, want string }

// parseHinted parses text with the date hint hint (YYYY-MM-DD, or ""
// for none), failing the test on an error.
func parseHinted(t *testing.T, text, hint string) *Caption {
	t.Helper()
	var opts Options
	if hint != "" {
		h, err := time.Parse(time.DateOnly, hint)
		if err != nil {
			t.Fatal(err)
		}
		opts.DateHint = h
	}
	c, err := Parse(text, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkDates parses each case and compares its date.
func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		c := parseHinted(t, tc.text, tc.hint)
		got := ""
		if c.Date != nil {
			got = c.Date.String()
			if c.Date.Precision == PrecisionWeekday && got == "" {
				got = "weekday"
			}
		}
		if got != tc.want {
			t.Errorf("Parse(%q, hint %q).Date = %q (%+v), want %q", tc.text, tc.hint, got, c.Date, tc.want)
		}
	}
}

// TestMonthNamesMoreLanguages: the month names of the Ukrainian, Greek,
// Bulgarian, Serbian (both scripts), Slovenian, Estonian, Latvian, Catalan
// and Arabic desks, in the case a date writes them (lexicon/<lang>/month.txt).
func TestMonthNamesMoreLanguages(t *testing.T) {
	checkDates(t, []dateCase{
		{"Рятувальники у Велморі, 12 березня 2026 року. Фото: Іван Квілфезер / Укрінформ", "", "2026-03-12"},
		{"Мітинг у Велморі 21 листопада 2025 року. Фото: Тарас Квілфезер", "", "2025-11-21"},
		{"Διαδηλωτές στη Βελμόρα, 14 Οκτωβρίου 2025. ΑΠΕ-ΜΠΕ/Νίκος Κουιλφέδερ", "", "2025-10-14"},
		{"Προσκυνητές στη Βελμόρα, 15 Αυγούστου 2025. ΑΠΕ-ΜΠΕ/Νίκος Κουιλφέδερ", "", "2025-08-15"},
		{"Βελμόρα, Μάρτιος 2026. ΑΠΕ-ΜΠΕ/Νίκος Κουιλφέδερ", "", "2026-03"},
		{"Βελμόρα, 5 Μαρτ. 2026. ΑΠΕ-ΜΠΕ/Νίκος Κουιλφέδερ", "", "2026-03-05"},
		{"Протестиращи във Велмора, 21 януари 2026 г. Снимка: Петър Куилфедър / БТА", "", "2026-01-21"},
		{"Велмора, 8. фебруара 2026. године. Фото: Танјуг/Марко Квилфедер", "", "2026-02-08"},
		{"Navijači u Velmori, 17. septembra 2025. FOTO TANJUG/ Marko Kvilfeder", "", "2025-09-17"},
		{"Slovesnost v Velmori, 25. junija 2025. Foto: STA/Luka Kvilfeder", "", "2025-06-25"},
		{"Velmora, 24. veebruar 2026. Paraad väljakul. Foto: Mari Kvilfeder / ERR", "", "2026-02-24"},
		{"Velmora, 16. novembril 2025. Foto: Jaan Kvilfeder / ERR", "", "2025-11-16"},
		{"Velmora, 13. janvāris 2026. Foto: Ilze Kvilfedere / LETA", "", "2026-01-13"},
		{"Velmora, 11 de setembre de 2026. Foto: Marta Quillfeather / ACN", "", "2026-09-11"},
		{"متظاهرون في فيلمورا، 5 مارس 2026. رويترز/جون كويلفيذر", "", "2026-03-05"},
		{"Warga berkumpul di Velmora, 5 Maret 2026. ANTARA FOTO/Budi Quillfeather", "", "2026-03-05"},
		{"Upacara di Velmora, Senin 17 Agustus 2026. ANTARA FOTO/Budi Quillfeather", "", "2026-08-17"},
		// Month-year dates in the Ukrainian locative and the Russian
		// prepositional ("in March 2026").
		{"Протести у Велморі у березні 2026 року. Фото: Іван Квілфезер", "", "2026-03"},
		{"Протесты в Велморе в марте 2026 года. Фото: Иван Квилфезер / ТАСС", "", "2026-03"},
		// Without a day or a year, a month name dates nothing.
		{"Marta Quillfeather walks in Velmora. ACN", "", ""},
	})
}

// TestShortMonthBeforeYear: a short month's full stop does not end the
// date before its year ("15. Jan. 2026", "12 okt. 2025", "5 mar. 2026"),
// and the Spanish, Italian, Portuguese and Dutch abbreviations are months.
func TestShortMonthBeforeYear(t *testing.T) {
	checkDates(t, []dateCase{
		{"Velmora, 15. Jan. 2026: Jana Quillfeather im Landtag. Foto: Max Quillfeather/dpa", "", "2026-01-15"},
		{"Velmora, 7. Sept. 2026: Jana Quillfeather im Landtag. Foto: Max Quillfeather/dpa", "", "2026-09-07"},
		{"Velmora, 12 okt. 2025. ANP/Klaas Quillfeather", "", "2025-10-12"},
		{"Velmora, 3 mrt. 2026. ANP/Klaas Quillfeather", "", "2026-03-03"},
		{"Velmora, 5 mar. 2026.- Juana Quillfeather en el Congreso. EFE/Pedro Quillfeather", "", "2026-03-05"},
		{"Velmora, 5 ene. 2026 - Juana Quillfeather. Europa Press", "", "2026-01-05"},
		{"Velmora, 2 mag. 2026 - Giovanna Quillfeather. ANSA/MARIO QUILLFEATHER", "", "2026-05-02"},
		{"Velmora, 2 fev. 2026. Foto: Paulo Quillfeather/Lusa", "", "2026-02-02"},
		// A full month name that ends a sentence is no abbreviation.
		{"The fair opened on 5 September. 2026 will see it grow, organisers in Velmora said.", "", ""},
		// "ago" in lower case is the English word outside a full date.
		{"Jane Quillfeather won in Velmora 3 ago.", "", ""},
	})
}

// TestCroatianDottedMonth: "listopad" is October in Croatian, which writes
// the day with a full stop, and November in Polish and Czech, which write
// it without one.
func TestCroatianDottedMonth(t *testing.T) {
	checkDates(t, []dateCase{
		{"Velmora, 8. listopada 2025. Foto: Ivan Quillfeather/PIXSELL", "", "2025-10-08"},
		{"Velmora, 11 listopada 2025 r. Fot. PAP/Jan Quillfeather", "", "2025-11-11"},
		{"Velmora, listopad 2025. Fot. PAP/Jan Quillfeather", "", "2025-11"},
	})
}

// TestSpacedNumericDate: the Czech, Slovak, Croatian and Slovenian
// standards space the parts of a numeric date ("17. 11. 2025"); the
// Hungarian and Korean write it year first ("2025. 11. 17.").
func TestSpacedNumericDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Velmora 17. 11. 2025. ČTK/Jan Quillfeather", "", "2025-11-17"},
		{"Velmora, 3. 4. 2026: Passanten in der Innenstadt. Foto: Max Quillfeather/dpa", "", "2026-04-03"},
		{"Velmora, 2025. 11. 17. MTI/Quillfeather Jana", "", "2025-11-17"},
		{"Velmora 31. 2. 2025. ČTK/Jan Quillfeather", "", ""}, // no such day
		{"Velmora 17. 11. 25. ČTK/Jan Quillfeather", "", ""},  // a year of two digits is none
		{"Velmora 17. 11.2025. ČTK/Jan Quillfeather", "", ""}, // the gaps differ
	})
}

// TestElidedDateJoiner: Catalan elides "de" before a vowel ("3 d'abril de
// 2026").
func TestElidedDateJoiner(t *testing.T) {
	checkDates(t, []dateCase{
		{"Velmora, 3 d'abril de 2026. Foto: Jordi Quillfeather / ACN", "", "2026-04-03"},
		{"Velmora, 21 d’agost de 2025. Foto: Pere Quillfeather / ACN", "", "2025-08-21"},
		{"Velmora, 3 d'abril. Foto: Jordi Quillfeather / ACN", "2026-04-10", "2026-04-03"},
	})
}

// TestYearWordDates: Lithuanian dates run year, month, day with "m." after
// the year ("2026 m. kovo 11 d."); Latvian ones year, day, month with
// "gada" ("2025. gada 18. novembrī").
func TestYearWordDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"Velmora, 2026 m. kovo 11 d. Minia prie Seimo. ELTA / Jonas Kvilfederis", "", "2026-03-11"},
		{"Velmora, 2025 m. liepos 6 d. Foto: Rūta Kvilfederienė / BNS", "", "2025-07-06"},
		{"Velmora, 2025. gada 18. novembrī. Parāde ielā. Foto: LETA/Jānis Kvilfeders", "", "2025-11-18"},
		// Without the year, the day needs a stated date.
		{"Velmora, kovo 11 d. ELTA / Jonas Kvilfederis", "", ""},
		{"Velmora, kovo 11 d. ELTA / Jonas Kvilfederis", "2026-03-20", "2026-03-11"},
	})
}

// TestDateRanges: a range of days dates the caption by the day it starts
// on, month first ("March 3-5, 2026") or day first ("3-5 March 2026", "du
// 3 au 5 mars", "vom 3. bis 5. März", "del 3 al 5 de marzo").
func TestDateRanges(t *testing.T) {
	checkDates(t, []dateCase{
		{"Jane Quillfeather competes in Velmora, Norway, March 3-5, 2026. REUTERS/John Quillfeather", "", "2026-03-03"},
		{"Jane Quillfeather competes in Velmora, Norway, 3-5 March 2026. REUTERS/John Quillfeather", "", "2026-03-03"},
		{"Jeanne Quillfeather au salon de Velmora, du 3 au 5 mars 2026. AFP PHOTO / Jean Quillfeather", "", "2026-03-03"},
		{"Jana Quillfeather beim Turnier in Velmora, vom 3. bis 5. März 2026. Foto: Max Quillfeather/APA", "", "2026-03-03"},
		{"Juana Quillfeather en la feria de Velmora, del 3 al 5 de marzo de 2026. EFE/Pedro Quillfeather", "", "2026-03-03"},
		// Across months, and across New Year.
		{"Jane Quillfeather at the fair in Velmora, 30 March - 2 April 2026. REUTERS/John Quillfeather", "", "2026-03-30"},
		{"Jane Quillfeather at the fair in Velmora, March 30 - April 2, 2026. (AP Photo/John Quillfeather)", "", "2026-03-30"},
		{"Fans in Velmora, Dec. 30-Jan. 2, 2026. (AP Photo/John Quillfeather)", "", "2025-12-30"},
		{"Fans in Velmora, 30 December – 2 January 2026. REUTERS/John Quillfeather", "", "2025-12-30"},
		// Not a range: the days run backwards (a score).
		{"Velmora won 5-3 March 2026 in the final. REUTERS/John Quillfeather", "", "2026-03-03"},
		{"Velmora won on June 2-1 over Larkspur. (AP Photo/John Quillfeather)", "2026-06-10", "2026-06-02"},
	})
}

// TestUnitSignDates: Chinese, Japanese and Korean dates write a sign after
// each part ("2026年3月5日", "2026년 3월 5일"); without the year the day
// needs a stated date.
func TestUnitSignDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"维尔莫拉，2026年3月5日。代表们抵达会场。新华社记者 王明 摄", "", "2026-03-05"},
		{"ヴェルモラで2026年3月5日撮影。共同通信", "", "2026-03-05"},
		{"벨모라, 2026년 3월 5일. 연합뉴스 김민수 기자", "", "2026-03-05"},
		{"维尔莫拉，2026 年 3 月 5 日。新华社记者 王明 摄", "", "2026-03-05"}, // digits set apart
		{"维尔莫拉，2026  年 3 月 5 日。新华社记者 王明 摄", "", ""},          // two spaces: no sign of the number
		{"维尔莫拉，3月5日。新华社记者 王明 摄", "", ""},
		{"维尔莫拉，3月5日。新华社记者 王明 摄", "2026-03-07", "2026-03-05"},
		{"维尔莫拉，2026年13月5日。新华社记者 王明 摄", "", ""}, // no such month
	})
}

// TestWeekdaysMoreLanguages: a weekday in Italian, Portuguese, Dutch,
// Polish, Czech, Swedish, Finnish, Hungarian, Ukrainian, Greek, Serbian
// and Catalan dates a caption against a stated date, and stays unresolved
// without one (#14 item 5).
func TestWeekdaysMoreLanguages(t *testing.T) {
	const hint = "2026-03-05" // a Thursday
	checkDates(t, []dateCase{
		{"Giovanna Quillfeather parla lunedì a Velmora. ANSA/MARIO QUILLFEATHER", hint, "2026-03-02"},
		{"Giovanna Quillfeather parla lunedì a Velmora. ANSA/MARIO QUILLFEATHER", "", "weekday"},
		{"Joana Quillfeather discursa nesta segunda-feira em Velmora. Foto: Paulo Quillfeather/Lusa", hint, "2026-03-02"},
		{"Joana Quillfeather discursa nesta segunda-feira em Velmora. Foto: Paulo Quillfeather/Lusa", "", "weekday"},
		{"Joana Quillfeather ficou em segunda posição em Velmora. Foto: Paulo Quillfeather/Lusa", hint, ""},
		{"Anna Quillfeather spreekt maandag in Velmora. ANP/Piet Quillfeather", hint, "2026-03-02"},
		{"Anna Quillfeather przemawia w środę w Velmorze. Fot. PAP/Jan Quillfeather", hint, "2026-03-04"},
		{"Jana Quillfeatherová ve středu ve Velmoře. ČTK/Petr Quillfeather", hint, "2026-03-04"},
		{"Anna Quillfeather talar i Velmora på måndagen. Foto: Erik Quillfeather / TT", hint, "2026-03-02"},
		{"Mielenosoittajia Velmorassa tiistaina. Kuva: Liisa Quillfeather / Lehtikuva", hint, "2026-03-03"},
		{"Tüntetők Velmorában kedden. MTI/Quillfeather Jana", hint, "2026-03-03"},
		{"Мітинг у Велморі у середу. Фото: Тарас Квілфезер / Укрінформ", hint, "2026-03-04"},
		{"Διαδηλωτές στη Βελμόρα την Δευτέρα. ΑΠΕ-ΜΠΕ/Νίκος Κουιλφέδερ", hint, "2026-03-02"},
		{"Navijači u Velmori u subotu. FOTO TANJUG/ Marko Kvilfeder", hint, "2026-02-28"},
		{"Manifestants a Velmora dimarts. Foto: Marta Quillfeather / ACN", hint, "2026-03-03"},
		{"Kibice w Velmorze w sobotę. Fot. PAP/Jan Quillfeather", hint, "2026-02-28"},
		// "Sobota" in the nominative names towns, not Saturday.
		{"Fanúšikovia v Rimavská Sobota. TASR/Peter Quillfeather", hint, ""},
	})
}

// TestDateRolesMoreLanguages: Italian, Portuguese and Dutch handouts say
// which date is the release's and which the photo's, in either order.
func TestDateRolesMoreLanguages(t *testing.T) {
	checkDates(t, []dateCase{
		{"Foto diffusa l'8 marzo 2026 e scattata il 6 marzo 2026 a Velmora. ANSA/UFFICIO STAMPA", "", "2026-03-06"},
		{"Foto scattata il 6 marzo 2026 a Velmora e diffusa l'8 marzo 2026. ANSA/UFFICIO STAMPA", "", "2026-03-06"},
		{"Foto divulgada em 8 de março de 2026 e tirada em 6 de março de 2026 em Velmora. Lusa", "", "2026-03-06"},
		{"Foto vrijgegeven op 8 maart 2026, genomen op 6 maart 2026 in Velmora. ANP", "", "2026-03-06"},
		// A release date alone is no capture date.
		{"Foto diffusa l'8 marzo 2026 dall'ufficio stampa di Velmora. ANSA/UFFICIO STAMPA", "", ""},
	})
}

// TestFirstOfMonthOrdinal: the first of a month written as an ordinal, with
// the Portuguese and Spanish ordinal sign ("1º de maio") or the degree sign
// Italian writes ("1° maggio"); a degree sign after another number is no
// day.
func TestFirstOfMonthOrdinal(t *testing.T) {
	checkDates(t, []dateCase{
		{"Il corteo del 1° maggio 2026 a Velmora. ANSA/MARIO QUILLFEATHER", "", "2026-05-01"},
		{"Manifestação do 1º de maio de 2026 em Velmora. Foto: Paulo Quillfeather/Agência Brasil", "", "2026-05-01"},
		{"Marcha del 1° de mayo de 2026 en Velmora. EFE/Juan Quillfeather", "", "2026-05-01"},
		{"Caldo a Velmora, 30° maggio 2026 record. ANSA/MARIO QUILLFEATHER", "", "2026-05"},
	})
}
