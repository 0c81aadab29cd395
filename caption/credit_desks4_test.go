package caption

import (
	"slices"
	"strings"
	"testing"
)

// Issue 14, item 3: wire credits as newspapers and web desks re-edit them
// (the Guardian's "Photograph:", "Credit: Name for The X", Australian
// papers' "Supplied", the New York Times' "(Name/The X via AP)", Al
// Jazeera's "[Name/Al Jazeera]", Getty's partners "via Getty Images",
// Shutterstock's "Mandatory Credit: Photo by …"), credits at the start or
// on a line of their own, two credits for a diptych, two photographers,
// and credits followed by a desk's trailers (picture ids, slugs, "MORE
// IMAGES", "Read more"), in English and in German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Czech and Scandinavian desks'
// forms. Names, places and captions are invented. Expectations were
// written by CONVENTIONS.md and the corpus README's scoring before the
// parser was run; desk4KnownMisses are the cases it still reads wrong.

// desk4Case is a caption and what the corpus scoring compares: the credit
// (folded as foldCredit does), the agency (aliases and "A (via B)"
// folded), the photographers (";"-joined, a set) and the source kind
// (handout or pool; a relayed partner agency scores as none).
type desk4Case struct{ in, credit, agency, photographers, source string }

// TestDeskCredits4 scores each case; a case in desk4KnownMisses must still
// fail, so that a fix is noticed and the case taken out of the list.
func TestDeskCredits4(t *testing.T) {
	pass := map[string]int{}
	total := map[string]int{}
	for _, cl := range desk4Classes {
		for _, tc := range cl.cases {
			total[cl.name]++
			c, src, ph := parseScored(t, tc.in)
			ok := foldCredit(c.Credit) == foldCredit(tc.credit) &&
				(tc.agency == "" && c.Agency == "" || tc.agency != "" && agencyMatches(tc.agency, c.Agency)) &&
				foldedSet(c.Photographers) == foldedSet(splitNames(tc.photographers)) && src == tc.source
			if ok {
				pass[cl.name]++
			}
			switch known := slices.Contains(desk4KnownMisses, tc.in); {
			case !ok && !known:
				t.Errorf("%s: %q\n got credit %q agency %q photographers %q source %q\nwant %q %q %q %q", cl.name, tc.in,
					c.Credit, c.Agency, ph, src, tc.credit, tc.agency, tc.photographers, tc.source)
			case ok && known:
				t.Errorf("%s: %q now passes: take it out of desk4KnownMisses", cl.name, tc.in)
			}
		}
	}
	for _, cl := range desk4Classes {
		t.Logf("desk credits %-12s %3d/%3d", cl.name, pass[cl.name], total[cl.name])
	}
}

