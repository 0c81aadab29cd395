package caption

import "testing"

// Invented captions for the rules of location_script_region.go: a
// first-level division gives the country, its text the region; a name
// written with its generic word, or before a city written with its city
// word, is the division, not its namesake city.
func TestScriptRegions(t *testing.T) {
	for _, tc := range []struct {
		name, in, city, region, country string
	}{
		{"province alone", "3月5日，游客在浙江省一处茶园采茶。新华社记者 王小明 摄", "", "浙江省", "CN"},
		{"province without its word", "3月5日，在安徽拍摄的云海。新华社发（施三 摄）", "", "安徽", "CN"},
		{"autonomous region", "工人在广西壮族自治区检修设备。新华社记者 陈明 摄", "", "广西壮族自治区", "CN"},
		{"province, then its city", "2026年3月5日，在海南省三亚市拍摄的海滩。新华社记者 吴九 摄", "Sanya", "海南省", "CN"},
		{"prefecture named like its capital", "長野県の村でにぎわう観光客＝2026年3月5日（共同）", "", "長野県", "JP"},
		{"osaka fu", "大阪府内の公園で遊ぶ子どもたち＝2026年3月5日（時事）", "", "大阪府", "JP"},
		{"tokyo to stays the city", "東京都内の公園で遊ぶ子どもたち＝2026年3月5日（時事）", "Tokyo", "", "JP"},
		{"county named after its seat", "宜蘭縣民眾參加活動。中央社記者吳三攝", "", "宜蘭", "TW"},
		{"korean province short form", "(서울=연합뉴스) 김철수 기자 = 충남 어느 마을에서 농민들이 일하고 있다.", "", "충남", "KR"},
		{"korean province full form", "(서울=연합뉴스) 김철수 기자 = 경기도 일대에 눈이 내리고 있다.", "", "경기도", "KR"},
		{"korean word for a match is no province", "(서울=연합뉴스) 김철수 기자 = 선수들이 경기에서 뛰고 있다.", "", "", ""},
		{"korean province before a city with its city word", "[전주=뉴시스] 한예슬 기자 = 전북 전주시 한옥마을에서 관광객들이 걷고 있다.", "Jeonju", "전북", "KR"},
		{"persian province", "کشاورزان در استان خوزستان. عکس: کاوه نیک‌نام/ایرنا", "", "خوزستان", "IR"},
		{"arabic governorate with a joined preposition", "مزارعون بالأنبار غرب البلاد. (رويترز)", "", "الأنبار", "IQ"},
		{"introduced by a preposition before", "北京大学的学生在上海参观。新华社发", "Shanghai", "", "CN"},
		{"introduced by a particle after", "大阪出身の選手が東京で練習（共同）", "Tokyo", "", "JP"},
		{"introduced by a joined particle", "(서울=연합뉴스) 김철수 기자 = 대구 출신 선수가 부산에서 훈련하고 있다.", "Busan", "", "KR"},
		{"introduced by a joined preposition", "لاعبون من الإسكندرية يتدربون بالقاهرة. (رويترز)", "Cairo", "", "EG"},
		{"none introduced: the first", "北京，上海游客参观。新华社发", "Beijing", "", "CN"},
		{"named country wins over the region's", "游客在浙江省参观，日本游客也来了。新华社发", "", "", "JP"},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var city, region, country string
		if c.Location != nil {
			city, region, country = c.Location.City, c.Location.Region, c.Location.CountryCode
		}
		if city != tc.city || region != tc.region || country != tc.country {
			t.Errorf("%s: city %q region %q country %q, want %q %q %q", tc.name, city, region, country, tc.city, tc.region, tc.country)
		}
	}
}

// Invented captions for the Greek accusative in -ά and the Russian soft
// adjective in the locative (lexicon el/place_locative_ending,
// ru/place_adjective_ending).
func TestScriptLocatives(t *testing.T) {
	for _, tc := range []struct{ in, city string }{
		{"Λιμάνι στον Πειραιά, 5 Μαρτίου 2026. ΦΩΤΟ: ΑΠΕ-ΜΠΕ/Νίκος Αλεξίου", "Piraeus"},
		{"Κάτοικοι στην Πάτρα, 5 Μαρτίου 2026. ΦΩΤΟ: ΑΠΕ-ΜΠΕ", "Pátra"},
		{"Жители в Нижнем Новгороде, 5 марта 2026 года. Фото: Иван Петров/ТАСС", "Nizhniy Novgorod"},
		{"Жители в Новосибирске, 5 марта 2026 года. Фото: ТАСС", "Novosibirsk"},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		city := ""
		if c.Location != nil {
			city = c.Location.City
		}
		if city != tc.city {
			t.Errorf("Parse(%q) city %q, want %q", tc.in, city, tc.city)
		}
	}
}
