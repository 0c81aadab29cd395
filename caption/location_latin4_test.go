package caption

import (
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

// latin4Case is an invented caption, the class of place shape it tests,
// and what a desk expects: the city ("" where none may be read, "*" where
// any will do), words that must appear (folded) in the place, city,
// region or text ("" where not checked) and the country code ("" where
// none may be read).
type latin4Case struct{ class, text, city, place, country string }

// latin4Captions are a fifth round of invented captions in the house
// styles of the agencies writing German, French, Spanish, Catalan,
// Italian, Portuguese (Portugal and Brazil), Dutch, Polish, Czech,
// Slovak, Croatian, Slovene, the Nordic languages, Romanian, Hungarian
// and Turkish, written with their expectations before the parser read
// them. Places are real, people and villages invented. Classes: region
// (a first-level or historical region as the language writes it: its
// country, no city), province (a village or town with a province,
// department, Land, county or district word naming a division of the
// caption's country), contracted (a place after a contracted or
// article-bearing preposition: no, na, nel, au, aux, al, en el),
// locative (a Slavic, Finnish or Hungarian town in the case its
// preposition takes), sea (a place at sea or on a border: the phrase in
// Text, the coast's or border's country), person (a person after "of"
// in the language whose name is also a place), noun (a German common
// noun, capitalised as every German noun is: no place), venue (a named
// venue with its city).
var latin4Captions = []latin4Case{
	// dpa, APA, Keystone-SDA
	{"sea", "Ein Rettungsschiff vor der Küste Libyens. Foto: Max Muster/dpa", "", "Küste Libyens", "LY"},
	{"sea", "Migranten auf einem Schlauchboot vor der libyschen Küste. Foto: Max Muster/dpa", "", "libyschen Küste", "LY"},
	{"sea", "Ein Frachter in der Nordsee vor der Küste von Sylt. Foto: Max Muster/dpa", "", "Sylt", "DE"},
	{"sea", "Bundespolizisten an der Grenze zu Polen in Görlitz. Foto: Max Muster/dpa", "Görlitz", "Görlitz", "DE"},
	{"noun", "Abgeordnete im Ausschuss vor der Abstimmung. Foto: Max Muster/dpa", "", "", ""},
	{"noun", "Spielerinnen in der Halle nach dem Abpfiff. Foto: Max Muster/dpa", "", "", ""},
	{"noun", "Besucher in der Ausstellung am Eröffnungstag. Foto: Max Muster/dpa", "", "", ""},
	{"noun", "Kinder im Klassenzimmer einer Grundschule. Foto: Max Muster/dpa", "", "", ""},
	{"province", "Hochwasser in Velmorsdorf im Landkreis Rosenheim. Foto: Max Muster/dpa", "*", "Velmorsdorf", "DE"},
	{"province", "Ein Waldbrand bei Velmorfeld im Bezirk Neunkirchen. Foto: APA/Max Muster", "*", "Velmorfeld", "AT"},
	{"province", "Schnee in Velmorwil im Kanton Appenzell Ausserrhoden. KEYSTONE/Max Muster", "*", "Velmorwil", "CH"},
	{"region", "Sturmschäden im Burgenland. Foto: APA/Max Muster", "", "Burgenland", "AT"},
	{"region", "Waldbrand in Brandenburg. Foto: Max Muster/dpa", "*", "Brandenburg", "DE"},
	{"person", "Fans von Jordan Velmor vor dem Konzert in Leipzig. Foto: Max Muster/dpa", "Leipzig", "Leipzig", "DE"},
	{"venue", "Ein Gemälde im Lenbachhaus in München. Foto: Max Muster/dpa", "Munich", "Lenbachhaus", "DE"},
	{"contracted", "Skifahrer in Kitzbühel in Tirol. Foto: APA/Max Muster", "Kitzbühel", "Kitzbühel", "AT"},

	// AFP, Belga, Keystone-ATS
	{"sea", "Des migrants secourus au large des côtes libyennes, le 3 mars 2026. (Photo Jean Roe / AFP)", "", "côtes libyennes", "LY"},
	{"sea", "Un chalutier au large de la Bretagne, le 3 mars 2026. (Photo Jean Roe / AFP)", "", "Bretagne", "FR"},
	{"sea", "Des migrants à la frontière franco-italienne, près de Menton, le 3 mars 2026. (Photo Jean Roe / AFP)", "Menton", "Menton", "FR"},
	{"contracted", "Des supporters au Mans, le 3 mars 2026. (Photo Jean Roe / AFP)", "Le Mans", "Mans", "FR"},
	{"contracted", "Des dockers au Havre, le 3 mars 2026. (Photo Jean Roe / AFP)", "Le Havre", "Havre", "FR"},
	{"contracted", "Des tulipes aux Pays-Bas, le 3 avril 2026. (Photo Jean Roe / AFP)", "", "Pays-Bas", "NL"},
	{"region", "Des inondations en Wallonie, le 3 mars 2026. BELGA PHOTO JEAN ROE", "", "Wallonie", "BE"},
	{"region", "Un feu de forêt dans les Landes, le 3 août 2025. (Photo Jean Roe / AFP)", "", "Landes", "FR"},
	{"province", "Des inondations à Velmorville, dans la province de Luxembourg. BELGA PHOTO JEAN ROE", "*", "Velmorville", "BE"},
	{"province", "Un éboulement à Velmoray, dans le canton de Vaud. KEYSTONE/Jean Roe", "*", "Velmoray", "CH"},
	{"province", "Un incendie à Velmorgny, dans le département du Var, le 3 août 2025. (Photo Jean Roe / AFP)", "*", "Velmorgny", "FR"},
	{"venue", "Des fidèles devant la cathédrale Notre-Dame de Paris, le 3 mars 2026. (Photo Jean Roe / AFP)", "Paris", "Notre-Dame", "FR"},
	{"person", "Des fans de Florence Velmor devant la salle à Lyon, le 3 mars 2026. (Photo Jean Roe / AFP)", "Lyon", "Lyon", "FR"},
	{"person", "Un portrait de Victoria Velmor exposé à Nantes, le 3 mars 2026. (Photo Jean Roe / AFP)", "Nantes", "Nantes", "FR"},

	// EFE, Europa Press
	{"province", "Incendio en Velmorejo, en la provincia de Toledo. EFE/Juan Roe", "*", "Velmorejo", "ES"},
	{"province", "Vecinos de Consuegra, en la provincia de Toledo, este lunes. EFE/Juan Roe", "Consuegra", "Consuegra", "ES"},
	{"province", "Nieve en la provincia de León este martes. EFE/Juan Roe", "", "León", "ES"},
	{"province", "Un sismo en la provincia de Guayas, Ecuador. EFE/Juan Roe", "", "Guayas", "EC"},
	{"sea", "Una patera frente a la costa de Almería. EFE/Juan Roe", "*", "costa de Almería", "ES"},
	{"sea", "Rescate de migrantes frente a las costas de Libia. EFE/Juan Roe", "", "Libia", "LY"},
	{"sea", "Migrantes en la frontera con Estados Unidos en Ciudad Juárez (México). EFE/Juan Roe", "Ciudad Juárez", "Ciudad Juárez", "MX"},
	{"region", "Incendio forestal en Castilla y León este lunes. EFE/Juan Roe", "", "Castilla y León", "ES"},
	{"region", "Sequía en Castilla-La Mancha. EFE/Juan Roe", "", "Castilla-La Mancha", "ES"},
	{"region", "Lluvias torrenciales en la Región de Murcia. EFE/Juan Roe", "", "Murcia", "ES"},
	{"region", "Inundaciones en el estado de Rio Grande do Sul (Brasil). EFE/Juan Roe", "", "Rio Grande do Sul", "BR"},
	{"contracted", "Turistas en el Puerto de la Cruz (Tenerife). EFE/Juan Roe", "Puerto de la Cruz", "Puerto de la Cruz", "ES"},
	{"venue", "Aficionados en el estadio Santiago Bernabéu de Madrid. EFE/Juan Roe", "Madrid", "Bernabéu", "ES"},
	{"person", "Retrato de Victoria Velmor en Sevilla. Europa Press/Juan Roe", "Sevilla", "Sevilla", "ES"},
	{"province", "Daños en Velmorilla del Campo (Cuenca) tras la tormenta. Europa Press/Juan Roe", "*", "Velmorilla", "ES"},

	// ACN, Europa Press Catalan
	{"contracted", "Manifestació al Vendrell aquest dilluns. Foto: ACN/Joan Roe", "El Vendrell", "Vendrell", "ES"},
	{"contracted", "Pagesos a Lleida aquest dimarts. Foto: ACN/Joan Roe", "Lleida", "Lleida", "ES"},
	{"contracted", "Veïns de l'Hospitalet de Llobregat protesten. Foto: ACN/Joan Roe", "L'Hospitalet de Llobregat", "Hospitalet", "ES"},
	{"region", "Nevada al Pirineu de Lleida. Foto: ACN/Joan Roe", "*", "Lleida", "ES"},

	// ANSA, LaPresse
	{"contracted", "Maltempo nel Lazio, 3 marzo 2026. ANSA/GIANNI ROE", "", "Lazio", "IT"},
	{"contracted", "Neve nelle Marche. ANSA/GIANNI ROE", "", "Marche", "IT"},
	{"contracted", "Nevicata all'Aquila. ANSA/GIANNI ROE", "L'Aquila", "Aquila", "IT"},
	{"province", "Frana a Velmorino, in provincia di Sondrio. ANSA/GIANNI ROE", "*", "Velmorino", "IT"},
	{"province", "Frane nella provincia di Belluno. ANSA/GIANNI ROE", "", "Belluno", "IT"},
	{"sea", "Migranti soccorsi al largo delle coste libiche. ANSA/GIANNI ROE", "", "coste libiche", "LY"},
	{"sea", "Un barcone al largo di Crotone. ANSA/GIANNI ROE", "Crotone", "Crotone", "IT"},
	{"person", "La madre di Chelsea Velmor a Bologna. LaPresse/Gianni Roe", "Bologna", "Bologna", "IT"},
	{"venue", "Tifosi allo stadio San Siro di Milano. LaPresse/Gianni Roe", "Milan", "San Siro", "IT"},

	// Lusa, Agência Brasil, Folhapress
	{"contracted", "Banhistas em Copacabana, no Rio de Janeiro. Foto: João Roe/Agência Brasil", "Rio de Janeiro", "Copacabana", "BR"},
	{"contracted", "Enchentes na Bahia nesta segunda-feira. Foto: João Roe/Agência Brasil", "", "Bahia", "BR"},
	{"contracted", "Queimadas no Pantanal, em Mato Grosso do Sul. Foto: João Roe/Agência Brasil", "", "Mato Grosso do Sul", "BR"},
	{"contracted", "Desmatamento no Pará. Foto: João Roe/Agência Brasil", "", "Pará", "BR"},
	{"venue", "Protesto na avenida Paulista, em São Paulo. Foto: João Roe/Folhapress", "São Paulo", "Paulista", "BR"},
	{"venue", "Torcedores no estádio do Maracanã, no Rio de Janeiro. Foto: João Roe/Folhapress", "Rio de Janeiro", "Maracanã", "BR"},
	{"contracted", "Incêndio no Algarve. LUSA/JOÃO ROE", "", "Algarve", "PT"},
	{"region", "Seca no Alentejo. LUSA/JOÃO ROE", "", "Alentejo", "PT"},
	{"contracted", "Turistas na Madeira. LUSA/JOÃO ROE", "", "Madeira", "PT"},
	{"contracted", "Incêndio em Monchique, no Algarve. LUSA/JOÃO ROE", "Monchique", "Monchique", "PT"},
	{"sea", "Um veleiro ao largo de Cascais. LUSA/JOÃO ROE", "Cascais", "Cascais", "PT"},
	{"sea", "Migrantes resgatados ao largo da costa da Líbia. LUSA/JOÃO ROE", "", "Líbia", "LY"},

	// ANP, Belga Dutch
	{"sea", "Controles op de grens met Duitsland bij Venlo. ANP/JAN DE ROE", "Venlo", "Venlo", "NL"},
	{"sea", "Een vrachtschip voor de kust van Texel. ANP/JAN DE ROE", "", "Texel", "NL"},
	{"region", "Wateroverlast in Limburg. ANP/JAN DE ROE", "", "Limburg", "NL"},
	{"region", "Wateroverlast in Limburg. BELGA PHOTO JAN DE ROE", "", "Limburg", "BE"},
	{"region", "Boeren demonstreren in Friesland. ANP/JAN DE ROE", "", "Friesland", "NL"},
	{"province", "Brand in Velmorwoude, gemeente Súdwest-Fryslân. ANP/JAN DE ROE", "*", "Velmorwoude", "NL"},

	// PAP
	{"locative", "Powódź w Kłodzku. PAP/Jan Roewski", "Kłodzko", "Kłodz", "PL"},
	{"locative", "Pożar kamienicy w Krakowie. PAP/Jan Roewski", "Kraków", "Krak", "PL"},
	{"locative", "Mecz w Poznaniu. PAP/Jan Roewski", "Poznań", "Pozna", "PL"},
	{"locative", "Wypadek we Wrocławiu. PAP/Jan Roewski", "Wrocław", "Wrocław", "PL"},
	{"locative", "Zima w Zakopanem. PAP/Jan Roewski", "Zakopane", "Zakopane", "PL"},
	{"locative", "Uroczystości w Gnieźnie. PAP/Jan Roewski", "Gniezno", "Gnie", "PL"},
	{"locative", "Demonstracja w Łodzi. PAP/Jan Roewski", "Łódź", "Łod", "PL"},
	{"region", "Powódź na Podkarpaciu. PAP/Jan Roewski", "", "Podkarpac", "PL"},
	{"region", "Wichura na Pomorzu. PAP/Jan Roewski", "", "Pomorz", "PL"},
	{"sea", "Żołnierze na granicy z Białorusią. PAP/Jan Roewski", "", "granicy", "PL"},
	{"sea", "Statek u wybrzeży Libii. PAP/Jan Roewski", "", "Libii", "LY"},

	// ČTK, TASR
	{"locative", "Povodně v Opavě. ČTK/Jan Roe", "Opava", "Opav", "CZ"},
	{"locative", "Demonstrace v Praze. ČTK/Jan Roe", "Prague", "Praze", "CZ"},
	{"locative", "Požár v Ostravě. ČTK/Jan Roe", "Ostrava", "Ostrav", "CZ"},
	{"locative", "Koncert v Plzni. ČTK/Jan Roe", "Pilsen", "Plz", "CZ"},
	{"locative", "Povodne v Košiciach. TASR/Ján Roe", "Košice", "Košic", "SK"},
	{"locative", "Sneh v Žiline. TASR/Ján Roe", "Žilina", "Žilin", "SK"},
	{"locative", "Požiar v Prešove. TASR/Ján Roe", "Prešov", "Prešov", "SK"},

	// HINA, Pixsell, STA
	{"locative", "Poplave u Zagrebu. Foto: HINA/Jan Roević", "Zagreb", "Zagreb", "HR"},
	{"locative", "Požar u Zadru. Foto: HINA/Jan Roević", "Zadar", "Zad", "HR"},
	{"locative", "Potres u Petrinji. Foto: Jan Roević/PIXSELL", "Petrinja", "Petrinj", "HR"},
	{"locative", "Nevrijeme u Rijeci. Foto: Jan Roević/PIXSELL", "Rijeka", "Rije", "HR"},
	{"sea", "Policija na granici s Bosnom i Hercegovinom. Foto: HINA/Jan Roević", "", "granici", "HR"},
	{"locative", "Poplave v Ljubljani. Foto: STA/Jan Roe", "Ljubljana", "Ljubljan", "SI"},
	{"locative", "Neurje v Celju. Foto: STA/Jan Roe", "Celje", "Celj", "SI"},
	{"locative", "Toča v Novem mestu. Foto: STA/Jan Roe", "Novo Mesto", "Nov", "SI"},

	// TT, Ritzau, NTB, Lehtikuva
	{"sea", "Skogsbrand utanför Sundsvall. Foto: Jan Roe/TT", "Sundsvall", "Sundsvall", "SE"},
	{"region", "Storm på Gotland. Foto: Jan Roe/TT", "", "Gotland", "SE"},
	{"region", "Oversvømmelse på Bornholm. Foto: Jan Roe/Ritzau Scanpix", "", "Bornholm", "DK"},
	{"sea", "En fiskebåt utenfor kysten av Finnmark. Foto: Jan Roe/NTB", "", "Finnmark", "NO"},
	{"province", "Ras i Velmorstad i Vestland. Foto: Jan Roe/NTB", "*", "Velmorstad", "NO"},
	{"locative", "Myrsky Oulussa. Lehtikuva/Jan Roe", "Oulu", "Oulu", "FI"},
	{"locative", "Tulipalo Tampereella. Lehtikuva/Jan Roe", "Tampere", "Tampere", "FI"},
	{"locative", "Mielenosoitus Helsingissä. Lehtikuva/Jan Roe", "Helsinki", "Helsin", "FI"},

	// Agerpres, MTI
	{"province", "Inundații în județul Galați. AGERPRES FOTO/Ion Roe", "", "Galați", "RO"},
	{"province", "Inundații în localitatea Velmorești, județul Vrancea. AGERPRES FOTO/Ion Roe", "*", "Velmorești", "RO"},
	{"contracted", "Protest la București. AGERPRES FOTO/Ion Roe", "Bucharest", "Bucureşti", "RO"},
	{"contracted", "Ninsoare la Brașov. AGERPRES FOTO/Ion Roe", "Brașov", "Brașov", "RO"},
	{"sea", "O navă în largul coastei Libiei. AGERPRES FOTO/Ion Roe", "", "Libiei", "LY"},
	{"locative", "Árvíz Szegeden. MTI/Roe János", "Szeged", "Szeged", "HU"},
	{"locative", "Tüntetés Budapesten. MTI/Roe János", "Budapest", "Budapest", "HU"},
	{"locative", "Hóesés Debrecenben. MTI/Roe János", "Debrecen", "Debrecen", "HU"},
	{"locative", "Tűz Győrben. MTI/Roe János", "Győr", "Győr", "HU"},

	// AA, DHA
	{"locative", "Antalya'da orman yangını. Fotoğraf: Ali Roe/AA", "Antalya", "Antalya", "TR"},
	{"province", "Hatay'ın Antakya ilçesinde deprem. Fotoğraf: Ali Roe/AA", "Antakya", "Antakya", "TR"},
	{"sea", "Libya açıklarında göçmen teknesi. Fotoğraf: Ali Roe/AA", "", "Libya", "LY"},
	{"locative", "Bursa'da sel. Fotoğraf: Ali Roe/DHA", "Bursa", "Bursa", "TR"},
}

// latin4Match compares city (folded), the place words and country code.
func latin4Match(got Location, tc latin4Case) bool {
	if tc.city != "*" && geo.Fold(got.City) != geo.Fold(tc.city) || got.CountryCode != tc.country {
		return false
	}
	if tc.place == "" {
		return true
	}
	w := geo.Fold(tc.place)
	for _, f := range []string{got.Place, got.City, got.Region, got.Text} {
		if strings.Contains(geo.Fold(f), w) {
			return true
		}
	}
	return false
}

// TestLatin4Captions parses the fifth round of invented captions: a case
// not in latin4Open must pass; one in it that passes is logged (it belongs
// out of the list).
func TestLatin4Captions(t *testing.T) {
	fail := map[string]int{}
	for _, tc := range latin4Captions {
		got := parseLoc(t, tc.text)
		ok := latin4Match(got, tc)
		switch {
		case !ok && !latin4Open[tc.text]:
			t.Errorf("%s: %q\n got city %q country %q (place %q, region %q, text %q)\nwant city %q country %q place %q",
				tc.class, tc.text, got.City, got.CountryCode, got.Place, got.Region, got.Text, tc.city, tc.country, tc.place)
		case ok && latin4Open[tc.text]:
			t.Logf("%s: now passes: %q", tc.class, tc.text)
		}
		if !ok {
			fail[tc.class]++
		}
	}
	t.Logf("latin4 failing by class: %v of %d", fail, len(latin4Captions))
}

// latin4Open are the cases of latin4Captions that still fail (see the
// report of TestLatin4Captions).
var latin4Open = map[string]bool{
	"Des fidèles devant la cathédrale Notre-Dame de Paris, le 3 mars 2026. (Photo Jean Roe / AFP)": true,
	"Vecinos de Consuegra, en la provincia de Toledo, este lunes. EFE/Juan Roe":                    true,
	"Una patera frente a la costa de Almería. EFE/Juan Roe":                                        true,
	"Manifestació al Vendrell aquest dilluns. Foto: ACN/Joan Roe":                                  true,
	"Pagesos a Lleida aquest dimarts. Foto: ACN/Joan Roe":                                          true,
	"Veïns de l'Hospitalet de Llobregat protesten. Foto: ACN/Joan Roe":                             true,
	"Nevada al Pirineu de Lleida. Foto: ACN/Joan Roe":                                              true,
	"Nevicata all'Aquila. ANSA/GIANNI ROE":                                                         true,
	"Tifosi allo stadio San Siro di Milano. LaPresse/Gianni Roe":                                   true,
	"Queimadas no Pantanal, em Mato Grosso do Sul. Foto: João Roe/Agência Brasil":                  true,
	"Desmatamento no Pará. Foto: João Roe/Agência Brasil":                                          true,
	"Protesto na avenida Paulista, em São Paulo. Foto: João Roe/Folhapress":                        true,
	"Torcedores no estádio do Maracanã, no Rio de Janeiro. Foto: João Roe/Folhapress":              true,
	"Wateroverlast in Limburg. BELGA PHOTO JAN DE ROE":                                             true,
	"Potres u Petrinji. Foto: Jan Roević/PIXSELL":                                                  true,
	"Toča v Novem mestu. Foto: STA/Jan Roe":                                                        true,
	"Ras i Velmorstad i Vestland. Foto: Jan Roe/NTB":                                               true,
}

// TestLocativeRegionNounRule: Polish region nouns in -ie take "-iu" after
// "na" (Podkarpacie → na Podkarpaciu), Croatian towns in -ar and -ak drop
// the "a" after "u" (Zadar → u Zadru, Sisak → u Sisku); the region
// nouns are the hand-kept regions of internal/geo/regions.txt.
func TestLocativeRegionNounRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Powódź na Podkarpaciu. PAP/Jan Roewski", "", "*", "PL"},
		{"Susza na Podlasiu. PAP/Jan Roewski", "", "*", "PL"},
		{"Nawałnica w Małopolsce. PAP/Jan Roewski", "", "*", "PL"},
		{"Požar u Zadru. Foto: HINA/Jan Roević", "Zadar", "*", "HR"},
		{"Poplave u Sisku. Foto: HINA/Jan Roević", "Sisak", "*", "HR"},
	})
}