var desk4Classes = []struct {
	name  string
	cases []desk4Case
}{
	{"en-labels", []desk4Case{
		{"Firefighters tackle a blaze at a warehouse in Velmora on Tuesday. Photograph: Jane Roe/Reuters", "Photograph: Jane Roe/Reuters", "Reuters", "Jane Roe", ""},
		{"Commuters wait at a flooded station in Velmora. Photograph: Anadolu Agency/Getty Images", "Photograph: Anadolu Agency/Getty Images", "Anadolu (via Getty Images)", "", ""},
		{"Tourists queue outside the museum in Velmora. Photograph: Tom Hale/PA", "Photograph: Tom Hale/PA", "PA", "Tom Hale", ""},
		{"A heron wades in the marshes near Velmora. Photograph: Ines Marwood/Alamy", "Photograph: Ines Marwood/Alamy", "Alamy", "Ines Marwood", ""},
		{"Protesters march through central Velmora. Photograph: Jane Roe/EPA", "Photograph: Jane Roe/EPA", "EPA", "Jane Roe", ""},
		{"The new bridge over the Velm river. Photograph: Handout", "Photograph: Handout", "", "", "handout"},
		{"Miners leave the pit at Velmora colliery. Credit: Jane Roe for The Velmora Gazette", "Jane Roe for The Velmora Gazette", "The Velmora Gazette", "Jane Roe", ""},
		{"A rescue boat off the coast of Velmora. Picture: Tom Hale/Velmora Courier", "Tom Hale/Velmora Courier", "Velmora Courier", "Tom Hale", ""},
		{"The damaged roof of the school in Velmora. Image: Jane Roe/AFP", "Jane Roe/AFP", "AFP", "Jane Roe", ""},
		{"Volunteers clear debris in Velmora. Image: Supplied", "Supplied", "", "", "handout"},
		{"A koala in the burnt forest near Velmora. Supplied", "Supplied", "", "", "handout"},
		{"A drone hovers over a field in Velmora. Photo illustration by Jane Roe/The Velmora Times", "Photo illustration by Jane Roe/The Velmora Times", "The Velmora Times", "Jane Roe", ""},
		{"Delegates arrive for the summit in Velmora. (Jane Roe/The Velmora Times via AP)", "Jane Roe/The Velmora Times via AP", "The Velmora Times (via AP)", "Jane Roe", ""},
		{"Displaced families shelter in a school in Velmora. [Omar Haddar/Al Jazeera]", "Omar Haddar/Al Jazeera", "Al Jazeera", "Omar Haddar", ""},
		{"Smoke rises over the port of Velmora. Jane Roe | Reuters", "Jane Roe | Reuters", "Reuters", "Jane Roe", ""},
		{"FILE - A ferry leaves the harbour in Velmora, Norland, May 3, 2019. (AP Photo/Jane Roe, File)", "AP Photo/Jane Roe, File", "AP", "Jane Roe", ""},
		{"Riot police stand guard in Velmora. Photo: Jean Roux/AFP via Getty Images", "Jean Roux/AFP via Getty Images", "AFP (via Getty Images)", "Jean Roux", ""},
		{"Runners cross the finish line in Velmora. Photo: Jane Roe/Getty Images", "Jane Roe/Getty Images", "Getty Images", "Jane Roe", ""},
		{"A worker at a textile factory in Velmora. Photo courtesy of the Velmora Textile Union", "Photo courtesy of the Velmora Textile Union", "Velmora Textile Union", "", "handout"},
		{"An aerial view of the dam near Velmora. Photo: Velmora Water Authority", "Velmora Water Authority", "Velmora Water Authority", "", ""},
	}},
	{"via-getty", []desk4Case{
		{"Activists hold banners in Velmora on March 3, 2026. (Photo by Jane Roe/NurPhoto via Getty Images)", "Jane Roe/NurPhoto via Getty Images", "NurPhoto (via Getty Images)", "Jane Roe", ""},
		{"Shoppers walk past closed stores in Velmora. (Photo by Jane Roe/SOPA Images/LightRocket via Getty Images)", "Jane Roe/SOPA Images/LightRocket via Getty Images", "SOPA Images (via Getty Images)", "Jane Roe", ""},
		{"Police detain a man in Velmora. (Photo by Jane Roe/Anadolu via Getty Images)", "Jane Roe/Anadolu via Getty Images", "Anadolu (via Getty Images)", "Jane Roe", ""},
		{"Workers repair a power line in Velmora. (Photo by Jane Roe/Middle East Images/AFP via Getty Images)", "Jane Roe/Middle East Images/AFP via Getty Images", "AFP (via Getty Images)", "Jane Roe", ""},
		{"Farmers block a highway near Velmora. (Photo by Jane Roe/ZUMA Press Wire via Getty Images)", "Jane Roe/ZUMA Press Wire via Getty Images", "ZUMA Press (via Getty Images)", "Jane Roe", ""},
		{"A model walks the runway in Velmora. (Photo by Jane Roe/WWD via Getty Images)", "Jane Roe/WWD via Getty Images", "WWD (via Getty Images)", "Jane Roe", ""},
		{"Fans celebrate in Velmora. (Photo by Jane Roe/Sipa USA via Getty Images)", "Jane Roe/Sipa USA via Getty Images", "Sipa USA (via Getty Images)", "Jane Roe", ""},
		{"Delegates vote in Velmora. (Photo by Jane Roe/Bloomberg via Getty Images)", "Jane Roe/Bloomberg via Getty Images", "Bloomberg (via Getty Images)", "Jane Roe", ""},
		{"Cyclists race through Velmora. (Photo by Jane Roe/Velo/Getty Images)", "Jane Roe/Velo/Getty Images", "Getty Images", "Jane Roe", ""},
		{"Demonstrators gather in Velmora. (Photo by Jane Roe/picture alliance via Getty Images)", "Jane Roe/picture alliance via Getty Images", "picture alliance (via Getty Images)", "Jane Roe", ""},
		{"A ship docks in Velmora. Jane Roe/Sipa USA", "Jane Roe/Sipa USA", "Sipa USA", "Jane Roe", ""},
		{"A tram in Velmora. Jane Roe/ZUMA Wire", "Jane Roe/ZUMA Wire", "ZUMA Press", "Jane Roe", ""},
	}},
	{"shutterstock", []desk4Case{
		{"Mandatory Credit: Photo by Jane Roe/Shutterstock (15501234c)\nFirefighters at the scene\nWarehouse fire, Velmora, Norland - 03 Mar 2026", "Jane Roe/Shutterstock", "Shutterstock", "Jane Roe", ""},
		{"Mandatory Credit: Photo by Jane Roe/EPA-EFE/Shutterstock (15501234d)\nA protester waves a flag\nProtest, Velmora, Norland - 03 Mar 2026", "Jane Roe/EPA-EFE/Shutterstock", "Shutterstock", "Jane Roe", ""},
		{"Mandatory Credit: Photo by Velmora Police/Shutterstock (15501234e)\nThe seized boat\nDrug haul, Velmora, Norland - 03 Mar 2026", "Velmora Police/Shutterstock", "Shutterstock", "", ""},
		{"EDITORIAL USE ONLY\nMandatory Credit: Photo by Jane Roe/ITV/Shutterstock (15501234f)\nThe presenters on set\n'Morning Show' TV show, London, UK - 03 Mar 2026", "Jane Roe/ITV/Shutterstock", "Shutterstock", "Jane Roe", ""},
		{"Mandatory Credit: Photo by Jane Roe/Shutterstock (15501234g)\nThe singer performs on stage\nConcert, Velmora, Norland - 03 Mar 2026\nMORE IMAGES", "Jane Roe/Shutterstock", "Shutterstock", "Jane Roe", ""},
		{"The singer performs on stage in Velmora. Jane Roe/Shutterstock", "Jane Roe/Shutterstock", "Shutterstock", "Jane Roe", ""},
	}},
	{"credit-first", []desk4Case{
		{"REUTERS/Jane Roe\nFirefighters tackle a blaze at a warehouse in Velmora, Norland, March 3, 2026.", "REUTERS/Jane Roe", "Reuters", "Jane Roe", ""},
		{"(Photo: Jane Roe/AFP) Firefighters tackle a blaze at a warehouse in Velmora.", "Jane Roe/AFP", "AFP", "Jane Roe", ""},
		{"Photo: Jane Roe/dpa\nFirefighters tackle a blaze at a warehouse in Velmora.", "Jane Roe/dpa", "dpa", "Jane Roe", ""},
		{"Credit: Tom Hale/PA Wire\nFirefighters tackle a blaze at a warehouse in Velmora.", "Tom Hale/PA Wire", "PA", "Tom Hale", ""},
		{"Firefighters tackle a blaze at a warehouse in Velmora.\nAP Photo/Jane Roe", "AP Photo/Jane Roe", "AP", "Jane Roe", ""},
		{"Firefighters tackle a blaze at a warehouse in Velmora.\n\nPhoto: Jane Roe/EPA\n", "Jane Roe/EPA", "EPA", "Jane Roe", ""},
		{"Pictured: Velmora's mayor Jane Roe at the opening of the bridge on Monday. Photograph: Tom Hale/PA", "Photograph: Tom Hale/PA", "PA", "Tom Hale", ""},
		{"Pictured: Firefighters at the scene in Velmora. Picture: Velmora Fire Service", "Velmora Fire Service", "Velmora Fire Service", "", ""},
		{"PICTURED: The wreck of the trawler off Velmora. Credit: Velmora Coastguard/Supplied", "Velmora Coastguard/Supplied", "Velmora Coastguard", "", "handout"},
	}},
	{"two-credits", []desk4Case{
		{"Left: the old town hall in 1950; right: the same view today. Left: Velmora City Archive; right: Jane Roe/Reuters", "Velmora City Archive; Jane Roe/Reuters", "Reuters", "Jane Roe", ""},
		{"The minister (left) and her rival. Photos by Jane Roe and Tom Hale", "Photos by Jane Roe and Tom Hale", "", "Jane Roe;Tom Hale", ""},
		{"Fans in Velmora. Photos: Jane Roe and Tom Hale/Reuters", "Jane Roe and Tom Hale/Reuters", "Reuters", "Jane Roe;Tom Hale", ""},
		{"The final in Velmora. Photographs: Jane Roe/AFP; Tom Hale/Getty Images", "Photographs: Jane Roe/AFP; Tom Hale/Getty Images", "AFP", "Jane Roe;Tom Hale", ""},
		{"Fans in Velmora. Pictures by Jane Roe and Tom Hale", "Pictures by Jane Roe and Tom Hale", "", "Jane Roe;Tom Hale", ""},
		{"A composite of two views of Velmora. Jane Roe/Reuters and Tom Hale/AFP", "Jane Roe/Reuters and Tom Hale/AFP", "Reuters", "Jane Roe;Tom Hale", ""},
	}},
	{"en-trailers", []desk4Case{
		{"Firefighters tackle a blaze in Velmora, Norland, March 3, 2026. REUTERS/Jane Roe MORE IMAGES", "REUTERS/Jane Roe", "Reuters", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Photograph: Jane Roe/Reuters Read more", "Photograph: Jane Roe/Reuters", "Reuters", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. (AP Photo/Jane Roe) APTOPIX VELMORA FIRE", "AP Photo/Jane Roe", "AP", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Photo: Jane Roe/AFP. Read more: Velmora fire spreads to docks", "Jane Roe/AFP", "AFP", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. REUTERS/Jane Roe\nPicture ID: 20260303-VEL-014", "REUTERS/Jane Roe", "Reuters", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Jane Roe/AFP\nSLUG: NORLAND-FIRE", "Jane Roe/AFP", "AFP", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Jane Roe/Alamy Live News", "Jane Roe/Alamy Live News", "Alamy", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Credit: Jane Roe/Alamy Live News. Image ID: 2XYZ123", "Jane Roe/Alamy Live News", "Alamy", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Credit: Jane Roe/Alamy Live News/Alamy Live News", "Jane Roe/Alamy Live News/Alamy Live News", "Alamy", "Jane Roe", ""},
		{"Firefighters tackle a blaze in Velmora. Credit: Velmora Pictures/Alamy Live News", "Velmora Pictures/Alamy Live News", "Alamy", "", ""},
		{"Firefighters tackle a blaze in Velmora. (Photo by Jane Roe/Getty Images) (Photo by Jane Roe/Getty Images)", "Jane Roe/Getty Images", "Getty Images", "Jane Roe", ""},
		{"Officials receive the envoy in Velmora on March 3, 2026. (SPA)", "SPA", "SPA", "", "handout"},
		{"Officials receive the envoy in Velmora on March 3, 2026. (WAM)", "WAM", "WAM", "", "handout"},
		{"Firefighters tackle a blaze in Velmora. (Jane Roe/Velmora Herald) ***MORE PHOTOS***", "Jane Roe/Velmora Herald", "Velmora Herald", "Jane Roe", ""},
	}},
	{"de", []desk4Case{
		{"Feuerwehrleute löschen einen Brand in Velmora. +++ dpa-Bildfunk +++ Foto: Jana Velmer/dpa", "Jana Velmer/dpa", "dpa", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Foto: Jana Velmer/dpa +++ dpa-Bildfunk +++", "Jana Velmer/dpa", "dpa", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Foto: Jana Velmer/dpa/picture alliance", "Jana Velmer/dpa/picture alliance", "dpa", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Bild: Keystone/Jana Velmer", "Keystone/Jana Velmer", "Keystone", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. © Jana Velmer/APA/picturedesk.com", "Jana Velmer/APA/picturedesk.com", "APA", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Fotos: Jana Velmer, Kai Moor", "Jana Velmer, Kai Moor", "", "Jana Velmer;Kai Moor", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Foto: Jana Velmer/Velmorer Zeitung", "Jana Velmer/Velmorer Zeitung", "Velmorer Zeitung", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Foto: Feuerwehr Velmora/dpa", "Feuerwehr Velmora/dpa", "dpa", "", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Foto: IMAGO/Jana Velmer", "IMAGO/Jana Velmer", "Imago", "Jana Velmer", ""},
		{"Feuerwehrleute löschen einen Brand in Velmora. Foto: Jana Velmer/dpa - ACHTUNG: Nur zur redaktionellen Verwendung im Zusammenhang mit der Berichterstattung", "Jana Velmer/dpa", "dpa", "Jana Velmer", ""},
		{"Feuerwehr Velmora Brand Lagerhalle Copyright: xJanaxVelmerx", "Copyright: xJanaxVelmerx", "Imago", "Jana Velmer", ""},
		{"Feuerwehr Velmora Brand Lagerhalle PUBLICATIONxINxGERxSUIxAUTxONLY Copyright: xJanaxVelmerx", "Copyright: xJanaxVelmerx", "Imago", "Jana Velmer", ""},
		{"Feuerwehr Velmora Brand Lagerhalle Copyright: xJanaxVelmerx/xFuturexImagex", "Copyright: xJanaxVelmerx/xFuturexImagex", "Future Image (via IMAGO)", "Jana Velmer", ""},
		{"Feuerwehr Velmora Brand Lagerhalle Copyright: imago/Jana Velmer", "imago/Jana Velmer", "Imago", "Jana Velmer", ""},
	}},
	{"fr", []desk4Case{
		{"Des pompiers luttent contre un incendie à Velmora. Photo Jeanne Roux. AFP", "Jeanne Roux. AFP", "AFP", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. Photo Jeanne Roux / AFP", "Jeanne Roux / AFP", "AFP", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. (Jeanne Roux/AFP)", "Jeanne Roux/AFP", "AFP", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. © Jeanne Roux / Le Courrier de Velmora", "Jeanne Roux / Le Courrier de Velmora", "Le Courrier de Velmora", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. Crédit photo : Jeanne Roux / Hans Lucas via AFP", "Jeanne Roux / Hans Lucas via AFP", "Hans Lucas (via AFP)", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. PHOTO JEANNE ROUX / AFP", "JEANNE ROUX / AFP", "AFP", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. Photo d'illustration Jeanne Roux / MAXPPP", "Jeanne Roux / MAXPPP", "MAXPPP", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. © Jeanne Roux / PHOTOPQR / LE COURRIER / MAXPPP", "Jeanne Roux / PHOTOPQR / LE COURRIER / MAXPPP", "PhotoPQR (via Maxppp)", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. Photo : Jeanne Roux / Reuters. Lire aussi : l'incendie a repris", "Jeanne Roux / Reuters", "Reuters", "Jeanne Roux", ""},
		{"Des pompiers luttent contre un incendie à Velmora. Photo DR", "DR", "", "", ""},
	}},
	{"es", []desk4Case{
		{"Bomberos sofocan un incendio en Velmora. EFE/Juan Roble", "EFE/Juan Roble", "EFE", "Juan Roble", ""},
		{"Bomberos sofocan un incendio en Velmora. Foto: Juan Roble / Europa Press", "Juan Roble / Europa Press", "Europa Press", "Juan Roble", ""},
		{"Bomberos sofocan un incendio en Velmora. Juan Roble (EFE)", "Juan Roble (EFE)", "EFE", "Juan Roble", ""},
		{"Bomberos sofocan un incendio en Velmora. FOTO: JUAN ROBLE / EL DIARIO DE VELMORA", "JUAN ROBLE / EL DIARIO DE VELMORA", "El Diario de Velmora", "Juan Roble", ""},
		{"Bomberos sofocan un incendio en Velmora. EFE/ Juan Roble MÁS FOTOS", "EFE/ Juan Roble", "EFE", "Juan Roble", ""},
		{"Bomberos sofocan un incendio en Velmora. Foto: Ayuntamiento de Velmora", "Ayuntamiento de Velmora", "Ayuntamiento de Velmora", "", ""},
		{"Bomberos sofocan un incendio en Velmora. Imagen cedida por los Bomberos de Velmora", "Imagen cedida por los Bomberos de Velmora", "Bomberos de Velmora", "", "handout"},
		{"Bomberos sofocan un incendio en Velmora. Foto: Cedida", "Cedida", "", "", "handout"},
		{"Bomberos sofocan un incendio en Velmora. Foto: Captura de video", "Captura de video", "", "", "screengrab"},
		{"Firefighters tackle a blaze in Velmora. Photo: Screengrab", "Screengrab", "", "", "screengrab"},
		{"Bomberos sofocan un incendio en Velmora. Juan Roble / AFP vía Getty Images", "Juan Roble / AFP vía Getty Images", "AFP (via Getty Images)", "Juan Roble", ""},
	}},
	{"it", []desk4Case{
		{"Vigili del fuoco spengono un incendio a Velmora. ANSA/GIANNI VELMORI", "ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", ""},
		{"Vigili del fuoco spengono un incendio a Velmora. (Foto: Gianni Velmori/LaPresse)", "Gianni Velmori/LaPresse", "LaPresse", "Gianni Velmori", ""},
		{"Vigili del fuoco spengono un incendio a Velmora. Foto di Gianni Velmori / Ansa", "Gianni Velmori / Ansa", "ANSA", "Gianni Velmori", ""},
		{"Vigili del fuoco spengono un incendio a Velmora. Foto Gianni Velmori/Imagoeconomica", "Gianni Velmori/Imagoeconomica", "Imagoeconomica", "Gianni Velmori", ""},
		{"Vigili del fuoco spengono un incendio a Velmora. ANSA/UFFICIO STAMPA VIGILI DEL FUOCO +++ ANSA PROVIDES ACCESS TO THIS HANDOUT PHOTO TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING +++", "ANSA/UFFICIO STAMPA VIGILI DEL FUOCO", "ANSA", "", "handout"},
	}},
	{"pt", []desk4Case{
		{"Bombeiros combatem um incêndio em Velmora. Foto: Marcelo Velmoro/Folhapress", "Marcelo Velmoro/Folhapress", "Folhapress", "Marcelo Velmoro", ""},
		{"Bombeiros combatem um incêndio em Velmora. (Foto: Marcelo Velmoro/Agência Brasil)", "Marcelo Velmoro/Agência Brasil", "Agência Brasil", "Marcelo Velmoro", ""},
		{"Bombeiros combatem um incêndio em Velmora. MARCELO VELMORO/LUSA", "MARCELO VELMORO/LUSA", "Lusa", "Marcelo Velmoro", ""},
		{"Bombeiros combatem um incêndio em Velmora. Marcelo Velmoro/Estadão Conteúdo", "Marcelo Velmoro/Estadão Conteúdo", "Estadão Conteúdo", "Marcelo Velmoro", ""},
		{"Bombeiros combatem um incêndio em Velmora. Foto: Divulgação/Prefeitura de Velmora", "Divulgação/Prefeitura de Velmora", "Prefeitura de Velmora", "", "handout"},
	}},
	{"nl", []desk4Case{
		{"Brandweerlieden blussen een brand in Velmora. ANP / Piet Vandorn", "ANP / Piet Vandorn", "ANP", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. Foto: ANP / Piet Vandorn LET OP: ALLEEN VOOR REDACTIONEEL GEBRUIK", "ANP / Piet Vandorn", "ANP", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. ANP PIET VANDORN", "ANP PIET VANDORN", "ANP", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. Foto: Piet Vandorn/Belga", "Piet Vandorn/Belga", "Belga", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. BELGA PHOTO PIET VANDORN", "BELGA PHOTO PIET VANDORN", "Belga", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. Beeld: Piet Vandorn / de Velmorakrant", "Piet Vandorn / de Velmorakrant", "de Velmorakrant", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. Foto: Piet Vandorn/ANP/Hollandse Hoogte", "Piet Vandorn/ANP/Hollandse Hoogte", "ANP", "Piet Vandorn", ""},
		{"Brandweerlieden blussen een brand in Velmora. ANP PIET VANDORN netherlands out - belgium out", "ANP PIET VANDORN", "ANP", "Piet Vandorn", ""},
	}},
	{"pl-cs", []desk4Case{
		{"Strażacy gaszą pożar w Velmorze. Fot. PAP/Jan Velmorski", "Fot. PAP/Jan Velmorski", "PAP", "Jan Velmorski", ""},
		{"Strażacy gaszą pożar w Velmorze. PAP/Jan Velmorski", "PAP/Jan Velmorski", "PAP", "Jan Velmorski", ""},
		{"Strażacy gaszą pożar w Velmorze. Fot. Jan Velmorski / Agencja Wyborcza.pl", "Fot. Jan Velmorski / Agencja Wyborcza.pl", "Agencja Wyborcza.pl", "Jan Velmorski", ""},
		{"Strażacy gaszą pożar w Velmorze. Fot. Jan Velmorski/East News", "Fot. Jan Velmorski/East News", "East News", "Jan Velmorski", ""},
		{"Strażacy gaszą pożar w Velmorze. Zdjęcie: KPP Velmora", "KPP Velmora", "KPP Velmora", "", ""},
		{"Hasiči likvidují požár ve Velmoře. ČTK/Jan Velmorský", "ČTK/Jan Velmorský", "ČTK", "Jan Velmorský", ""},
		{"Hasiči likvidují požár ve Velmoře. Foto: ČTK/Jan Velmorský", "ČTK/Jan Velmorský", "ČTK", "Jan Velmorský", ""},
		{"Hasiči likvidují požár ve Velmoře. Foto: Jan Velmorský, ČTK", "Jan Velmorský, ČTK", "ČTK", "Jan Velmorský", ""},
		{"Hasiči likvidují požár ve Velmoře. Foto: ČTK / Velmorský Jan", "ČTK / Velmorský Jan", "ČTK", "Velmorský Jan", ""},
		{"Hasiči likvidujú požiar vo Velmore. Na snímke hasiči. FOTO TASR - Ján Velmorský", "TASR - Ján Velmorský", "TASR", "Ján Velmorský", ""},
		{"Hasiči likvidují požár ve Velmoře. Foto: Jan Velmorský, iDNES.cz", "Jan Velmorský, iDNES.cz", "iDNES.cz", "Jan Velmorský", ""},
	}},
	{"nordic", []desk4Case{
		{"Brandmän släcker en brand i Velmora. Foto: Anna Velmsson/TT", "Anna Velmsson/TT", "TT", "Anna Velmsson", ""},
		{"Brandmän släcker en brand i Velmora. Bild: Anna Velmsson/TT", "Anna Velmsson/TT", "TT", "Anna Velmsson", ""},
		{"Brannmenn slukker en brann i Velmora. Foto: Anna Velmsen / NTB", "Anna Velmsen / NTB", "NTB", "Anna Velmsen", ""},
		{"Brandmænd slukker en brand i Velmora. Foto: Anna Velmsen/Ritzau Scanpix", "Anna Velmsen/Ritzau Scanpix", "Ritzau Scanpix", "Anna Velmsen", ""},
		{"Palomiehet sammuttavat tulipaloa Velmorassa. Kuva: Anna Velmonen / Lehtikuva", "Anna Velmonen / Lehtikuva", "Lehtikuva", "Anna Velmonen", ""},
		{"Brandmän släcker en brand i Velmora. Foto: Anna Velmsson / TT / kod 10050", "Anna Velmsson / TT", "TT", "Anna Velmsson", ""},
		{"Brannmenn slukker en brann i Velmora. Foto: Anna Velmsen / NTB scanpix", "Anna Velmsen / NTB scanpix", "NTB", "Anna Velmsen", ""},
	}},
}

