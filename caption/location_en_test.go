package caption

import (
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

// enPlaceCase is an invented English caption in a wire's real style and
// the place a picture editor would file it under: the city (else the
// place) that must appear in the location, and the country code ("" for
// none).
type enPlaceCase struct{ class, text, place, cc string }

// enPlaceCases are 120 invented English captions written to find the
// classes of place the parser misses in real captions (placesen): several
// places in one caption (home towns, teams, neighbours, quotations, desk
// cities), venues and landmarks, regions and directions, villages with
// their district, US, Canadian and Australian forms, ships, aircraft and
// unnamed places, a place named in a second sentence, and the styles of
// AFP, AP, Reuters, Getty, EPA, PA, Bloomberg, handouts and pools.
// Names of people and small places are invented.
var enPlaceCases = []enPlaceCase{
	{"multi", "Jon Tarrow of Leeds United, who grew up in Manchester, celebrates scoring during the match against Velmora FC at Elland Road in Leeds, Britain, March 3, 2026. REUTERS/Ana Belmor", "Leeds", "GB"},
	{"multi", "Refugees from neighbouring Syria queue for aid at a camp in Mafraq, Jordan, March 3, 2026. REUTERS/Ana Belmor", "Mafraq", "JO"},
	{"multi", "A woman who fled Mariupol rests at a shelter in Zaporizhzhia, Ukraine, April 2, 2022. REUTERS/Ana Belmor", "Zaporizhzhia", "UA"},
	{"multi", "Jane Roe, a nurse from Lyon, poses for a picture at a hospital in Marseille, France, March 3, 2026. REUTERS/Ana Belmor", "Marseille", "FR"},
	{"multi", "Demonstrators protest against the war in Gaza outside the Israeli embassy in London, Britain, March 3, 2026. REUTERS/Ana Belmor", "London", "GB"},
	{"multi", "PARIS, FRANCE - MARCH 3: Jon Tarrow of Real Madrid looks on during the Champions League match between Paris Saint-Germain and Real Madrid at Parc des Princes on March 3, 2026 in Paris, France. (Photo by Ana Belmor/Getty Images)", "Paris", "FR"},
	{"multi", "Supporters of the opposition, who travelled from Kano, attend a rally in Abuja, Nigeria, March 3, 2026. REUTERS/Ana Belmor", "Abuja", "NG"},
	{"multi", "A Ukrainian soldier fires toward Russian positions near Bakhmut, Ukraine, March 3, 2023. REUTERS/Ana Belmor", "Bakhmut", "UA"},
	{"multi", "People walk past a billboard reading \"Welcome to Tokyo\" at a street in Osaka, Japan, March 3, 2026. REUTERS/Ana Belmor", "Osaka", "JP"},
	{"multi", "Tourists from China visit the Eiffel Tower in Paris on March 3, 2026. (Photo by Ana Belmor / AFP)", "Paris", "FR"},
	{"multi", "Ukrainian President Volodymyr Zelenskiy, who met U.S. officials in Washington last week, speaks in Kyiv, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Kyiv", "UA"},
	{"multi", "Residents inspect damage after shelling, which Kyiv blamed on Moscow, in Donetsk, Russian-controlled Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Donetsk", "UA"},
	{"multi", "A Brazilian fan, who flew in from Rio de Janeiro, cheers before the match in Doha, Qatar, December 5, 2022. REUTERS/Ana Belmor", "Doha", "QA"},
	{"multi", "Migrants who crossed from Tunisia disembark in the port of Lampedusa, Italy, March 3, 2026. REUTERS/Ana Belmor", "Lampedusa", "IT"},
	{"multi", "Jon Tarrow, born in Dublin, plays at the festival in Glasgow, Scotland, Britain, March 3, 2026. REUTERS/Ana Belmor", "Glasgow", "GB"},
	{"multi", "A man holds a flag of Taiwan during a protest in Hong Kong, China, March 3, 2026. REUTERS/Ana Belmor", "Hong Kong", "CN"},
	{"multi", "Chelsea's Jon Tarrow in action during the Premier League match at Anfield in Liverpool, Britain, March 3, 2026. REUTERS/Ana Belmor", "Liverpool", "GB"},
	{"multi", "Israeli soldiers stand near the border with Lebanon in northern Israel, March 3, 2026. REUTERS/Ana Belmor", "Israel", "IL"},
	{"venue", "Fans cheer at the Velmora Arena in Chicago, Illinois, U.S., March 3, 2026. REUTERS/Ana Belmor", "Chicago", "US"},
	{"venue", "Tourists walk on Moscow's Red Square on March 3, 2026. (Photo by Ana Belmor / AFP)", "Moscow", "RU"},
	{"venue", "Police officers stand guard outside the Kremlin on March 3, 2026. (Photo by Ana Belmor / AFP)", "Moscow", "RU"},
	{"venue", "Pilgrims pray at the Western Wall in Jerusalem's Old City on March 3, 2026. (Photo by Ana Belmor / AFP)", "Jerusalem", "IL"},
	{"venue", "Worshippers attend Friday prayers at the Grand Mosque in Mecca, Saudi Arabia, March 3, 2026. REUTERS/Ana Belmor", "Mecca", "SA"},
	{"venue", "Protesters gather in Tahrir Square in Cairo, Egypt March 3, 2026. REUTERS/Ana Belmor", "Cairo", "EG"},
	{"venue", "Visitors look at paintings at the Louvre Museum in Paris on March 3, 2026. (Photo by Ana Belmor / AFP)", "Paris", "FR"},
	{"venue", "Tennis - Australian Open - Melbourne Park, Melbourne, Australia - January 20, 2026 Spain's Jon Tarrow in action. REUTERS/Ana Belmor", "Melbourne", "AU"},
	{"venue", "Soccer Football - Premier League - Arsenal v Chelsea - Emirates Stadium, London, Britain - March 3, 2026 Arsenal's Jon Tarrow celebrates. REUTERS/Ana Belmor", "London", "GB"},
	{"venue", "A general view of the White House in Washington, U.S., March 3, 2026. REUTERS/Ana Belmor", "Washington", "US"},
	{"venue", "Lawmakers arrive at the U.S. Capitol in Washington, March 3, 2026. REUTERS/Ana Belmor", "Washington", "US"},
	{"venue", "Members of parliament attend a session at the Bundestag in Berlin, Germany, March 3, 2026. REUTERS/Ana Belmor", "Berlin", "DE"},
	{"venue", "Pope Leo leads the Angelus prayer from his window at the Vatican, March 3, 2026. REUTERS/Ana Belmor", "Vatican City", "VA"},
	{"venue", "People gather at Times Square in New York City, U.S., March 3, 2026. REUTERS/Ana Belmor", "New York City", "US"},
	{"venue", "Smoke rises from the Notre-Dame Cathedral in Paris, France April 15, 2019. REUTERS/Ana Belmor", "Paris", "FR"},
	{"venue", "A view of St. Peter's Square at the Vatican, March 3, 2026. REUTERS/Ana Belmor", "Vatican City", "VA"},
	{"venue", "Runners compete at the Olympic Stadium in Berlin on March 3, 2026. (Photo by Ana Belmor / AFP)", "Berlin", "DE"},
	{"venue", "People visit Beijing's Forbidden City on March 3, 2026. (Photo by Ana Belmor / AFP)", "Beijing", "CN"},
	{"venue", "Members of the Royal Guard march outside Buckingham Palace in London on March 3, 2026. (Photo by Ana Belmor / AFP)", "London", "GB"},
	{"region", "Farmers harvest wheat in the Kherson region of Ukraine, July 3, 2023. REUTERS/Ana Belmor", "Kherson", "UA"},
	{"region", "A man walks past a destroyed building in the village of Velmora in the Donetsk region, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "UA"},
	{"region", "Workers pick tea leaves at a plantation in China's Zhejiang province, March 3, 2026. REUTERS/Ana Belmor", "Zhejiang", "CN"},
	{"region", "Soldiers patrol in northern Mali, March 3, 2026. REUTERS/Ana Belmor", "Mali", "ML"},
	{"region", "Displaced people gather at a camp in eastern Democratic Republic of Congo, March 3, 2026. REUTERS/Ana Belmor", "Congo", "CD"},
	{"region", "Workers at the Velmora-based firm assemble cars at a plant in Wolfsburg, Germany, March 3, 2026. REUTERS/Ana Belmor", "Wolfsburg", "DE"},
	{"region", "Trucks queue near the Poland-Ukraine border in Dorohusk, Poland, March 3, 2026. REUTERS/Ana Belmor", "Dorohusk", "PL"},
	{"region", "Migrants walk near the U.S.-Mexico border in Ciudad Juarez, Mexico, March 3, 2026. REUTERS/Ana Belmor", "Ciudad Juarez", "MX"},
	{"region", "Smoke rises after an air strike in the southern Gaza Strip, March 3, 2026. REUTERS/Ana Belmor", "Gaza Strip", ""},
	{"region", "A view of vineyards in the Bordeaux region, France, March 3, 2026. REUTERS/Ana Belmor", "Bordeaux", "FR"},
	{"region", "Rescuers search for survivors in Hatay province, Turkey, February 8, 2023. REUTERS/Ana Belmor", "Hatay", "TR"},
	{"region", "Voters queue at a polling station in Punjab province, Pakistan, March 3, 2026. REUTERS/Ana Belmor", "Punjab", "PK"},
	{"region", "Soldiers stand guard near the Afghanistan-Pakistan border in Chaman, Pakistan, March 3, 2026. REUTERS/Ana Belmor", "Chaman", "PK"},
	{"region", "Farmers plant rice in a field on the outskirts of Hanoi, Vietnam, March 3, 2026. REUTERS/Ana Belmor", "Hanoi", "VN"},
	{"region", "A view of the flooded area in southern Brazil's Rio Grande do Sul state, May 6, 2024. REUTERS/Ana Belmor", "Rio Grande do Sul", "BR"},
	{"village", "Women carry water in the village of Velmora, Tillaberi region, Niger, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "NE"},
	{"village", "A boy stands amid rubble in the village of Drastovo, near Kharkiv, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "UA"},
	{"village", "Farmers work in a field in Velmora village, Kasungu district, Malawi, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "MW"},
	{"village", "People gather in Drastovo, a village in Kenya's Turkana county, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "KE"},
	{"village", "Children play in the town of Velmora, in the Tigray region of Ethiopia, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "ET"},
	{"village", "A shepherd herds sheep near the village of Drastovo, 40 km south of Mosul, Iraq, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "IQ"},
	{"village", "Residents clear debris in Velmora, Sindh province, Pakistan, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "PK"},
	{"village", "Men pray in Drastovo, a small town in the Bekaa Valley, Lebanon, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "LB"},
	{"village", "Wildfire smoke rises over Velmora, near Patras, Greece, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "GR"},
	{"us", "Firefighters battle a blaze in Paradise, California, U.S. November 9, 2018. REUTERS/Ana Belmor", "Paradise", "US"},
	{"us", "Voters cast ballots in Des Moines, Iowa, March 3, 2026. (AP Photo/Ana Belmor)", "Des Moines", "US"},
	{"us", "A tornado damaged home is seen in Rolling Fork, Miss., Saturday, March 25, 2023. (AP Photo/Ana Belmor)", "Rolling Fork", "US"},
	{"us", "Shoppers walk in downtown Toronto, Ontario, Canada, March 3, 2026. REUTERS/Ana Belmor", "Toronto", "CA"},
	{"us", "Surfers ride waves at Bondi Beach in Sydney, Australia, March 3, 2026. REUTERS/Ana Belmor", "Sydney", "AU"},
	{"us", "A bushfire burns near Velmora, New South Wales, Australia, January 4, 2020. REUTERS/Ana Belmor", "Velmora", "AU"},
	{"us", "Snow covers a street in Halifax, Nova Scotia, March 3, 2026. THE CANADIAN PRESS/Ana Belmor", "Halifax", "CA"},
	{"us", "Fans arrive before the game, Wednesday, March 3, 2026, in Seattle. (AP Photo/Ana Belmor)", "Seattle", "US"},
	{"us", "Protesters march through the streets of Portland, Oregon, on March 3, 2026. (Photo by Ana Belmor / AFP)", "Portland", "US"},
	{"us", "A worker fills sandbags in Velmora, Texas, U.S., March 3, 2026. REUTERS/Ana Belmor", "Velmora", "US"},
	{"us", "Residents line up for water in Jackson, Mississippi, U.S., March 3, 2026. REUTERS/Ana Belmor", "Jackson", "US"},
	{"us", "A view of the flooded town of Lismore, New South Wales, March 3, 2022. AAP Image/Ana Belmor", "Lismore", "AU"},
	{"us", "Georgia Gov. Jon Tarrow speaks in Atlanta, Georgia, U.S., March 3, 2026. REUTERS/Ana Belmor", "Atlanta", "US"},
	{"us", "Players train in Vancouver, British Columbia, March 3, 2026. THE CANADIAN PRESS/Ana Belmor", "Vancouver", "CA"},
	{"ship", "Sailors stand on the flight deck of the aircraft carrier USS Velmora in the South China Sea, March 3, 2026. U.S. Navy/Handout via REUTERS", "South China Sea", ""},
	{"ship", "A Houthi militant stands on the deck of the Galaxy Leader cargo ship off the coast of Hodeidah, Yemen, November 22, 2023. REUTERS/Ana Belmor", "Hodeidah", "YE"},
	{"ship", "Passengers look out from a plane at an undisclosed location, March 3, 2026. REUTERS/Ana Belmor", "undisclosed location", ""},
	{"ship", "A Russian soldier fires a howitzer at an unknown location, in this still image taken from a handout video released March 3, 2026. Russian Defence Ministry/Handout via REUTERS", "unknown location", ""},
	{"ship", "U.S. President Jon Tarrow speaks to reporters aboard Air Force One en route to Florida, March 3, 2026. REUTERS/Ana Belmor", "Air Force One", ""},
	{"ship", "Migrants sit aboard the rescue ship Velmora in the central Mediterranean Sea, March 3, 2026. REUTERS/Ana Belmor", "Mediterranean Sea", ""},
	{"ship", "Ukrainian servicemen fire a mortar at a position in an undisclosed location in the Zaporizhzhia region, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Zaporizhzhia", "UA"},
	{"ship", "A container ship sails through the Suez Canal in Ismailia, Egypt, March 3, 2026. REUTERS/Ana Belmor", "Ismailia", "EG"},
	{"second", "A woman cries during the funeral. Relatives mourn victims of the airstrike in Khan Younis, southern Gaza Strip, March 3, 2026. REUTERS/Ana Belmor", "Khan Younis", ""},
	{"second", "The moon rises behind clouds. The full moon is seen over the skyline of Madrid, Spain, March 3, 2026. REUTERS/Ana Belmor", "Madrid", "ES"},
	{"second", "Workers repair a damaged power line. Power was cut to thousands of homes after the storm hit Velmora, Ireland, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "IE"},
	{"second", "Jon Tarrow smiles. Tarrow, 34, was elected mayor on Sunday. Picture taken in Lisbon, Portugal, March 3, 2026. REUTERS/Ana Belmor", "Lisbon", "PT"},
	{"second", "A boy plays with a ball. Children attend a school reopened by UNICEF in Aleppo, Syria, March 3, 2026. (Photo by Ana Belmor / AFP)", "Aleppo", "SY"},
	{"getty", "LONDON, ENGLAND - MARCH 03: Jon Tarrow arrives at the premiere at Leicester Square on March 03, 2026 in London, England. (Photo by Ana Belmor/Getty Images)", "London", "GB"},
	{"getty", "NEW YORK, NEW YORK - MARCH 03: A view of Central Park on March 03, 2026 in New York City. (Photo by Ana Belmor/Getty Images)", "New York City", "US"},
	{"getty", "KYIV, UKRAINE - MARCH 03: Soldiers patrol on March 03, 2026 in Irpin, Ukraine. (Photo by Ana Belmor/Getty Images)", "Irpin", "UA"},
	{"getty", "LOS ANGELES, CALIFORNIA - MARCH 03: Jon Tarrow attends the Oscars at Dolby Theatre on March 03, 2026 in Hollywood, California. (Photo by Ana Belmor/Getty Images)", "Hollywood", "US"},
	{"epa", "epa11223344 A man walks past a mural in Velmora street, Havana, Cuba, 03 March 2026. Cuba faces an economic crisis. EPA-EFE/ANA BELMOR", "Havana", "CU"},
	{"epa", "epa11223345 Firefighters work at the site of a fire in Athens, Greece, 03 March 2026. According to the fire service, the blaze started in a warehouse in Piraeus. EPA-EFE/ANA BELMOR", "Athens", "GR"},
	{"epa", "epa11223346 Members of the Ukrainian National Guard train at a shooting range in the Kharkiv region, Ukraine, 03 March 2026 (issued 04 March 2026). EPA-EFE/ANA BELMOR", "Kharkiv", "UA"},
	{"epa", "epa11223347 Protesters hold flags of Palestine during a rally in front of the parliament in Budapest, Hungary, 03 March 2026. The rally was organised by groups from Vienna and Prague. EPA-EFE/ANA BELMOR", "Budapest", "HU"},
	{"pa", "Jon Tarrow during the match at Villa Park, Birmingham. Picture date: Tuesday March 3, 2026. PA Photo. See PA story SOCCER Villa. Photo credit should read: Ana Belmor/PA Wire.", "Birmingham", "GB"},
	{"pa", "A general view of Stonehenge in Wiltshire. Picture date: Tuesday March 3, 2026. PA Photo. Photo credit should read: Ana Belmor/PA Wire", "Wiltshire", "GB"},
	{"pa", "The Prince of Wales during a visit to Velmora Primary School in Cardiff, Wales. Picture date: Tuesday March 3, 2026. Photo credit should read: Ana Belmor/PA Wire", "Cardiff", "GB"},
	{"bloomberg", "Shipping containers at the Port of Los Angeles in Los Angeles, California, U.S., on Tuesday, March 3, 2026. Exports rose in February. Photographer: Ana Belmor/Bloomberg", "Los Angeles", "US"},
	{"bloomberg", "Traders work on the floor of the New York Stock Exchange (NYSE) in New York, U.S., on Tuesday, March 3, 2026. Photographer: Ana Belmor/Bloomberg", "New York", "US"},
	{"bloomberg", "Pedestrians in the Ginza district of Tokyo, Japan, on Tuesday, March 3, 2026. Japan's economy shrank. Photographer: Ana Belmor/Bloomberg", "Tokyo", "JP"},
	{"handout", "This handout picture taken and released on March 3, 2026 by the Ukrainian Presidential press service shows President Volodymyr Zelensky visiting positions in the Donetsk region. (Photo by Handout / UKRAINIAN PRESIDENTIAL PRESS SERVICE / AFP)", "Donetsk", "UA"},
	{"handout", "This picture taken on March 3, 2026 and released from North Korea's official Korean Central News Agency (KCNA) on March 4 shows a missile test at an undisclosed location in North Korea. (Photo by STR / KCNA VIA KNS / AFP)", "undisclosed location", "KP"},
	{"handout", "A satellite image shows smoke rising over Velmora airbase, Crimea, March 3, 2026. Maxar Technologies/Handout via REUTERS", "Velmora", "UA"},
	{"handout", "A view shows a damaged building in this handout picture released by the Kharkiv Regional Police in Kharkiv, Ukraine, March 3, 2026. Kharkiv Regional Police/Handout via REUTERS", "Kharkiv", "UA"},
	{"pool", "U.S. President Jon Tarrow and French President Ana Belmor hold a news conference at the Elysee Palace in Paris, France, March 3, 2026. Ludovic Marin/Pool via REUTERS", "Paris", "FR"},
	{"pool", "Britain's King Charles attends a reception at Windsor Castle in Windsor, Britain, March 3, 2026. Ana Belmor/Pool via REUTERS", "Windsor", "GB"},
	{"pool", "Chinese President Xi Jinping meets Jon Tarrow at the Great Hall of the People in Beijing, China, March 3, 2026. Ana Belmor/Pool via REUTERS", "Beijing", "CN"},
	{"afp", "Residents walk through floodwaters in Velmora, in the southern Indian state of Kerala on March 3, 2026. (Photo by Ana Belmor / AFP)", "Velmora", "IN"},
	{"afp", "Afghan men sit in a market in Kandahar on March 3, 2026. (Photo by Ana Belmor / AFP)", "Kandahar", "AF"},
	{"afp", "This photograph taken on March 3, 2026 shows a view of the village of Drastovo in the Kherson region, amid the Russian invasion of Ukraine. (Photo by Ana Belmor / AFP)", "Drastovo", "UA"},
	{"afp", "A picture shows the skyline of Dubai, in the United Arab Emirates, on March 3, 2026. (Photo by Ana Belmor / AFP)", "Dubai", "AE"},
	{"afp", "Sudanese refugees who fled the violence in Darfur wait at a camp in Adre, Chad, on March 3, 2026. (Photo by Ana Belmor / AFP)", "Adre", "TD"},
	{"afp", "Palestinians inspect the rubble of a house in Rafah in the southern Gaza Strip on March 3, 2026, amid the ongoing conflict between Israel and Hamas. (Photo by Ana Belmor / AFP)", "Rafah", ""},
	{"ap", "A man walks past a damaged building in Kharkiv, Ukraine, Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Kharkiv", "UA"},
	{"ap", "Demonstrators march in Nairobi, Kenya, Tuesday, March 3, 2026. Protesters are angry over a tax bill. (AP Photo/Ana Belmor)", "Nairobi", "KE"},
	{"ap", "Jon Tarrow, center, arrives for a hearing at federal court in Manhattan, Tuesday, March 3, 2026, in New York. (AP Photo/Ana Belmor)", "New York", "US"},
	{"ap", "Boston Celtics guard Jon Tarrow shoots over Miami Heat's Ana Belmor during the first half of an NBA basketball game, Tuesday, March 3, 2026, in Miami. (AP Photo/Ana Belmor)", "Miami", "US"},
	{"ap", "FILE - People walk along the beach in Velmora, S.C., on July 4, 2024. (AP Photo/Ana Belmor, File)", "Velmora", "US"},
}

// enPlaceFloor is how many of enPlaceCases must be right, place and
// country both: 114 at the branch's last commit (107 on main before it),
// so a regression of two fails.
const enPlaceFloor = 112

// TestEnglishPlaces scores the parser on enPlaceCases by class and prints
// the misses with -v.
func TestEnglishPlaces(t *testing.T) {
	scoreEnglishPlaces(t, "English places", enPlaceCases, enPlaceFloor)
}

// scoreEnglishPlaces scores the parser on cases by class, place and
// country both, prints the misses with -v, and fails under floor.
func scoreEnglishPlaces(t *testing.T, name string, cases []enPlaceCase, floor int) {
	t.Helper()
	ok, byClass := 0, map[string][2]int{}
	for _, tc := range cases {
		loc := parseLoc(t, tc.text)
		good := enPlaceAppears(tc.place, loc) && loc.CountryCode == tc.cc
		n := byClass[tc.class]
		n[1]++
		if good {
			ok++
			n[0]++
		} else {
			t.Logf("miss %s: %q\n  got city %q place %q region %q country %q text %q; want %q %q", tc.class, tc.text, loc.City, loc.Place, loc.Region, loc.CountryCode, loc.Text, tc.place, tc.cc)
		}
		byClass[tc.class] = n
	}
	t.Logf("%s: %d/%d right; by class %v", name, ok, len(cases), byClass)
	if ok < floor {
		t.Errorf("%s: %d/%d right, want at least %d", name, ok, len(cases), floor)
	}
}

// enPlaceAppears is the corpus's place rule: want appears, folded, in the
// location's place, city, region or text.
func enPlaceAppears(want string, loc Location) bool {
	w := geo.Fold(want)
	for _, f := range []string{loc.Place, loc.City, loc.Region, loc.Text} {
		if strings.Contains(geo.Fold(f), w) {
			return true
		}
	}
	return false
}

// TestVenueCityAcrossDateRule: a venue named after a town ("Madison
// Square Garden") lies in the city named across the date (Getty: "at
// VENUE on DATE in City"; AP: "at VENUE, Weekday, DATE, in City"); with
// no city across the date, the town stays.
func TestVenueCityAcrossDateRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Jon Tarrow shoots at Madison Square Garden on March 3, 2026 in New York City. (Photo by Ana Belmor/Getty Images)", "New York City", "Madison Square Garden", "*", "US"},
		{"Jon Tarrow scores at Stamford Bridge on March 3, 2026 in London, England. (Photo by Ana Belmor/Getty Images)", "London", "Stamford Bridge", "*", "GB"},
		{"Jon Tarrow arrives at Leicester Square on March 3, 2026 in London, England. (Photo by Ana Belmor/Getty Images)", "London", "Leicester Square", "*", "GB"},
		{"Jon Tarrow shoots at Madison Square Garden, Tuesday, March 3, 2026, in New York. (AP Photo/Ana Belmor)", "New York City", "Madison Square Garden", "*", "US"},
		{"Fans cheer at Madison Square Garden on March 3, 2026. REUTERS/Ana Belmor", "Madison", "Madison Square Garden", "*", "US"},
		{"Jon Tarrow, who grew up in Velmora, scores at Wembley Stadium in London on March 3, 2026. REUTERS/Ana Belmor", "London", "Wembley Stadium", "*", "GB"},
	})
}

// TestUnknownPlaceRule: the wires' "at an undisclosed location" is the
// place, with the country named after it; it outranks a country named in
// passing ("the attack on Ruritania"), not one that is introduced.
func TestUnknownPlaceRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Soldiers train at an undisclosed location, March 3, 2026. REUTERS/Ana Belmor", "", "undisclosed location", "*", ""},
		{"Soldiers train in an unknown location in North Korea on March 3, 2026. (KCNA via AP)", "", "unknown location", "*", "KP"},
		{"North Korean soldiers train in an unknown location in this picture released March 3, 2026. REUTERS/KCNA", "", "unknown location", "*", "KP"},
		{"Jets take off for the raid on Iran from an undisclosed location March 3, 2026. U.S. Navy/Handout via REUTERS", "", "undisclosed location", "*", ""},
		{"Soldiers fire at an undisclosed location in the Kharkiv region, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "", "undisclosed location", "*", "UA"},
		{"Soldiers train in Velmora, Ukraine, at an undisclosed time, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "*", "UA"},
	})
}

// TestEventCityRule: a host city named with its year opens the Games'
// name ("the Velmora 2030 Olympic Games"): it is the place ahead of a bare
// country, but not ahead of a place the caption introduces, and a year
// followed by a lower-case word names no event.
func TestEventCityRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Jon Tarrow competes on day four of the Tokyo 2020 Paralympic Games in Japan. Picture date: Sunday August 29, 2021. PA Photo.", "Tokyo", "", "*", "JP"},
		{"Jon Tarrow competes during the Paris 2024 Olympic Games in France, August 3, 2024. REUTERS/Ana Belmor", "Paris", "", "*", "FR"},
		{"Britain vs USA, the Tokyo 2020 Paralympic Games, in Japan. Picture date: Sunday August 29, 2021. PA Photo.", "Tokyo", "", "*", "JP"},
		{"Jon Tarrow, who won gold at the London 2012 Olympics, trains in Madrid on March 3, 2026. REUTERS/Ana Belmor", "Madrid", "", "*", "ES"},
		{"Workers discuss the Paris 2024 budget in France, March 3, 2024. REUTERS/Ana Belmor", "", "", "*", "FR"},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the Tokyo 2020 Games", true}, {"the Tokyo 2020 budget", false}, {"the Tokyo 1850 Games", false}, {"the Velmora 2020 Games", false}, {"the Tokyo 2020", false},
	} {
		s, _, runs := runsOf(tc.text)
		got := false
		for _, r := range runs {
			got = got || eventCity(s, r)
		}
		if got != tc.want {
			t.Errorf("eventCity in %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestLandmarkCityRule: a landmark named without its city ("outside the
// Kremlin") is in the city the lexicon gives it (place_landmark); a city
// the caption names wins, and a landmark whose city lies in another
// country than the one named gives none.
func TestLandmarkCityRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Police officers stand guard outside the Kremlin on March 3, 2026. (Photo by Ana Belmor / AFP)", "Moscow", "Kremlin", "*", "RU"},
		{"Jon Tarrow speaks at the White House on March 3, 2026. (AP Photo/Ana Belmor)", "Washington", "White House", "*", "US"},
		{"Pilgrims pray at the Vatican, March 3, 2026. REUTERS/Ana Belmor", "Vatican City", "", "*", "VA"},
		{"Jon Tarrow arrives at the Elysee Palace on March 3, 2026. (Photo by Ana Belmor / AFP)", "Paris", "Elysee Palace", "*", "FR"},
		{"Jon Tarrow, a Kremlin critic, speaks in Vilnius, Lithuania, March 3, 2026. REUTERS/Ana Belmor", "Vilnius", "", "*", "LT"},
		{"Fans gather at a replica of the Eiffel Tower in Velmora, Ruritania, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "Eiffel Tower", "*", ""},
	})
	for name, want := range map[string]string{"Kremlin": "Moscow", "white house": "Washington", "Velmora": ""} {
		if got := placeValue(cLandmark, name); got != want {
			t.Errorf("placeValue(cLandmark, %q) = %q, want %q", name, got, want)
		}
	}
}

// TestAppositionSettlementRule: "in Velmora, a village in the Drastovo
// Valley, Country" (Reuters, AFP) is in Velmora, in that country, even
// where the gazetteer knows neither name; a description that is no
// settlement ("a lawyer in the Velmora office") changes nothing.
func TestAppositionSettlementRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Men pray in Drastovo, a village in the Bekaa Valley, Lebanon, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "", "*", "LB"},
		{"Men pray in Drastovo, a small town in the Bekaa Valley, Lebanon, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "", "*", "LB"},
		{"People walk in Drastovo, a town near Kharkiv, Ukraine, March 3, 2026. REUTERS/Ana Belmor", "Drastovo", "Drastovo", "*", "UA"},
		{"Jon Tarrow, a lawyer in the Velmora office, speaks in Paris, France, March 3, 2026. REUTERS/Ana Belmor", "Paris", "", "*", "FR"},
	})
	for _, tc := range []struct {
		gap  string
		want bool
	}{
		{", a village in the ", true}, {", a small farming village near ", true}, {", a suburb of ", true},
		{", a lawyer in the ", false}, {" a village in the ", false}, {", the village in ", false},
	} {
		s := "Velmora" + tc.gap + "Drastovo"
		if got := appositionGap(s, wordsOf(s), len("Velmora"), len(s)-len("Drastovo")); got != tc.want {
			t.Errorf("appositionGap(%q) = %v, want %v", tc.gap, got, tc.want)
		}
	}
}

// TestCountryNotTownRule: a country named beside the date is not read as
// a town of another country that bears its name ("Lebanon", a US town);
// a territory that is its own city still is ("Hong Kong").
func TestCountryNotTownRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Men pray at the Velmora Mosque, March 3, 2026, in Lebanon. (AP Photo/Ana Belmor)", "", "Velmora Mosque", "*", "LB"},
		{"People shop at the Velmora Mall, March 3, 2026, in Hong Kong. (AP Photo/Ana Belmor)", "Hong Kong", "Velmora Mall", "*", "HK"},
	})
}

// TestTerritoryThenPlaceRule: "in Gaza, in the Velmora refugee camp" (AP,
// Reuters, AFP) names the territory, then the place in it: a name that is
// both a territory and a city is read as the territory, and the place is
// the one after it; a city followed by its district stays the city.
func TestTerritoryThenPlaceRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Palestinians put up tents in Gaza, in the Rafah refugee camp, southern Gaza Strip, March 3, 2026. REUTERS/Ana Belmor", "Rafaḩ", "Rafah refugee camp", "*", ""},
		{"Palestinians gather in Gaza, in the southern city of Rafah, on March 3, 2026. (Photo by Ana Belmor / AFP)", "Rafaḩ", "", "*", ""},
		{"People shop in Paris, in the Velmora district, March 3, 2026. REUTERS/Ana Belmor", "Paris", "", "*", "FR"},
		{"Firefighters work in California, in the town of Paradise, March 3, 2026. REUTERS/Ana Belmor", "Paradise", "", "*", "US"},
	})
}