// TestDivisionOfHomeRule: a name after a province, department, district
// or county word is the division of the caption's home (the national
// agency's country) where home has a division or, for a district named
// after its chief town, a town of the name, not a homonym abroad; a
// country named in the phrase, or no home, keeps the gazetteer's reading.
func TestDivisionOfHomeRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Incendio en Velmorejo, en la provincia de Toledo. EFE/Juan Roe", "Velmorejo", "Toledo", "ES"},
		{"Nieve en la provincia de León este martes. EFE/Juan Roe", "", "León", "ES"},
		{"Des inondations à Velmorville, dans la province de Luxembourg. BELGA PHOTO JEAN ROE", "Velmorville", "Luxembourg", "BE"},
		{"Ein Waldbrand bei Velmorfeld im Bezirk Neunkirchen. Foto: APA/Max Muster", "Velmorfeld", "Neunkirchen", "AT"},
		{"Inundații în județul Galați. AGERPRES FOTO/Ion Roe", "", "Galați", "RO"},
		// Without the word: a region abroad is home's division of the
		// name, a town of home's name is the town.
		{"Wateroverlast in Limburg. BELGA PHOTO JAN ROE", "", "Limburg", "BE"},
		{"Wateroverlast in Limburg. ANP/JAN DE ROE", "", "Limburg", "NL"},
		{"Bomberos en un incendio forestal en Toledo. EFE/Juan Roe", "Toledo", "", "ES"},
		// A country named: its own division.
		{"Un sismo en la provincia de León, Nicaragua. EFE/Juan Roe", "", "León", "NI"},
		// No national agency: the gazetteer's reading stands.
		{"Floods in the province of Toledo. Photo: Jane Roe", "", "Toledo", "BZ"},
	})
}

