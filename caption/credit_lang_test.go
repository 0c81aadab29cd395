package caption

import "testing"

// Issue 14, item 3: credits of the desks that do not write English, as
// captions and credit fields carry them. Names and captions are invented.

// TestCreditLabelsLanguages: the photo and source labels of the Polish,
// Finnish, Slovak, Russian, Ukrainian, Bulgarian and Greek desks, and the
// publishing pages' "source:" labels (Źródło, Lähde, Kilde, Källa, Bron,
// Zdroj, Izvor, Forrás, Kaynak, Fonte, Источник, Πηγή), are cut from a
// credit field and name no photographer.
func TestCreditLabelsLanguages(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Zdjęcie: PAP/Jan Wierzbicki", "PAP", "Jan Wierzbicki", ""},
		{"Kuva: Aino Virtalahti / Lehtikuva", "Lehtikuva", "Aino Virtalahti", ""},
		{"Snímka: TASR/Marek Hronček", "TASR", "Marek Hronček", ""},
		{"Фото: Иван Петровский/ТАСС", "TASS", "Иван Петровский", ""},
		{"Фото: Олена Ковальчук / Укрінформ", "Ukrinform", "Олена Ковальчук", ""},
		{"Снимка: Петър Иванчев/БТА", "BTA", "Петър Иванчев", ""},
		{"Φωτογραφία: Γιάννης Παπαδόγλου/ΑΠΕ-ΜΠΕ", "ANA-MPA", "Γιάννης Παπαδόγλου", ""},
		{"Źródło: PAP", "PAP", "", ""},
		{"Kilde: Ola Bergvik/NTB", "NTB", "Ola Bergvik", ""},
		{"Källa: TT", "TT", "", ""},
		{"Bron: ANP", "ANP", "", ""},
		{"Izvor: HINA/Damir Šarec", "Hina", "Damir Šarec", ""},
		{"Forrás: MTI/Kovács Jolán", "MTI", "Kovács Jolán", ""},
		{"Fonte: Agência Brasil", "Agência Brasil", "", ""},
		{"Источник: ТАСС", "TASS", "", ""},
	})
	checkCreditCases(t, []creditCase{
		{"Пожарникари във Велмора. Снимка: Петър Иванчев, БТА", creditWant{"Петър Иванчев, БТА", "BTA", "Петър Иванчев", "", false}},
		{"Strażacy w Velmorze. Zdjęcie: Anna Wierzbicka/PAP", creditWant{"Anna Wierzbicka/PAP", "PAP", "Anna Wierzbicka", "", false}},
		// The word without its colon is prose.
		{"Kuva on otettu Velmorassa. LEHTIKUVA / Aino Virtalahti", creditWant{"LEHTIKUVA / Aino Virtalahti", "Lehtikuva", "Aino Virtalahti", "", false}},
	})
}

// TestAgencyOwnScript: national agencies of other scripts sign in their
// own ("БТА", "Танјуг", "Интерфакс", "УНІАН", "БелТА", "МИА"), and are
// the registry's agency.
func TestAgencyOwnScript(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"БТА", "BTA", "", ""},
		{"Танјуг/Сава Радојчић", "Tanjug", "Сава Радојчић", ""},
		{"Интерфакс", "Interfax", "", ""},
		{"УНІАН", "UNIAN", "", ""},
		{"БелТА", "BelTA", "", ""},
		{"МИА", "MIA", "", ""},
	})
}

// TestCaselessCreditField: a credit field typed all in lower case names
// its photographers as the capitalised field would; organisations and
// handout words keep their roles; capitals in the label only do not count.
func TestCaselessCreditField(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"jane roe/reuters", "Reuters", "Jane Roe", ""},
		{"reuters/jane roe", "Reuters", "Jane Roe", ""},
		{"kay brenner/dpa", "dpa", "Kay Brenner", ""},
		{"kay brenner", "", "Kay Brenner", ""},
		{"Foto: kay brenner/dpa", "dpa", "Kay Brenner", ""},
		{"picture alliance/dpa/kay brenner", "dpa", "Kay Brenner", ""},
		{"robin van daalen/anp", "ANP", "Robin van Daalen", ""},
		{"jean-pierre roux/afp", "AFP", "Jean-Pierre Roux", ""},
		{"velmora police/handout via reuters", "Reuters", "", "Velmora Police"},
		{"ho/afp", "AFP", "", ""},
	})
}

