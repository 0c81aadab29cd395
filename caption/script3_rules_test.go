package caption

import (
	"slices"
	"testing"
)

// Invented captions for the rules scripts3 added: the Korean press pool
// signing a heading, a Latin-script credit glued to a full-width stop,
// and the archive markers of the Arabic, Cyrillic and Greek desks.
func TestScript3Rules(t *testing.T) {
	for _, tc := range []struct {
		name, in, credit, agency string
		photographers            []string
		file                     bool
	}{
		{"yonhap pool", "(서울=연합뉴스) 사진공동취재단 = 5일 벨모라 광장에서 행사가 열리고 있다.", "(서울=연합뉴스) 사진공동취재단", "Yonhap", nil, false},
		{"newsis pool", "[서울=뉴시스] 공동취재단 = 5일 벨모라 광장에서 행사가 열리고 있다.", "[서울=뉴시스] 공동취재단", "Newsis", nil, false},
		{"pool word without its equals", "(서울=연합뉴스) 사진공동취재단 5일 벨모라 광장에서 행사가 열리고 있다.", "(서울=연합뉴스)", "Yonhap", nil, false},
		{"heading byline kept", "(서울=연합뉴스) 김벨모 기자 = 5일 광장에서 행사가 열리고 있다.", "(서울=연합뉴스) 김벨모 기자", "Yonhap", []string{"김벨모"}, false},
		{"reuters after ideographic stop", "游客在韦尔莫拉广场参观。REUTERS/Jane Roe", "REUTERS/Jane Roe", "Reuters", []string{"Jane Roe"}, false},
		{"afp after full-width stop", "ベルモラの広場に集まった人たち．(Photo by Jane ROE / AFP)", "Photo by Jane ROE / AFP", "AFP", []string{"Jane Roe"}, false},
		{"arabic archive bracket", "مبنى الوزارة في فيلمورا. (أرشيفية)", "", "", nil, true},
		{"arabic archive after agency", "مبنى الوزارة في فيلمورا. (رويترز - أرشيفية)", "رويترز - أرشيفية", "Reuters", nil, true},
		{"arabic word archive in prose", "زوار في معرض الصور الأرشيفية في فيلمورا. (رويترز)", "رويترز", "Reuters", nil, false},
		{"russian archive photo", "Здание музея в Вельморе. Архивное фото. Фото: Иван Вельмов/ТАСС", "Иван Вельмов/ТАСС", "TASS", []string{"Иван Вельмов"}, true},
		{"ukrainian archive photo", "Будівля музею у Вельморі. Архівне фото. Фото: Укрінформ", "Укрінформ", "Ukrinform", nil, true},
		{"greek archive photo", "Το μουσείο στη Βελμόρα. Φωτογραφία αρχείου: ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ", "ANA-MPA", nil, true},
		{"cna archive photo", "韋爾莫拉博物館外觀。（中央社檔案照片）", "?", "CNA", nil, true},
		{"arabic archive after agency and dash", "مبنى الوزارة في فيلمورا. (أ ف ب - صورة أرشيفية)", "أ ف ب", "AFP", nil, true},
		{"japanese paper equals reuters", "記者会見するベルモラ首相＝ロイター", "ロイター", "Reuters", nil, false},
		{"japanese paper equals ap", "ベルモラの街並み＝AP", "AP", "AP", nil, false},
		{"kyodo dateline then equals", "ベルモラの街並み＝5日午後、東京都内＝共同", "共同", "Kyodo", nil, false},
		{"equals a place, no agency", "ベルモラの街並み＝東京都内", "", "", nil, false},
		{"japanese pool bracket", "式典に臨むベルモラ首相（代表撮影）", "代表撮影", "", nil, false},
		{"hebrew police spokesperson", "זירת התאונה בוולמורה. צילום: דוברות המשטרה", "דוברות המשטרה", "דוברות המשטרה", nil, false},
		{"russian press service capitalised", "Совещание в Вельморе. Фото: Пресс-служба Кремля", "Пресс-служба Кремля", "Пресс-служба Кремля", nil, false},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if tc.credit != "?" && c.Credit != tc.credit || c.Agency != tc.agency || !slices.Equal(c.Photographers, tc.photographers) || c.FilePhoto != tc.file {
			t.Errorf("%s: credit %q agency %q photographers %q file %v, want %q %q %q %v", tc.name, c.Credit, c.Agency, c.Photographers, c.FilePhoto, tc.credit, tc.agency, tc.photographers, tc.file)
		}
	}
}

