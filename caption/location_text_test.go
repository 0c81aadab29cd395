package caption

import "testing"

// textCase is a caption with the location text and place it states, as a
// labeller writes them: the text from the venue's preposition to the last
// place word, the place the venue where the caption names one.
type textCase struct{ text, want, place string }

// checkTexts parses each caption and compares its location's exact text
// and place.
func checkTexts(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tc := range cases {
		got := parseLoc(t, tc.text)
		if got.Text != tc.want || got.Place != tc.place {
			t.Errorf("%q\n got text %q place %q\nwant text %q place %q", tc.text, got.Text, got.Place, tc.want, tc.place)
		}
	}
}

// TestVenueTextRule: the venue written before the town it lies in or by
// (IPTC's Sublocation under the City) is part of the place as stated; the
// text reads from the venue's preposition, and a named venue, or a site
// tied to the town by "of", is the place.
func TestVenueTextRule(t *testing.T) {
	checkTexts(t, []textCase{
		{"Ruritanian President Jon Tarrow chairs a meeting at the Velmora state residence outside Moscow, Russia, March 3, 2026. REUTERS/Ana Belmor",
			"at the Velmora state residence outside Moscow, Russia", "Velmora state residence"},
		{"A coast guard boat sails off the coast of Lampedusa, Italy, March 3, 2026. REUTERS/Ana Belmor",
			"off the coast of Lampedusa, Italy", "coast of Lampedusa"},
		{"Migrants wait on the Mexican side of the border in Tijuana, Mexico, March 3, 2026. REUTERS/Ana Belmor",
			"on the Mexican side of the border in Tijuana, Mexico", "Mexican side of the border"},
		{"A vendor sells fruit at a market in Dakar, Senegal, March 3, 2026. REUTERS/Ana Belmor",
			"at a market in Dakar, Senegal", ""},
		{"Voters queue outside a polling station in Nairobi, Kenya, March 3, 2026. REUTERS/Ana Belmor",
			"outside a polling station in Nairobi, Kenya", ""},
		{"Workers inspect vials at the Velmora vaccine plant in Beijing, China, March 3, 2026. REUTERS/Ana Belmor",
			"at the Velmora vaccine plant in Beijing, China", "Velmora vaccine plant"},
		{"Children play at a school in the Velmora refugee camp near Amman, Jordan, March 3, 2026. REUTERS/Ana Belmor",
			"at a school in the Velmora refugee camp near Amman, Jordan", "Velmora refugee camp"},
		{"Fans cheer at the Velmora Stadium in London, Britain, March 3, 2026. REUTERS/Ana Belmor",
			"at the Velmora Stadium in London, Britain", "Velmora Stadium"},
		{"Des enfants jouent dans un camp de réfugiés près de Beyrouth, Liban, le 3 mars 2026. AFP PHOTO / Ivo Kren",
			"dans un camp de réfugiés près de Beyrouth, Liban", ""},
		{"Jon Tarrow reçoit Ana Belmor au palais de l'Élysée à Paris, le 3 mars 2026. AFP PHOTO / Ivo Kren",
			"au palais de l'Élysée à Paris", "palais de l'Élysée"},
		{"Jon Tarrow empfängt Ana Belmor im Schloss Velmora in Berlin am 3. März 2026. Foto: Ivo Kren/dpa",
			"im Schloss Velmora in Berlin", "Schloss Velmora"},
		{"Aficionados en el estadio Velmora de Madrid, el 3 de marzo de 2026. EFE/Ivo Kren",
			"en el estadio Velmora de Madrid", "estadio Velmora de Madrid"},
		// The settlement noun before "of" names the town itself.
		{"A boy rides a donkey in the village of Velmora near Hebron, March 3, 2026. REUTERS/Ana Belmor",
			"in the village of Velmora near Hebron", "Velmora"},
	})
}

// TestVenueTextTight: the text never takes words that are not the place's
// phrase: a workplace in another clause, a team named with a place noun
// after "of", a venue in a quotation, a verb or a person before the
// preposition, a place someone came from.
func TestVenueTextTight(t *testing.T) {
	checkTexts(t, []textCase{
		{"Jon Tarrow, who works at the Velmora hospital, votes in Lisbon, Portugal, March 3, 2026. REUTERS/Ana Belmor",
			"in Lisbon, Portugal", ""},
		{"Supporters of Velmora Park Rangers celebrate in Glasgow, Britain, March 3, 2026. REUTERS/Ana Belmor",
			"in Glasgow, Britain", ""},
		{"\"We trained at the stadium,\" said Jon Tarrow in Madrid, Spain, March 3, 2026. REUTERS/Ana Belmor",
			"in Madrid, Spain", ""},
		{"Soldiers stand guard outside Vienna, Austria, March 3, 2026. REUTERS/Ana Belmor",
			"outside Vienna, Austria", ""},
		{"Doctors from the Velmora hospital protest in Rome, Italy, March 3, 2026. REUTERS/Ana Belmor",
			"in Rome, Italy", ""},
		{"The director of the museum speaks in Oslo, Norway, March 3, 2026. REUTERS/Ana Belmor",
			"in Oslo, Norway", ""},
		{"A nurse at the hospital treats a patient in Athens, Greece, March 3, 2026. REUTERS/Ana Belmor",
			"in Athens, Greece", ""},
		{"People walk in the rain in Dublin, Ireland, March 3, 2026. REUTERS/Ana Belmor",
			"in Dublin, Ireland", ""},
		// "la" is an article here, and "sur" no preposition of place.
		{"Des promeneurs sur la plage de Saint-Malo, en Bretagne, le 3 mars 2026. AFP PHOTO / Ivo Kren",
			"de Saint-Malo, en Bretagne", ""},
		// A complement with an article is a clause, not a venue's.
		{"Firefighters work at the site of a drone attack in Kyiv, Ukraine, March 3, 2026. REUTERS/Ana Belmor",
			"in Kyiv, Ukraine", ""},
	})
}
