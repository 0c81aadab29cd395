package caption

import "testing"

// TestHomeLanguageRule: a caption too short for the detector is read in
// its national agency's language, so that Italian "a Velmora" introduces
// the town in ANSA's captions; credited to no national agency, or
// detected as another language, it is not.
func TestHomeLanguageRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Manifestazione a Bologna. ANSA/Gianni Roetti", "Bologna", "", "IT"},
		{"Neve a Cosenza. ANSA/Gianni Roetti", "Cosenza", "", "IT"},
		{"Manifestazione a Bologna. Gianni Roetti/Getty Images", "", "", ""},
	})
	for _, tc := range []struct{ lang, home, want string }{
		{"", "IT", "it"}, {"", "ES", "es"}, {"en", "IT", "en"}, {"", "", ""}, {"", "ZZ", ""},
	} {
		if got := ownLanguageOf(tc.lang, tc.home); got != tc.want {
			t.Errorf("ownLanguageOf(%q, %q) = %q, want %q", tc.lang, tc.home, got, tc.want)
		}
	}
}

// TestElisionRule: French and Italian names keep an elided "d'" inside
// ("Cortina d'Ampezzo", "Villeneuve d'Ascq", "Côte d'Ivoire"), and a
// preposition introduces a name across an elided article ("a L'Aquila").
func TestElisionRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Sciatori a Cortina d'Ampezzo. ANSA/Gianni Roetti", "Cortina d'Ampezzo", "", "IT"},
		{"Neve a L'Aquila. ANSA/Gianni Roetti", "L'Aquila", "", "IT"},
		{"Un incendie à Villeneuve d'Ascq, le 3 mars 2026. (Photo Jean Roe / AFP)", "Villeneuve-d'Ascq", "", "FR"},
		{"Des supporters à Abidjan, en Côte d’Ivoire, le 3 mars 2026.", "Abidjan", "", "CI"},
		// "l'" before a lower-case word introduces nothing.
		{"Un Velmora a l'aria aperta. ANSA/Gianni Roetti", "", "", ""},
	})
}

// TestSuffixLocativeRule: Hungarian, Finnish and Turkish write "in X" as
// an ending of the name ("Győrben", "Porissa", "Velmora'da", "Velmora
// ilçesinde"): the name so written is introduced, after a capitalised
// noun opening the sentence too; a stem the gazetteer does not know, or a
// caption in a language the detector knows, is not read so.
func TestSuffixLocativeRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Tüntetők Győrben, 2026. március 3. MTI/Roe János", "Győr", "", "HU"},
		{"Tűzoltók Szegeden. MTI/Roe János", "Szeged", "", "HU"},
		{"Katonák Ukrajnában. MTI/Roe János", "", "", "UA"},
		{"Tulva Oulussa tiistaina. Kuva: Jaana Roe/Lehtikuva", "Oulu", "", "FI"},
		{"Myrsky Lahdessa. Kuva: Jaana Roe/Lehtikuva", "Lahti", "", "FI"},
		{"Mielenosoittajat Vantaalla. Lehtikuva", "Vantaa", "", "FI"},
		{"Konya'da kar yağışı. Fotoğraf: Ali Roe/AA", "Konya", "", "TR"},
		{"Antalya'nın Alanya ilçesinde turistler. Fotoğraf: Ali Roe/AA", "Alanya", "", "TR"},
		// Unknown stems, and detected languages, are not read so.
		{"Tulva Velmorassa. Lehtikuva", "", "", ""},
		{"Jane Olsen poses for a portrait, March 3, 2026.", "", "", ""},
	})
}

