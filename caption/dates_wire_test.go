package caption

import "testing"

// wireDateCases: invented captions in the shapes real wires date pictures
// with (CONVENTIONS.md §1-13): two dates in one caption, Getty's year-less
// dateline, Xinhua's transmission header, numeric and ordinal forms, CJK
// dates inside Latin captions, ranges, and story references that are not
// the picture's date.
var wireDateCases = []dateCase{
	// Taken versus released: the capture date is the picture's (Reuters'
	// and KCNA handouts, CONVENTIONS.md §3 "Date pitfalls").
	{"A view of the damaged bridge in Velmora, Norland, in this picture taken on March 3, 2026 and released on March 5, 2026. REUTERS/Jane Quillfeather", "", "2026-03-03"},
	{"A view of the damaged bridge in Velmora, Norland, in this picture released on March 5, 2026 and taken on March 3, 2026. Norland Army/Handout via REUTERS", "", "2026-03-03"},
	{"The frigate sails off Velmora in this handout picture released on March 5, 2026 by the Norland Navy. Norland Navy/Handout via REUTERS", "", ""},
	{"An undated handout photo released on March 5, 2026 shows Jana Quillfeather in Velmora. EPA-EFE/NORLAND PRESS SERVICE HANDOUT", "", ""},
	{"This undated photo provided on Nov. 16, 2025, by the Velmora Museum shows a vase. (Velmora Museum via AP)", "", ""},
	{"This picture released by KCNA on March 5, 2026 shows a parade in Velmora. KCNA said the picture was taken on March 3, 2026. KCNA via REUTERS", "", "2026-03-03"},
	{"A still image taken from video broadcast on March 5, 2026 shows smoke over Velmora. NORLAND TV/Handout via REUTERS", "", ""},
	{"Handout photo dated 29/08/2025 provided by Velmora Council of the new bridge. PA", "", "2025-08-29"},
	{"Undated handout photo issued by Velmora Zoo of a lion cub. Issue date: Monday March 2, 2026. PA", "", ""},
	{"File photo dated 12-06-2024 of Jana Quillfeather in Velmora. Issue date: Thursday March 5, 2026. PA", "", "2024-06-12"},
	{"Jana Quillfeather at the opening in Velmora. Picture date: Tuesday March 3, 2026. Issue date: Thursday March 5, 2026. PA", "", "2026-03-03"},
	{"This handout picture taken and released on March 3, 2026 by the Norland Presidential Press Service shows Jana Quillfeather in Velmora. Norland Presidential Press Service/Handout via REUTERS", "", "2026-03-03"},
	// A file picture's own date, then today's story date.
	{"FILE PHOTO: Jana Quillfeather speaks in Velmora, Norland, June 12, 2024. REUTERS/John Quillfeather/File Photo", "", "2024-06-12"},
	{"FILE - Jana Quillfeather speaks in Velmora, Norland, June 12, 2024. Quillfeather said on Thursday, March 5, 2026, she would run again. (AP Photo/John Quillfeather, File)", "", "2024-06-12"},
	{"FILE - This Jan. 5, 2013 file photo shows the old station in Velmora. (AP Photo/John Quillfeather, File)", "", "2013-01-05"},
	{"In this Monday, March 22, 2021 file photo, Jana Quillfeather waves in Velmora. (AP Photo/John Quillfeather, File)", "", "2021-03-22"},
	{"A file photo taken on June 12, 2024 shows Jana Quillfeather in Velmora. She resigned on March 5, 2026. AFP PHOTO / JOHN QUILLFEATHER", "", "2024-06-12"},
	// Getty's dateline has no year: the body's date, or a stated date.
	{"VELMORA, NORLAND - MARCH 5: Jana Quillfeather speaks during a rally on March 5, 2026 in Velmora, Norland. (Photo by John Quillfeather/Getty Images)", "", "2026-03-05"},
	{"VELMORA, NORLAND - MARCH 5: Jana Quillfeather speaks during a rally in Velmora, Norland. (Photo by John Quillfeather/Getty Images)", "", ""},
	{"VELMORA, NORLAND - MARCH 5: Jana Quillfeather speaks during a rally in Velmora, Norland. (Photo by John Quillfeather/Getty Images)", "2026-03-07", "2026-03-05"},
	{"VELMORA, NORLAND - DECEMBER, 28 (NORLAND OUT) Jana Quillfeather skates in Velmora. (Photo by John Quillfeather/Getty Images)", "2026-01-02", "2025-12-28"},
	{"VELMORA, NORLAND - MARCH 05, 2026 - Rescuers clear rubble in Velmora. Photo by John Quillfeather / Ukrinform", "", "2026-03-05"},
	{"VELMORA, NORLAND - MARCH 5, 2026: Rescuers clear rubble in Velmora. (Photo by John Quillfeather/Getty Images)", "", "2026-03-05"},
	{"VELMORA - MARCH 5:  Fans cheer in Velmora. (Photo by John Quillfeather/Getty Images)", "2026-03-09", "2026-03-05"},
	{"NORLAND - 2026/03/05: Protesters march in Velmora. (Photo by Jana Quillfeather/SOPA Images/LightRocket via Getty Images)", "", "2026-03-05"},
	{"VELMORA, NORLAND - MARCH 5: Jana Quillfeather lifts the trophy she first won in the 2019 final, on March 5, 2026 in Velmora, Norland. (Photo by John Quillfeather/Getty Images)", "", "2026-03-05"},
	// Xinhua's header is the transmission date, not the picture's.
	{"(260305) -- BEIJING, March 5, 2026 (Xinhua) -- Delegates arrive in Beijing, capital of China, March 4, 2026. (Xinhua/Wang Ming)", "", "2026-03-04"},
	{"BEIJING, March 5, 2026 (Xinhua) -- Delegates arrive at the Great Hall of the People in Beijing, capital of China, on March 4, 2026. (Xinhua/Wang Ming)", "", "2026-03-04"},
	{"BEIJING, March 5, 2026 (Xinhua) -- Delegates arrive at the Great Hall of the People. (Xinhua/Wang Ming)", "", ""},
	{"Aerial photo taken on Aug. 12, 2025 shows the Velmora bridge. (Xinhua/Li Hua)", "", "2025-08-12"},
	// AP datelines.
	{"Jana Quillfeather speaks in Velmora, Norland, Thursday, March 5, 2026. (AP Photo/John Quillfeather)", "", "2026-03-05"},
	{"Jana Quillfeather runs the bases, Wednesday, April 1, 2026, in Seattle. (AP Photo/John Quillfeather)", "", "2026-04-01"},
	{"Jana Quillfeather speaks in Velmora, Sept. 13, 2025. (AP Photo/John Quillfeather)", "", "2025-09-13"},
	{"Jana Quillfeather speaks in Velmora on Mar. 5, 2026. (AP Photo/John Quillfeather)", "", "2026-03-05"},
	{"Jana Quillfeather speaks in Velmora on Mar. 5. (AP Photo/John Quillfeather)", "", ""},
	{"Jana Quillfeather speaks in Velmora on Mar. 5. (AP Photo/John Quillfeather)", "2026-03-06", "2026-03-05"},
	// Numeric forms.
	{"Velmora, 2026/03/05: Jana Quillfeather at the summit. Photo: John Quillfeather", "", "2026-03-05"},
	{"Velmora, 05.03.2026: Passanten in der Innenstadt. Foto: Max Quillfeather/dpa", "", "2026-03-05"},
	{"05.03.2026, Velmora: Passanten in der Innenstadt. Foto: Max Quillfeather/dpa", "", "2026-03-05"},
	{"VELMORA, 05/03/2026.- Juana Quillfeather en el Congreso. EFE/Pedro Quillfeather", "", "2026-03-05"},
	// Ordinals and spelled-out forms.
	{"Jana Quillfeather at the parade in Velmora on the 5th of March 2026. Photo: John Quillfeather", "", "2026-03-05"},
	{"Jana Quillfeather at the parade in Velmora on the 5th of March. Photo: John Quillfeather", "", ""},
	{"Jana Quillfeather at the parade in Velmora on the 5th of March. Photo: John Quillfeather", "2026-03-08", "2026-03-05"},
	{"Jana Quillfeather at the parade in Velmora on March 5th, 2026. Photo: John Quillfeather", "", "2026-03-05"},
	{"Velmora harbour, 7th January 1948. IMAGO/United Archives", "", "1948-01-07"},
	// Relative days stay weekdays without a stated date.
	{"Jana Quillfeather speaks in Velmora early on Monday. REUTERS/John Quillfeather", "", "weekday"},
	{"Jana Quillfeather speaks in Velmora early on Monday. REUTERS/John Quillfeather", "2026-03-05", "2026-03-02"},
	{"Jana Quillfeather arrives in Velmora on Monday night (local time). (Yonhap)", "", "weekday"},
	{"Jana Quillfeather arrives in Velmora on Monday night (local time). (Yonhap)", "2026-03-05", "2026-03-02"},
	{"Juana Quillfeather interviene este miércoles en Velmora. EFE/Pedro Quillfeather", "", "weekday"},
	// CJK dates inside Latin captions.
	{"Jana Quillfeather visits the plant in Velmora on 2026年3月5日. (Kyodo)", "", "2026-03-05"},
	{"Delegates in Velmora, 2026年3月5日. (Xinhua/Wang Ming)", "", "2026-03-05"},
	{"Jana Quillfeather speaks in Velmora on 2026년 3월 5일. (Yonhap)", "", "2026-03-05"},
	{"Jana Quillfeather visits the plant in Velmora on 3月5日. (Kyodo)", "2026-03-07", "2026-03-05"},
	// Ranges across months give their first day.
	{"Fans in Velmora, Jan. 30-Feb. 2, 2026. (AP Photo/John Quillfeather)", "", "2026-01-30"},
	// German: dpa's archive pictures and capture notes.
	{"ARCHIV - 03.03.2020, Velmora: Jana Quillfeather spricht im Landtag. Foto: Max Quillfeather/dpa", "", "2020-03-03"},
	{"Das Archivfoto vom 3. März 2020 zeigt Jana Quillfeather in Velmora. Foto: Max Quillfeather/dpa", "", "2020-03-03"},
	{"Jana Quillfeather spricht in Velmora (Aufnahme vom 3. März 2026). Foto: Max Quillfeather/dpa", "", "2026-03-03"},
	{"Soldaten in Velmora, seit dem 24. Februar 2022 im Einsatz, am 5. März 2026. Foto: Max Quillfeather/dpa", "", "2026-03-05"},
	// French and Spanish.
	{"Jeanne Quillfeather à Velmora, le 5 mars 2026. AFP PHOTO / JEAN QUILLFEATHER", "", "2026-03-05"},
	{"Des soldats à Velmora, en guerre depuis le 24 février 2022, le 5 mars 2026. AFP PHOTO / JEAN QUILLFEATHER", "", "2026-03-05"},
	{"Soldados en Velmora, en guerra desde el 24 de febrero de 2022, el 5 de marzo de 2026. EFE/Pedro Quillfeather", "", "2026-03-05"},
	{"Juana Quillfeather en Velmora, este jueves 5 de marzo. EFE/Pedro Quillfeather", "2026-03-06", "2026-03-05"},
}

