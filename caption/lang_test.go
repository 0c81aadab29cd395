package caption

import "testing"

// TestDetectLanguageTable: short captions written for this test in the
// five languages, with the language a reader sees at once.
func TestDetectLanguageTable(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Western visitors stroll in the old city, March 2009. REUTERS/Jane Roe", "en"},
		{"Firefighters battle a blaze near Velmora on Tuesday.", "en"},
		{"Tourists walk past closed shops in Marlport. (AP Photo/Sam Cole)", "en"},
		{"CCTV OUT - RESTRICTED TO EDITORIAL USE (Photo by -/CCTV/AFP via Getty Images)", "en"},
		{"A man holds a flag during a rally.", "en"},
		{"Supporters of the party wave flags as they wait for results.", "en"},
		{"Rescuers searching for survivors after the earthquake", "en"},
		{"Des manifestants défilent dans les rues de Lyon le 5 mars 2024.", "fr"},
		{"Le président arrive à l'Élysée. AFP PHOTO / JEAN MARTIN", "fr"},
		{"Une femme marche devant un immeuble détruit, à Kharkiv.", "fr"},
		{"Des pompiers luttent contre les flammes près de Marseille.", "fr"},
		{"Les supporters célèbrent la victoire de leur équipe.", "fr"},
		{"Cette photographie prise et publiée par le ministère montre des soldats.", "fr"},
		{"Polizisten stehen am 3. März 2022 vor dem Rathaus in München.", "de"},
		{"Ein Mann geht mit seinem Hund durch den Park. Foto: Eva Klein/dpa", "de"},
		{"Die Feuerwehr löscht einen Brand in einer Lagerhalle.", "de"},
		{"Zuschauer verfolgen das Spiel auf einer Leinwand.", "de"},
		{"Demonstranten protestieren gegen die Regierung.", "de"},
		{"Bundeskanzler spricht während der Pressekonferenz.", "de"},
		{"Manifestantes marchan por las calles de Bogotá, Colombia. EFE/Carlos Ortega", "es"},
		{"El presidente saluda a los simpatizantes durante un acto.", "es"},
		{"Una mujer camina junto a los escombros de su casa.", "es"},
		{"Bomberos trabajan en la extinción del incendio este miércoles.", "es"},
		{"Aficionados celebran la victoria del equipo en Madrid.", "es"},
		{"Vista de la playa vacía tras el temporal.", "es"},
		{"REUTERS/Jane Roe", ""},
		{"Il presidente parla con i giornalisti dopo il vertice della coalizione.", "it"},
		{"Vigili del fuoco al lavoro dopo la frana nella notte a Velmora. ANSA/GIANNI ROE", "it"},
		{"I tifosi della squadra festeggiano nella piazza del Duomo. Foto: Gianni Roe/LaPresse", "it"},
		{"12345 678", ""},
	} {
		if got := detectLanguage(tc.text); got != tc.want {
			t.Errorf("detectLanguage(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