// TestMoreLocativeEndingsRule: Polish plural and adjectival town names
// ("w Katowicach", "w Zakopanem", "w Gdyni", "w Kłodzku", "w Opolu"),
// Czech towns in -ov ("v Prostějově"), Slovenian and Croatian names in -a
// ("v Ljubljani", "u Rijeci"), read back to the name.
func TestMoreLocativeEndingsRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Strażacy w Katowicach, 3 marca 2026. PAP/Jan Roewski", "Katowice", "", "PL"},
		{"Turyści w Zakopanem. PAP/Jan Roewski", "Zakopane", "", "PL"},
		{"Statek w Gdyni. PAP/Jan Roewski", "Gdynia", "", "PL"},
		{"Powódź w Kłodzku. PAP/Jan Roewski", "Kłodzko", "", "PL"},
		{"Protest w Opolu. PAP/Jan Roewski", "Opole", "", "PL"},
		{"Hasiči v Prostějově. ČTK/Jan Roe", "Prostějov", "", "CZ"},
		{"Poplave v Ljubljani. Foto: Jan Roe/STA", "Ljubljana", "", "SI"},
		{"Nevrijeme u Rijeci. Foto: Jan Roe/HINA", "Rijeka", "", "HR"},
		// A stem the gazetteer does not know is no place.
		{"Strażacy w Velmorach. PAP/Jan Roewski", "", "", ""},
	})
}

// TestRomanianPrepositionRule: Romanian writes "în Velmora" (in), "lângă
// Velmora" (near) and, for a town, "la Velmora" (at), after a capitalised
// noun opening the sentence too ("Inundații la Velmora"); "la" is read
// so only before a town the gazetteer knows and after no preposition (in
// Spanish "en la Velmora" it is the article).
func TestRomanianPrepositionRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Inundații la Galați, 14 septembrie 2024. Foto: Inquam Photos/Ion Roescu", "Galați", "", "RO"},
		{"Pompieri intervin la Turda. AGERPRES FOTO/Ion Roescu", "Turda", "", "RO"},
		{"Protest în Cluj-Napoca. AGERPRES FOTO/Ion Roescu", "Cluj-Napoca", "", "RO"},
		// A Spanish name joined by "la" stays one name.
		{"Vecinos de Alcalá la Real, el 3 de marzo de 2026. EFE/Juan Roe", "Alcalá la Real", "", "ES"},
	})
}

// TestTownOfItsRegionRule: French "à" (as a bare "in") names a town: a
// town that shares its region's name, in the same country, is the town
// even where its name is also a word and the country follows.
func TestTownOfItsRegionRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Des soldats patrouillent à Gao, dans le nord du Mali, le 10 janvier 2026. (Photo Jean Roe / AFP)", "Gao", "", "ML"},
		// Not introduced as a town, the region stays the region.
		{"Des soldats patrouillent dans la région de Gao, au Mali, le 10 janvier 2026. (Photo Jean Roe / AFP)", "", "*", "ML"},
	})
}

// TestCountryNamedLikeTownRule: a name shared by a country and a town is
// the town where a first-level region of the town's country follows
// ("Salvador, na Bahia", "Lebanon, Pennsylvania"); before a country, or
// alone, it stays the country.
func TestCountryNamedLikeTownRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Torcedores comemoram em Salvador, na Bahia. Foto: João Roe/Folhapress", "Salvador", "*", "BR"},
		{"Flood waters in Lebanon, Pennsylvania, March 3, 2026. REUTERS/Jane Roe", "Lebanon", "Pennsylvania", "US"},
		{"A farm near Mexico, Missouri, March 3, 2026. REUTERS/Jane Roe", "Mexico", "Missouri", "US"},
		{"Smoke rises over Beirut, Lebanon, March 3, 2026. REUTERS/Jane Roe", "Beirut", "", "LB"},
		{"Fans cheer in Lebanon, March 3, 2026. REUTERS/Jane Roe", "", "", "LB"},
	})
}

// TestDutchOfLinkRule: ANP and Belga write a part of a town before "van"
// and its name ("de haven van Velmora", "het centrum van Velmora"): the
// name is the town.
func TestDutchOfLinkRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Schepen in de haven van Rotterdam. ANP/Jan de Roe", "Rotterdam", "", "NL"},
		{"Drukte in het centrum van Utrecht, 3 maart 2026. ANP/Jan de Roe", "Utrecht", "", "NL"},
		// A region noun names the region, not a town.
		{"Wateroverlast in de provincie van Velmora. ANP/Jan de Roe", "", "*", ""},
	})
}