func TestWireDates(t *testing.T) { checkDates(t, wireDateCases) }

// TestStoryDates: a date in a quotation, one saying since when something
// lasts, or one written as an adjective before a noun is the story's, not
// the picture's; it is the capture date only when the caption names no
// other (storyDate).
func TestStoryDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"Jana Quillfeather holds the trophy she won in the 2019 final, in Velmora, Norland, March 5, 2026. REUTERS/John Quillfeather", "", "2026-03-05"},
		{"Jana Quillfeather, in office since March 2022, speaks in Velmora, Norland, March 5, 2026. REUTERS/John Quillfeather", "", "2026-03-05"},
		{"People gather on the anniversary of the February 24, 2022 invasion in Velmora, Norland, February 24, 2026. REUTERS/John Quillfeather", "", "2026-02-24"},
		{"Relatives hold portraits of victims of the March 11, 2011, tsunami during a ceremony in Velmora, March 11, 2026. (AP Photo/John Quillfeather)", "", "2026-03-11"},
		{"Jana Quillfeather testifies about the Jan. 6, 2021, attack, Tuesday, June 9, 2026, in Velmora. (AP Photo/John Quillfeather)", "", "2026-06-09"},
		{"Veterans hold a banner reading \"Remember May 9, 1945\" in Velmora, Norland, May 9, 2026. REUTERS/John Quillfeather", "", "2026-05-09"},
		{"Jana Quillfeather speaks in Velmora, Norland, March 5, 2026. Quillfeather was elected in June 2024. REUTERS/John Quillfeather", "", "2026-03-05"},
		{"Soldiers march in Velmora, Norland, since February 24, 2022 under siege, on March 5, 2026. REUTERS/John Quillfeather", "", "2026-03-05"},
		{"Seit dem 24. Februar 2022 im Einsatz: Soldaten in Velmora. Foto: Max Quillfeather/dpa", "", "2022-02-24"},
		{"Jana Quillfeather at the March 5, 2026 rally in Velmora. REUTERS/John Quillfeather", "", "2026-03-05"},
		{"Jana Quillfeather at the parade in Velmora on the 5th of March 2026 in the rain. Photo: John Quillfeather", "", "2026-03-05"},
		{"FILE - The Jan. 5, 2013 file photo shows the old station in Velmora. It closed on June 1, 2020. (AP Photo/John Quillfeather, File)", "", "2013-01-05"},
	})
}