// desk4KnownMisses are cases the parser still reads wrong.
var desk4KnownMisses = []string{
	"Left: the old town hall in 1950; right: the same view today. Left: Velmora City Archive; right: Jane Roe/Reuters",
	"The final in Velmora. Photographs: Jane Roe/AFP; Tom Hale/Getty Images",
	"A composite of two views of Velmora. Jane Roe/Reuters and Tom Hale/AFP",
	"Des pompiers luttent contre un incendie à Velmora. Photo DR",
	"Brandweerlieden blussen een brand in Velmora. Foto: Piet Vandorn/ANP/Hollandse Hoogte",
	"Strażacy gaszą pożar w Velmorze. Zdjęcie: KPP Velmora",
}

// TestMarkedNameBefore: AFP's French service closes a caption with the
// photographer after a marker and the agency, each a sentence ("Photo
// Jeanne Roux. AFP"); a sentence that is no marked name leaves the agency
// alone.
func TestMarkedNameBefore(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Des pompiers à Velmora. Photo Jeanne Roux. AFP", creditWant{"Jeanne Roux. AFP", "AFP", "Jeanne Roux", "", false}},
		{"Des pompiers à Velmora. PHOTO JEANNE ROUX. AFP", creditWant{"JEANNE ROUX. AFP", "AFP", "Jeanne Roux", "", false}},
		{"Des pompiers à Velmora. Photo finale à Velmora. AFP", creditWant{"AFP", "AFP", "", "", false}},
		{"Des pompiers à Velmora. Jeanne Roux. AFP", creditWant{"AFP", "AFP", "", "", false}},
		// Only a registry agency: a paper's name stays the credit alone.
		{"Des pompiers à Velmora. Photo Jeanne Roux. Le Courrier de Velmora", creditWant{"Le Courrier de Velmora", "Le Courrier de Velmora", "", "", false}},
	})
}