// TestDatelineCountryTownRule: dpa's datelines of foreign stories name
// the country, a comma, then the town, transliterated the German way
// ("Ukraine, Saporischschja:"): the town is read back to the gazetteer's
// name as after a preposition.
func TestDatelineCountryTownRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"04.02.2025, Ukraine, Saporischschja: Ein zerstörtes Wohnhaus. Foto: Jan Roe/dpa", "Zaporizhzhia", "", "UA"},
		{"ARCHIV - 04.02.2025, Ukraine, Charkiw: Rettungskräfte im Einsatz. Foto: Jan Roe/dpa", "Kharkiv", "", "UA"},
		// A country whose names are not transliterated from Cyrillic is
		// read as before.
		{"04.02.2025, Frankreich, Paris: Menschen vor dem Louvre. Foto: Jan Roe/dpa", "Paris", "", "FR"},
	})
}

// TestGreekCaseRule: ΑΠΕ-ΜΠΕ declines a name after a preposition
// (accusative: "στον Βόλο", "στη Ρόδο") and after a genitive article ("το
// λιμάνι της Πάτρας", "του Βόλου"); the name is read back to the
// nominative. A capital sigma ends a word as "ς" ("ΒΟΛΟΣ").
func TestGreekCaseRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Καταστροφές στον Βόλο μετά την κακοκαιρία. ΑΠΕ-ΜΠΕ/ΓΙΑΝΝΗΣ ΡΟΕΣ", "Volos", "", "GR"},
		{"Πυρκαγιά στη Ρόδο. ΑΠΕ-ΜΠΕ", "Rhodes", "", "GR"},
		{"Τουρίστες στο λιμάνι της Πάτρας. ΑΠΕ-ΜΠΕ", "Pátra", "", "GR"},
		{"Σεισμός στα Χανιά. ΑΠΕ-ΜΠΕ", "Chaniá", "", "GR"},
		{"ΒΟΛΟΣ, 3 Μαρτίου 2026. Πλημμυρισμένοι δρόμοι. ΑΠΕ-ΜΠΕ", "Volos", "", "GR"},
		{"Πυρκαγιά στη ΡΟΔΟ. ΑΠΕ-ΜΠΕ", "Rhodes", "", "GR"},
		// A stem the gazetteer does not know is no town.
		{"Πυρκαγιά στον Βελμόρο. ΑΠΕ-ΜΠΕ", "", "*", ""},
	})
}

// TestRomanianTownNounRule: Romanian writes a town's noun in lower case
// right before its name ("centrul orașului Velmora", "portul Velmora");
// before a known town it introduces it.
func TestRomanianTownNounRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Turiști în centrul orașului Sibiu. Foto: Inquam Photos/Ion Roescu", "Sibiu", "", "RO"},
		{"Nave în portul Constanța. AGERPRES FOTO/Ion Roescu", "Constanța", "", "RO"},
		{"Alegeri în municipiul Brașov. AGERPRES FOTO/Ion Roescu", "Brașov", "", "RO"},
		// An unknown name after the noun is not made a town.
		{"Nave în portul Velmoreni. AGERPRES FOTO/Ion Roescu", "", "*", ""},
	})
}

// TestLocativePairRule: a two-word Slavic town name declines both words
// after a preposition ("u Novom Sadu", "у Новом Саду", "w Zielonej
// Górze", "w Nowym Sączu", "v Českých Budějovicích"): both are read back.
func TestLocativePairRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Protest u Novom Sadu. Foto: Jan Roević/Tanjug", "Novi Sad", "", "RS"},
		{"Протест у Новом Саду. Фото: Танјуг", "Novi Sad", "", "RS"},
		{"Nesreća u Slavonskom Brodu. Foto: Jan Roević/HINA", "Slavonski Brod", "", "HR"},
		{"Powódź w Zielonej Górze. PAP/Jan Roewski", "Zielona Góra", "", "PL"},
		{"Pożar w Nowym Sączu. PAP/Jan Roewski", "Nowy Sącz", "", "PL"},
		{"Hasiči v Českých Budějovicích. ČTK/Jan Roe", "České Budějovice", "", "CZ"},
		// Two words the gazetteer does not know so made stay unknown.
		{"Pożar w Nowym Velmorze. PAP/Jan Roewski", "", "*", ""},
	})
}