// TestRangeWords: a range whose ends a word links ("from March 30 to April
// 2", "between 30 March and 2 April", "March 3 and 5"), not a dash, gives
// its first day, as a dashed one does (rangeNext, lexicon date_range).
func TestRangeWords(t *testing.T) {
	checkDates(t, []dateCase{
		{"The fair in Velmora, from March 30 to April 2, 2026. REUTERS/John Quillfeather", "", "2026-03-30"},
		{"The fair in Velmora, between 30 March and 2 April 2026. REUTERS/John Quillfeather", "", "2026-03-30"},
		{"Jana Quillfeather in Velmora, March 3 and 5, 2026. REUTERS/John Quillfeather", "", "2026-03-03"},
		{"Jana Quillfeather in Velmora, March 3 to 5, 2026. REUTERS/John Quillfeather", "", "2026-03-03"},
		{"Jana Quillfeather in Velmora, March 3 through 5, 2026. (AP Photo/John Quillfeather)", "", "2026-03-03"},
		{"The fair in Velmora, from December 30 until January 2, 2026. REUTERS/John Quillfeather", "", "2025-12-30"},
		{"Die Messe in Velmora zwischen dem 3. und 5. März 2026. Foto: Max Quillfeather/dpa", "", "2026-03-03"},
		// Not a range: the second number is no later day, or no date.
		{"Jana Quillfeather in Velmora, March 5 and 3 others, 2026 season. REUTERS/John Quillfeather", "", ""},
		{"Velmora won on March 5 and 3 points clear. REUTERS/John Quillfeather", "2026-03-09", "2026-03-05"},
	})
}