// TestHeaderVenueRule: Reuters' sports header "- Venue, City, Country -"
// names the venue's city second, even where a region bears the city's
// name (Manchester, Valencia); EFE's "Velmora, Valencia" outside such a
// header stays a town of the province.
func TestHeaderVenueRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Soccer Football - Premier League - Velmora v Drastovo - Old Trafford, Manchester, Britain - March 3, 2026 Jon Tarrow in action REUTERS/Ana Belmor", "Manchester", "Old Trafford", "*", "GB"},
		{"Soccer Football - La Liga - Velmora v Drastovo - Mestalla, Valencia, Spain - March 3, 2026 Jon Tarrow in action REUTERS/Ana Belmor", "Valencia", "Mestalla", "*", "ES"},
		{"Vecinos en Alzira, Valencia, este viernes. EFE/Ana Belmor", "Alzira", "", "*", "ES"},
	})
}

// TestThroughSettlementRule: "drives through Velmora" without an article
// names a settlement (lexicon place_bare_preposition), as "in Velmora"
// does; "through the Velmora Market" names a place.
func TestThroughSettlementRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"An armoured vehicle drives through Velmora on June 3, 2015 in the Timbuktu region, northern Mali. (Photo by Ana Belmor / AFP)", "Velmora", "", "*", "ML"},
		{"People walk through Velmora, Ireland, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "*", "IE"},
		{"People walk through the Velmora Market in Paris, France, March 3, 2026. REUTERS/Ana Belmor", "Paris", "Velmora Market", "*", "FR"},
	})
}

