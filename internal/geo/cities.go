package geo

import (
	"strconv"
	"strings"
)

// citiesData is a compact gazetteer written for wirecap: capitals, large
// cities and places that recur in wire captions, with the alternate names
// used in English, French, German and Spanish copy. Coordinates are
// rounded public facts (to 0.1°). One line per city:
// name|country|lat|lon|c (capital) or -|alternate;names|region
// An empty country marks a place whose sovereignty the desk does not state.
const citiesData = `
Kabul|AF|34.5|69.2|c||
Tirana|AL|41.3|19.8|c||
Algiers|DZ|36.8|3.1|c|Alger;Algier;Argel|
Luanda|AO|-8.8|13.2|c||
Buenos Aires|AR|-34.6|-58.4|c||
Yerevan|AM|40.2|44.5|c|Erevan;Eriwan|
Sydney|AU|-33.9|151.2|-||New South Wales
Melbourne|AU|-37.8|145.0|-||Victoria
Canberra|AU|-35.3|149.1|c||
Brisbane|AU|-27.5|153.0|-||Queensland
Perth|AU|-32.0|115.9|-||Western Australia
Vienna|AT|48.2|16.4|c|Wien;Vienne;Viena|
Salzburg|AT|47.8|13.0|-|Salzbourgo;Salzbourg|
Baku|AZ|40.4|49.9|c|Bakou|
Manama|BH|26.2|50.6|c||
Dhaka|BD|23.8|90.4|c|Dacca|
Minsk|BY|53.9|27.6|c||
Brussels|BE|50.8|4.4|c|Bruxelles;Brüssel;Bruselas|
Antwerp|BE|51.2|4.4|-|Anvers;Antwerpen;Amberes|
Cotonou|BJ|6.4|2.4|-||
Porto-Novo|BJ|6.5|2.6|c||
La Paz|BO|-16.5|-68.1|c||
Sarajevo|BA|43.9|18.4|c||
Gaborone|BW|-24.7|25.9|c||
Brasilia|BR|-15.8|-47.9|c|Brasília|
Rio de Janeiro|BR|-22.9|-43.2|-|Rio|
Sao Paulo|BR|-23.6|-46.6|-|São Paulo|
Sofia|BG|42.7|23.3|c|Sofía|
Ouagadougou|BF|12.4|-1.5|c||
Phnom Penh|KH|11.6|104.9|c||
Yaounde|CM|3.9|11.5|c|Yaoundé|
Ottawa|CA|45.4|-75.7|c||Ontario
Toronto|CA|43.7|-79.4|-||Ontario
Montreal|CA|45.5|-73.6|-|Montréal|Quebec
Vancouver|CA|49.3|-123.1|-||British Columbia
Gatineau|CA|45.5|-75.7|-||Quebec
Bangui|CF|4.4|18.6|c||
N'Djamena|TD|12.1|15.0|c|Ndjamena|
Santiago|CL|-33.4|-70.7|c|Santiago de Chile|
Beijing|CN|39.9|116.4|c|Pékin;Peking;Pekín|
Shanghai|CN|31.2|121.5|-|Shanghaï|
Wuhan|CN|30.6|114.3|-||Hubei
Guangzhou|CN|23.1|113.3|-|Canton|Guangdong
Shenzhen|CN|22.5|114.1|-||Guangdong
Haikou|CN|20.0|110.3|-||Hainan
Sanya|CN|18.3|109.5|-||Hainan
Urumqi|CN|43.8|87.6|-|Ürümqi|Xinjiang
Kashgar|CN|39.5|76.0|-|Kashi|Xinjiang
Lhasa|CN|29.7|91.1|-||Tibet
Xi'an|CN|34.3|108.9|-||Shaanxi
Chengdu|CN|30.7|104.1|-||Sichuan
Chongqing|CN|29.6|106.5|-||
Tianjin|CN|39.1|117.2|-||
Nanjing|CN|32.1|118.8|-|Nankin|Jiangsu
Suzhou|CN|31.3|120.6|-||Jiangsu
Hangzhou|CN|30.3|120.2|-||Zhejiang
Harbin|CN|45.8|126.5|-||Heilongjiang
Hong Kong|HK|22.3|114.2|-|Hongkong|
Macao|MO|22.2|113.5|-|Macau|
Taipei|TW|25.0|121.6|c|Taipeh|
Bogota|CO|4.7|-74.1|c|Bogotá|
Medellin|CO|6.2|-75.6|-|Medellín|
Kinshasa|CD|-4.3|15.3|c||
Goma|CD|-1.7|29.2|-||North Kivu
Brazzaville|CG|-4.3|15.3|c||
San Jose|CR|9.9|-84.1|c|San José|
Zagreb|HR|45.8|16.0|c||
Havana|CU|23.1|-82.4|c|La Havane;Havanna;La Habana|
Nicosia|CY|35.2|33.4|c|Nicosie;Nikosia|
Prague|CZ|50.1|14.4|c|Prag;Praga;Praha|
Copenhagen|DK|55.7|12.6|c|Copenhague;Kopenhagen|
Djibouti|DJ|11.6|43.1|c||
Santo Domingo|DO|18.5|-69.9|c||
Quito|EC|-0.2|-78.5|c||
Cairo|EG|30.0|31.2|c|Le Caire;Kairo;El Cairo|
Giza|EG|30.0|31.2|-|Gizeh|
Alexandria|EG|31.2|29.9|-|Alexandrie|
Luxor|EG|25.7|32.6|-|Louxor|
San Salvador|SV|13.7|-89.2|c||
Asmara|ER|15.3|38.9|c||
Tallinn|EE|59.4|24.7|c||
Addis Ababa|ET|9.0|38.7|c|Addis-Abeba;Addis Abeba|
Helsinki|FI|60.2|24.9|c||
Paris|FR|48.9|2.4|c|París|Ile-de-France
Marseille|FR|43.3|5.4|-|Marseilles;Marsella|
Lyon|FR|45.8|4.8|-|Lyons;Lión|
Nice|FR|43.7|7.3|-|Niza|
Toulouse|FR|43.6|1.4|-||
Bordeaux|FR|44.8|-0.6|-|Burdeos|
Strasbourg|FR|48.6|7.8|-|Straßburg;Estrasburgo|
Lille|FR|50.6|3.1|-||
Nantes|FR|47.2|-1.6|-||
Calais|FR|51.0|1.9|-||
Cannes|FR|43.6|7.0|-||
Arcachon|FR|44.7|-1.2|-||
Libreville|GA|0.4|9.5|c||
Banjul|GM|13.5|-16.6|c||
Tbilisi|GE|41.7|44.8|c|Tiflis|
Berlin|DE|52.5|13.4|c|Berlín|
Hamburg|DE|53.6|10.0|-|Hambourg;Hamburgo|
Munich|DE|48.1|11.6|-|München;Múnich|Bavaria
Cologne|DE|50.9|7.0|-|Köln;Colonia|
Frankfurt|DE|50.1|8.7|-|Francfort;Fráncfort;Frankfurt am Main|
Stuttgart|DE|48.8|9.2|-||
Dusseldorf|DE|51.2|6.8|-|Düsseldorf|
Dresden|DE|51.1|13.7|-|Dresde|
Leipzig|DE|51.3|12.4|-|Leipzig|
Hanover|DE|52.4|9.7|-|Hannover;Hanovre|
Bonn|DE|50.7|7.1|-||
Accra|GH|5.6|-0.2|c||
Athens|GR|38.0|23.7|c|Athènes;Athen;Atenas;Athina|
Thessaloniki|GR|40.6|22.9|-|Salonique;Thessaloniki|
Nuuk|GL|64.2|-51.7|c||
Guatemala City|GT|14.6|-90.5|c||
Conakry|GN|9.5|-13.7|c||
Port-au-Prince|HT|18.5|-72.3|c||
Tegucigalpa|HN|14.1|-87.2|c||
Budapest|HU|47.5|19.0|c||
Reykjavik|IS|64.1|-21.9|c|Reykjavík|
New Delhi|IN|28.6|77.2|c|Delhi;New-Delhi;Neu-Delhi;Nueva Delhi|
Mumbai|IN|19.1|72.9|-|Bombay|
Kolkata|IN|22.6|88.4|-|Calcutta|
Chennai|IN|13.1|80.3|-|Madras|
Bangalore|IN|13.0|77.6|-|Bengaluru|
Srinagar|IN|34.1|74.8|-||
Jakarta|ID|-6.2|106.8|c|Djakarta;Yakarta|
Tehran|IR|35.7|51.4|c|Téhéran;Teheran;Teherán|
Isfahan|IR|32.7|51.7|-|Ispahan|
Baghdad|IQ|33.3|44.4|c|Bagdad|
Mosul|IQ|36.3|43.1|-|Mossoul|
Erbil|IQ|36.2|44.0|-|Arbil|
Basra|IQ|30.5|47.8|-|Bassora|
Dublin|IE|53.3|-6.3|c|Dublín|
Jerusalem||31.8|35.2|-|Jérusalem;Jerusalén;Al-Quds|
Tel Aviv|IL|32.1|34.8|-|Tel-Aviv|
Haifa|IL|32.8|35.0|-||
Rome|IT|41.9|12.5|c|Rom;Roma|
Milan|IT|45.5|9.2|-|Mailand;Milán;Milano|
Naples|IT|40.9|14.3|-|Neapel;Nápoles;Napoli|
Turin|IT|45.1|7.7|-|Turín;Torino|
Venice|IT|45.4|12.3|-|Venise;Venedig;Venecia;Venezia|
Florence|IT|43.8|11.3|-|Florenz;Florencia;Firenze|
Genoa|IT|44.4|8.9|-|Gênes;Genua;Génova;Genova|
Palermo|IT|38.1|13.4|-|Palerme|
Lampedusa|IT|35.5|12.6|-||
Abidjan|CI|5.3|-4.0|-||
Yamoussoukro|CI|6.8|-5.3|c||
Kingston|JM|18.0|-76.8|c||
Tokyo|JP|35.7|139.7|c|Tokio|
Osaka|JP|34.7|135.5|-||
Kyoto|JP|35.0|135.8|-||
Yokohama|JP|35.4|139.6|-||
Hiroshima|JP|34.4|132.5|-||
Fukushima|JP|37.8|140.5|-||Fukushima Prefecture
Sendai|JP|38.3|140.9|-||Miyagi Prefecture
Amman|JO|32.0|35.9|c||
Astana|KZ|51.2|71.4|c|Nur-Sultan|
Almaty|KZ|43.2|76.9|-|Alma-Ata|
Nairobi|KE|-1.3|36.8|c||
Mombasa|KE|-4.0|39.7|-||
Pristina|XK|42.7|21.2|c|Priština;Prishtina|
Kuwait City|KW|29.4|48.0|c|Koweït;Kuwait-Stadt|
Bishkek|KG|42.9|74.6|c|Bichkek|
Vientiane|LA|18.0|102.6|c||
Riga|LV|56.9|24.1|c||
Beirut|LB|33.9|35.5|c|Beyrouth;Beirut;Beirut|
Tripoli|LY|32.9|13.2|c||
Benghazi|LY|32.1|20.1|-||
Vilnius|LT|54.7|25.3|c||
Luxembourg|LU|49.6|6.1|c||
Antananarivo|MG|-18.9|47.5|c||
Lilongwe|MW|-14.0|33.8|c||
Kuala Lumpur|MY|3.1|101.7|c||
Male|MV|4.2|73.5|c|Malé|
Bamako|ML|12.6|-8.0|c||
Timbuktu|ML|16.8|-3.0|-|Tombouctou|
Gao|ML|16.3|0.0|-||
Valletta|MT|35.9|14.5|c|La Valette|
Nouakchott|MR|18.1|-16.0|c||
Mexico City|MX|19.4|-99.1|c|Mexico;Ciudad de México;Mexiko-Stadt|
Guadalajara|MX|20.7|-103.3|-||
Tijuana|MX|32.5|-117.0|-||
Chisinau|MD|47.0|28.9|c|Chişinău;Kischinau|
Ulaanbaatar|MN|47.9|106.9|c|Ulan Bator;Oulan-Bator|
Podgorica|ME|42.4|19.3|c||
Rabat|MA|34.0|-6.8|c||
Casablanca|MA|33.6|-7.6|-||
Marrakesh|MA|31.6|-8.0|-|Marrakech|
Maputo|MZ|-26.0|32.6|c||
Yangon|MM|16.8|96.2|-|Rangoon|
Naypyidaw|MM|19.8|96.1|c|Naypyitaw|
Windhoek|NA|-22.6|17.1|c||
Kathmandu|NP|27.7|85.3|c|Katmandou;Katmandu|
Amsterdam|NL|52.4|4.9|c|Ámsterdam|
The Hague|NL|52.1|4.3|-|La Haye;Den Haag;La Haya|
Rotterdam|NL|51.9|4.5|-|Róterdam|
Wellington|NZ|-41.3|174.8|c||
Auckland|NZ|-36.8|174.8|-||
Managua|NI|12.1|-86.3|c||
Niamey|NE|13.5|2.1|c||
Abuja|NG|9.1|7.5|c||
Lagos|NG|6.5|3.4|-||
Skopje|MK|42.0|21.4|c|Skopie|
Oslo|NO|59.9|10.8|c||
Muscat|OM|23.6|58.4|c|Mascate|
Islamabad|PK|33.7|73.1|c||
Karachi|PK|24.9|67.0|-||
Lahore|PK|31.5|74.3|-||
Peshawar|PK|34.0|71.5|-||
Quetta|PK|30.2|67.0|-||
Gaza||31.5|34.5|-|Gaza City;Gaza-Stadt|Gaza Strip
Ramallah||31.9|35.2|-||West Bank
Hebron||31.5|35.1|-||West Bank
Nablus||32.2|35.3|-||West Bank
Jenin||32.5|35.3|-||West Bank
Rafah||31.3|34.2|-||Gaza Strip
Khan Younis||31.3|34.3|-|Khan Yunis|Gaza Strip
Bethlehem||31.7|35.2|-||West Bank
Panama City|PA|9.0|-79.5|c|Ciudad de Panamá;Panamá|
Asuncion|PY|-25.3|-57.6|c|Asunción|
Lima|PE|-12.0|-77.0|c||
Manila|PH|14.6|121.0|c|Manille;Manila|
Warsaw|PL|52.2|21.0|c|Varsovie;Warschau;Varsovia;Warszawa|
Krakow|PL|50.1|19.9|-|Cracovie;Krakau;Cracovia;Kraków|
Gdansk|PL|54.4|18.6|-|Danzig;Gdańsk|
Przemysl|PL|49.8|22.8|-|Przemyśl|
Rzeszow|PL|50.0|22.0|-|Rzeszów|
Lisbon|PT|38.7|-9.1|c|Lisbonne;Lissabon;Lisboa|
Porto|PT|41.2|-8.6|-|Oporto|
Doha|QA|25.3|51.5|c||
Bucharest|RO|44.4|26.1|c|Bucarest;Bukarest|
Moscow|RU|55.8|37.6|c|Moscou;Moskau;Moscú;Moskva|
Saint Petersburg|RU|59.9|30.3|-|St Petersburg;St. Petersburg;Saint-Pétersbourg;Sankt Petersburg;San Petersburgo|
Pskov|RU|57.8|28.3|-|Pskow|
Sochi|RU|43.6|39.7|-|Sotchi;Sotschi|
Kazan|RU|55.8|49.1|-||
Novosibirsk|RU|55.0|82.9|-||
Yekaterinburg|RU|56.8|60.6|-|Ekaterinburg;Iekaterinbourg;Jekaterinburg|
Belgorod|RU|50.6|36.6|-||
Kursk|RU|51.7|36.2|-|Koursk|
Rostov-on-Don|RU|47.2|39.7|-|Rostov;Rostow am Don|
Veliky Novgorod|RU|58.5|31.3|-|Novgorod|
Kaliningrad|RU|54.7|20.5|-||
Vladivostok|RU|43.1|131.9|-|Wladiwostok|
Grozny|RU|43.3|45.7|-|Grozny|
Kigali|RW|-1.9|30.1|c||
Riyadh|SA|24.7|46.7|c|Riyad;Riad|
Jeddah|SA|21.5|39.2|-|Djeddah;Dschidda;Yida|
Mecca|SA|21.4|39.8|-|La Mecque;Mekka;La Meca|
Dakar|SN|14.7|-17.5|c|Dakar|
Belgrade|RS|44.8|20.5|c|Belgrad;Belgrado|
Freetown|SL|8.5|-13.2|c||
Singapore|SG|1.3|103.8|c|Singapour;Singapur|
Bratislava|SK|48.1|17.1|c||
Ljubljana|SI|46.1|14.5|c|Liubliana|
Mogadishu|SO|2.0|45.3|c|Mogadiscio;Mogadischu|
Pretoria|ZA|-25.7|28.2|c||
Johannesburg|ZA|-26.2|28.0|-||
Cape Town|ZA|-33.9|18.4|-|Le Cap;Kapstadt;Ciudad del Cabo|
Durban|ZA|-29.9|31.0|-||
Seoul|KR|37.6|127.0|c|Séoul;Seúl|
Busan|KR|35.2|129.1|-|Pusan|
Incheon|KR|37.5|126.7|-||
Pyongyang|KP|39.0|125.8|c|Pjöngjang;Pyongyang|
Juba|SS|4.9|31.6|c||
Madrid|ES|40.4|-3.7|c||
Barcelona|ES|41.4|2.2|-|Barcelone|
Valencia|ES|39.5|-0.4|-|Valence|
Seville|ES|37.4|-6.0|-|Séville;Sevilla|
Bilbao|ES|43.3|-2.9|-||
Malaga|ES|36.7|-4.4|-|Málaga|
Colombo|LK|6.9|79.9|c||
Khartoum|SD|15.6|32.5|c|Khartoum;Jartum|
Stockholm|SE|59.3|18.1|c|Estocolmo|
Bern|CH|46.9|7.4|c|Berne;Berna|
Geneva|CH|46.2|6.1|-|Genève;Genf;Ginebra|
Zurich|CH|47.4|8.5|-|Zürich;Zúrich|
Davos|CH|46.8|9.8|-||
Lausanne|CH|46.5|6.6|-|Lausana|
Damascus|SY|33.5|36.3|c|Damas;Damaskus;Damasco|
Aleppo|SY|36.2|37.2|-|Alep|
Idlib|SY|35.9|36.6|-||
Raqqa|SY|35.9|39.0|-|Rakka;Raqa|
Homs|SY|34.7|36.7|-||
Deir ez-Zor|SY|35.3|40.1|-|Deir Ezzor|
Dushanbe|TJ|38.6|68.8|c|Douchanbé|
Dodoma|TZ|-6.2|35.7|c||
Dar es Salaam|TZ|-6.8|39.3|-||
Bangkok|TH|13.8|100.5|c||
Lome|TG|6.1|1.2|c|Lomé|
Tunis|TN|36.8|10.2|c|Túnez|
Ankara|TR|39.9|32.9|c||
Istanbul|TR|41.0|29.0|-|Stamboul;Estambul|
Izmir|TR|38.4|27.1|-||
Gaziantep|TR|37.1|37.4|-||
Ashgabat|TM|37.9|58.4|c|Achgabat|
Kampala|UG|0.3|32.6|c||
Kyiv|UA|50.5|30.5|c|Kiev;Kiew;Kyïv;Kiïv;Kíev|
Kharkiv|UA|50.0|36.2|-|Kharkov;Kharkiv;Charkiw;Járkov|
Odesa|UA|46.5|30.7|-|Odessa;Odesa|
Lviv|UA|49.8|24.0|-|Lvov;Lemberg;Leópolis|
Dnipro|UA|48.5|35.0|-|Dnipropetrovsk|
Zaporizhzhia|UA|47.8|35.2|-|Zaporijia;Saporischschja;Zaporiyia;Zaporizhia|
Mariupol|UA|47.1|37.5|-|Marioupol;Mariúpol|
Donetsk|UA|48.0|37.8|-|Donezk|
Luhansk|UA|48.6|39.3|-|Lugansk;Louhansk|
Kherson|UA|46.6|32.6|-|Cherson;Jersón|
Mykolaiv|UA|47.0|32.0|-|Mykolaïv;Nikolaev|
Bucha|UA|50.5|30.2|-|Boutcha;Butscha|
Irpin|UA|50.5|30.3|-|Irpine|
Bakhmut|UA|48.6|38.0|-|Bakhmout;Bachmut;Artemivsk|
Avdiivka|UA|48.1|37.7|-|Avdiïvka;Awdijiwka|
Sumy|UA|50.9|34.8|-|Soumy|
Chernihiv|UA|51.5|31.3|-|Tchernihiv;Tschernihiw|
Kramatorsk|UA|48.7|37.6|-||
Sloviansk|UA|48.9|37.6|-|Slaviansk;Slowjansk|
Sevastopol|UA|44.6|33.5|-|Sébastopol;Sewastopol|
Simferopol|UA|44.9|34.1|-||
Abu Dhabi|AE|24.5|54.4|c|Abou Dhabi|
Dubai|AE|25.2|55.3|-|Dubaï;Dubái|
London|GB|51.5|-0.1|c|Londres;Londra|
Manchester|GB|53.5|-2.2|-||
Liverpool|GB|53.4|-3.0|-||
Birmingham|GB|52.5|-1.9|-||
Leeds|GB|53.8|-1.5|-||
Glasgow|GB|55.9|-4.3|-||
Edinburgh|GB|55.95|-3.2|-|Édimbourg;Edimburgo|
Cardiff|GB|51.5|-3.2|-||
Belfast|GB|54.6|-5.9|-||
Oxford|GB|51.8|-1.3|-||
Cambridge|GB|52.2|0.1|-||
Wimbledon|GB|51.4|-0.2|-||
Washington|US|38.9|-77.0|c|Washington, DC;Washington D.C.;Washington DC|District of Columbia
New York|US|40.7|-74.0|-|New York City;NYC;Nueva York;New-York|New York
Los Angeles|US|34.1|-118.2|-||California
San Francisco|US|37.8|-122.4|-||California
Chicago|US|41.9|-87.6|-||Illinois
Houston|US|29.8|-95.4|-||Texas
Dallas|US|32.8|-96.8|-||Texas
Austin|US|30.3|-97.7|-||Texas
Miami|US|25.8|-80.2|-||Florida
Atlanta|US|33.7|-84.4|-||Georgia
Boston|US|42.4|-71.1|-||Massachusetts
Philadelphia|US|40.0|-75.2|-|Philadelphie|Pennsylvania
Seattle|US|47.6|-122.3|-||Washington
Las Vegas|US|36.2|-115.1|-||Nevada
Phoenix|US|33.4|-112.1|-||Arizona
Denver|US|39.7|-105.0|-||Colorado
Detroit|US|42.3|-83.0|-||Michigan
New Orleans|US|30.0|-90.1|-|La Nouvelle-Orléans;Nueva Orleans|Louisiana
Minneapolis|US|45.0|-93.3|-||Minnesota
San Diego|US|32.7|-117.2|-||California
Santa Monica|US|34.0|-118.5|-||California
Honolulu|US|21.3|-157.9|-||Hawaii
Anchorage|US|61.2|-149.9|-||Alaska
Manhattan|US|40.8|-74.0|-||New York
Brooklyn|US|40.7|-73.9|-||New York
Tashkent|UZ|41.3|69.3|c|Tachkent;Taschkent|
Caracas|VE|10.5|-66.9|c||
Hanoi|VN|21.0|105.8|c|Hanoï|
Ho Chi Minh City|VN|10.8|106.7|-|Saigon;Hô Chi Minh-Ville|
Sanaa|YE|15.4|44.2|c|Sana'a;Saná|
Aden|YE|12.8|45.0|-||
Lusaka|ZM|-15.4|28.3|c||
Harare|ZW|-17.8|31.0|c||
Montevideo|UY|-34.9|-56.2|c||
Vatican City|VA|41.9|12.45|c|Vatican;Cité du Vatican;Vatikan;Ciudad del Vaticano|
Monaco|MC|43.7|7.4|c|Monte Carlo|
Kiel|DE|54.3|10.1|-||
`

var (
	cities         []City
	cityAlternates map[string][]string
)

func parseCities() {
	cityAlternates = map[string][]string{}
	for _, line := range strings.Split(citiesData, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 7 {
			continue
		}
		lat, _ := strconv.ParseFloat(f[2], 64)
		lon, _ := strconv.ParseFloat(f[3], 64)
		cities = append(cities, City{Name: f[0], Country: f[1], Lat: lat, Lon: lon, Capital: f[4] == "c", Region: f[6]})
		if f[5] != "" {
			cityAlternates[f[0]] = strings.Split(f[5], ";")
		}
	}
}
