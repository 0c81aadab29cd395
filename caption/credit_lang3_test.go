package caption

import "testing"

// Issue 14, item 3: credits inside captions written in other languages,
// in the house styles the agencies publish (CONVENTIONS.md §5, §11, §12,
// and the agencies' own credit pages): the label before the credit in each
// language, the photographer before or after the agency, two
// photographers, pools and handouts, archive words, the credit at the
// start or on its own line, and what follows a credit (advisories, quality
// notes, picture ids). Names, places and captions are invented.

// langCredit is a caption and what Parse should read from its credit: the
// credit as the corpus scores it (foldCredit), the agency, the
// photographers joined by ";", the source kind (a relaying partner agency
// is not scored, as in checkShapes) and the file-photo flag.
type langCredit struct {
	in, credit, agency, photographers, source string
	file                                      bool
}

// checkLangCredits parses each caption and compares the five fields.
func checkLangCredits(t *testing.T, cases []langCredit) {
	t.Helper()
	for _, tc := range cases {
		c, src, ph := parseScored(t, tc.in)
		agencyOK := agencyMatches(tc.agency, c.Agency) || tc.agency == "" && c.Agency == ""
		if foldCredit(c.Credit) != foldCredit(tc.credit) || !agencyOK || ph != tc.photographers || src != tc.source || c.FilePhoto != tc.file {
			t.Errorf("%q\n got credit %q agency %q photographers %q source %q file %v\nwant credit %q agency %q photographers %q source %q file %v",
				tc.in, c.Credit, c.Agency, ph, src, c.FilePhoto, tc.credit, tc.agency, tc.photographers, tc.source, tc.file)
		}
	}
}

func TestLangCreditsGerman(t *testing.T)      { checkLangCredits(t, germanCredits) }
func TestLangCreditsFrench(t *testing.T)      { checkLangCredits(t, frenchCredits) }
func TestLangCreditsIberian(t *testing.T)     { checkLangCredits(t, iberianCredits) }
func TestLangCreditsItalian(t *testing.T)     { checkLangCredits(t, italianCredits) }
func TestLangCreditsNorthern(t *testing.T)    { checkLangCredits(t, northernCredits) }
func TestLangCreditsEastern(t *testing.T)     { checkLangCredits(t, easternCredits) }
func TestLangCreditsSuffixes(t *testing.T)    { checkLangCredits(t, suffixCredits) }
func TestLangCreditsSecondRound(t *testing.T) { checkLangCredits(t, secondRoundCredits) }
func TestLangCreditsThirdRound(t *testing.T)  { checkLangCredits(t, thirdRoundCredits) }
func TestLangCreditsFourthRound(t *testing.T) { checkLangCredits(t, fourthRoundCredits) }