// Invented captions for the place rules scripts3 added: a capital word
// read whole (首都), a name never read from inside a katakana word, and
// the gazetteer's names in kana with the long-vowel mark and the names
// the 2013 dump lacks (internal/geo/internal/gen/script_names.go).
func TestScript3PlaceRules(t *testing.T) {
	for _, tc := range []struct{ name, in, city, country string }{
		{"capital word before a city", "人们在德国首都柏林集会。新华社记者 王维 摄", "Berlin", "DE"},
		{"capital word before dublin", "人们在爱尔兰首都都柏林集会。新华社记者 王维 摄", "Dublin", "IE"},
		{"japanese capital word", "フランスの首都パリで行われた式典（共同）", "Paris", "FR"},
		{"katakana country inside a word", "米ニューヨークのタイムズスクエアに集まった人たち（AP＝共同）", "New York City", "US"},
		{"katakana country on its own", "タイ・バンコクの市場（ロイター＝共同）", "Bangkok", "TH"},
		{"kana long-vowel mark", "インドの首都ニューデリーで行われた式典（ロイター＝共同）", "New Delhi", "IN"},
		{"kana long-vowel city", "シドニーの港に停泊する客船＝5日（ロイター＝共同）", "Sydney", "AU"},
		{"kyiv in japanese 2022 spelling", "キーウ市内で撮影（ロイター＝共同）", "Kyiv", "UA"},
		{"kyiv in korean 2022 spelling", "(키이우 AFP=연합뉴스) 5일 키이우에서 시민들이 걷고 있다.", "Kyiv", "UA"},
		{"kyiv in simplified chinese", "人们在基辅街头行走。新华社发", "Kyiv", "UA"},
		{"washington bare in chinese", "人们在华盛顿街头行走。新华社发", "Washington", "US"},
		{"washington in arabic", "متظاهرون في واشنطن. (رويترز)", "Washington", "US"},
		{"washington in persian", "تجمع مردم در واشنگتن. عکس: ایرنا", "Washington", "US"},
		{"seoul in japanese", "ソウル市内の繁華街（聯合＝共同）", "Seoul", "KR"},
	} {
		if city, country := script3Place(t, tc.in); city != tc.city || country != tc.country {
			t.Errorf("%s: city %q country %q, want %q %q", tc.name, city, country, tc.city, tc.country)
		}
	}
}

// Invented captions for the closing name of Japanese papers
// (credit_script3.go), TASS's heading (location_heading.go), a Korean
// city run into its airport and the Arabic capitals named with
// "the capital".
func TestScript3MoreRules(t *testing.T) {
	for _, tc := range []struct{ name, in, credit, city, country string }{
		{"paper name after comma", "満開の桜＝東京都内で2026年3月5日、山田ベル撮影", "山田ベル", "Tokyo", "JP"},
		{"paper name after equals", "満開の桜（5日、京都市で）＝鈴木ベル撮影", "鈴木ベル", "Kyoto", "JP"},
		{"paper label after a place is prose", "満開の桜＝2026年3月5日、大阪市内で撮影", "", "Osaka", "JP"},
		{"paper label after a date is prose", "満開の桜＝5日撮影", "", "", ""},
		{"paper label alone", "撮影", "", "", ""},
		{"cna filing city", "韋爾莫拉的街景。（中央社記者林維摩東京攝 2026年3月5日）", "中央社記者林維摩東京攝", "", ""},
		{"tass heading town", "Россия. Хабаровск. 5 марта 2026 года. Жители на набережной. Фото: Иван Вельмов/ТАСС", "Иван Вельмов/ТАСС", "Khabarovsk", "RU"},
		{"tass heading, second sentence no town", "Россия. Жители на набережной. Фото: ТАСС", "ТАСС", "", "RU"},
		{"tass heading, town of another country", "Россия. Гомель. Жители. Фото: ТАСС", "ТАСС", "", "RU"},
		{"korean airport run into its city", "(인천=연합뉴스) 김벨모 기자 = 5일 인천국제공항에서 승객들이 걷고 있다.", "(인천=연합뉴스) 김벨모 기자", "Incheon", "KR"},
		{"arabic capital word", "مواطنون في تونس العاصمة. (أ ف ب)", "أ ف ب", "Tunis", "TN"},
		{"arabic country alone", "مواطنون في تونس. (أ ف ب)", "أ ف ب", "", "TN"},
		{"arabic amman with shadda", "مواطنون في عمّان. (أ ف ب)", "أ ف ب", "Amman", "JO"},
		{"arabic oman unmarked", "مواطنون في عمان. (أ ف ب)", "أ ف ب", "", "OM"},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var city, country string
		if c.Location != nil {
			city, country = c.Location.City, c.Location.CountryCode
		}
		if c.Credit != tc.credit || city != tc.city || country != tc.country {
			t.Errorf("%s: credit %q city %q country %q, want %q %q %q", tc.name, c.Credit, city, country, tc.credit, tc.city, tc.country)
		}
	}
}