// TestVoivodeshipRule: PAP names a voivodeship by its adjective after
// "województwo" or "woj." ("Velmora (woj. śląskie)", "w województwie
// śląskim"): the region, and its country where the caption gives none.
func TestVoivodeshipRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Pożar lasu w województwie śląskim. PAP/Jan Roewski", "", "województwie śląskim", "PL"},
		{"Powódź w Kłodzku (woj. dolnośląskie), 15 września 2024. PAP/Jan Roewski", "Kłodzko", "woj. dolnośląskie", "PL"},
		{"Powódź w Velmorzycach (woj. opolskie). PAP/Jan Roewski", "", "woj. opolskie", "PL"},
		{"Rolnicy z województwa podlaskiego protestują. PAP/Jan Roewski", "", "województwa podlaskiego", "PL"},
		// An adjective without the noun is no region.
		{"Kuchnia śląska na festiwalu. PAP/Jan Roewski", "", "", ""},
	})
}

// TestOfWordsRule: a noun for a part, the area or the view of a town
// before the language's "of" introduces the town: Italian "il porto di
// Velmora", "una veduta di Velmora", "al largo di Velmora", "nei pressi
// di Velmora"; Portuguese "moradores de Velmora", "o centro de Velmora";
// Dutch "het station van Velmora".
func TestOfWordsRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Il porto di Genova. ANSA/GIANNI ROETTI", "Genoa", "", "IT"},
		{"Una veduta di Napoli dal Vomero. ANSA/GIANNI ROETTI", "Naples", "", "IT"},
		{"Migranti soccorsi al largo di Catania. ANSA/GIANNI ROETTI", "Catania", "", "IT"},
		{"Un incendio nei pressi di Pescara. ANSA/GIANNI ROETTI", "Pescara", "", "IT"},
		{"Moradores de Petrópolis, na região serrana do Rio de Janeiro. Foto: João Roe/Agência Brasil", "Petrópolis", "*", "BR"},
		{"Vista do centro de Coimbra. LUSA/JOÃO ROE", "Coimbra", "", "PT"},
		{"Drukte op het station van Utrecht. ANP/JAN DE ROE", "Utrecht", "", "NL"},
	})
}

// TestNordicPrepositionsRule: Swedish "vid", "utanför", "nära",
// Danish and Norwegian "ved", Norwegian "utenfor", "nær" introduce a
// place; "vid" and "ved", short words of other meanings, only a name the
// gazetteer knows. German "vor" (off a coast) likewise.
func TestNordicPrepositionsRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Trafikolycka utanför Uppsala. Foto: Jan Roe/TT", "Uppsala", "", "SE"},
		{"Båtar vid Västerås. Foto: Jan Roe/TT", "Västerås", "", "SE"},
		{"Ulykke ved Odense. Foto: Jan Roe/Ritzau Scanpix", "Odense", "", "DK"},
		{"Skipsulykke utenfor Bergen. Foto: Jan Roe/NTB", "Bergen", "", "NO"},
		{"Ein Schiff vor Catania. Foto: Jan Roe/dpa", "Catania", "", "IT"},
		// Before an unknown name "ved" introduces nothing.
		{"Ulykke ved Velmorsby. Foto: Jan Roe/Ritzau Scanpix", "", "", ""},
	})
}

// TestCzechEcRule: Czech towns in -ec take -ci in the locative ("v
// Liberci", "v Jablonci").
func TestCzechEcRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Hasiči v Liberci. ČTK/Jan Roe", "Liberec", "", "CZ"},
		{"Povodně v Jablonci nad Nisou. ČTK/Jan Roe", "*", "*", "*"},
	})
}

// TestContractionRule: French joins "à"/"de" to the article of a town's
// name ("au Mans", "aux Sables-d'Olonne"): the town is found with its
// article.
func TestContractionRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Des supporters au Mans, le 3 mars 2026. (Photo Jean Roe / AFP)", "Le Mans", "", "FR"},
		{"Des bateaux aux Sables-d'Olonne, le 3 mars 2026. (Photo Jean Roe / AFP)", "Les Sables-d'Olonne", "", "FR"},
		{"Des dockers au Havre, le 3 mars 2026. (Photo Jean Roe / AFP)", "Le Havre", "", "FR"},
		// A country after "au" is the country as before.
		{"Des soldats au Mali, le 3 mars 2026. (Photo Jean Roe / AFP)", "", "", "ML"},
	})
}