// TestImagoPartner: IMAGO x-encodes its partner after the photographer; a
// decoded name with an organisation word is the partner that supplied the
// picture (the agency, as "Name/Partner" reads), not a second
// photographer.
func TestImagoPartner(t *testing.T) {
	for _, tc := range []struct{ in, agency, photographers string }{
		{"Copyright: xJanaxVelmerx/xVelmoraxPressx", "Velmora Press", "Jana Velmer"},
		{"Copyright: xJanaxVelmerx/xKaixMoorx", "Imago", "Jana Velmer;Kai Moor"},
		{"xJanaxVelmerx/xNordlichtxImagesx", "Nordlicht Images", "Jana Velmer"},
	} {
		got := ParseCredit(tc.in)
		if ph := strings.Join(got.Photographers, ";"); ph != tc.photographers || got.Agency != tc.agency {
			t.Errorf("ParseCredit(%q): agency %q photographers %q, want %q %q", tc.in, got.Agency, ph, tc.agency, tc.photographers)
		}
	}
}

// TestFieldShapes4: credit-field shapes read by small rules — a registry
// agency alone on a second line (agencyLine), "special to" before the
// publication (clientLeadLen), a label word before a name alone
// (bareNameLabel, the copyright sign dropped between), a registry name in
// lower case after a dash (sentenceFollows) — and what they leave alone.
func TestFieldShapes4(t *testing.T) {
	for _, tc := range []struct{ in, agency, photographers string }{
		{"Kai Moor\nReuters", "Reuters", "Kai Moor"},
		{"Kai Moor\nVelmora Daily\nReuters", "", "Kai Moor"},
		{"Kai Moor\nthe ministry said", "", "Kai Moor"},
		{"Kai Moor, special to The Velmora Star", "The Velmora Star", "Kai Moor"},
		{"Kai Moor, Special to The Velmora Star", "The Velmora Star", "Kai Moor"},
		{"Photo © Kai Moor", "", "Kai Moor"},
		{"Photo ©Kai Moor/Velmora Press", "Velmora Press", "Kai Moor"},
		{"Photo Library", "Photo Library", ""},
		{"Kai Moor - stock.adobe.com", "Adobe Stock", "Kai Moor"},
		{"Kai Moor/dpa - nur zur redaktionellen Verwendung", "dpa", "Kai Moor"},
	} {
		got := ParseCredit(tc.in)
		if ph := strings.Join(got.Photographers, ";"); ph != tc.photographers || !(tc.agency == "" && got.Agency == "" || tc.agency != "" && agencyMatches(tc.agency, got.Agency)) {
			t.Errorf("ParseCredit(%q): agency %q photographers %q, want %q %q", tc.in, got.Agency, ph, tc.agency, tc.photographers)
		}
	}
}