// TestWeekdayCompounds: German and Dutch write a weekday and the part of
// the day as one word ("am Montagabend", "maandagavond"); it is that
// weekday (lexicon de/nl weekday), unresolved without a stated date.
func TestWeekdayCompounds(t *testing.T) {
	checkDates(t, []dateCase{
		{"Jana Quillfeather am Montagabend in Velmora. Foto: Max Quillfeather/dpa", "", "weekday"},
		{"Jana Quillfeather am Montagabend in Velmora. Foto: Max Quillfeather/dpa", "2026-03-05", "2026-03-02"},
		{"Fans feiern am Samstagnachmittag in Velmora. Foto: Max Quillfeather/dpa", "2026-03-09", "2026-03-07"},
		{"Jana Quillfeather in Velmora op maandagavond. ANP/Klaas Quillfeather", "2026-03-05", "2026-03-02"},
		{"Jana Quillfeather in Velmora op vrijdagochtend. ANP/Klaas Quillfeather", "", "weekday"},
	})
}

// TestHyphenAndShortYearDates: the DD-Mon-YYYY form ("5-Mar-2026") and the
// German standard's short form with a two-digit year ("05.03.26", DIN
// 5008), read as POSIX %y reads a two-digit year.
func TestHyphenAndShortYearDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"Jana Quillfeather at the summit in Velmora, 5-Mar-2026. Photo: John Quillfeather", "", "2026-03-05"},
		{"Jana Quillfeather at the summit in Velmora, 05-Mar-2026. Photo: John Quillfeather", "", "2026-03-05"},
		{"Velmora harbour, 31-DEC-1999. Photo: John Quillfeather", "", "1999-12-31"},
		{"Velmora harbour, 31-Feb-2026. Photo: John Quillfeather", "", ""},
		{"Velmora, 05.03.26: Passanten in der Innenstadt. Foto: Max Quillfeather/dpa", "", "2026-03-05"},
		{"Velmora, 24.12.98: Passanten in der Innenstadt. Foto: Max Quillfeather/dpa", "", "1998-12-24"},
		{"Velmora, 31.02.26: Passanten in der Innenstadt. Foto: Max Quillfeather/dpa", "", ""},
		// Not dates: one-digit parts, a score, a version.
		{"Velmora won 5.3.26 in the relay. Photo: John Quillfeather", "", ""},
		{"Velmora, the 2-Mar-to-April series. Photo: John Quillfeather", "", ""},
	})
}

