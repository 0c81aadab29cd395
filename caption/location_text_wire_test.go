package caption

import "testing"

// venueTextCases are 71 invented captions in the wires' styles, written
// with their labels before the parser read them, for the place as stated
// (issue #14 item 4): place is the venue with its relation word and town
// as a labeller writes it (the corpus README's "as stated"), which must
// appear, folded, in the location's place, city, region or text; cc the
// country. Classes: a residence, palace or office outside or in a town;
// an unnamed venue in a town; a venue in a camp; a coast or sea; a ship,
// deck or station; a border side; a district or quarter of a town; a
// named venue in a town; French, German and Spanish venues. People and
// venues are invented; towns are real.
var venueTextCases = []enPlaceCase{
	{"residence", "Ruritanian President Jon Tarrow meets Velmoran Prime Minister Ana Belmor at the Drastovo state residence outside Moscow, Russia, March 3, 2026. Sputnik/Ivo Kren/Kremlin via REUTERS", "Drastovo state residence outside Moscow", "RU"},
	{"residence", "Jon Tarrow speaks during a meeting at the Velmora country residence near Minsk, Belarus, March 3, 2026. REUTERS/Ana Belmor", "Velmora country residence near Minsk", "BY"},
	{"residence", "Ana Belmor arrives at the presidential palace in Lima, Peru, March 3, 2026. REUTERS/Jon Tarrow", "presidential palace in Lima", "PE"},
	{"residence", "Protesters gather outside the Velmora Palace in Bangkok, Thailand, March 3, 2026. REUTERS/Jon Tarrow", "Velmora Palace in Bangkok", "TH"},
	{"residence", "Jon Tarrow waves from the balcony of the Velmora Palace in Madrid, Spain, March 3, 2026. REUTERS/Ana Belmor", "Madrid", "ES"},
	{"residence", "Police stand guard at the prime minister's official residence in Tokyo, Japan, March 3, 2026. REUTERS/Ana Belmor", "Tokyo", "JP"},
	{"residence", "Jon Tarrow holds talks at the Drastovo guest house outside Beijing, China, March 3, 2026. REUTERS/Ana Belmor", "Drastovo guest house outside Beijing", "CN"},
	{"residence", "Ana Belmor leaves the Velmora government headquarters in Taipei, Taiwan, March 3, 2026. REUTERS/Jon Tarrow", "Taipei", "TW"},
	{"unnamed", "Vendors sell vegetables at a market in Kampala, Uganda, March 3, 2026. REUTERS/Ana Belmor", "market in Kampala", "UG"},
	{"unnamed", "A nurse tends to a patient at a hospital in Khartoum, Sudan, March 3, 2026. REUTERS/Jon Tarrow", "hospital in Khartoum", "SD"},
	{"unnamed", "Voters cast their ballots at a polling station in Accra, Ghana, March 3, 2026. REUTERS/Ana Belmor", "polling station in Accra", "GH"},
	{"unnamed", "Displaced families rest at a shelter in Rafah, in the southern Gaza Strip, March 3, 2026. REUTERS/Jon Tarrow", "shelter in Rafah", ""},
	{"unnamed", "Workers assemble cars at a factory in Wolfsburg, Germany, March 3, 2026. REUTERS/Ana Belmor", "factory in Wolfsburg", "DE"},
	{"unnamed", "Soldiers check cars at a checkpoint outside Kherson, Ukraine, March 3, 2026. REUTERS/Jon Tarrow", "checkpoint outside Kherson", "UA"},
	{"unnamed", "Miners ride a lift at a coal mine near Katowice, Poland, March 3, 2026. REUTERS/Ana Belmor", "coal mine near Katowice", "PL"},
	{"unnamed", "Students sit an exam at a high school in Daegu, South Korea, March 3, 2026. Yonhap via REUTERS", "high school in Daegu", "KR"},
	{"unnamed", "Firefighters work at the site of a fire in Lagos, Nigeria, March 3, 2026. REUTERS/Ana Belmor", "Lagos", "NG"},
	{"unnamed", "A farmer harvests wheat at a farm outside Rosario, Argentina, March 3, 2026. REUTERS/Jon Tarrow", "farm outside Rosario", "AR"},
	{"camp", "Children attend a class at a school in the Velmora refugee camp near Erbil, Iraq, March 3, 2026. REUTERS/Ana Belmor", "school in the Velmora refugee camp", "IQ"},
	{"camp", "A girl carries water at a camp for displaced people in Idlib, Syria, March 3, 2026. REUTERS/Jon Tarrow", "Idlib", "SY"},
	{"camp", "Men pray at a mosque in the Velmora camp for internally displaced people in Maiduguri, Nigeria, March 3, 2026. REUTERS/Ana Belmor", "Maiduguri", "NG"},
	{"camp", "Families queue for food at a distribution point in the Drastovo refugee camp, Bangladesh, March 3, 2026. REUTERS/Jon Tarrow", "Drastovo refugee camp", "BD"},
	{"camp", "Women wait at a clinic in the Velmora refugee camp in Cox's Bazar, Bangladesh, March 3, 2026. REUTERS/Ana Belmor", "clinic in the Velmora refugee camp", "BD"},
	{"coast", "A rescue ship sails off the coast of Lampedusa, Italy, March 3, 2026. REUTERS/Ana Belmor", "off the coast of Lampedusa", "IT"},
	{"coast", "An iceberg floats off the coast of Greenland, March 3, 2026. REUTERS/Jon Tarrow", "off the coast of Greenland", "GL"},
	{"coast", "Surfers ride waves off the coast of Nazare, Portugal, March 3, 2026. REUTERS/Ana Belmor", "off the coast of Nazare", "PT"},
	{"coast", "A fishing boat is seen on the coast of Dakhla, March 3, 2026. REUTERS/Jon Tarrow", "coast of Dakhla", ""},
	{"coast", "Migrants are rescued off the Libyan coast near Zuwara, March 3, 2026. REUTERS/Ana Belmor", "Zuwara", "LY"},
	{"coast", "Dolphins swim in the waters off Durban, South Africa, March 3, 2026. REUTERS/Jon Tarrow", "Durban", "ZA"},
	{"ship", "Astronaut Jon Tarrow works aboard the International Space Station, March 3, 2026. NASA/Handout via REUTERS", "aboard the International Space Station", ""},
	{"ship", "Sailors stand on the flight deck of the aircraft carrier USS Velmora in the South China Sea, March 3, 2026. U.S. Navy/Handout via REUTERS", "flight deck of the aircraft carrier USS Velmora", ""},
	{"ship", "A fighter jet lands on the deck of the Velmora carrier in the Mediterranean Sea, March 3, 2026. REUTERS/Ana Belmor", "deck of the Velmora carrier", ""},
	{"ship", "Migrants rest aboard the rescue ship Velmora Star in the port of Catania, Italy, March 3, 2026. REUTERS/Jon Tarrow", "Catania", "IT"},
	{"ship", "Crew members work on board the research vessel Drastovo off the coast of Tasmania, Australia, March 3, 2026. REUTERS/Ana Belmor", "off the coast of Tasmania", "AU"},
	{"ship", "A sailor looks out from the bridge of the frigate Velmora in the port of Kiel, Germany, March 3, 2026. REUTERS/Jon Tarrow", "Kiel", "DE"},
	{"border", "Migrants wait on the Mexican side of the border in Ciudad Juarez, Mexico, March 3, 2026. REUTERS/Ana Belmor", "Mexican side of the border", "MX"},
	{"border", "Trucks queue on the Polish side of the border near Dorohusk, Poland, March 3, 2026. REUTERS/Jon Tarrow", "Polish side of the border near Dorohusk", "PL"},
	{"border", "Refugees cross at the border crossing in Medyka, Poland, March 3, 2026. REUTERS/Ana Belmor", "border crossing in Medyka", "PL"},
	{"border", "Soldiers patrol the Turkish side of the border in Kilis, Turkey, March 3, 2026. REUTERS/Jon Tarrow", "Kilis", "TR"},
	{"border", "People walk at the Velmora border post near Rafah, March 3, 2026. REUTERS/Ana Belmor", "Velmora border post near Rafah", ""},
	{"district", "Residents clear rubble in the Velmora district of Kunduz province, Afghanistan, March 3, 2026. REUTERS/Jon Tarrow", "Velmora district of Kunduz province", "AF"},
	{"district", "Shoppers walk in the Shibuya district of Tokyo, Japan, March 3, 2026. REUTERS/Ana Belmor", "Shibuya district of Tokyo", "JP"},
	{"district", "Smoke rises over the Velmora neighbourhood of Beirut, Lebanon, March 3, 2026. REUTERS/Jon Tarrow", "Beirut", "LB"},
	{"district", "A man walks in a residential area in the Velmora district of Kharkiv, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Kharkiv", "UA"},
	{"district", "Flames rise in the port area of Odesa, Ukraine, March 3, 2026. REUTERS/Jon Tarrow", "port area of Odesa", "UA"},
	{"district", "Tourists walk in the old town of Dubrovnik, Croatia, March 3, 2026. REUTERS/Ana Belmor", "old town of Dubrovnik", "HR"},
	{"district", "Police patrol the city centre of Leeds, Britain, March 3, 2026. REUTERS/Jon Tarrow", "Leeds", "GB"},
	{"named", "Fans cheer at the Velmora Arena in Cologne, Germany, March 3, 2026. REUTERS/Ana Belmor", "Velmora Arena in Cologne", "DE"},
	{"named", "Jon Tarrow performs at the Drastovo Theatre in Manchester, Britain, March 3, 2026. REUTERS/Ana Belmor", "Drastovo Theatre in Manchester", "GB"},
	{"named", "Visitors look at paintings at the Velmora Museum of Modern Art in Oslo, Norway, March 3, 2026. REUTERS/Jon Tarrow", "Oslo", "NO"},
	{"named", "Pilgrims pray at the Velmora Shrine outside Kyoto, Japan, March 3, 2026. REUTERS/Ana Belmor", "Velmora Shrine outside Kyoto", "JP"},
	{"named", "A plane lands at the Velmora air base near Ramstein, Germany, March 3, 2026. REUTERS/Jon Tarrow", "Velmora air base near Ramstein", "DE"},
	{"named", "Delegates sit at the Velmora Convention Centre in Dubai, United Arab Emirates, March 3, 2026. REUTERS/Ana Belmor", "Velmora Convention Centre in Dubai", "AE"},
	{"named", "Workers inspect panels at the Velmora solar plant near Ouarzazate, Morocco, March 3, 2026. REUTERS/Jon Tarrow", "Velmora solar plant near Ouarzazate", "MA"},
	{"named", "Jon Tarrow speaks at the Velmora Institute in Geneva, Switzerland, March 3, 2026. REUTERS/Ana Belmor", "Velmora Institute in Geneva", "CH"},
	{"named", "Mourners gather at the Velmora cemetery in Sarajevo, Bosnia and Herzegovina, March 3, 2026. REUTERS/Jon Tarrow", "Velmora cemetery in Sarajevo", "BA"},
	{"named", "A view of the Velmora dam outside Aswan, Egypt, March 3, 2026. REUTERS/Ana Belmor", "Aswan", "EG"},
	{"named", "Horses race at the Velmora racecourse in Newmarket, Britain, March 3, 2026. REUTERS/Jon Tarrow", "Velmora racecourse in Newmarket", "GB"},
	{"fr", "Le président Jon Tarrow reçoit Ana Belmor au palais de l'Élysée à Paris, le 3 mars 2026. AFP PHOTO / Ivo Kren", "palais de l'Élysée à Paris", "FR"},
	{"fr", "Des enfants jouent dans un camp de réfugiés près de Beyrouth, au Liban, le 3 mars 2026. AFP PHOTO / Ivo Kren", "camp de réfugiés près de Beyrouth", "LB"},
	{"fr", "Un navire de sauvetage au large de Lampedusa, en Italie, le 3 mars 2026. AFP PHOTO / Ivo Kren", "Lampedusa", "IT"},
	{"fr", "Des supporters au stade Velmora à Marseille, le 3 mars 2026. AFP PHOTO / Ivo Kren", "stade Velmora à Marseille", "FR"},
	{"fr", "Des soignants dans un hôpital de Lyon, le 3 mars 2026. AFP PHOTO / Ivo Kren", "Lyon", "FR"},
	{"de", "Bundespräsident Jon Tarrow empfängt Ana Belmor im Schloss Velmora in Berlin am 3. März 2026. Foto: Ivo Kren/dpa", "Schloss Velmora in Berlin", "DE"},
	{"de", "Ein Rettungsschiff vor der Küste von Lampedusa, Italien, am 3. März 2026. Foto: Ivo Kren/dpa", "Lampedusa", "IT"},
	{"de", "Fans jubeln im Velmora-Stadion in Dortmund am 3. März 2026. Foto: Ivo Kren/dpa", "Velmora-Stadion in Dortmund", "DE"},
	{"de", "Flüchtlinge warten in einem Lager bei Calais, Frankreich, am 3. März 2026. Foto: Ivo Kren/dpa", "Lager bei Calais", "FR"},
	{"es", "Aficionados en el estadio Velmora de Madrid, el 3 de marzo de 2026. EFE/Ivo Kren", "estadio Velmora de Madrid", "ES"},
	{"es", "Migrantes en un campamento cerca de Tapachula, México, el 3 de marzo de 2026. EFE/Ivo Kren", "campamento cerca de Tapachula", "MX"},
	{"es", "Un barco frente a la costa de Almería, España, el 3 de marzo de 2026. EFE/Ivo Kren", "costa de Almería", "ES"},
	{"es", "El presidente Jon Tarrow en el Palacio de Velmora en Lima, Perú, el 3 de marzo de 2026. EFE/Ivo Kren", "Palacio de Velmora en Lima", "PE"},
}

// venueTextFloor is the number of venueTextCases right with the rule
// (66 when written, 32 without it; 67 on main at 26b49a4, where French
// "au large de X" reads too). The misses: a town's possessive name (Cox's
// Bazar), a disputed territory's country, a country named by the coast's
// nationality, and "frente a la costa de X" (a preposition the place
// lexicon lacks).
const venueTextFloor = 67

// TestVenueTextCaptions scores the parser on venueTextCases by class and
// prints the misses with -v.
func TestVenueTextCaptions(t *testing.T) {
	scoreEnglishPlaces(t, "venue texts", venueTextCases, venueTextFloor)
}