// TestFieldLine: a labelled field a system appends on a line of its own
// after the credit (lexicon trailer_line) is cut before the credit is
// read; the label without its colon, or with nothing before its line, is
// left alone.
func TestFieldLine(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Fans cheer before the final in Velmora on Monday. REUTERS/Kai Moor\nImage ID: 2AB34CD", creditWant{"REUTERS/Kai Moor", "Reuters", "Kai Moor", "", false}},
		{"Fans cheer before the final in Velmora on Monday. Kai Moor/AFP\nKeywords: fans, Velmora, football", creditWant{"Kai Moor/AFP", "AFP", "Kai Moor", "", false}},
		{"Fans cheer in Velmora.\nAP Photo/Kai Moor\nSLUG: VELMORA-FANS\nPhoto ID: 12345", creditWant{"AP Photo/Kai Moor", "AP", "Kai Moor", "", false}},
		{"Fans cheer before the final in Velmora on Monday. Kai Moor/AFP\nSlug line of the day", creditWant{}},
	})
}

// TestMediaPartnerVia: a publication named before a wire's "via" (lexicon
// credit_media_word) is the wire's partner, as a registry agency is; a
// body's picture relayed the same way stays a handout.
func TestMediaPartnerVia(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Delegates arrive in Velmora on Monday. (Kai Moor/The Velmora Courant via AP)", creditWant{"Kai Moor/The Velmora Courant via AP", "AP", "Kai Moor", "", false}},
		{"Delegates arrive in Velmora on Monday. (Kai Moor/The Velmora Post-Gazette via AP)", creditWant{"Kai Moor/The Velmora Post-Gazette via AP", "AP", "Kai Moor", "", false}},
		{"Delegates arrive in Velmora on Monday. (Kai Moor/Velmorer Zeitung via AP)", creditWant{"Kai Moor/Velmorer Zeitung via AP", "AP", "Kai Moor", "", false}},
		{"Delegates arrive in Velmora on Monday. (Velmora Police via AP)", creditWant{"Velmora Police via AP", "AP", "", "handout", false}},
		{"Delegates arrive in Velmora on Monday. (Kai Moor/Velmora Navy via AP)", creditWant{"Kai Moor/Velmora Navy via AP", "AP", "Kai Moor", "handout", false}},
	})
}

