package caption

import "testing"

// TestCreditDeskShapes: the shapes of issue 14's credits that text after
// them, a page's labels or a desk's archive marks used to hide.
func TestCreditDeskShapes(t *testing.T) { checkCreditCases(t, creditDeskCases) }

var creditDeskCases = []creditCase{
	// A unit's press service named by its number: an ordinal inside a
	// slash chain; outside a chain an ordinal is prose.
	{"Recruits train in Velmora region, Northland August 11, 2025. Jane Quillfeather/Press Service of the 12th Brigade of the Northland Army/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY",
		creditWant{"Jane Quillfeather/Press Service of the 12th Brigade of the Northland Army/Handout via REUTERS", "Reuters", "Jane Quillfeather", "handout", false}},
	{"Veterans parade in Velmora. The 3rd Brigade Band", creditWant{}},
	{"Fans cheer in Velmora on May 3, 2024. Jane Quillfeather/NORTHWIND1", creditWant{"Jane Quillfeather/NORTHWIND1", "NORTHWIND1", "Jane Quillfeather", "", false}},
	{"Fans cheer in Velmora on May 3, 2024. REUTERS/Jane Quillfeather 2024", creditWant{}},
	// Reuters' keyword group after the credit is no credit.
	{"Leaders meet in Velmora March 7, 2013. REUTERS/Ines Marwood (NORTHLAND - Tags: POLITICS TPX IMAGES OF THE DAY) ATTENTION EDITORS - THIS PICTURE WAS PROVIDED BY A THIRD PARTY.",
		creditWant{"REUTERS/Ines Marwood", "Reuters", "Ines Marwood", "", false}},
	{"Leaders meet in Velmora March 7, 2013. REUTERS/Ines Marwood (NORTHLAND - Tags: POLITICS SOCIETY)", creditWant{"REUTERS/Ines Marwood", "Reuters", "Ines Marwood", "", false}},
	// Corbis' own credit line, appended after the partner's, is printed.
	{"Fans at a game in Velmora. (Credit Image: © Ines Marwood/Northwind Press) --- Image by © Ines Marwood/Larkspur/Corbis",
		creditWant{"Ines Marwood/Larkspur/Corbis", "Corbis", "Ines Marwood", "", false}},
	{"An image by the artist hangs in Velmora. REUTERS/Ines Marwood", creditWant{"REUTERS/Ines Marwood", "Reuters", "Ines Marwood", "", false}},
	// A picture id or ingest code after the credit is cut.
	{"Soldiers patrol in Velmora, May 3, 2024. REUTERS/Jane Quillfeather RC2A4B6C8D0E", creditWant{"REUTERS/Jane Quillfeather", "Reuters", "Jane Quillfeather", "", false}},
	{"Soldiers patrol in Velmora, May 3, 2024. REUTERS/Jane Quillfeather/File Photo RC2A4B6C8D0E", creditWant{"REUTERS/Jane Quillfeather", "Reuters", "Jane Quillfeather", "", true}},
	{"Soldiers patrol in Velmora, Friday, May 3, 2024. AP Photo/Jane Quillfeather XEN101", creditWant{"AP Photo/Jane Quillfeather", "AP", "Jane Quillfeather", "", false}},
	{"Fans cheer in Velmora. Jane Quillfeather/NORTHWIND", creditWant{"Jane Quillfeather/NORTHWIND", "NORTHWIND", "Jane Quillfeather", "", false}},
	// dpa's "/Symbolbild" closes the credit and marks no archive picture.
	{"Ein Streifenwagen steht in Velmora. Foto: Jana Quillfeather/dpa/Symbolbild", creditWant{"Jana Quillfeather/dpa", "dpa", "Jana Quillfeather", "", false}},
	{"Ein Streifenwagen steht in Velmora. Foto: Jana Quillfeather/dpa/Archivbild", creditWant{"Jana Quillfeather/dpa", "dpa", "Jana Quillfeather", "", true}},
	{"Un policía en Velmora. EFE/Juan Quillfeather/Archivo", creditWant{"EFE/Juan Quillfeather", "EFE", "Juan Quillfeather", "", true}},
	{"Un policier à Velmora. Photo : Jean Quillfeather/AFP/Archives", creditWant{"Jean Quillfeather/AFP", "AFP", "Jean Quillfeather", "", true}},
	{"Ein Polizist in Velmora. Foto: Jana Quillfeather/dpa/Archiv", creditWant{"Jana Quillfeather/dpa", "dpa", "Jana Quillfeather", "", true}},
	// Publishing pages: a source label introduces the credit; the
	// page's fields after it end it.
	{"Ein Streifenwagen steht in Velmora. Quelle: dpa", creditWant{"dpa", "dpa", "", "", false}},
	{"Un coche de policía en Velmora. Fuente: EFE", creditWant{"EFE", "EFE", "", "", false}},
	{"Une voiture de police à Velmora. Source : AFP", creditWant{"AFP", "AFP", "", "", false}},
	{"Ein Streifenwagen steht in Velmora. Foto: dpa/Jana Quillfeather | Ort: Velmora | Datum: 03.05.2024", creditWant{"dpa/Jana Quillfeather", "dpa", "Jana Quillfeather", "", false}},
	{"Un coche en Velmora. Foto: EFE/Juan Quillfeather | Lugar: Velmora", creditWant{"EFE/Juan Quillfeather", "EFE", "Juan Quillfeather", "", false}},
	{"Source: the ministry said the figures were wrong.", creditWant{}},
	// The archive openers of the Spanish and French desks.
	{"ARCHIVO - Un policía en Velmora. EFE/Juan Quillfeather", creditWant{"EFE/Juan Quillfeather", "EFE", "Juan Quillfeather", "", true}},
	{"ARCHIVES - Un policier à Velmora. Jean Quillfeather/AFP", creditWant{"Jean Quillfeather/AFP", "AFP", "Jean Quillfeather", "", true}},
	// Getty's IPTC glues AFP's line to its own: the name written twice.
	{"A skier trains in Velmora. AFP PHOTO / JANE QUILLFEATHERJANE QUILLFEATHER/AFP/Getty Images", creditWant{"JANE QUILLFEATHER/AFP/Getty Images", "Getty Images", "Jane Quillfeather", "agency", false}},
	{"A skier trains in Velmora. REUTERS/Jo Jo", creditWant{"REUTERS/Jo Jo", "Reuters", "Jo Jo", "", false}},
	// AFP's French publisher credit keeps its HANDOUT.
	{"Cette photographie prise le 8 juillet 2023 montre le président à Velmora.\n\nAFP - HANDOUT", creditWant{"AFP - HANDOUT", "AFP", "", "handout", false}},
}
