package caption

import "testing"

// enPlaceCases2 are invented English captions written in round 9
// (placesen2) with the mess of real wire captions that the first set
// (enPlaceCases) was too tidy to carry: long captions whose background
// sentence names other places, descriptive places (a side of a border, a
// coast, a sea, "north of the capital"), villages in a governorate or
// district, "the X district of Y", a team's or athlete's home, quotations
// and story references, sports venues then their city, AP's and Getty's
// datelines, "City, State" and "Town, County", Canadian, Indian and
// Australian forms, camps, crossings and bases, in the styles of AFP, AP,
// Reuters, Getty, EPA, PA, AAP, Xinhua, Kyodo, Yonhap, Anadolu, handouts
// and pools. People and small places are invented; expectations are
// written by hand.
//
// The expectations follow the project's choices: Jerusalem has no stated
// country (caption_test.go), a place with its noun counts where its name
// appears in the location.
var enPlaceCases2 = []enPlaceCase{
	{"background", "A woman walks past a destroyed building in Kharkiv on March 3, 2026, amid the Russian invasion of Ukraine. - Russian forces launched a wave of missiles at Kyiv, Lviv and Odesa overnight, officials in Moscow and Kyiv said. (Photo by Ana Belmor / AFP)", "Kharkiv", "UA"},
	{"background", "A rescuer searches the rubble of a building hit by a missile strike in Dnipro, Ukraine, March 3, 2026. The strike came a day after talks in Istanbul between delegations from Moscow and Kyiv ended without agreement. REUTERS/Ana Belmor", "Dnipro", "UA"},
	{"background", "Rohingya refugees line up for food at the Kutupalong refugee camp in Cox's Bazar, Bangladesh, March 3, 2026. More than a million Rohingya fled Myanmar's Rakhine state since 2017. REUTERS/Ana Belmor", "Cox's Bazar", "BD"},
	{"background", "epa11300001 A farmer inspects his damaged crop in a field near Velmora village, Faisalabad district, Punjab province, Pakistan, 03 March 2026. Heavy rains that started in Lahore last week have also hit neighbouring India. EPA-EFE/ANA BELMOR", "Velmora", "PK"},
	{"background", "Residents walk through a flooded street in Porto Alegre, Brazil, Tuesday, March 3, 2026. Floods in the state of Rio Grande do Sul have killed dozens, according to officials in Brasilia. (AP Photo/Ana Belmor)", "Porto Alegre", "BR"},
	{"descriptive", "Israeli tanks are seen on the Israeli side of the border with Lebanon, March 3, 2026. REUTERS/Ana Belmor", "Israeli side", "IL"},
	{"descriptive", "A fishing boat sails off the coast of Crete, Greece, March 3, 2026. REUTERS/Ana Belmor", "Crete", "GR"},
	{"descriptive", "A U.S. Navy F/A-18 fighter jet lands aboard the aircraft carrier USS Velmora in the Arabian Sea, March 3, 2026. U.S. Navy/Handout via REUTERS", "Arabian Sea", ""},
	{"descriptive", "Smoke rises from a fire at a fuel depot north of the capital Kyiv, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Kyiv", "UA"},
	{"descriptive", "Soldiers patrol in the mountains east of Kabul, Afghanistan, March 3, 2026. REUTERS/Ana Belmor", "Kabul", "AF"},
	{"descriptive", "Migrants sit in a rubber boat in the English Channel off the coast of Gravelines, France, March 3, 2026. REUTERS/Ana Belmor", "Gravelines", "FR"},
	{"descriptive", "Fishermen pull in their nets on the shores of Lake Victoria in Kisumu, Kenya, March 3, 2026. REUTERS/Ana Belmor", "Kisumu", "KE"},
	{"descriptive", "A Turkish soldier stands guard on the Turkish side of the border near Kilis, Turkey, March 3, 2026. REUTERS/Ana Belmor", "Kilis", "TR"},
	{"descriptive", "Snow falls on the outskirts of Sapporo on the northern main island of Hokkaido on March 3, 2026. (Kyodo)", "Sapporo", "JP"},
	{"descriptive", "Iraqi soldiers man a checkpoint in Taji, north of the capital Baghdad, Iraq, March 3, 2026. REUTERS/Ana Belmor", "Taji", "IQ"},
	{"descriptive", "A man rides a donkey in a village north of the capital Nouakchott on March 3, 2026. (Photo by Ana Belmor / AFP)", "Nouakchott", "MR"},
	{"village", "Syrians inspect damage after an airstrike in the village of Velmora in the countryside of Idlib province, Syria, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "SY"},
	{"village", "Women sort dates in the village of Drastovo in Egypt's Giza governorate on March 3, 2026. (Photo by Ana Belmor / AFP)", "Drastovo", "EG"},
	{"village", "Children collect water in Velmora, a village in Hajjah governorate, Yemen, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "YE"},
	{"village", "Farmers harvest rice in Velmora Village of Qionghai City, south China's Hainan Province, March 3, 2026. (Xinhua/Ana Belmor)", "Velmora", "CN"},
	{"village", "Tourists visit the Mogao Grottoes in Dunhuang, northwest China's Gansu Province, March 3, 2026. (Xinhua/Ana Belmor)", "Dunhuang", "CN"},
	{"village", "Afghan girls attend class in Drastovo district of Ghazni province, Afghanistan, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "AF"},
	{"village", "Villagers dry fish in Velmora village, Ayeyarwady region, Myanmar, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "MM"},
	{"district", "Shoppers walk in the Shibuya district of Tokyo, Japan, March 3, 2026. REUTERS/Ana Belmor", "Tokyo", "JP"},
	{"district", "Police stand guard in the Kadikoy district of Istanbul, Turkey, March 3, 2026. REUTERS/Ana Belmor", "Istanbul", "TR"},
	{"district", "Residents queue for bread in the Bab al-Tabbaneh district of Tripoli, Lebanon, March 3, 2026. REUTERS/Ana Belmor", "Tripoli", "LB"},
	{"district", "A man sells vegetables in the Velmora neighbourhood of Cairo on March 3, 2026. (Photo by Ana Belmor / AFP)", "Cairo", "EG"},
	{"district", "Smoke rises over the Dahiyeh suburb of Beirut, Lebanon, March 3, 2026. REUTERS/Ana Belmor", "Beirut", "LB"},
	{"home", "Kenya's Jane Roe wins the women's 10,000 metres final at the Olympic Stadium in Rome, Italy, March 3, 2026. REUTERS/Ana Belmor", "Rome", "IT"},
	{"home", "Jane Roe of Kenya celebrates after winning the marathon in Boston, Massachusetts, U.S., April 20, 2026. REUTERS/Ana Belmor", "Boston", "US"},
	{"home", "Fans of Celtic cheer before the Europa League match against Velmora at Villa Park in Birmingham, Britain, March 3, 2026. REUTERS/Ana Belmor", "Birmingham", "GB"},
	{"home", "Jon Tarrow of Norway competes in the men's sprint at the World Cup in Lahti, Finland, March 3, 2026. REUTERS/Ana Belmor", "Lahti", "FI"},
	{"home", "Liverpool fans arrive at the stadium before the match in Madrid, Spain, March 3, 2026. REUTERS/Ana Belmor", "Madrid", "ES"},
	{"home", "Canada's Jon Tarrow skates during the women's free skate, Tuesday, March 3, 2026, in Milan, Italy. (AP Photo/Ana Belmor)", "Milan", "IT"},
	{"home", "Jon Tarrow, a farmer from Velmora, Ohio, speaks during a rally in Des Moines, Iowa, U.S., March 3, 2026. REUTERS/Ana Belmor", "Des Moines", "US"},
	{"home", "Manchester United's Jon Tarrow in action with Ana Belmor of Bayern Munich during the match at the Allianz Arena, Munich, Germany, March 3, 2026. REUTERS/Ana Belmor", "Munich", "DE"},
	{"quote", "Protesters hold a banner reading \"Free Hong Kong\" outside the Chinese embassy in London, Britain, March 3, 2026. REUTERS/Ana Belmor", "London", "GB"},
	{"quote", "A man reads a newspaper with the headline \"Peace in Kyiv?\" at a kiosk in Warsaw, Poland, March 3, 2026. REUTERS/Ana Belmor", "Warsaw", "PL"},
	{"quote", "Jon Tarrow, who told Reuters in Geneva last week that talks had stalled, arrives for a meeting in Vienna, Austria, March 3, 2026. REUTERS/Ana Belmor", "Vienna", "AT"},
	{"quote", "Tourists pose in front of a sign reading \"I love Paris\" in Las Vegas, Nevada, U.S., March 3, 2026. REUTERS/Ana Belmor", "Las Vegas", "US"},
	{"sport", "Athletics - World Indoor Championships - Velmora Arena, Nanjing, China - March 3, 2026 Kenya's Jane Roe in action during the heats. REUTERS/Ana Belmor", "Nanjing", "CN"},
	{"sport", "Jon Tarrow of Spain returns a shot during the match at Indian Wells Tennis Garden, Tuesday, March 3, 2026, in Indian Wells, Calif. (AP Photo/Ana Belmor)", "Indian Wells", "US"},
	{"sport", "MELBOURNE, AUSTRALIA - MARCH 03: Jon Tarrow of Collingwood celebrates a goal during the round one AFL match between Collingwood Magpies and Sydney Swans at Melbourne Cricket Ground on March 03, 2026 in Melbourne, Australia. (Photo by Ana Belmor/Getty Images)", "Melbourne", "AU"},
	{"sport", "England's Jon Tarrow during the Six Nations match at Twickenham Stadium, London. Picture date: Saturday March 3, 2026. PA Photo. See PA story RUGBYU England. Photo credit should read: Ana Belmor/PA Wire.", "London", "GB"},
	{"sport", "Cricket - Third Test - India v England - Eden Gardens, Kolkata, India - March 3, 2026 England's Jon Tarrow bowls. REUTERS/Ana Belmor", "Kolkata", "IN"},
	{"sport", "South Korea's Jon Tarrow celebrates after scoring against Japan during the match at Seoul World Cup Stadium in Seoul on March 3, 2026. (Yonhap)", "Seoul", "KR"},
	{"apdateline", "KYIV, Ukraine (AP) — A man looks at a building destroyed in a Russian missile attack, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Kyiv", "UA"},
	{"apdateline", "WASHINGTON (AP) — President Jon Tarrow speaks in the East Room of the White House, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Washington", "US"},
	{"apdateline", "VELMORA, Texas (AP) — Volunteers fill sandbags ahead of the storm, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "US"},
	{"apdateline", "NEW DELHI (AP) — Commuters ride a crowded train, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "New Delhi", "IN"},
	{"getty", "BERLIN, GERMANY - MARCH 03: Protesters gather in front of the Brandenburg Gate on March 03, 2026 in Berlin, Germany. Demonstrations also took place in Hamburg and Munich. (Photo by Ana Belmor/Getty Images)", "Berlin", "DE"},
	{"getty", "VELMORA, UKRAINE - MARCH 03: A woman stands outside her damaged home on March 03, 2026 in Velmora, Ukraine. Russian forces shelled the village from positions near Kherson. (Photo by Ana Belmor/Getty Images)", "Velmora", "UA"},
	{"getty", "DUBLIN, IRELAND - MARCH 03: A general view of Grafton Street. (Photo by Ana Belmor/Getty Images)", "Dublin", "IE"},
	{"getty", "TORONTO, ON - MARCH 03: Jon Tarrow of the Toronto Maple Leafs skates against the Boston Bruins at Scotiabank Arena on March 3, 2026 in Toronto, Ontario, Canada. (Photo by Ana Belmor/NHLI via Getty Images)", "Toronto", "CA"},
	{"state", "Floodwaters surround homes in Velmora, Kentucky, U.S., March 3, 2026. REUTERS/Ana Belmor", "Velmora", "US"},
	{"state", "Jon Tarrow campaigns in Manchester, New Hampshire, U.S., March 3, 2026. REUTERS/Ana Belmor", "Manchester", "US"},
	{"state", "Cattle graze on a farm in Velmora, Devon. Picture date: Tuesday March 3, 2026. PA Photo. Photo credit should read: Ana Belmor/PA Wire", "Velmora", "GB"},
	{"state", "Floodwater covers fields near Tewkesbury, Gloucestershire. Picture date: Tuesday March 3, 2026. Photo credit should read: Ana Belmor/PA Wire", "Tewkesbury", "GB"},
	{"state", "A view of the sea front in Whitby, North Yorkshire, as temperatures drop. Picture date: Tuesday March 3, 2026. PA Photo.", "Whitby", "GB"},
	{"state", "Voters wait in line outside a polling place in Velmora, Ga., Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "US"},
	{"state", "People skate on a frozen pond in Portland, Maine, March 3, 2026. (AP Photo/Ana Belmor)", "Portland", "US"},
	{"state", "Residents clear snow in Birmingham, Alabama, U.S., March 3, 2026. REUTERS/Ana Belmor", "Birmingham", "US"},
	{"province", "Firefighters battle a wildfire near Velmora, Alberta, Canada, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "CA"},
	{"province", "Snow covers the Parliament buildings in Quebec City, Quebec, March 3, 2026. THE CANADIAN PRESS/Ana Belmor", "Quebec", "CA"},
	{"province", "Devotees take a holy dip in the Ganges river in Prayagraj, in the northern state of Uttar Pradesh, India, March 3, 2026. REUTERS/Ana Belmor", "Prayagraj", "IN"},
	{"province", "Farmers protest on a highway in Velmora, in the northern Indian state of Punjab, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "IN"},
	{"province", "Tea pickers work at an estate in Assam's Velmora district on March 3, 2026. (Photo by Ana Belmor / AFP)", "Velmora", "IN"},
	{"province", "Floodwaters cover a road in Velmora, Queensland, March 3, 2026. AAP Image/Ana Belmor", "Velmora", "AU"},
	{"province", "Surfers ride a wave at Bells Beach near Torquay, Victoria, March 3, 2026. AAP Image/Ana Belmor", "Torquay", "AU"},
	{"province", "Commuters walk through Flinders Street Station in Melbourne, Tuesday, March 3, 2026. (AAP Image/Ana Belmor) NO ARCHIVING", "Melbourne", "AU"},
	{"province", "A woman votes in Perth, Western Australia, March 3, 2026. AAP Image/Ana Belmor", "Perth", "AU"},
	{"province", "Workers clean up after a cyclone in Darwin, NT, March 3, 2026. AAP Image/Ana Belmor", "Darwin", "AU"},
	{"camp", "Sudanese refugees gather at the Zamzam displacement camp near El Fasher in North Darfur, Sudan, March 3, 2026. REUTERS/Ana Belmor", "Zamzam", "SD"},
	{"camp", "Trucks carrying aid wait at the Rafah border crossing in Egypt, March 3, 2026. REUTERS/Ana Belmor", "Rafah", "EG"},
	{"camp", "Ukrainian refugees cross into Poland at the Medyka border crossing, Poland, March 3, 2026. REUTERS/Ana Belmor", "Medyka", "PL"},
	{"camp", "U.S. Marines board a plane at Camp Lejeune, North Carolina, U.S., March 3, 2026. U.S. Marine Corps/Handout via REUTERS", "Camp Lejeune", "US"},
	{"camp", "A U.S. Air Force C-17 lands at Ramstein Air Base, Germany, March 3, 2026. U.S. Air Force/Handout via REUTERS", "Ramstein", "DE"},
	{"camp", "Syrian refugees walk in the Zaatari refugee camp near Mafraq, Jordan, March 3, 2026. REUTERS/Ana Belmor", "Zaatari", "JO"},
	{"camp", "Migrants wait at the Velmora border crossing between Serbia and Hungary, near Roszke, Hungary, March 3, 2026. REUTERS/Ana Belmor", "Roszke", "HU"},
	{"anadolu", "ANKARA, TURKIYE - MARCH 03: Turkish President Jon Tarrow addresses members of his party at the Grand National Assembly of Turkiye in Ankara, Turkiye on March 03, 2026. (Photo by Ana Belmor/Anadolu via Getty Images)", "Ankara", "TR"},
	{"anadolu", "GAZIANTEP, TURKIYE - MARCH 03: Rescue workers search for survivors in the Islahiye district of Gaziantep, Turkiye on March 03, 2026. (Photo by Ana Belmor/Anadolu Agency via Getty Images)", "Gaziantep", "TR"},
	{"xinhua", "(260303) -- BEIJING, March 3, 2026 (Xinhua) -- Deputies arrive at the Great Hall of the People in Beijing, capital of China, March 3, 2026. (Xinhua/Ana Belmor)", "Beijing", "CN"},
	{"xinhua", "(260303) -- NAIROBI, March 3, 2026 (Xinhua) -- Children play at a school in Kibera, Nairobi, capital of Kenya, March 2, 2026. (Xinhua/Ana Belmor)", "Nairobi", "KE"},
	{"xinhua", "People enjoy the spring at a park in Hampton, Virginia, the United States, March 3, 2026. (Xinhua/Ana Belmor)", "Hampton", "US"},
	{"kyodo", "TOKYO, Japan - Photo taken from a Kyodo News helicopter on March 3, 2026, shows damaged houses in Wajima, Ishikawa Prefecture. (Kyodo)", "Wajima", "JP"},
	{"kyodo", "Prime Minister Jon Tarrow speaks at his office in Tokyo on March 3, 2026. (Kyodo) ==Kyodo", "Tokyo", "JP"},
	{"yonhap", "Protesters rally in central Seoul on March 3, 2026, demanding the president's resignation. (Yonhap)", "Seoul", "KR"},
	{"yonhap", "Soldiers take part in a drill on Yeonpyeong Island near the inter-Korean sea border on March 3, 2026. (Yonhap)", "Yeonpyeong", "KR"},
	{"pool", "Russian President Jon Tarrow chairs a meeting at the Novo-Ogaryovo state residence outside Moscow, Russia, March 3, 2026. Sputnik/Ana Belmor/Pool via REUTERS", "Moscow", "RU"},
	{"handout", "In this photo provided by the Velmora Fire Department, firefighters work at the scene of a fire in Velmora, Calif., Tuesday, March 3, 2026. (Velmora Fire Department via AP)", "Velmora", "US"},
	{"handout", "This handout photo taken on March 3, 2026 and released by the Indian Navy shows the warship INS Velmora in the Arabian Sea. (Photo by Handout / INDIAN NAVY / AFP) / RESTRICTED TO EDITORIAL USE", "Arabian Sea", ""},
	{"handout", "Israeli President Jon Tarrow meets Ana Belmor in Jerusalem, March 3, 2026. Israeli Government Press Office/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "Jerusalem", ""},
	{"state", "Police investigate a shooting in the Los Angeles suburb of Velmora, Calif., Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "US"},
	{"descriptive", "A man walks in Velmora, in the Russian-controlled part of the Zaporizhzhia region, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "UA"},
	{"village", "A farmer walks in his field in the Velmora area of Nineveh province, Iraq, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "IQ"},
	{"village", "Armed villagers stand guard in Velmora village, Drastovo district of Nangarhar province on March 3, 2026. AFP PHOTO/Ana Belmor", "Velmora", "AF"},
	{"camp", "Afghan refugees arrive at the Chaman border crossing in Pakistan's Balochistan province, March 3, 2026. REUTERS/Ana Belmor", "Chaman", "PK"},
	{"province", "A woman votes in Perth, WA, March 3, 2026. AAP Image/Ana Belmor", "Perth", "AU"},
	{"xinhua", "(260303) -- BEIJING, March 3, 2026 (Xinhua) -- Members of a Russian delegation arrive for talks. (Xinhua/Ana Belmor)", "Beijing", "CN"},
	{"province", "Farmers protest in the Pakistani province of Punjab, March 3, 2026. REUTERS/Ana Belmor", "Punjab", "PK"},
}

// enPlace2Floor is how many of enPlaceCases2 must be right, place and
// country both: 99 of 100 at the branch's last commit (83 on main before
// it; the miss is Yonhap's "on Velmora Island" with no country named),
// so a regression of two fails.
const enPlace2Floor = 98

// TestEnglishPlaces2 scores the parser on enPlaceCases2 by class and
// prints the misses with -v.
func TestEnglishPlaces2(t *testing.T) {
	scoreEnglishPlaces(t, "English places 2", enPlaceCases2, enPlace2Floor)
}

// TestHeaderOverNationalityRule: under a wire header (AP's "CITY,
// Country (AP) —", Xinhua's "(YYMMDD) -- CITY, Date (Xinhua) --"), a body
// that names no place, only a nationality, is located by the header; a
// body that names a place keeps it.
func TestHeaderOverNationalityRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"KYIV, Ukraine (AP) — A man looks at a building destroyed in a Russian missile attack, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Kyiv", "", "*", "UA"},
		{"VELMORA, Texas (AP) — A Mexican flag flies at a rally, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "", "Texas", "US"},
		{"(260303) -- BEIJING, March 3, 2026 (Xinhua) -- A Russian delegation arrives for talks. (Xinhua/Ana Belmor)", "Beijing", "", "*", "CN"},
		{"(260303) -- BEIJING, March 3, 2026 (Xinhua) -- Children play in Velmora, Hebei Province, March 2, 2026. (Xinhua/Ana Belmor)", "Velmora", "", "Hebei Province", "CN"},
	})
	for _, tc := range []struct {
		loc  Location
		want bool
	}{
		{Location{Country: "Russia", CountryCode: "RU"}, true},
		{Location{Text: "in Velmora", City: "Velmora"}, false},
		{Location{Text: "Ruritania", Country: "Ruritania"}, false},
	} {
		if got := nationalityOnlyLocation(&tc.loc); got != tc.want {
			t.Errorf("nationalityOnlyLocation(%+v) = %v, want %v", tc.loc, got, tc.want)
		}
	}
}

// TestDistrictOfRegionRule: "in Velmora district of Drastovo province",
// "in the Velmora area of Drastovo province, Country" (AFP, Reuters, AP)
// name one place, the district or area first; "the Velmora district of
// Tokyo" is in the city, as before.
func TestDistrictOfRegionRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Afghan girls attend class in Drastovo district of Ghazni province, Afghanistan, March 3, 2026. REUTERS/Ana Belmor", "", "", "Drastovo district", "AF"},
		{"A farmer walks in his field in the Velmora area of Nineveh province, Iraq, March 3, 2026. REUTERS/Ana Belmor", "", "Velmora area", "Nineveh province", "IQ"},
		{"Villagers gather in Velmora village, Drastovo district of Nangarhar province on March 3, 2026. (Photo by Ana Belmor / AFP)", "Velmora", "", "Drastovo district", "AF"},
		{"Shoppers walk in the Velmora district of Tokyo, Japan, March 3, 2026. REUTERS/Ana Belmor", "Tokyo", "", "*", "JP"},
		{"Tea pickers work at an estate in Assam's Velmora district on March 3, 2026. (Photo by Ana Belmor / AFP)", "", "", "Assam", "IN"},
	})
	region := &nameRun{text: "Drastovo province", region: "Drastovo province"}
	for _, tc := range []struct {
		prev  *nameRun
		head  bool
		words []string
		want  bool
	}{
		{&nameRun{text: "Velmora district", region: "Velmora district"}, false, []string{"of"}, true},
		{&nameRun{text: "Velmora"}, true, []string{"of"}, true},
		{&nameRun{text: "Velmora"}, true, []string{"of", "the"}, true},
		{&nameRun{text: "Velmora"}, false, []string{"of"}, false},
		{&nameRun{text: "Velmora"}, true, []string{"in"}, false},
		{&nameRun{text: "Ruritania", country: "RU"}, true, []string{"of"}, false},
	} {
		if got := districtOfRegion(tc.prev, tc.head, tc.words, "", region); got != tc.want {
			t.Errorf("districtOfRegion(%q, %v, %q) = %v, want %v", tc.prev.text, tc.head, tc.words, got, tc.want)
		}
	}
}

// TestSharedRegionDemonymRule: a region two countries share (Punjab) lies
// in the country of the nationality that introduces it ("the northern
// Indian state of Punjab"); with none it stays of no stated country.
func TestSharedRegionDemonymRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Farmers protest on a highway in Velmora, in the northern Indian state of Punjab, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "Punjab", "IN"},
		{"Farmers protest in Velmora, in Pakistan's Punjab province, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "Punjab province", "PK"},
		{"Farmers protest in Velmora, Punjab, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "Punjab", ""},
	})
}

// TestAustralianTwoLetterStateRule: "WA", "NT" and "SA" after a city the
// gazetteer has in Australia are Australian states (AAP); after a US or
// Canadian city, or a name it does not know, "WA" and "NT" stay postal
// codes.
func TestAustralianTwoLetterStateRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Workers clean up after a cyclone in Darwin, NT, March 3, 2026. AAP Image/Ana Belmor", "Darwin", "", "NT", "AU"},
		{"A woman votes in Perth, WA, March 3, 2026. AAP Image/Ana Belmor", "Perth", "", "WA", "AU"},
		{"Fans cheer in Adelaide, SA, March 3, 2026. AAP Image/Ana Belmor", "Adelaide", "", "SA", "AU"},
		{"Rain falls in Seattle, WA, March 3, 2026. REUTERS/Ana Belmor", "Seattle", "", "WA", "US"},
		{"Snow falls in Yellowknife, NT, March 3, 2026. THE CANADIAN PRESS/Ana Belmor", "Yellowknife", "", "NT", "CA"},
	})
}

// TestIntroducedNamedPlaceRule: a camp, crossing or base introduced by its
// name and noun ("at the Velmora border crossing", Reuters, AP, AFP) is
// the place though tied to nothing, written with its noun; a known place
// of the caption outranks it; a Spanish name with its noun first ("la
// Puerta del Sol de Madrid") and a village ("Velmora Village of ...") are
// read as before.
func TestIntroducedNamedPlaceRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Migrants wait at the Velmora border crossing on March 3, 2026. (Photo by Ana Belmor / AFP)", "", "Velmora border crossing", "*", ""},
		{"Children play in the Velmora refugee camp, March 3, 2026. REUTERS/Ana Belmor", "", "Velmora refugee camp", "*", ""},
		{"Ukrainian refugees cross into Poland at the Medyka border crossing, Poland, March 3, 2026. REUTERS/Ana Belmor", "", "Medyka border crossing", "*", "PL"},
		{"Jon Tarrow speaks at the Velmora University in Paris, France, March 3, 2026. REUTERS/Ana Belmor", "Paris", "Velmora University", "*", "FR"},
		{"Pakistani soldiers guard the Velmora border crossing between Pakistan and Afghanistan, March 3, 2026. REUTERS/Ana Belmor", "", "", "*", "PK"},
		{"Manifestantes en la Puerta del Sol de Madrid este viernes. EFE/Jane Roe", "Madrid", "", "*", "ES"},
	})
	if loc := parseLoc(t, "Migrants wait at the Velmora border crossing on March 3, 2026. (Photo by Ana Belmor / AFP)"); loc.Text != "at the Velmora border crossing" {
		t.Errorf("text %q, want %q", loc.Text, "at the Velmora border crossing")
	}
	for _, tc := range []struct {
		words []string
		want  int
	}{
		{[]string{"border", "crossing", "in"}, 2}, {[]string{"refugee", "camp", "in"}, 2}, {[]string{"airport", "in"}, 1}, {[]string{"in", "the"}, 0},
	} {
		if got := placeNounHead(tc.words); got != tc.want {
			t.Errorf("placeNounHead(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

// TestBorderSideRule: "on the Velmoran side of the border (with X)"
// (Reuters, AFP, NPR) is the place where the caption names no narrower
// one, in the nationality's country; a narrower place keeps its own, and
// takes that country if it has none.
func TestBorderSideRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Israeli tanks are seen on the Israeli side of the border with Lebanon, March 3, 2026. REUTERS/Ana Belmor", "", "Israeli side of the border with Lebanon", "*", "IL"},
		{"Soldiers stand on the South Korean side of the border, March 3, 2026. (Yonhap)", "", "South Korean side of the border", "*", "KR"},
		// The side before its town is the place, the town the city (venueText).
		{"People wait on the Afghan side of the border in Velmora, Afghanistan, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "Afghan side of the border", "*", "AF"},
		{"Fighters rest in the Velmora mountains on the Lebanese side of the border with Syria, March 3, 2026. REUTERS/Ana Belmor", "", "Velmora mountains", "*", "LB"},
		{"Jon Tarrow, who lives on the other side of the border, speaks in Paris, France, March 3, 2026. REUTERS/Ana Belmor", "Paris", "", "*", "FR"},
	})
}

// TestAbbrevStateBeforeDateRule: AP's "Velmora, Calif., Tuesday, March 3,
// 2026" puts the place next to the date, the state's full stop no break
// between them: "the Los Angeles suburb of Velmora, Calif., <date>" is in
// Velmora, and the text keeps the stop.
func TestAbbrevStateBeforeDateRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Police investigate a shooting in the Los Angeles suburb of Velmora, Calif., Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "", "Calif.", "US"},
		{"Fans gather in downtown Chicago before a rally in Velmora, Ill., Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "", "Ill.", "US"},
	})
	if loc := parseLoc(t, "Snow falls in Velmora, Conn., Tuesday, March 3, 2026. (AP Photo/Ana Belmor)"); loc.Text != "in Velmora, Conn." {
		t.Errorf("text %q, want %q", loc.Text, "in Velmora, Conn.")
	}
	for _, tc := range []struct {
		s    string
		r    nameRun
		want int
	}{
		{"Velmora, Calif., Tuesday", nameRun{start: 9, end: 14, region: "Calif."}, 15},
		{"Velmora, Ruritania. Tuesday", nameRun{start: 9, end: 18, country: "RU"}, 18},
		{"Velmora, Calif", nameRun{start: 9, end: 14, region: "Calif."}, 14},
	} {
		if got := abbrevEnd(tc.s, &tc.r); got != tc.want {
			t.Errorf("abbrevEnd(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestPlaceUnderDatelineRule: a dateline names the filing city (Kyodo's
// "TOKYO, Japan - Photo taken from a Kyodo News helicopter … shows …");
// a place the body introduces with its region or country, in the same
// country, is the photo's; one of another country, one named aside, or
// one tied to nothing leaves the dateline's city.
func TestPlaceUnderDatelineRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"TOKYO, Japan - Photo taken from a Kyodo News helicopter on March 3, 2026, shows damaged houses in Velmora, Ishikawa Prefecture. (Kyodo)", "Velmora", "", "Ishikawa Prefecture", "JP"},
		{"KYIV, UKRAINE - MARCH 03: Soldiers patrol in Velmora, Kharkiv region, on March 03, 2026. (Photo by Ana Belmor/Getty Images)", "Velmora", "", "Kharkiv region", "UA"},
		{"TOKYO, Japan - Jon Tarrow, who was born in Velmora, Ruritania, speaks on March 3, 2026. (Kyodo)", "Tokyo", "", "*", "JP"},
		{"TOKYO, Japan - Jon Tarrow speaks in Velmora on March 3, 2026. (Kyodo)", "Tokyo", "", "*", "JP"},
		{"TOKYO, Japan - People who fled to Velmora, Ishikawa Prefecture, rest on March 3, 2026. (Kyodo)", "Tokyo", "", "*", "JP"},
	})
}