// TestPageTrailers: what a web page leaves after the credit in a caption
// copied from it — a pointer to more ("Lire aussi", "Leia mais", "Meer
// foto's"), ANSA's footer "RIPRODUZIONE RISERVATA © Copyright ANSA" — is
// cut (lexicon tail_phrase), and the footer's copyright sign opens no
// credit of its own.
func TestPageTrailers(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Vigili del fuoco a Velmora. ANSA/GIANNI VELMORI RIPRODUZIONE RISERVATA © Copyright ANSA", creditWant{"ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false}},
		{"Vigili del fuoco a Velmora. ANSA/GIANNI VELMORI © Copyright ANSA", creditWant{"ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false}},
		{"Vigili del fuoco a Velmora. © Copyright Velmora Press", creditWant{"Velmora Press", "Velmora Press", "", "", false}},
		{"Des pompiers à Velmora. Jeanne ROUX / AFP Pour aller plus loin", creditWant{"Jeanne ROUX / AFP", "AFP", "Jeanne Roux", "", false}},
		{"Bombeiros em Velmora. Foto: Marcelo Velmoro/Folhapress Leia mais", creditWant{"Marcelo Velmoro/Folhapress", "Folhapress", "Marcelo Velmoro", "", false}},
		{"Brandweerlieden in Velmora. ANP / Piet Vandorn Meer foto's", creditWant{"ANP / Piet Vandorn", "ANP", "Piet Vandorn", "", false}},
		{"Feuerwehrleute in Velmora. Bild: Jana Velmer/Tamedia", creditWant{"Jana Velmer/Tamedia", "Tamedia", "Jana Velmer", "", false}},
		{"Hasiči ve Velmoře. Foto: ČTK/Velmorský Jan Další fotografie", creditWant{"ČTK/Velmorský Jan", "CTK", "Velmorský Jan", "", false}},
		{"Strażacy w Velmorze. PAP/Jan Velmorski Więcej zdjęć", creditWant{"PAP/Jan Velmorski", "PAP", "Jan Velmorski", "", false}},
		{"Vatrogasci u Velmori. Foto: Ivan Velmorić/PIXSELL Više fotografija", creditWant{"Ivan Velmorić/PIXSELL", "Pixsell", "Ivan Velmorić", "", false}},
	})
}