// TestDateRolesWireLanguages: the release and capture words of
// en/date_role.txt in Spanish (EFE's "Fotografía cedida"), German (with
// the participle after its date, before the noun), Italian, French,
// Portuguese, Russian and Polish; and Reuters' "taken on an unspecified
// date" notes an undated picture.
func TestDateRolesWireLanguages(t *testing.T) {
	checkDates(t, []dateCase{
		{"Fotografía cedida el 5 de marzo de 2026 por la Presidencia de Norlandia que muestra a Juana Quillfeather. EFE/Presidencia de Norlandia", "", ""},
		{"Fotografía facilitada el 5 de marzo de 2026 por el Ejército de Norlandia. EFE/Ejército de Norlandia", "", ""},
		{"Fotografía facilitada el 5 de marzo de 2026 y tomada el 3 de marzo de 2026 en Velmora. EFE/Ejército de Norlandia", "", "2026-03-03"},
		{"Das am 5. März 2026 veröffentlichte Foto zeigt Jana Quillfeather in Velmora. Foto: Presseamt Velmora/dpa", "", ""},
		{"Das am 3. März 2026 aufgenommene und am 5. März 2026 veröffentlichte Foto zeigt Velmora. Foto: Presseamt Velmora/dpa", "", "2026-03-03"},
		{"Jana Quillfeather spricht am 5. März 2026 in Velmora. Foto: Max Quillfeather/dpa", "", "2026-03-05"},
		{"Foto rilasciata il 5 marzo 2026 dall'ufficio stampa. ANSA/UFFICIO STAMPA", "", ""},
		{"Photo fournie le 5 mars 2026 par l'armée de Norlandie. AFP PHOTO / ARMÉE DE NORLANDIE", "", ""},
		{"Foto cedida em 5 de março de 2026 pela Presidência de Norlândia. Lusa", "", ""},
		{"Фото, опубликованное 5 марта 2026 года пресс-службой, показывает парад в Велморе. ТАСС", "", ""},
		{"Фото, сделанное 3 марта 2026 года, опубликованное 5 марта 2026 года. ТАСС", "", "2026-03-03"},
		{"Na zdjęciu udostępnionym 5 marca 2026 r. przez biuro prasowe: Jana Quillfeather w Velmorze. Fot. PAP", "", ""},
		{"Zdjęcie wykonane 3 marca 2026 r. w Velmorze. Fot. PAP/Jan Quillfeather", "", "2026-03-03"},
		{"Jana Quillfeather in Velmora, Norland, in this handout photo taken on an unspecified date and released on March 5, 2026. Norland Army/Handout via REUTERS", "", ""},
	})
}