// TestGermanNounRule: German capitalises every noun, and a town takes no
// article, so one unknown word after a preposition joined to the article
// ("im", "beim") or a town's name after a case article ("in der Halle")
// is no place; a hyphenated venue name, a known region or a country
// after an article still is.
func TestGermanNounRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Abgeordnete im Ausschuss vor der Abstimmung. Foto: Max Muster/dpa", "", "", ""},
		{"Spielerinnen in der Halle nach dem Abpfiff. Foto: Max Muster/dpa", "", "", ""},
		{"Spieler beim Training am Vormittag. Foto: Max Muster/dpa", "", "", ""},
		{"Fans im Velmora-Stadion in Leipzig. Foto: Max Muster/dpa", "Leipzig", "", "DE"},
		{"Wanderer im Allgäu. Foto: Max Muster/dpa", "", "Allgäu", "DE"},
		{"Soldaten in der Ukraine. Foto: Max Muster/dpa", "", "", "UA"},
		{"Feuerwehrleute in Halle. Foto: Max Muster/dpa", "Halle (Saale)", "", "DE"},
	})
}

// TestRegionOverAlternateNameRule: a state's name that GeoNames also
// gives its capital as an old alternate name ("Bahia" for Salvador) is
// the state; a city whose current name a
// division bears (Kyiv, São Paulo) and a city that is not the state's seat
// (New York) keep the city.
func TestRegionOverAlternateNameRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Enchentes na Bahia nesta segunda-feira. Foto: João Roe/Agência Brasil", "", "Bahia", "BR"},
		{"Chuva em São Paulo nesta segunda-feira. Foto: João Roe/Agência Brasil", "São Paulo", "*", "BR"},
		{"Residents clear snow in Kiev on Monday. Photo: Jane Roe", "Kyiv", "*", "UA"},
		{"Commuters in New York on Monday. Photo: Jane Roe", "New York City", "*", "US"},
	})
}