// German desks: dpa "Foto: Name/dpa", picture alliance, IMAGO, Keystone's
// "Bild:", APA-PictureDesk's "© Name/APA/picturedesk.com", "Quelle:".
var germanCredits = []langCredit{
	{"Ein Zug fährt durch Velmora. (Foto: picture alliance / Kay Velmer)", "picture alliance / Kay Velmer", "picture alliance", "Kay Velmer", "", false},
	{"Ein Zug fährt durch Velmora. Bild: Kay Velmer/Keystone", "Kay Velmer/Keystone", "Keystone", "Kay Velmer", "", false},
	{"Ein Zug fährt durch Velmora. © Kay Velmer/APA/picturedesk.com", "Kay Velmer/APA/picturedesk.com", "APA", "Kay Velmer", "", false},
	{"Foto: Kay Velmer/dpa\nEin Zug fährt durch Velmora.", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"Ein Zug fährt durch Velmora.\nFoto: Kay Velmer/dpa\nDer Zug war pünktlich.", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"Politiker treffen sich in Velmora. Foto: Kay Velmer/Reuters-Pool/dpa", "Kay Velmer/Reuters-Pool/dpa", "dpa", "Kay Velmer", "pool", false},
	{"Politiker treffen sich in Velmora. Foto: Kay Velmer/Pool AP/dpa", "Kay Velmer/Pool AP/dpa", "dpa", "Kay Velmer", "pool", false},
	{"Politiker treffen sich in Velmora. APA/HANS VELMER/APA-POOL", "APA/HANS VELMER/APA-POOL", "APA", "Hans Velmer", "pool", false},
	{"Ein Zug fährt durch Velmora. Foto: Kay Velmer / dpa (Archivbild)", "Kay Velmer / dpa", "dpa", "Kay Velmer", "", true},
	{"Archivbild: Ein Zug fährt durch Velmora. Foto: Kay Velmer/dpa", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", true},
	{"Ein Zug fährt durch Velmora. Foto: Kay Velmer/dpa - Nur zur redaktionellen Verwendung", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"Ein Zug fährt durch Velmora. (KEYSTONE/Kay Velmer)", "KEYSTONE/Kay Velmer", "Keystone", "Kay Velmer", "", false},
	{"Ein Zug fährt durch Velmora. Foto: Kay Velmer, Ole Brandt/IMAGO", "Kay Velmer, Ole Brandt/IMAGO", "IMAGO", "Kay Velmer;Ole Brandt", "", false},
	{"Ein Zug fährt durch Velmora. Foto: Polizei Velmora/dpa - ACHTUNG: Nur zur redaktionellen Verwendung", "Polizei Velmora/dpa", "dpa", "", "", false},
	{"Ein Zug fährt durch Velmora. Fotos: IMAGO/Kay Velmer", "IMAGO/Kay Velmer", "IMAGO", "Kay Velmer", "", false},
	{"Ein Zug fährt durch Velmora. Foto: Kay Velmer/dpa/Handout", "Kay Velmer/dpa/Handout", "dpa", "Kay Velmer", "handout", false},
	{"Ein Zug fährt durch Velmora. Foto: Kay Velmer/APA/dpa +++ dpa-Bildfunk +++", "Kay Velmer/APA/dpa", "dpa", "Kay Velmer", "", false},
}

// French desks: AFP's "Photo Name. AFP" and "(Photo: Name / AFP)", Hans
// Lucas's "©", "crédit photo :", PHOTOPQR titles relayed by MAXPPP,
// "Photo d'archives", pools and handouts, "MEILLEURE QUALITÉ DISPONIBLE".
var frenchCredits = []langCredit{
	{"Des pompiers à Velmora, le 3 mars 2026. (Photo: Jeanne Roux / AFP)", "Jeanne Roux / AFP", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora, le 3 mars 2026. © Jeanne Roux / Hans Lucas", "Jeanne Roux / Hans Lucas", "Hans Lucas", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. crédit photo : AFP", "AFP", "AFP", "", "", false},
	{"Des pompiers à Velmora. PHOTOPQR/LE VELMORAIS/MAXPPP", "PHOTOPQR/LE VELMORAIS/MAXPPP", "MAXPPP", "", "", false},
	{"Des pompiers à Velmora. PHOTOPQR/LE VELMORAIS/Jeanne Roux/MAXPPP", "PHOTOPQR/LE VELMORAIS/Jeanne Roux/MAXPPP", "MAXPPP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora, en 2019. Photo d'archives Jeanne Roux / AFP", "Jeanne Roux / AFP", "AFP", "Jeanne Roux", "", true},
	{"Des dirigeants à Velmora. (Photo by Jeanne ROUX / POOL / AFP)", "Photo by Jeanne ROUX / POOL / AFP", "AFP", "Jeanne Roux", "pool", false},
	{"Des pompiers à Velmora. (Photo Jeanne ROUX / AFP) - MEILLEURE QUALITÉ DISPONIBLE", "Jeanne ROUX / AFP", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. AFP PHOTO / HANDOUT / MINISTÈRE DE L'INTÉRIEUR", "AFP PHOTO / HANDOUT / MINISTÈRE DE L'INTÉRIEUR", "AFP", "", "handout", false},
	{"Photo Jeanne Roux / AFP\nDes pompiers à Velmora.", "Jeanne Roux / AFP", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. Photo Jeanne Roux / Le Velmorais - Reproduction interdite", "Jeanne Roux / Le Velmorais", "Le Velmorais", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. Photos Jeanne Roux et Paul Velmont / Hans Lucas", "Jeanne Roux et Paul Velmont / Hans Lucas", "Hans Lucas", "Jeanne Roux;Paul Velmont", "", false},
	{"Des pompiers à Velmora. Photo Belga / Jeanne Roux", "Belga / Jeanne Roux", "Belga", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. Crédit : Gendarmerie de Velmora", "Gendarmerie de Velmora", "Gendarmerie de Velmora", "", "", false},
	{"Des pompiers à Velmora. (AFP/Jeanne Roux)", "AFP/Jeanne Roux", "AFP", "Jeanne Roux", "", false},
}

// Spanish, Catalan and Portuguese desks: EFE, Europa Press, Agencia Uno,
// Cuartoscuro, "Fotografía:", "Cedida por", "Imagen de archivo", Folhapress
// with its dated credit, Lusa, Agência Brasil, "Divulgação",
// "Reprodução".
var iberianCredits = []langCredit{
	{"Bomberos en Velmora. Foto: Juana Velmorena (Europa Press)", "Juana Velmorena (Europa Press)", "Europa Press", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. (Foto: Agencia Uno)", "Agencia Uno", "Agencia Uno", "", "", false},
	{"Bomberos en Velmora. Foto: Agencia Uno/Juan Velmo", "Agencia Uno/Juan Velmo", "Agencia Uno", "Juan Velmo", "", false},
	{"Bomberos en Velmora. Fotografía: Juana Velmorena", "Juana Velmorena", "", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. Imagen cedida por la Policía de Velmora.", "Imagen cedida por la Policía de Velmora", "Policía de Velmora", "", "handout", false},
	{"Bomberos en Velmora. Foto cedida por el Ayuntamiento de Velmora", "Foto cedida por el Ayuntamiento de Velmora", "Ayuntamiento de Velmora", "", "handout", false},
	{"Imagen de archivo de bomberos en Velmora. EFE/Juana Velmorena", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", true},
	{"Líderes en Velmora. EFE/Juana Velmorena POOL", "EFE/Juana Velmorena POOL", "EFE", "Juana Velmorena", "pool", false},
	{"Bomberos en Velmora. Juana Velmorena - Europa Press", "Juana Velmorena - Europa Press", "Europa Press", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. FOTO: JUAN VELMO /CUARTOSCURO.COM", "JUAN VELMO /CUARTOSCURO.COM", "Cuartoscuro", "Juan Velmo", "", false},
	{"Bomberos en Velmora. EFE/Juana Velmorena NO ARCHIVAR", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. EFE/Policía de Velmora SOLO USO EDITORIAL/NO VENTAS", "EFE/Policía de Velmora", "EFE", "", "", false},
	{"EFE/Juana Velmorena\nBomberos en Velmora este martes.", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false},
	{"Bombers a Velmora. Fotografia: Jordi Velmor", "Jordi Velmor", "", "Jordi Velmor", "", false},
	{"Bomberos en Velmora. Fotos: Juana Velmorena y Pedro Roble / EFE", "Juana Velmorena y Pedro Roble / EFE", "EFE", "Juana Velmorena;Pedro Roble", "", false},
	{"Bomberos en Velmora. Foto: Archivo/Juana Velmorena", "Juana Velmorena", "", "Juana Velmorena", "", true},
	{"Bombeiros em Velmora. Marcelo Velmoro - 3.mar.2026/Folhapress", "Marcelo Velmoro - 3.mar.2026/Folhapress", "Folhapress", "Marcelo Velmoro", "", false},
	{"Bombeiros em Velmora. ANTÓNIO VELMORO/LUSA", "ANTÓNIO VELMORO/LUSA", "Lusa", "António Velmoro", "", false},
	{"Bombeiros em Velmora. Foto: Divulgação", "Divulgação", "", "", "handout", false},
	{"Bombeiros em Velmora. Foto: Divulgação/Prefeitura de Velmora", "Divulgação/Prefeitura de Velmora", "Prefeitura de Velmora", "", "handout", false},
	{"Bombeiros em Velmora. Imagem: Reprodução", "Reprodução", "", "", "handout", false},
	{"Bombeiros em Velmora. Foto: Marcelo Velmoro/Estadão", "Marcelo Velmoro/Estadão", "Estadão", "Marcelo Velmoro", "", false},
	{"Bombeiros em Velmora. (Foto: Marcelo Velmoro/Agência Brasil)\nUSO EDITORIAL EXCLUSIVO", "Marcelo Velmoro/Agência Brasil", "Agência Brasil", "Marcelo Velmoro", "", false},
	{"Bombeiros em Velmora. Foto de arquivo: Marcelo Velmoro/Folhapress", "Marcelo Velmoro/Folhapress", "Folhapress", "Marcelo Velmoro", "", true},
}

// Italian desks: ANSA's "(foto ANSA/Name)", "ANSA/UFFICIO STAMPA",
// LaPresse, "Foto d'archivio", "SOLO USO EDITORIALE". A press office or a
// police force after the agency, without a handout word or notice, is a
// partner, no handout source (as credit_invented_test.go pins
// "ANSA/UFFICIO STAMPA").
var italianCredits = []langCredit{
	{"Pompieri a Velmora. (foto ANSA/Gianni Velmori)", "ANSA/Gianni Velmori", "ANSA", "Gianni Velmori", "", false},
	{"Pompieri a Velmora. ANSA/UFFICIO STAMPA COMUNE DI VELMORA", "ANSA/UFFICIO STAMPA COMUNE DI VELMORA", "ANSA", "", "", false},
	{"Pompieri a Velmora. Foto LaPresse/Gianni Velmori", "LaPresse/Gianni Velmori", "LaPresse", "Gianni Velmori", "", false},
	{"Pompieri a Velmora. Foto Gianni Velmori/LaPresse", "Gianni Velmori/LaPresse", "LaPresse", "Gianni Velmori", "", false},
	{"Pompieri a Velmora. ANSA/GIANNI VELMORI SOLO USO EDITORIALE", "ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false},
	{"Pompieri a Velmora. Foto d'archivio (ANSA)", "ANSA", "ANSA", "", "", true},
	{"ANSA/GIANNI VELMORI\nPompieri a Velmora.", "ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false},
	{"Leader a Velmora. ANSA/UFFICIO STAMPA PALAZZO CHIGI/FILIPPO VELMORI +++ ANSA PROVIDES ACCESS TO THIS HANDOUT PHOTO +++", "ANSA/UFFICIO STAMPA PALAZZO CHIGI/FILIPPO VELMORI", "ANSA", "Filippo Velmori", "handout", false},
	{"Pompieri a Velmora. (ANSA/GIANNI VELMORI E PAOLO ROBLE)", "ANSA/GIANNI VELMORI E PAOLO ROBLE", "ANSA", "Gianni Velmori;Paolo Roble", "", false},
	{"Pompieri a Velmora. Foto: Gianni Velmori/Imagoeconomica", "Gianni Velmori/Imagoeconomica", "Imagoeconomica", "Gianni Velmori", "", false},
}

// Dutch, Flemish and Nordic desks: ANP, Belga, "Beeld:", TT, NTB,
// Lehtikuva's "Kuva:", Ritzau Scanpix, archive words, pools.
var northernCredits = []langCredit{
	{"Brandweerlieden in Velmora. (Foto: Belga)", "Belga", "Belga", "", "", false},
	{"Brandweerlieden in Velmora. Beeld: Robin van Velmen / de Velmoraan", "Robin van Velmen / de Velmoraan", "de Velmoraan", "Robin van Velmen", "", false},
	{"Brandweerlieden in Velmora. Foto: ANP / Hollandse Hoogte / Robin van Velmen", "ANP / Hollandse Hoogte / Robin van Velmen", "ANP", "Robin van Velmen", "", false},
	{"Brandweerlieden in Velmora. ANP / Robin van Velmen - NIET VOOR COMMERCIEEL GEBRUIK", "ANP / Robin van Velmen", "ANP", "Robin van Velmen", "", false},
	{"Brandweerlieden in Velmora. Archiefbeeld ANP / Robin van Velmen", "ANP / Robin van Velmen", "ANP", "Robin van Velmen", "", true},
	{"Brandweerlieden in Velmora. BELGA PHOTO POOL JEANNE ROUX", "BELGA PHOTO POOL JEANNE ROUX", "Belga", "Jeanne Roux", "pool", false},
	{"Palomiehet Velmorassa. Kuva: Lehtikuva", "Lehtikuva", "Lehtikuva", "", "", false},
	{"Palomiehet Velmorassa. KUVA: MATTI VELMONEN / LEHTIKUVA", "MATTI VELMONEN / LEHTIKUVA", "Lehtikuva", "Matti Velmonen", "", false},
	{"Brandmän i Velmora. Foto: Anna Velmlund / TT / Kod 10040", "Anna Velmlund / TT", "TT", "Anna Velmlund", "", false},
	{"Brannmenn i Velmora. Foto: Ole Velmo / NTB / POOL", "Ole Velmo / NTB / POOL", "NTB", "Ole Velmo", "pool", false},
	{"Brandmænd i Velmora. Foto: Mads Velmsen/Ritzau Scanpix\nNyhedsbillede", "Mads Velmsen/Ritzau Scanpix", "Ritzau Scanpix", "Mads Velmsen", "", false},
	{"Brandmän i Velmora. Foto: Anna Velmlund/TT\nArkivbild", "Anna Velmlund/TT", "TT", "Anna Velmlund", "", true},
	{"Foto: Ole Velmo / NTB\nBrannmenn i Velmora.", "Ole Velmo / NTB", "NTB", "Ole Velmo", "", false},
	{"Brandmän i Velmora. Bild: Anna Velmlund", "Anna Velmlund", "", "Anna Velmlund", "", false},
	{"Brandweerlieden in Velmora. Foto: ANP / ROBIN VAN VELMEN", "ANP / ROBIN VAN VELMEN", "ANP", "Robin van Velmen", "", false},
}

// Polish, Czech, Slovak and Turkish desks: PAP's "Fot. PAP/Name", ČTK's
// "Foto: ČTK/Name", TASR, Anadolu's "Foto: AA", DHA and İHA.
var easternCredits = []langCredit{
	{"Strażacy w Velmorze. fot. PAP/Jan Velmorski", "fot. PAP/Jan Velmorski", "PAP", "Jan Velmorski", "", false},
	{"Strażacy w Velmorze. Fot. PAP/EPA/JANE ROE", "Fot. PAP/EPA/JANE ROE", "PAP", "Jane Roe", "", false},
	{"Strażacy w Velmorze. PAP/Jan Velmorski/POOL", "PAP/Jan Velmorski/POOL", "PAP", "Jan Velmorski", "pool", false},
	{"Strażacy w Velmorze. Fot. Jan Velmorski / Agencja Wyborcza.pl\nTYLKO DO UŻYTKU REDAKCYJNEGO", "Fot. Jan Velmorski / Agencja Wyborcza.pl", "Agencja Wyborcza.pl", "Jan Velmorski", "", false},
	{"Hasiči ve Velmoře. Foto: ČTK/AP/Jane Roe", "ČTK/AP/Jane Roe", "CTK", "Jane Roe", "", false},
	{"Hasiči ve Velmoře. Foto: ČTK/Petr Velmora a Jan Roble", "ČTK/Petr Velmora a Jan Roble", "CTK", "Petr Velmora;Jan Roble", "", false},
	{"Hasiči ve Velmoře. Foto: ČTK", "ČTK", "CTK", "", "", false},
	{"Hasiči vo Velmore. Foto: TASR/Marek Velmor", "TASR/Marek Velmor", "TASR", "Marek Velmor", "", false},
	{"Velmora'da itfaiyeciler çalışıyor. Foto: AA", "AA", "Anadolu", "", "", false},
	{"Velmora'da itfaiyeciler çalışıyor. (DHA)", "DHA", "DHA", "", "", false},
	{"Velmora'da itfaiyeciler çalışıyor. (Fotoğraf: Mehmet Velmo/DHA)", "Mehmet Velmo/DHA", "DHA", "Mehmet Velmo", "", false},
	{"Velmora'da itfaiyeciler çalışıyor. (İHA)", "İHA", "IHA", "", "", false},
	{"Velmora'da itfaiyeciler çalışıyor. Fotoğraf: Ahmet Velmo / Anadolu Ajansı", "Ahmet Velmo / Anadolu Ajansı", "Anadolu", "Ahmet Velmo", "", false},
}

// Name suffixes, "(c)" for "©", "Provided by", run-together advisories:
// last round's leftovers.
var suffixCredits = []langCredit{
	{"Firefighters in Velmora. REUTERS/John Velmo Jr.", "REUTERS/John Velmo Jr.", "Reuters", "John Velmo Jr.", "", false},
	{"Firefighters in Velmora. (AP Photo/John Velmo III)", "AP Photo/John Velmo III", "AP", "John Velmo III", "", false},
	{"Firefighters in Velmora. John Velmo Sr./The Velmora Times", "John Velmo Sr./The Velmora Times", "The Velmora Times", "John Velmo Sr.", "", false},
	{"Firefighters in Velmora. (Photo by John Velmo Jr. / AFP)", "Photo by John Velmo Jr. / AFP", "AFP", "John Velmo Jr.", "", false},
	{"Pompiers à Velmora. (c) Jeanne Roux", "Jeanne Roux", "", "Jeanne Roux", "", false},
	{"Feuerwehrleute in Velmora. (c) Kay Velmer/dpa", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"Firefighters in Velmora. REUTERS/Jane Roe FOREDITORIALUSEONLY", "REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false},
	{"Firefighters in Velmora. EFE/Juana Velmorena POOL SOLO USO EDITORIAL", "EFE/Juana Velmorena POOL", "EFE", "Juana Velmorena", "pool", false},
}

// A second round of shapes, one or two a desk: the agency before the
// photographer, the agency alone in brackets or after a label in capitals,
// "Foto: privat", social networks, the labels of the Baltic, Balkan and
// Romanian desks. 48 of 52 written are kept here; left out: AFP's French
// "Photo Name. AFP" (no second source), "Estadão Conteúdo" (two registry
// rows, another engineer's), "Fot. PAP/EPA" (which agency distributes is
// not settled) and Lithuanian "ELTA nuotr." (a label after the name).
var secondRoundCredits = []langCredit{
	{"Ein Zug in Velmora. Foto: dpa/Kay Velmer", "dpa/Kay Velmer", "dpa", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: Kay Velmer (dpa)", "Kay Velmer (dpa)", "dpa", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Bild: Kay Velmer / IMAGO", "Kay Velmer / IMAGO", "IMAGO", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. FOTO: DPA", "DPA", "dpa", "", "", false},
	{"Ein Zug in Velmora. (Foto: dpa)", "dpa", "dpa", "", "", false},
	{"Ein Zug in Velmora. Foto: privat", "privat", "", "", "handout", false},
	{"Ein Zug in Velmora. © picture alliance / dpa", "picture alliance / dpa", "dpa", "", "", false},
	{"Des pompiers à Velmora. Photo AFP / Jeanne Roux", "AFP / Jeanne Roux", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. (Photo : Jeanne Roux / AFP)", "Jeanne Roux / AFP", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. © AFP / Jeanne Roux", "AFP / Jeanne Roux", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. (Crédit : Jeanne Roux/Le Velmorais)", "Jeanne Roux/Le Velmorais", "Le Velmorais", "Jeanne Roux", "", false},
	{"Bomberos en Velmora. (Foto: EFE)", "EFE", "EFE", "", "", false},
	{"Bomberos en Velmora. Foto: Juana Velmorena | El Velmorense", "Juana Velmorena | El Velmorense", "El Velmorense", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. Crédito: Juana Velmorena/EFE", "Juana Velmorena/EFE", "EFE", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. Juana Velmorena / EFE", "Juana Velmorena / EFE", "EFE", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. Agencia EFE", "Agencia EFE", "EFE", "", "", false},
	{"Bomberos en Velmora. Foto: AP / Jane Roe", "AP / Jane Roe", "AP", "Jane Roe", "", false},
	{"Pompieri a Velmora. Foto Ansa/Gianni Velmori", "Ansa/Gianni Velmori", "ANSA", "Gianni Velmori", "", false},
	{"Pompieri a Velmora. (Foto LaPresse)", "LaPresse", "LaPresse", "", "", false},
	{"Pompieri a Velmora. Credit: Gianni Velmori/LaPresse", "Gianni Velmori/LaPresse", "LaPresse", "Gianni Velmori", "", false},
	{"Bombeiros em Velmora. Foto: Agência Brasil", "Agência Brasil", "Agência Brasil", "", "", false},
	{"Bombeiros em Velmora. Foto: Reprodução/Redes sociais", "Reprodução/Redes sociais", "", "", "handout", false},
	{"Bombeiros em Velmora. Crédito: Marcelo Velmoro/AFP", "Marcelo Velmoro/AFP", "AFP", "Marcelo Velmoro", "", false},
	{"Bombeiros em Velmora. Foto: Lusa", "Lusa", "Lusa", "", "", false},
	{"Velmora'da itfaiyeciler. Fotoğraf: AA", "AA", "Anadolu", "", "", false},
	{"Velmora'da itfaiyeciler. (AA)", "AA", "Anadolu", "", "", false},
	{"Velmora'da itfaiyeciler. Foto: İHA", "İHA", "IHA", "", "", false},
	{"Strażacy w Velmorze. Fot. Jan Velmorski/East News", "Fot. Jan Velmorski/East News", "East News", "Jan Velmorski", "", false},
	{"Strażacy w Velmorze. Zdjęcie: PAP/Jan Velmorski", "PAP/Jan Velmorski", "PAP", "Jan Velmorski", "", false},
	{"Brandmän i Velmora. Foto: TT", "TT", "TT", "", "", false},
	{"Brannmenn i Velmora. Foto: Ole Velmo / NTB scanpix", "Ole Velmo / NTB scanpix", "NTB", "Ole Velmo", "", false},
	{"Πυροσβέστες στη Βελμόρα. ΦΩΤΟ: EUROKINISSI", "EUROKINISSI", "Eurokinissi", "", "", false},
	{"Πυροσβέστες στη Βελμόρα. (ΑΠΕ-ΜΠΕ)", "ΑΠΕ-ΜΠΕ", "ANA-MPA", "", "", false},
	{"Пожарные в Велморе. Фото: РИА Новости", "РИА Новости", "RIA Novosti", "", "", false},
	{"Пожарные в Велморе. © Иван Петровский/ТАСС", "Иван Петровский/ТАСС", "TASS", "Иван Петровский", "", false},
	{"Пожежники у Велморі. Фото: Олена Ковальчук/УНІАН", "Олена Ковальчук/УНІАН", "UNIAN", "Олена Ковальчук", "", false},
	{"Pompieri la Velmora. Sursa foto: Agerpres", "Agerpres", "Agerpres", "", "", false},
	{"Pompieri la Velmora. FOTO: Agerpres", "Agerpres", "Agerpres", "", "", false},
	{"Tűzoltók Velmorán. MTI Fotó: Kovács Jolán", "MTI Fotó: Kovács Jolán", "MTI", "Kovács Jolán", "", false},
	{"Vatrogasci u Velmori. (Foto: HINA)", "HINA", "Hina", "", "", false},
	{"Vatrogasci u Velmori. Foto: HINA/Damir Velmo", "HINA/Damir Velmo", "Hina", "Damir Velmo", "", false},
	{"Hasiči ve Velmoře. Foto: Petr Velmora, ČTK", "Petr Velmora, ČTK", "CTK", "Petr Velmora", "", false},
	{"Hasiči ve Velmoře. Autor: Petr Velmora", "Petr Velmora", "", "Petr Velmora", "", false},
	{"Hasiči vo Velmore. Foto: TASR", "TASR", "TASR", "", "", false},
	{"Ugunsdzēsēji Velmorā. Foto: LETA", "LETA", "LETA", "", "", false},
	{"Tuletõrjujad Velmoras. Foto: Mari Velmo / Postimees", "Mari Velmo / Postimees", "Postimees", "Mari Velmo", "", false},
	{"Bomberos en Velmora. (Foto: Agencia Uno/Archivo)", "Agencia Uno", "Agencia Uno", "", "", true},
	{"Bombers a Velmora. Foto: ACN", "ACN", "ACN", "", "", false},
}

// A third round: names of other languages (double surnames, particles in
// capitals, initials, hyphens), pools and archive marks after two names,
// IMAGO and picture alliance chains, and a photographer working for a
// paper in each language ("pour", "para", "voor"; a bare "Photo" label
// before such a chain). Of 35 written, three are left out: ANSA's desk
// initials ("/dlc") are cut from the credit by design, Italian "per" (no
// source for it as a client word), and German "für die Zeitung" (the
// article would be cut from the paper's name, which "for the Guardian"
// keeps: credit_values_test.go).
var thirdRoundCredits = []langCredit{
	{"Bomberos en Velmora. EFE/Juana Velmorena García", "EFE/Juana Velmorena García", "EFE", "Juana Velmorena García", "", false},
	{"Bomberos en Velmora. EFE/J.J. Velmorena", "EFE/J.J. Velmorena", "EFE", "J.J. Velmorena", "", false},
	{"Bomberos en Velmora. EFE/JUANA VELMORENA DE LA ROSA", "EFE/JUANA VELMORENA DE LA ROSA", "EFE", "Juana Velmorena de la Rosa", "", false},
	{"Bombeiros em Velmora. Foto: Marcelo Velmoro da Silva/Folhapress", "Marcelo Velmoro da Silva/Folhapress", "Folhapress", "Marcelo Velmoro da Silva", "", false},
	{"Bombeiros em Velmora. MARCELO VELMORO DOS SANTOS/LUSA", "MARCELO VELMORO DOS SANTOS/LUSA", "Lusa", "Marcelo Velmoro dos Santos", "", false},
	{"Brandweerlieden in Velmora. ANP / Robin van der Velmen", "ANP / Robin van der Velmen", "ANP", "Robin van der Velmen", "", false},
	{"Brandweerlieden in Velmora. ANP ROBIN VAN DER VELMEN", "ANP ROBIN VAN DER VELMEN", "ANP", "Robin van der Velmen", "", false},
	{"Ein Zug in Velmora. Foto: Kay von Velmer/dpa", "Kay von Velmer/dpa", "dpa", "Kay von Velmer", "", false},
	{"Strażacy w Velmorze. PAP/Jan Velmorski-Nowak", "PAP/Jan Velmorski-Nowak", "PAP", "Jan Velmorski-Nowak", "", false},
	{"Velmora'da itfaiyeciler. Fotoğraf: Ahmet Velmo Öztürk/AA", "Ahmet Velmo Öztürk/AA", "Anadolu", "Ahmet Velmo Öztürk", "", false},
	{"Des pompiers à Velmora. (Photo by Jean-Baptiste VELMONT / AFP)", "Photo by Jean-Baptiste VELMONT / AFP", "AFP", "Jean-Baptiste Velmont", "", false},
	{"Des pompiers à Velmora. (Photo by Jeanne DE LA VELMORE / AFP)", "Photo by Jeanne DE LA VELMORE / AFP", "AFP", "Jeanne de la Velmore", "", false},
	{"Pompieri a Velmora. ANSA/GIANNI DI VELMORI", "ANSA/GIANNI DI VELMORI", "ANSA", "Gianni di Velmori", "", false},
	{"Pompieri a Velmora. ANSA/ GIANNI VELMORI", "ANSA/ GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false},
	{"Bomberos en Velmora. EFE/ Juana Velmorena / POOL", "EFE/ Juana Velmorena / POOL", "EFE", "Juana Velmorena", "pool", false},
	{"Bomberos en Velmora. EFE/Juana Velmorena/Pool Moncloa", "EFE/Juana Velmorena/Pool Moncloa", "EFE", "Juana Velmorena", "pool", false},
	{"Bomberos en Velmora. Pool Moncloa/Juana Velmorena", "Pool Moncloa/Juana Velmorena", "", "Juana Velmorena", "pool", false},
	{"Bomberos en Velmora. EUROPA PRESS/J. Velmorena", "EUROPA PRESS/J. Velmorena", "Europa Press", "J. Velmorena", "", false},
	{"Bomberos en Velmora. Juana Velmorena / Europa Press", "Juana Velmorena / Europa Press", "Europa Press", "Juana Velmorena", "", false},
	{"Bomberos en Velmora. EFE/Juana Velmorena y Pedro Roble/Archivo", "EFE/Juana Velmorena y Pedro Roble", "EFE", "Juana Velmorena;Pedro Roble", "", true},
	{"Ein Zug in Velmora. Foto: Kay Velmer/dpa/Archiv\nDer Zug war pünktlich.", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", true},
	{"Ein Zug in Velmora. Foto: Kay Velmer/IMAGO/Velmora Press", "Kay Velmer/IMAGO/Velmora Press", "IMAGO", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: IMAGO/Velmora Press/Kay Velmer", "IMAGO/Velmora Press/Kay Velmer", "IMAGO", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: IMAGO/Kay Velmer/Velmora Press", "IMAGO/Kay Velmer/Velmora Press", "IMAGO", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: picture alliance/dpa/Kay Velmer", "picture alliance/dpa/Kay Velmer", "dpa", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: Kay Velmer/dpa/picture alliance", "Kay Velmer/dpa/picture alliance", "dpa", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: Kay Velmer/Velmora Zeitung", "Kay Velmer/Velmora Zeitung", "Velmora Zeitung", "Kay Velmer", "", false},
	{"Ein Zug in Velmora. Foto: Velmora Zeitung/Kay Velmer", "Velmora Zeitung/Kay Velmer", "Velmora Zeitung", "Kay Velmer", "", false},
	{"Des pompiers à Velmora. Photo Jeanne Roux pour Le Velmorais", "Jeanne Roux pour Le Velmorais", "Le Velmorais", "Jeanne Roux", "", false},
	{"Bomberos en Velmora. Foto: Juana Velmorena para El Velmorense", "Juana Velmorena para El Velmorense", "El Velmorense", "Juana Velmorena", "", false},
	{"Brandweerlieden in Velmora. Foto: Robin van Velmen voor de Velmoraan", "Robin van Velmen voor de Velmoraan", "de Velmoraan", "Robin van Velmen", "", false},
	{"Firefighters in Velmora. Photo Jane Roe for The Velmora Times", "Jane Roe for The Velmora Times", "The Velmora Times", "Jane Roe", "", false},
}

// A fourth round: what follows a credit in each language (editor's notes
// "NOTA DEL EDITOR:", "UWAGA:", "OBS:", "HUOM:", "POZOR:", which may call
// the picture an archive one; restriction blocks; a picture id; the
// fields of a publishing page, "| Ort:", "| Fecha:", "| Légende :"), the
// credit first or on its own line, two photographers. Of 27 written, two
// are left out: Dutch "LET OP:" (a two-word notice label no trailer class
// holds yet) and an AFP credit followed by Getty's in brackets (no
// convention says which to print).
var fourthRoundCredits = []langCredit{
	{"Ein Zug in Velmora. Foto: Kay Velmer/dpa | Ort: Velmora", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"Des pompiers à Velmora. Photo Jeanne Roux / AFP - NOTE DE LA RÉDACTION : cette image a été fournie par un tiers", "Jeanne Roux / AFP", "AFP", "Jeanne Roux", "", false},
	{"Des pompiers à Velmora. AFP PHOTO / JEANNE ROUX - RESTRICTED TO EDITORIAL USE", "AFP PHOTO / JEANNE ROUX", "AFP", "Jeanne Roux", "", false},
	{"Bomberos en Velmora. EFE/Juana Velmorena NOTA DEL EDITOR: imagen de archivo", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", true},
	{"Bomberos en Velmora. EFE/Juana Velmorena ATENCIÓN EDITORES: IMAGEN DE TERCEROS", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false},
	{"Pompieri a Velmora. ANSA/GIANNI VELMORI - NOTA: immagine diffusa dai vigili del fuoco", "ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false},
	{"Pompieri a Velmora. ANSA/GIANNI VELMORI +++ NO SALES +++", "ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false},
	{"Bombeiros em Velmora. LUSA/ANTÓNIO VELMORO - NOTA: imagem cedida pelos bombeiros", "LUSA/ANTÓNIO VELMORO", "Lusa", "António Velmoro", "", false},
	{"Strażacy w Velmorze. Fot. PAP/Jan Velmorski UWAGA: zdjęcie archiwalne", "Fot. PAP/Jan Velmorski", "PAP", "Jan Velmorski", "", true},
	{"Brandmän i Velmora. Foto: Anna Velmlund/TT OBS: bilden är en arkivbild", "Anna Velmlund/TT", "TT", "Anna Velmlund", "", true},
	{"Firefighters in Velmora. REUTERS/Jane Roe RC2ABC9XYZ01", "REUTERS/Jane Roe", "Reuters", "Jane Roe", "", false},
	{"(Foto: EFE) Bomberos en Velmora trabajan este martes.", "EFE", "EFE", "", "", false},
	{"Kay Velmer/dpa\nEin Zug fährt durch Velmora.", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"© Jeanne Roux / Hans Lucas\nDes pompiers à Velmora.", "Jeanne Roux / Hans Lucas", "Hans Lucas", "Jeanne Roux", "", false},
	{"Ein Zug in Velmora. Foto: Kay Velmer & Ole Brandt/dpa", "Kay Velmer & Ole Brandt/dpa", "dpa", "Kay Velmer;Ole Brandt", "", false},
	{"Des pompiers à Velmora. Photos Jeanne Roux, Paul Velmont / AFP", "Jeanne Roux, Paul Velmont / AFP", "AFP", "Jeanne Roux;Paul Velmont", "", false},
	{"Bomberos en Velmora. EFE/Juana Velmorena, Pedro Roble", "EFE/Juana Velmorena, Pedro Roble", "EFE", "Juana Velmorena;Pedro Roble", "", false},
	{"Pompieri a Velmora. Foto: Gianni Velmori e Paolo Roble/LaPresse", "Gianni Velmori e Paolo Roble/LaPresse", "LaPresse", "Gianni Velmori;Paolo Roble", "", false},
	{"Ein Zug in Velmora.\nFoto: Kay Velmer/dpa\nBildunterschrift: Der Zug in Velmora.", "Kay Velmer/dpa", "dpa", "Kay Velmer", "", false},
	{"Bomberos en Velmora. Foto: EFE/Juana Velmorena | Fecha: 03/03/2026", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false},
	{"Des pompiers à Velmora. Crédit photo : Jeanne Roux / Le Velmorais | Légende : pompiers", "Jeanne Roux / Le Velmorais", "Le Velmorais", "Jeanne Roux", "", false},
	{"Bomberos en Velmora. EFE/Juana Velmorena/Archivo SOLO USO EDITORIAL", "EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", true},
	{"Velmora'da itfaiyeciler çalışıyor. Fotoğraf: Ahmet Velmo / AA - NOT: arşiv fotoğrafı", "Ahmet Velmo / AA", "Anadolu", "Ahmet Velmo", "", true}, // restrict4: "NOTE: archive photo" marks an archive picture (lexicon tr/file_photo)
	{"Palomiehet Velmorassa. Kuva: Matti Velmonen / Lehtikuva HUOM: arkistokuva", "Matti Velmonen / Lehtikuva", "Lehtikuva", "Matti Velmonen", "", true},
	{"Hasiči ve Velmoře. Foto: ČTK/Petr Velmora POZOR: archivní snímek", "ČTK/Petr Velmora", "CTK", "Petr Velmora", "", true},
}
