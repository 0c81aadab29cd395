package geo

// countryAliases are names that the CLDR display names lack: short forms,
// older spellings and the forms wire captions use.
var countryAliases = map[string]string{
	"U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "United States of America": "US", "America": "US",
	"Etats-Unis": "US", "EE.UU.": "US", "EEUU": "US", "Vereinigte Staaten": "US",
	"UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB",
	"Wales": "GB", "Northern Ireland": "GB", "Grande-Bretagne": "GB", "Angleterre": "GB", "Großbritannien": "GB",
	"Russian Federation": "RU", "Rusia": "RU",
	"Ukraina": "UA", "Ucrania": "UA",
	"South Korea": "KR", "Republic of Korea": "KR", "Korea": "KR", "Corée du Sud": "KR", "Südkorea": "KR", "Corea del Sur": "KR",
	"North Korea": "KP", "DPRK": "KP", "Corée du Nord": "KP", "Nordkorea": "KP", "Corea del Norte": "KP",
	"Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD", "DR Congo": "CD", "DRC": "CD",
	"RDC": "CD", "Congo-Kinshasa": "CD", "Republic of Congo": "CG", "Congo-Brazzaville": "CG",
	"Czech Republic": "CZ", "Czechia": "CZ", "République tchèque": "CZ", "Tschechien": "CZ", "República Checa": "CZ",
	"Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Côte d'Ivoire": "CI",
	"Burma": "MM", "Myanmar": "MM", "Holland": "NL", "The Netherlands": "NL",
	"UAE": "AE", "U.A.E.": "AE", "Emirates": "AE", "Turkiye": "TR", "Türkiye": "TR",
	"Vatican": "VA", "Vatican City": "VA", "Holy See": "VA", "Macau": "MO", "Macao": "MO",
	"Swaziland": "SZ", "Eswatini": "SZ", "East Timor": "TL", "Timor-Leste": "TL", "Cape Verde": "CV",
	"Bosnia": "BA", "Bosnia-Herzegovina": "BA", "Macedonia": "MK", "North Macedonia": "MK",
	"Kosovo": "XK", "Taiwan": "TW", "Palestine": "PS", "Palestinian Territories": "PS",
	"Greenland": "GL", "Biélorussie": "BY", "Weißrussland": "BY", "Belarus": "BY", "Bielorrusia": "BY",
	"Mainland China": "CN", "Hong Kong": "HK", "Hongkong": "HK", "PRC": "CN",
	// IOC / FIFA style codes used by IMAGO and sports wires.
	"GER": "DE", "SUI": "CH", "AUT": "AT", "NED": "NL", "DEN": "DK", "POR": "PT", "GRE": "GR", "CRO": "HR",
	"JPN": "JP", "CHN": "CN", "KOR": "KR", "FRA": "FR", "ITA": "IT", "ESP": "ES", "GBR": "GB", "BEL": "BE",
	"SWE": "SE", "NOR": "NO", "FIN": "FI", "POL": "PL", "CZE": "CZ", "SVK": "SK", "HUN": "HU", "RUS": "RU",
	"UKR": "UA", "CAN": "CA", "BRA": "BR", "ARG": "AR", "MEX": "MX", "AUS": "AU", "RSA": "ZA", "LUX": "LU",
	"LIE": "LI", "SLO": "SI", "SRB": "RS", "TUR": "TR", "ISR": "IL", "IRL": "IE", "ISL": "IS",
}

// notCountries are display names that collide with ordinary words or that
// the corpus convention leaves without a country, or that name a better-known
// place in another language: the Dutch name of Norfolk Island is the English
// county's, the Portuguese "Irã" folds to "IRA", "Guiana" and "Santa
// Helena" are a region and a Brazilian city.
var notCountries = []string{"Man", "Norfolk", "Irã", "Guiana", "Santa Helena"}

// demonyms map nationality adjectives (en, fr, de, es) to countries; they are
// a last resort when a caption names no place.
var demonyms = map[string]string{
	"American": "US", "British": "GB", "English": "GB", "Russian": "RU", "Ukrainian": "UA", "Chinese": "CN",
	"Japanese": "JP", "North Korean": "KP", "South Korean": "KR", "French": "FR", "German": "DE",
	"Spanish": "ES", "Italian": "IT", "Syrian": "SY", "Iraqi": "IQ", "Iranian": "IR", "Israeli": "IL",
	"Lebanese": "LB", "Egyptian": "EG", "Turkish": "TR", "Afghan": "AF", "Pakistani": "PK", "Indian": "IN",
	"Polish": "PL", "Belarusian": "BY", "Kazakh": "KZ", "Mexican": "MX", "Brazilian": "BR", "Venezuelan": "VE",
	"Colombian": "CO", "Argentine": "AR", "Canadian": "CA", "Australian": "AU", "Greek": "GR", "Dutch": "NL",
	"Belgian": "BE", "Swiss": "CH", "Austrian": "AT", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK",
	"Finnish": "FI", "Hungarian": "HU", "Romanian": "RO", "Serbian": "RS", "Croatian": "HR", "Saudi": "SA",
	"Yemeni": "YE", "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA", "Nigerian": "NG",
	"Kenyan": "KE", "Ethiopian": "ET", "Somali": "SO", "Sudanese": "SD", "Malian": "ML", "Senegalese": "SN",
	"Congolese": "CD", "South African": "ZA", "Thai": "TH", "Vietnamese": "VN", "Filipino": "PH",
	"Indonesian": "ID", "Malaysian": "MY", "Burmese": "MM", "Bangladeshi": "BD", "Sri Lankan": "LK",
	"Nepalese": "NP", "Taiwanese": "TW", "Cuban": "CU", "Chilean": "CL", "Peruvian": "PE", "Haitian": "HT",
	"Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ", "Uzbek": "UZ", "Mongolian": "MN", "Irish": "IE",
	"Portuguese": "PT", "Czech": "CZ", "Slovak": "SK", "Bulgarian": "BG", "Lithuanian": "LT", "Latvian": "LV",
	"Estonian": "EE", "Moldovan": "MD", "Jordanian": "JO", "Qatari": "QA", "Kuwaiti": "KW", "Emirati": "AE",
	"russe": "RU", "ukrainien": "UA", "ukrainienne": "UA", "français": "FR", "française": "FR",
	"allemand": "DE", "allemande": "DE", "chinois": "CN", "américain": "US", "américaine": "US",
	"russisch": "RU", "russische": "RU", "russischen": "RU", "ukrainisch": "UA", "ukrainische": "UA", "ukrainischen": "UA",
	"ruso": "RU", "rusa": "RU", "ucraniano": "UA", "ucraniana": "UA", "español": "ES", "española": "ES",
}