// TestDemonymContextRule: "the northern English city of Newcastle" (AFP,
// Reuters) is the English Newcastle, not a larger namesake abroad; with
// no nationality the better-known namesake stays.
func TestDemonymContextRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Jon Tarrow poses at his home in the northern English city of Newcastle, March 3, 2026. REUTERS/Ana Belmor", "Newcastle upon Tyne", "", "*", "GB"},
		{"Jon Tarrow poses in the city of Newcastle, March 3, 2026. REUTERS/Ana Belmor", "Newcastle", "", "*", "ZA"},
		{"Residents gather in the southern Lebanese village of Velmora, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "*", "LB"},
	})
}

// TestAustralianStateRule: Australian style writes a state after its city
// without a full stop ("Lismore, NSW", "Brisbane, Qld"; lexicon
// place_ap_state): the state is the region, in Australia, and a namesake
// abroad ("Vic", a Catalan town) is not read.
func TestAustralianStateRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Residents wade through floodwaters in Lismore, NSW, March 3, 2022. AAP Image/Ana Belmor", "Lismore", "", "NSW", "AU"},
		{"Fans watch the match in Brisbane, Qld, March 3, 2026. AAP Image/Ana Belmor", "Brisbane", "", "Qld", "AU"},
		{"A koala sits in a tree near Velmora, Vic, March 3, 2026. AAP Image/Ana Belmor", "Velmora", "", "Vic", "AU"},
		{"Lawmakers meet in Canberra, ACT, March 3, 2026. AAP Image/Ana Belmor", "Canberra", "", "ACT", "AU"},
		{"Firefighters work in Velmora, Calif., Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "", "Calif.", "US"},
	})
}