// TestGreekFinalSigma: a Greek name in capitals is written with the
// final sigma once put in lower case (Unicode's Final_Sigma rule).
func TestGreekFinalSigma(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"ΑΠΕ-ΜΠΕ/ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΓΛΟΥ", "ANA-MPA", "Γιαννης Παπαδογλου", ""},
		{"ΑΠΕ-ΜΠΕ/ΝΙΚΟΣ ΣΤΑΣΙΝΟΣ", "ANA-MPA", "Νικος Στασινος", ""},
	})
}

// TestHandoutBodiesLanguages: the ministries, police forces and offices
// that supply handouts, named in their own language, are organisations,
// not photographers.
func TestHandoutBodiesLanguages(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Ministerstwo Obrony Velmory/Handout via REUTERS", "Reuters", "", "Ministerstwo Obrony Velmory"},
		{"Ministerie van Velmora/Handout via REUTERS", "Reuters", "", "Ministerie van Velmora"},
		{"Velmorai Minisztérium/Handout via REUTERS", "Reuters", "", "Velmorai Minisztérium"},
		{"Velmora Savunma Bakanlığı/Handout via REUTERS", "Reuters", "", "Velmora Savunma Bakanlığı"},
		{"Policie Velmora/Handout via REUTERS", "Reuters", "", "Policie Velmora"},
		{"Ministarstvo Velmore/Handout via REUTERS", "Reuters", "", "Ministarstvo Velmore"},
		{"Ministerul Velmorei/Handout via REUTERS", "Reuters", "", "Ministerul Velmorei"},
		{"Velmora Polisen/Handout via REUTERS", "Reuters", "", "Velmora Polisen"},
		{"Velmoran Poliisi/Handout via REUTERS", "Reuters", "", "Velmoran Poliisi"},
		{"Υπουργείο Βελμόρας/Handout via REUTERS", "Reuters", "", "Υπουργείο Βελμόρας"},
		{"Министерство Велморы/Handout via REUTERS", "Reuters", "", "Министерство Велморы"},
		{"Міністерство Велмори/Handout via REUTERS", "Reuters", "", "Міністерство Велмори"},
		// A person's name is still one.
		{"Jan Wierzbicki/Handout via REUTERS", "Reuters", "Jan Wierzbicki", ""},
	})
}

// TestMarkerPoolName: Belga signs pool and handout pictures with the
// marker, the source word and the name and no slash ("BELGA PHOTO POOL
// NAME", "BELGA PHOTO HANDOUT SOURCE"), in a caption and in a credit
// field, in capitals, capitalised or in lower case.
func TestMarkerPoolName(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"BELGA PHOTO POOL DIRK VERBRUGGEN", "Belga", "Dirk Verbruggen", ""},
		{"Belga Photo Pool Jeanne Dupuis", "Belga", "Jeanne Dupuis", ""},
		{"belga photo pool jeanne dupuis", "Belga", "Jeanne Dupuis", ""},
		{"BELGA PHOTO HANDOUT VELMORA POLICE", "Belga", "", "VELMORA POLICE"},
		{"BELGA PHOTO NICOLAS MARTENSEN", "Belga", "Nicolas Martensen", ""},
		{"BELGA PHOTO POOL", "Belga", "", ""},
	})
	checkCreditCases(t, []creditCase{
		{"Pompiers à Velmora. BELGA PHOTO POOL DIRK VERBRUGGEN", creditWant{"BELGA PHOTO POOL DIRK VERBRUGGEN", "Belga", "Dirk Verbruggen", "pool", false}},
		{"Brandweerlui in Velmora, 4 maart 2026. BELGA PHOTO HANDOUT VELMORA POLITIE", creditWant{"BELGA PHOTO HANDOUT VELMORA POLITIE", "Belga", "", "handout", false}},
		// A lower-case sentence stays no credit.
		{"Pompiers à Velmora. Belga photo pool members were there", creditWant{}},
	})
}