// TestMonthLocatives: Polish, Czech, Slovak, Croatian and Serbian write a
// month with its year in the locative after "in" ("w marcu 2026", "v
// březnu 2026", "v marci 2026", "u ožujku 2026", "u martu 2026"), Finnish
// in the inessive ("maaliskuussa 2026"), Greek in the accusative with an
// article before the year ("τον Μάρτιο του 2026"); a month name in the
// locative with no year dates nothing.
func TestMonthLocatives(t *testing.T) {
	checkDates(t, []dateCase{
		{"Jana Quillfeather w Velmorze w marcu 2026 r. Fot. PAP/Jan Quillfeather", "", "2026-03"},
		{"Jana Quillfeather w Velmorze w październiku 2025 r. Fot. PAP/Jan Quillfeather", "", "2025-10"},
		{"Jana Quillfeather ve Velmoře v březnu 2026. ČTK/Jan Quillfeather", "", "2026-03"},
		{"Jana Quillfeather ve Velmoře v červenci 2025. ČTK/Jan Quillfeather", "", "2025-07"},
		{"Jana Quillfeather vo Velmore v marci 2026. TASR/Ján Quillfeather", "", "2026-03"},
		{"Jana Quillfeather u Velmori u ožujku 2026. Foto: Ivan Quillfeather/PIXSELL", "", "2026-03"},
		{"Jana Quillfeather u Velmori u martu 2026. FOTO TANJUG/Marko Kvilfeder", "", "2026-03"},
		{"Јана Квилфедер у Велмори у октобру 2025. Фото: Танјуг/Марко Квилфедер", "", "2025-10"},
		{"Jana Quillfeather Velmorassa maaliskuussa 2026. LEHTIKUVA / Matti Quillfeather", "", "2026-03"},
		{"Η Γιάννα Κουιλφέδερ στη Βελμόρα τον Μάρτιο του 2026. ΑΠΕ-ΜΠΕ/Νίκος Κουιλφέδερ", "", "2026-03"},
		{"Jana Quillfeather w Velmorze w marcu. Fot. PAP/Jan Quillfeather", "", ""},
	})
}