// TestJoinedRegionRule: a first-level region whose name joins two names
// with "and" in the language is one name, as a country so named is;
// two towns so joined stay two places.
func TestJoinedRegionRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Incendio forestal en Castilla y León este lunes. EFE/Juan Roe", "", "Castilla y León", "ES"},
		{"Incendios en Madrid y Toledo este lunes. EFE/Juan Roe", "Madrid", "", "ES"},
	})
}

// TestHomeBorderRule: a national agency's caption that names no place but
// its border with a neighbour is on the agency's side: the border phrase
// is the place, home the country; a town named wins, and an agency with
// no home (AFP) gets nothing from the rule.
func TestHomeBorderRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Żołnierze na granicy z Białorusią. PAP/Jan Roewski", "", "granicy z Białorusią", "", "PL"},
		{"Policija na granici s Bosnom. Foto: HINA/Jan Roević", "", "granici s Bosnom", "", "HR"},
		{"Policisté na hranici s Rakouskem. ČTK/Jan Roe", "", "hranici s Rakouskem", "", "CZ"},
		{"Żołnierze w Przemyślu na granicy z Ukrainą. PAP/Jan Roewski", "Przemyśl", "", "", "PL"},
		{"Des soldats à la frontière avec la Biélorussie, le 3 mars 2026. (Photo Jean Roe / AFP)", "", "", "", ""},
	})
}