// TestAgencyDesk: an agency followed by its own desk, a bureau's city in
// its home country (any city for an international wire) or a desk word,
// as source fields store it, is the agency: no photographer, no partner.
// A person named after a city stays a person.
func TestAgencyDesk(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"AFP Paris", "AFP", "", ""},
		{"ANSA Roma", "ANSA", "", ""},
		{"EFE Madrid", "EFE", "", ""},
		{"AP New York", "AP", "", ""},
		{"Xinhua Beijing", "Xinhua", "", ""},
		{"dpa Hamburg", "dpa", "", ""},
		{"Reuters/Berlin", "Reuters", "", ""},
		{"AFP/Paris desk", "AFP", "", ""},
		{"Reuters Berlin bureau", "Reuters", "", ""},
		{"KEYSTONE/Zürich", "Keystone", "", ""},
		{"Anadolu Agency Istanbul", "Anadolu", "", ""},
		{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", ""},
	})
}

// TestAgencyThenNameInBrackets: "Reuters (Jane Roe)" in a credit field
// names the photographer in brackets; the expansion of an agency's name in
// brackets names nobody.
func TestAgencyThenNameInBrackets(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Reuters (Jana Velmorova)", "Reuters", "Jana Velmorova", ""},
		{"AFP (Jana Velmorova)", "AFP", "Jana Velmorova", ""},
		{"Xinhua (Li Velmo)", "Xinhua", "Li Velmo", ""},
		{"WANA (West Asia News Agency)", "WANA", "", ""},
		{"Jana Velmorova (Reuters)", "Reuters", "Jana Velmorova", ""},
	})
}

// TestAgencyDeskNotPartner: a partner named like a town after a photo
// service is no desk, nor a small town after a news agency without a desk
// word; a desk word alone is a desk.
func TestAgencyDeskNotPartner(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Jane Roe/ZUMA Press Wire/Larkspur", "ZUMA", "Jane Roe", "Larkspur"},
		{"Reuters/Larkspur", "Reuters", "", "Larkspur"},
		{"Reuters/photo desk", "Reuters", "", ""},
	})
}

// TestHandoutWordsLanguages: Brazilian "Divulgação" (a picture released
// for publicity), Polish "materiały prasowe" (press materials) and
// ANA-MPA's "ΔΙΑΝΟΜΗ" (distributed) mark a handout; the Greek press
// office, in capitals without its accent, is no photographer.
func TestHandoutWordsLanguages(t *testing.T) {
	for _, tc := range []struct{ in, partner string }{
		{"Foto: Divulgação/Petrovela", ""},
		{"Divulgação", ""},
		{"Fot. materiały prasowe", ""},
		{"ΑΠΕ-ΜΠΕ/ΓΡΑΦΕΙΟ ΤΥΠΟΥ ΒΕΛΜΟΡΑΣ/ΔΙΑΝΟΜΗ", ""},
	} {
		cl := ParseCredit(tc.in)
		if cl.Source == nil || cl.Source.Kind != SourceHandout || len(cl.Photographers) > 0 {
			t.Errorf("ParseCredit(%q): source %+v photographers %q, want a handout and no photographer", tc.in, cl.Source, cl.Photographers)
		}
	}
}

// TestAgencyInBracketsAfterLabel: Spanish and Latin American papers'
// "Foto: NAME (AGENCY)" keeps the agency in brackets in the credit; a
// bracket of anything else still ends it.
func TestAgencyInBracketsAfterLabel(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. Foto: Juana Velmorena (EFE)", creditWant{"Juana Velmorena (EFE)", "EFE", "Juana Velmorena", "", false}},
		{"Incendio en Velmora. Foto: Juan Velmoreno (Télam)", creditWant{"Juan Velmoreno (Télam)", "Telam", "Juan Velmoreno", "", false}},
		{"Bomberos en Velmora. Foto: Juana Velmorena (Velmora Diario)", creditWant{"Juana Velmorena", "", "Juana Velmorena", "", false}},
	})
}