// Invented captions for the landmarks and seats of government the
// agencies writing in these scripts name without their city (lexicon
// place_landmark in zh/ja/ko/ar/he/fa, place_seat_name in ru/uk/bg/el).
func TestScript3Landmarks(t *testing.T) {
	for _, tc := range []struct{ name, in, city, country string }{
		{"zh kremlin", "总统在克里姆林宫会见来访的韦尔莫拉代表团。新华社发", "Moscow", "RU"},
		{"zh white house", "总统在白宫会见来访的韦尔莫拉代表团。新华社发", "Washington", "US"},
		{"zh landmark and a city", "总统在上海会见来访者，此前曾访问白宫。新华社发", "Shanghai", "CN"},
		{"ja prime minister's office", "首相官邸で記者会見するベルモラ氏＝5日（共同）", "Tokyo", "JP"},
		{"ko white house particle", "(서울=연합뉴스) 대통령이 5일 백악관에서 벨모라 총리를 만나고 있다.", "Washington", "US"},
		{"ar white house", "الرئيس يستقبل وفد فيلمورا في البيت الأبيض. (رويترز)", "Washington", "US"},
		{"he white house after be-", "ראש ממשלת וולמורה בבית הלבן. (צילום: רויטרס)", "Washington", "US"},
		{"fa white house", "دیدار با هیئت ولمورا در کاخ سفید. عکس: ایرنا", "Washington", "US"},
		{"ru kremlin locative", "Встреча с делегацией Вельморы в Кремле. Фото: ТАСС", "Moscow", "RU"},
		{"uk verkhovna rada", "Засідання у Верховній Раді. Фото: Укрінформ", "Kyiv", "UA"},
		{"bg parliament", "Заседание в Народното събрание. Снимка: БТА", "Sofia", "BG"},
		{"el maximos mansion", "Σύσκεψη στο Μαξίμου. ΦΩΤΟ: ΑΠΕ-ΜΠΕ", "Athens", "GR"},
		{"ko presidential office of another country", "(서울=연합뉴스) 벨모라 대통령실에서 회의가 열리고 있다.", "", ""},
	} {
		if city, country := script3Place(t, tc.in); city != tc.city || country != tc.country {
			t.Errorf("%s: city %q country %q, want %q %q", tc.name, city, country, tc.city, tc.country)
		}
	}
}

func TestWithoutFilingCity(t *testing.T) {
	for in, want := range map[string]string{
		"林小宇東京": "林小宇", "曾小萱巴黎": "曾小萱", "李大同": "李大同", "李大同台中": "李大同",
		"歐陽小明": "歐陽小明", "東京": "東京", "김철수": "김철수",
	} {
		if got := withoutFilingCity(in); got != want {
			t.Errorf("withoutFilingCity(%q) = %q, want %q", in, got, want)
		}
	}
}