// TestSecondCopyrightLabel: two copyright labels in a row ("© Copyright
// Name", "Copyright © 2026 Name") introduce one credit; a word that only
// starts like the label stays.
func TestSecondCopyrightLabel(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Fans cheer in Velmora. © Copyright 2026 Kai Moor", creditWant{"Kai Moor", "", "Kai Moor", "", false}},
		{"Fans cheer in Velmora. Copyright © 2026 Kai Moor", creditWant{"Kai Moor", "", "Kai Moor", "", false}},
		{"Fans cheer in Velmora. © COPYRIGHT Velmora Press", creditWant{"Velmora Press", "Velmora Press", "", "", false}},
		{"Fans cheer in Velmora. © Copyrighted Velmora Press", creditWant{"Copyrighted Velmora Press", "Copyrighted Velmora Press", "", "", false}},
	})
}

// TestLocalTelevisionOut: AP's restriction on a member paper's picture
// after the credit, "ALL LOCAL TELEVISION OUT", is read whole (a use of
// useWords), so that its first words are no credit; the code and the
// scope are those of "TELEVISION OUT".
func TestLocalTelevisionOut(t *testing.T) {
	for _, tc := range []struct{ in, credit, restriction string }{
		{"Crews clear snow in Velmora on Monday. (Kai Moor/The Velmora Daily via AP) ALL LOCAL TELEVISION OUT; MANDATORY CREDIT", "Kai Moor/The Velmora Daily via AP", "OUT [broadcast] ALL LOCAL TELEVISION OUT;MANDATORY_CREDIT [] MANDATORY CREDIT"},
		{"Crews clear snow in Velmora on Monday. (Kai Moor/The Velmora Courier via AP) LOCAL TV OUT", "Kai Moor/The Velmora Courier via AP", "OUT [broadcast] LOCAL TV OUT"},
		{"Crews clear snow in Velmora on Monday. (AP Photo/Kai Moor) TV OUT", "AP Photo/Kai Moor", "OUT [broadcast] TV OUT"},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var rs []string
		for _, r := range c.Restrictions {
			rs = append(rs, r.Code+" ["+strings.Join(r.Scope, " ")+"] "+r.Text)
		}
		if got := strings.Join(rs, ";"); c.Credit != tc.credit || got != tc.restriction {
			t.Errorf("%q: credit %q restrictions %q, want %q %q", tc.in, c.Credit, got, tc.credit, tc.restriction)
		}
	}
}