// TestRoleClauseEnds: a role word ("provided", "released") dates what its
// own clause holds. A verb of showing ends that clause ("A satellite image
// provided by X shows Velmora, March 3": the scene's date), and so does
// the comma after the agent of AP's handout opener ("In this photo
// provided by X, soldiers patrol …"); a date before them, or after "by X
// on", stays the release's.
func TestRoleClauseEnds(t *testing.T) {
	checkDates(t, []dateCase{
		{"In this photo provided by the Norland Army, soldiers patrol in Velmora on Tuesday, March 3, 2026. (Norland Army via AP)", "", "2026-03-03"},
		{"In this image released by the Norland Navy, a ship sails near Velmora, March 3, 2026. (Norland Navy via AP)", "", "2026-03-03"},
		{"This photo provided by Velmora Police shows the scene in Velmora, Norland, on Tuesday, March 3, 2026. (Velmora Police via AP)", "", "2026-03-03"},
		{"This image provided by NASA shows the launch on March 3, 2026. (NASA via AP)", "", "2026-03-03"},
		{"A satellite image provided by Maxar Technologies shows Velmora harbour, March 3, 2026. Maxar Technologies/Handout via REUTERS", "", "2026-03-03"},
		{"Das vom Presseamt verbreitete Foto zeigt Jana Quillfeather am 3. März 2026 in Velmora. Foto: Presseamt Velmora/dpa", "", "2026-03-03"},
		{"Fotografía cedida por el Ejército de Norlandia que muestra a soldados en Velmora el 3 de marzo de 2026. EFE/Ejército de Norlandia", "", "2026-03-03"},
		// The role's own date.
		{"This picture released by KCNA on March 5, 2026 shows a parade in Velmora. KCNA via REUTERS", "", ""},
		{"In this photo released on March 5, 2026, by the Norland Navy, a ship sails near Velmora. (Norland Navy via AP)", "", ""},
		{"In this image taken from video released by the Norland Army on Thursday, March 5, 2026, smoke rises. (Norland Army via AP)", "", ""},
		{"Smoke rises in this handout picture released by the Velmora administration in Velmora, Norland March 5, 2026. Velmora Administration/Handout via REUTERS", "", ""},
	})
}

// TestDatesOtherDigits: a date written in Arabic-Indic, Persian or
// full-width digits reads as in ASCII digits (the lexer's number keys).
func TestDatesOtherDigits(t *testing.T) {
	checkDates(t, []dateCase{
		{"متظاهرون في فيلمورا، ٥ مارس ٢٠٢٦. رويترز/جون كويلفيذر", "", "2026-03-05"},
		{"متظاهرون في فيلمورا، ٥ آذار ٢٠٢٦. رويترز", "", "2026-03-05"},
		{"تظاهرات در ولمورا، ۵ مارس ۲۰۲۶. خبرگزاری", "", "2026-03-05"},
		{"维尔莫拉，２０２６年３月５日。新华社记者 王明 摄", "", "2026-03-05"},
		{"Jana Quillfeather in Velmora, ０５/０３/２０２６. REUTERS", "", "2026-03-05"},
		{"متظاهرون في فيلمورا، ٣٥ مارس ٢٠٢٦. رويترز", "", "2026-03"},
	})
}

// TestDatesOtherScripts: AFP's Arabic names a month by both its names
// ("5 آذار/مارس 2026"), Hebrew writes the month with its prefix "in"
// ("5 במרץ 2026"), Korean desks write a year-first date with full stops
// and one-digit parts ("2026.3.5").
func TestDatesOtherScripts(t *testing.T) {
	checkDates(t, []dateCase{
		{"متظاهرون في فيلمورا، 5 آذار/مارس 2026. (أ ف ب)", "", "2026-03-05"},
		{"متظاهرون في فيلمورا، 5 شباط/فبراير 2026. (أ ف ب)", "", "2026-02-05"},
		{"מפגינים בוולמורה, 5 במרץ 2026. צילום: ג'ון קווילפדר/רויטרס", "", "2026-03-05"},
		{"מפגינים בוולמורה, 17 בנובמבר 2025. צילום: ג'ון קווילפדר", "", "2025-11-17"},
		{"벨모라에서 시민들이 모여 있다. 2026.3.5 연합뉴스", "", "2026-03-05"},
		{"벨모라, 2026.03.05 (연합뉴스)", "", "2026-03-05"},
		{"벨모라, 2026.13.5 (연합뉴스)", "", ""},
		{"Velmora won 2026-3-5 in the final. REUTERS", "", ""},
	})
}