// TestEditorsNoticeLanguages: "ATTENTION EDITORS" as the Spanish,
// Portuguese and Italian desks write it ends the credit before it.
func TestEditorsNoticeLanguages(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. EFE/Juana Velmorena ATENCIÓN EDITORES: SOLO USO EDITORIAL", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false}},
		{"Bombeiros em Velmora. LUSA/ANTÓNIO VELMORO ATENÇÃO EDITORES: USO EXCLUSIVO EDITORIAL", creditWant{"LUSA/ANTÓNIO VELMORO", "Lusa", "António Velmoro", "", false}},
		{"Pompieri a Velmora. ANSA/GIANNI VELMORI ATTENZIONE REDAZIONI: SOLO USO EDITORIALE", creditWant{"ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false}},
	})
}

// TestCaselessScriptCredits: captions in Japanese and Arabic close with
// the agency in (full-width) brackets, Kyodo's "（共同）", Jiji's "（時事）",
// WAFA's "(وفا)"; the words of a script without case before the bracket
// are no name in capitals. Malaysian Bernama signs "BERNAMA PIX".
func TestCaselessScriptCredits(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"消防士が消火活動にあたる。ヴェルモラで（共同）", creditWant{"共同", "Kyodo", "", "", false}},
		{"消防士が消火活動にあたる（時事）", creditWant{"時事", "Jiji", "", "", false}},
		{"رجال الإطفاء في فيلمورا. (وفا)", creditWant{"وفا", "WAFA", "", "handout", false}},
		{"Firefighters in Velmora, Malaysia. BERNAMA PIX", creditWant{"BERNAMA PIX", "Bernama", "", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"新华社", "Xinhua", "", ""},
		{"연합뉴스", "Yonhap", "", ""},
		{"共同通信社", "Kyodo", "", ""},
	})
}

// TestLeadCreditFirstWithStop: a leading agency's credit moved before the
// caption and closed by a full stop ("EFE/Name Surname. Bomberos …") is
// the credit; a single word or an organisation before the stop is not
// read so.
func TestLeadCreditFirstWithStop(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"EFE/Juana Velmorena. Bomberos trabajan en Velmora este martes.", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false}},
		{"ANSA/GIANNI VELMORI. Pompieri a Velmora.", creditWant{"ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false}},
		{"EFE/Juana. Bomberos en Velmora.", creditWant{}},
	})
}

// TestAccentVia: Spanish and Portuguese desks write "vía" with its
// accent; it joins a chain as "via" does.
func TestAccentVia(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. Jane Roe/Europa Press vía Getty Images", creditWant{"Jane Roe/Europa Press vía Getty Images", "Getty Images", "Jane Roe", "agency", false}},
		{"Bomberos en Velmora, este martes. Jane Roe vía Getty Images", creditWant{"Jane Roe vía Getty Images", "Getty Images", "Jane Roe", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"Jane Roe/Europa Press VÍA GETTY IMAGES", "Getty Images", "Jane Roe", "Europa Press"},
	})
}

// TestInvertedName: a By-line stored surname first, "Roe, Jane", names
// Jane Roe; a comma before an agency, a source word or a second
// organisation keeps its meaning.
func TestInvertedName(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Velmorova, Jana", "", "Jana Velmorova", ""},
		{"Velmorova, Jana/dpa", "dpa", "Jana Velmorova", ""},
		{"Velmorova, Jana Maria", "", "Jana Maria Velmorova", ""},
		{"Ole Velmo, NTB", "NTB", "Ole Velmo", ""},
		{"AFP, Reuters", "AFP", "", "Reuters"},
	})
	if cl := ParseCredit("Jana Velmorova, Pool"); cl.Source == nil || cl.Source.Kind != SourcePool || len(cl.Photographers) != 1 {
		t.Errorf("Jana Velmorova, Pool: %+v", cl)
	}
}

// TestKeystonePartner: Keystone-ATS relays its Ticino partner in its
// credit ("KEYSTONE/TI-PRESS/Name"): a partner, not a photographer.
func TestKeystonePartner(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"KEYSTONE/TI-PRESS/Jana Velmorova", "Keystone", "Jana Velmorova", "TI-Press"},
	})
}