// TestChainJoin: two credits joined by "and" for a composite name both
// photographers ("Jane Roe/Reuters and John Doe/AFP"); two agencies
// joined so name none.
func TestChainJoin(t *testing.T) {
	for _, tc := range []struct{ in, photographers string }{
		{"Kai Moor/Reuters and Ina Velm/AFP", "Kai Moor;Ina Velm"},
		{"Kai Moor/Reuters & Ina Velm/AFP", "Kai Moor;Ina Velm"},
		{"Reuters and Associated Press", ""},
		{"Kai Moor and Ina Velm/AFP", "Kai Moor;Ina Velm"},
	} {
		if got := strings.Join(ParseCredit(tc.in).Photographers, ";"); got != tc.photographers {
			t.Errorf("ParseCredit(%q): photographers %q, want %q", tc.in, got, tc.photographers)
		}
	}
}

// TestRicherCredit: a desk's line naming the agency alone after the
// agency's own credit line ("ČTK/Name", then "Foto: ČTK") leaves the
// credit with its photographer; another agency's line stays the credit.
func TestRicherCredit(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Hasiči likvidují požár ve Velmoře 3. března 2026. ČTK/Velmorský Jan\nFoto: ČTK", creditWant{"ČTK/Velmorský Jan", "CTK", "Velmorský Jan", "", false}},
		{"Crews clear snow in Velmora on Monday. REUTERS/Kai Moor\nPhoto: Reuters", creditWant{"REUTERS/Kai Moor", "Reuters", "Kai Moor", "", false}},
		{"Crews clear snow in Velmora on Monday. REUTERS/Kai Moor\nPhoto: AFP", creditWant{"AFP", "AFP", "", "", false}},
		{"Crews clear snow in Velmora on Monday. Photo: Reuters", creditWant{"Reuters", "Reuters", "", "", false}},
	})
}

// TestCompositeCredits: a composite's credits, each placed by a bracket
// (lexicon credit_position), read as one credit; a position names nobody;
// a paper's design desk is no photographer.
func TestCompositeCredits(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"The old and new bridge in Velmora. Photographs: Velmora City Archive (left); Kai Moor/Reuters (right)", creditWant{"Photographs: Velmora City Archive (left); Kai Moor/Reuters", "Reuters", "Kai Moor", "", false}},
		{"Zwei Ansichten der Brücke in Velmora. Fotos: Jana Roe (links); Kai Moor/dpa (rechts)", creditWant{"Jana Roe (links); Kai Moor/dpa", "dpa", "Jana Roe;Kai Moor", "", false}},
		{"The mayor in Velmora on Monday. Photo: Kai Moor (left)", creditWant{"Kai Moor", "", "Kai Moor", "", false}},
		{"The two candidates in Velmora. Composite: Velmora Herald Design/Getty Images", creditWant{"Velmora Herald Design/Getty Images", "Getty Images", "", "", false}},
	})
}

// TestHeadLineSentence: a first line holding a sentence and then a credit,
// with more lines after it, gives the credit of its last sentence, not the
// whole line.
func TestHeadLineSentence(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Fans cheer in Velmora. Kai Moor/AFP\nthe crowd stayed late", creditWant{"Kai Moor/AFP", "AFP", "Kai Moor", "", false}},
		{"Fans cheer in Velmora. Kai Moor/AFP\nKeywords: fans, Velmora", creditWant{"Kai Moor/AFP", "AFP", "Kai Moor", "", false}},
		{"AP Photo/Kai Moor\nFans cheer in Velmora on Monday, March 2, 2026.", creditWant{"AP Photo/Kai Moor", "AP", "Kai Moor", "", false}},
	})
}