// TestDistrictBeforeCityRule: a town the gazetteer knows abroad, then a
// comma, a preposition of place and a city ("em Copacabana, no Rio de
// Janeiro") is a district of that city, as with a comma alone ("near",
// "outside", "on" and origins excepted: blind2's English line lost a city
// with them).
func TestDistrictBeforeCityRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Banhistas em Copacabana, no Rio de Janeiro. Foto: João Roe/Agência Brasil", "Rio de Janeiro", "Copacabana", "", "BR"},
	})
}

// TestCoastNationalityRule: a caption that names no place but a coast by
// its nationality is off that country's coast, in each language's word
// order and endings; a town named wins, and a coast with no nationality,
// or one whose stem opens two countries' names, gives nothing.
func TestCoastNationalityRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Migranten auf einem Schlauchboot vor der libyschen Küste. Foto: Max Muster/dpa", "", "libyschen Küste", "", "LY"},
		{"Des migrants secourus au large des côtes libyennes, le 3 mars 2026. (Photo Jean Roe / AFP)", "", "côtes libyennes", "", "LY"},
		{"Migranti soccorsi al largo delle coste libiche. ANSA/GIANNI ROE", "", "coste libiche", "", "LY"},
		{"Rescate de migrantes frente a las costas libias. EFE/Juan Roe", "", "costas libias", "", "LY"},
		{"Migrants on a rubber boat off the Libyan coast. Photo: Jane Roe", "", "", "", "LY"}, // the demonym fallback, before this rule
		{"Des pêcheurs sur les côtes tunisiennes. (Photo Jean Roe / AFP)", "", "côtes tunisiennes", "", "TN"},
		{"Una patera frente a la costa de Almería. EFE/Juan Roe", "Almería", "", "", "ES"},
		{"Statek u wybrzeży Libii. PAP/Jan Roewski", "", "wybrzeży Libii", "", "LY"},
		{"O navă în largul coastei Libiei. AGERPRES FOTO/Ion Roe", "", "coastei Libiei", "", "LY"},
		{"Ein Boot vor der Küste. Foto: Max Muster/dpa", "", "", "", ""},
	})
}

// TestUnknownTownBeforeRegionRule: a name the gazetteer does not know,
// introduced by a preposition, then a comma and the region the phrase
// names with its noun, is the town as written.
func TestUnknownTownBeforeRegionRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Un incendie à Velmorgny, dans le département du Var, le 3 août 2025. (Photo Jean Roe / AFP)", "Velmorgny", "", "Var", "FR"},
		{"Le musée Velmora, dans le département du Var. (Photo Jean Roe / AFP)", "", "", "Var", "FR"}, // not introduced: no town
	})
}