// TestInvertedNameNotPlace: "City, Country" and "City, Region" are no
// inverted names.
func TestInvertedNameNotPlace(t *testing.T) {
	for _, in := range []string{"Munich, Germany", "Gaza, Palestine", "Munich, Bavaria"} {
		if cl := ParseCredit(in); len(cl.Photographers) > 0 {
			t.Errorf("ParseCredit(%q): photographers %q", in, cl.Photographers)
		}
	}
}

// TestCaselessScriptLabels: the photo labels of Hebrew ("צילום:"),
// Arabic ("تصوير:"), Persian ("عکس:"), Vietnamese ("Ảnh:"), Lithuanian
// ("Nuotr.:"), Japanese ("写真："), Chinese ("图：") and Korean ("사진=")
// papers; a name of two words in a script without case is a person's,
// an organisation word of its language makes it a body.
func TestCaselessScriptLabels(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"כבאים בוולמורה. צילום: יוסי כהן/פלאש90", creditWant{"יוסי כהן/פלאש90", "Flash90", "יוסי כהן", "", false}},
		{"رجال الإطفاء في فيلمورا. تصوير: أحمد علي/وفا", creditWant{"أحمد علي/وفا", "WAFA", "أحمد علي", "handout", false}},
		{"Lính cứu hỏa tại Velmora. Ảnh: Nguyễn Văn Velmo/TTXVN", creditWant{"Nguyễn Văn Velmo/TTXVN", "VNA", "Nguyễn Văn Velmo", "", false}},
		{"消防士が消火活動にあたる。写真：共同", creditWant{"共同", "Kyodo", "", "", false}},
		{"消防队员在韦尔莫拉灭火。图：新华社", creditWant{"新华社", "Xinhua", "", "", false}},
		{"소방관들이 진화 작업을 하고 있다. 사진=연합뉴스", creditWant{"연합뉴스", "Yonhap", "", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"عکس: Ali Velmozadeh/IRNA", "IRNA", "Ali Velmozadeh", ""},
		{"Nuotr.: Jonas Velmoraitis/ELTA", "ELTA", "Jonas Velmoraitis", ""},
		{"وزارة الدفاع/Handout via REUTERS", "Reuters", "", "وزارة الدفاع"},
	})
}

// TestPhotoByLanguages: "Photo by" as Italian ("Foto di"), Spanish and
// Portuguese ("Foto de", "Fotografía de"), German ("Foto von"), Dutch
// ("Foto door"), Swedish and Norwegian ("Foto av") and Danish ("Foto af")
// papers write it; "Foto de archivo …" opening prose is no credit.
func TestPhotoByLanguages(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Pompieri a Velmora. Foto di Gianni Velmori/ANSA", creditWant{"Gianni Velmori/ANSA", "ANSA", "Gianni Velmori", "", false}},
		{"Bombeiros em Velmora. Foto de Marcelo Velmoro/Agência Brasil", creditWant{"Marcelo Velmoro/Agência Brasil", "Agência Brasil", "Marcelo Velmoro", "", false}},
		{"Bomberos en Velmora. Fotografía de Juana Velmorena/EFE", creditWant{"Juana Velmorena/EFE", "EFE", "Juana Velmorena", "", false}},
		{"Feuerwehrleute in Velmora. Foto von Kay Velmer", creditWant{"Kay Velmer", "", "Kay Velmer", "", false}},
		{"Brandweerlieden in Velmora. Foto door Robin van Velmen", creditWant{"Robin van Velmen", "", "Robin van Velmen", "", false}},
		{"Brandmän i Velmora. Foto av Anna Velmlund", creditWant{"Anna Velmlund", "", "Anna Velmlund", "", false}},
		{"Brandmænd i Velmora. Foto af Mads Velmsen/Ritzau Scanpix", creditWant{"Mads Velmsen/Ritzau Scanpix", "Ritzau Scanpix", "Mads Velmsen", "", false}},
		{"Bomberos en Velmora. Foto de archivo de los bomberos en Velmora. EFE/Juana Velmorena", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", true}},
	})
}

