package geo

// regions are areas the news names that are not ISO 3166-2 divisions
// (historical and geographic regions, disputed territories) or whose ISO
// name differs from the one the wires use. An empty code marks an area
// whose country the desk does not state.
var regions = map[string]string{
	"Donbas": "UA", "Donbass": "UA", "Crimea": "UA", "Crimée": "UA", "Krim": "UA", "Crimea peninsula": "UA",
	"Kashmir": "IN", "Kurdistan": "IQ", "Iraqi Kurdistan": "IQ", "Darfur": "SD", "Kivu": "CD",
	"Tibet": "CN", "Xinjiang Uygur": "CN", "Patagonia": "AR", "Siberia": "RU", "Sibérie": "RU", "Sibirien": "RU",
	"Scotland": "GB", "Wales": "GB", "England": "GB", "Northern Ireland": "GB",
	// Spain's autonomous communities by their own and their Spanish names, where ISO gives another
	// (ES-PV "Euskal Herria", ES-VC "Valenciana, Comunidad"): how EFE and Europa Press write them.
	"País Vasco": "ES", "Euskadi": "ES", "Basque Country": "ES", "Comunitat Valenciana": "ES",
	"Comunidad Valenciana": "ES", "Islas Baleares": "ES", "Castilla-La Mancha": "ES", "Castilla y León": "ES",
	"D.C.": "US", "DC": "US", // Washington, D.C.: how AP and Getty datelines write the District of Columbia
	"West Bank": "", "Gaza Strip": "", "Gaza": "", "Golan Heights": "", "Nagorno-Karabakh": "", "Western Sahara": "",
}