// TestControlQualifierRule: "Velmora, in the Russian-controlled part of
// the Zaporizhzhia region, Ukraine" (Reuters, AP, AFP) is one place chain,
// the qualifier and its noun inside the gap; a word that is no qualifier
// ("part" alone) still breaks it.
func TestControlQualifierRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"A man walks in Velmora, in the Russian-controlled part of the Zaporizhzhia region, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "Zaporizhzhia region", "UA"},
		{"People gather in Velmora, in the Israeli-occupied West Bank, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "West Bank", ""},
	})
	for w, want := range map[string]bool{"Russian-controlled": true, "israeli-occupied": true, "rebel-held": true, "controlled": false, "Russian-made": false, "Velmora Drastovo-held": false} {
		if got := isControlQualifier(w); got != want {
			t.Errorf("isControlQualifier(%q) = %v, want %v", w, got, want)
		}
	}
	if chainGapOK([]string{"in", "the", "part", "of", "the"}, ",") {
		t.Errorf("chainGapOK: part without a qualifier is a place chain's gap")
	}
}

// TestDatelineRestatedRule: Getty restates its dateline's city after the
// date; that phrase is the place ahead of a region named before the date,
// or a venue named after another town ("Gillette Stadium": Gillette is a
// town); a venue of the same city and a body that restates nothing by the
// date keep what they had.
func TestDatelineRestatedRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"VELMORA, UKRAINE - MARCH 03: A soldier walks in a trench near the front line in the Donetsk region on March 03, 2026 near Velmora, Ukraine. (Photo by Ana Belmor/Getty Images)", "Velmora", "", "*", "UA"},
		{"FOXBOROUGH, MA - MARCH 03: Jon Tarrow warms up before the game at Gillette Stadium on March 03, 2026 in Foxborough, Massachusetts. (Photo by Ana Belmor/Getty Images)", "Foxborough", "", "Massachusetts", "US"},
		{"WASHINGTON, DC - MARCH 03: Jon Tarrow speaks to reporters at the U.S. Capitol on March 03, 2026 in Washington, DC. (Photo by Ana Belmor/Getty Images)", "Washington", "U.S. Capitol", "*", "US"},
		{"VELMORA, UKRAINE - MARCH 03: Soldiers rest in the Donetsk region on March 03, 2026. Velmora lies nearby. (Photo by Ana Belmor/Getty Images)", "", "", "Donetsk region", "UA"},
	})
}

// TestOnNamedPlaceRule: "on" introduces a name that ends in its place
// noun ("on Velmora Island", "on the Velmora River"), not another name
// ("talks on Ruritania", "on Velmora Day").
func TestOnNamedPlaceRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Soldiers take part in a drill on Velmora Island near the sea border on March 3, 2026. (Yonhap)", "", "Velmora Island", "*", ""},
		{"Shoppers walk on Velmora Street in London, Britain, March 3, 2026. REUTERS/Ana Belmor", "London", "Velmora Street", "*", "GB"},
		{"People celebrate on Velmora Day, March 3, 2026. REUTERS/Ana Belmor", "", "", "*", ""},
	})
	if loc := parseLoc(t, "Tourists walk on the Velmora Bridge in Prague on March 3, 2026. (Photo by Ana Belmor / AFP)"); loc.Text != "on the Velmora Bridge in Prague" {
		t.Errorf("text %q, want %q", loc.Text, "on the Velmora Bridge in Prague")
	}
}