// TestTiedBeforeDateRule: AP's "Description, City, State, Weekday, Date"
// names the city without a comma or a preposition before it ("Snow covers
// Velmora, N.Y., Tuesday, ..."); a name followed by a country only, or
// joined to its city by "in", is not read so.
func TestTiedBeforeDateRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Snow covers Velmora, N.Y., on Tuesday, March 3, 2026. (AP Photo/Ana Belmor)", "Velmora", "", "*", "US"},
		{"A view of downtown Velmora, Texas, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "*", "US"},
		{"Jon Tarrow speaks with Ana Belmor, Ireland, March 3, 2026. REUTERS/Ana Belmor", "", "", "*", "IE"},
		{"Christmas lights in Krakow, Poland, March 3, 2026. REUTERS/Ana Belmor", "Kraków", "", "*", "PL"},
	})
}

// TestGamesCityRule: "the Velmora Olympics" are held in their city (lexicon
// place_noun): an athlete's nationality ("Jon Tarrow of Japan") does not
// outrank it, and a place the caption introduces with its country does.
func TestGamesCityRule(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Jon Tarrow of Japan reacts after his match against Ana Belmor of China at the Paris Olympics, August 3, 2024. REUTERS/Ana Belmor", "Paris", "Paris Olympics", "*", "FR"},
		{"Jon Tarrow competes at the Paris Paralympics on August 30, 2024. (Photo by Ana Belmor / AFP)", "Paris", "Paris Paralympics", "*", "FR"},
		{"Jon Tarrow, who won gold at the Tokyo Olympics, trains in Velmora, Spain, March 3, 2026. REUTERS/Ana Belmor", "Velmora", "", "*", "ES"},
	})
}