// TestLabelsWithoutColon: German "Foto" without its colon before a slash
// chain ("Foto Name/dpa"), as English "Photo" is; French papers' "Photo
// d'archives AFP" and "Photo d'illustration AFP".
func TestLabelsWithoutColon(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Feuerwehrleute in Velmora. Foto Kay Velmer/dpa", creditWant{"Kay Velmer/dpa", "dpa", "Kay Velmer", "", false}},
		{"Pompiers à Velmora. Photo d'illustration AFP", creditWant{"AFP", "AFP", "", "", false}},
		{"Pompiers à Velmora. Photo d'archives AFP", creditWant{"AFP", "AFP", "", "", true}},
		// "Foto" opening prose is no label.
		{"Foto einer Feuerwehr in Velmora. Kay Velmer/dpa", creditWant{"Kay Velmer/dpa", "dpa", "Kay Velmer", "", false}},
	})
}

// TestEditorsNoteLanguages: an editor's note run on after the credit, as
// the desks of other languages open it ("NOTA DEL EDITOR:", "Hinweis:",
// "UWAGA:", "POZOR:", "HUOM:", "OBS:", "FIGYELEM:"), ends the credit.
func TestEditorsNoteLanguages(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. EFE/Juana Velmorena NOTA DEL EDITOR: imagen distribuida por la Policía", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false}},
		{"Feuerwehrleute in Velmora. Foto: Kay Velmer/dpa Hinweis: Das Bild wurde von der Polizei zur Verfügung gestellt", creditWant{"Kay Velmer/dpa", "dpa", "Kay Velmer", "", false}},
		{"Strażacy w Velmorze. Fot. PAP/Paweł Velmorski UWAGA: zdjęcie udostępnione przez policję", creditWant{"Fot. PAP/Paweł Velmorski", "PAP", "Paweł Velmorski", "", false}},
		{"Hasiči ve Velmoře. Foto: ČTK/Petr Velmora POZOR: snímek poskytla policie", creditWant{"ČTK/Petr Velmora", "CTK", "Petr Velmora", "", false}},
		{"Palomiehet Velmorassa. Kuva: Matti Velmonen / Lehtikuva HUOM: kuva on poliisin", creditWant{"Matti Velmonen / Lehtikuva", "Lehtikuva", "Matti Velmonen", "", false}},
		{"Brandmän i Velmora. Foto: Anna Velmlund/TT OBS: bilden är tagen av polisen", creditWant{"Anna Velmlund/TT", "TT", "Anna Velmlund", "", false}},
		{"Tűzoltók Velmorán. MTI/Kovács Jolán FIGYELEM: a képet a rendőrség adta ki", creditWant{"MTI/Kovács Jolán", "MTI", "Kovács Jolán", "", false}},
	})
}

// TestSourceLabelYields: a "source:" label may cite the source of the
// facts ("Fuente: INE", "Źródło: GUS"); a photo label in the same caption
// names the picture's credit.
func TestSourceLabelYields(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Desemprego cai em Velmora. Fonte: IBGE. Foto: Marcelo Velmoro/Agência Brasil", creditWant{"Marcelo Velmoro/Agência Brasil", "Agência Brasil", "Marcelo Velmoro", "", false}},
		{"Bezrobocie w Velmorze spada. Źródło: GUS. Fot. PAP/Paweł Velmorski", creditWant{"Fot. PAP/Paweł Velmorski", "PAP", "Paweł Velmorski", "", false}},
		{"Arbeitslosigkeit sinkt in Velmora. Quelle: Statistisches Bundesamt. Foto: Kay Velmer/dpa", creditWant{"Kay Velmer/dpa", "dpa", "Kay Velmer", "", false}},
		{"Le chômage baisse à Velmora. Source : Insee. Photo : Jeanne Velmoux / AFP", creditWant{"Jeanne Velmoux / AFP", "AFP", "Jeanne Velmoux", "", false}},
		{"El paro baja en Velmora. Fuente: INE. Foto: EFE/Juana Velmorena", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false}},
		// Alone, the source label still names the credit.
		{"Feuerwehrleute in Velmora. Quelle: dpa", creditWant{"dpa", "dpa", "", "", false}},
	})
}

// TestFirstNameNotOrgWord: "Vlada" is a Serbian and Croatian first name
// as well as the word for government: it makes no organisation.
func TestFirstNameNotOrgWord(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Vlada Velmorović/Tanjug", "Tanjug", "Vlada Velmorović", ""},
	})
}