// Invented captions dated in an era's first year (lexicon
// date_first_year: 元).
func TestEraFirstYear(t *testing.T) {
	for in, want := range map[string]string{
		"令和元年5月1日、ベルモラで撮影（共同）": "2019-05-01",
		"平成元年1月8日、ベルモラで撮影（共同）": "1989-01-08",
		"令和8年3月5日、ベルモラで撮影（共同）": "2026-03-05",
		"令和元日、ベルモラで撮影（共同）":     "",
	} {
		c, err := Parse(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if c.Date != nil {
			got = c.Date.String()
		}
		if got != want {
			t.Errorf("%s: date %q, want %q", in, got, want)
		}
	}
}

// Invented captions naming a town in the genitive after a noun of place
// (ru/uk place_preposition "locative" nouns, the genitive endings of
// place_locative_ending), and the locatives those endings must not break.
func TestScript3Genitive(t *testing.T) {
	for _, tc := range []struct{ name, in, city, country string }{
		{"ru centre of", "Митинг в центре Москвы. Фото: Иван Вельмов/ТАСС", "Moscow", "RU"},
		{"ru soft sign", "Митинг в центре Казани. Фото: ТАСС", "Kazan", "RU"},
		{"ru street of", "Военные на улице Донецка. Фото: Reuters", "Donetsk", "UA"},
		{"ru airport of", "Пассажиры в аэропорту Казани. Фото: ТАСС", "Kazan", "RU"},
		{"ru locative kept", "Митинг в Твери. Фото: ТАСС", "Tver", "RU"},
		{"uk centre of", "Волонтери у центрі Харкова. Фото: Укрінформ", "Kharkiv", "UA"},
		{"uk streets of", "Рятувальники на вулицях Одеси. Фото: Укрінформ", "Odesa", "UA"},
		{"uk suburb of, -о name", "Рятувальники у передмісті Дніпра. Фото: Укрінформ", "Dnipro", "UA"},
		{"uk locative kept", "Волонтери у Харкові. Фото: Укрінформ", "Kharkiv", "UA"},
		{"ru residents opening the caption", "Жители Москвы на площади. Фото: ТАСС", "Moscow", "RU"},
		{"ru title genitive is no place", "Президент Вельмории на встрече. Фото: ТАСС", "", ""},
	} {
		if city, country := script3Place(t, tc.in); city != tc.city || country != tc.country {
			t.Errorf("%s: city %q country %q, want %q %q", tc.name, city, country, tc.city, tc.country)
		}
	}
}

// Invented captions placed in a ward of Tokyo (lexicon ja/place_ward_city):
// the city is Tokyo, whatever GeoNames files the ward as.
func TestTokyoWards(t *testing.T) {
	for in, want := range map[string]string{
		"東京都台東区で撮影したベルモラ展（共同）":  "Tokyo",
		"東京・渋谷区で撮影したベルモラ展（共同）":  "Tokyo",
		"東京都新宿区のベルモラ展（共同）":      "Tokyo",
		"東京都八王子市で撮影したベルモラ展（共同）": "Hachiōji",
		"大阪市北区で撮影したベルモラ展（共同）":   "Osaka",
	} {
		c, err := Parse(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if c.Location != nil {
			got = c.Location.City
		}
		if got != want {
			t.Errorf("%s: city %q, want %q", in, got, want)
		}
	}
}

func TestScript3Agencies(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"الجزيرة", "Al Jazeera", "", ""},
		{"INTIME NEWS/ΓΙΑΝΝΗΣ ΒΕΛΜΟΣ", "InTime News", "Γιαννης Βελμος", ""},
		{"SOOC", "SOOC", "", ""},
		{"Агентство «Москва»", "Moskva News Agency", "", ""},
		{"Иван Вельмов, Коммерсантъ", "Kommersant", "Иван Вельмов", ""},
		{"ИЗВЕСТИЯ/Иван Вельмов", "Izvestia", "Иван Вельмов", ""},
	})
}

// script3Place parses in and returns its city and country.
func script3Place(t *testing.T, in string) (city, country string) {
	t.Helper()
	c, err := Parse(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Location != nil {
		city, country = c.Location.City, c.Location.CountryCode
	}
	return city, country
}
