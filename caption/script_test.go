package caption

import (
	"slices"
	"testing"
	"time"
)

// Captions in scripts written without spaces (Chinese, Japanese) or with
// prefixed prepositions (Arabic, Hebrew, Persian); names and captions are
// invented, in the shapes of the agencies' conventions.

func TestLexCJKCharacters(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"新华社记者", []string{"新", "华", "社", "记", "者"}},
		{"東京で撮影", []string{"東", "京", "で", "撮", "影"}},
		{"2026年3月", []string{"2026", "年", "3", "月"}},
		{"Velmora新华", []string{"velmora", "新", "华"}},
		{"서울에서 시민", []string{"서울에서", "시민"}},
		{"Café Velmora", []string{"cafe", "velmora"}},
	} {
		var lx lexer
		var got []string
		for _, tk := range lx.cut(tc.in) {
			got = append(got, tk.key)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("cut(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// scriptCreditCases are invented captions in the credit shapes of the
// agencies writing in these scripts; agency "" means none is named.
var scriptCreditCases = []struct {
	name, in, credit, agency string
	photographers            []string
}{
	{"xinhua reporter", "2026年3月5日，游客在维尔莫拉广场参观。新华社记者 王小明 摄", "新华社记者 王小明 摄", "Xinhua", []string{"王小明"}},
	{"xinhua reporter, two names", "游客在广场参观。新华社记者王小明、李大海摄", "新华社记者王小明、李大海摄", "Xinhua", []string{"王小明", "李大海"}},
	{"xinhua released by", "游客在广场上参观。新华社发（王小明 摄）", "新华社发（王小明 摄）", "Xinhua", []string{"王小明"}},
	{"xinhua handout bracket", "游客在广场上参观。（新华社发）", "新华社发", "Xinhua", nil},
	{"cna traditional", "遊客在廣場參觀。中央社記者李大同攝 115年3月5日", "中央社記者李大同攝", "CNA", []string{"李大同"}},
	{"kyodo bracket", "市民が広場に集まった。（共同）", "共同", "Kyodo", nil},
	{"japanese photographed by", "市民が広場に集まった。5日撮影・山田花子", "山田花子", "", []string{"山田花子"}},
	{"japanese photo label", "市民が広場に集まった（写真：共同）", "共同", "Kyodo", nil},
	{"yonhap heading", "(서울=연합뉴스) 김철수 기자 = 5일 오후 광장에서 시민들이 걷고 있다.", "(서울=연합뉴스) 김철수 기자", "Yonhap", []string{"김철수"}},
	{"newsis heading", "[서울=뉴시스] 박영희 기자 = 시민들이 광장에서 걷고 있다.", "[서울=뉴시스] 박영희 기자", "Newsis", []string{"박영희"}},
	{"korean photo label", "시민들이 광장에서 걷고 있다. 사진=연합뉴스", "연합뉴스", "Yonhap", nil},
	{"arabic reuters", "متظاهرون في الساحة يوم 5 مارس 2026. (رويترز)", "رويترز", "Reuters", nil},
	{"arabic afp", "متظاهرون في الساحة. (أ ف ب)", "أ ف ب", "AFP", nil},
	{"arabic ap", "متظاهرون في الساحة. (أ ب)", "أ ب", "AP", nil},
	{"arabic anadolu", "متظاهرون في الساحة. (وكالة الأناضول)", "وكالة الأناضول", "Anadolu", nil},
	{"arabic spa", "ولي العهد يستقبل الوفد. (واس)", "واس", "SPA", nil},
	{"hebrew flash90", "זירת התאונה בכביש. (צילום: דנה לבנון/פלאש 90)", "דנה לבנון/פלאש 90", "Flash90", []string{"דנה לבנון"}},
	{"arabic photographed by", "متظاهرون في الساحة. تصوير: سليم فارح", "سليم فارح", "", []string{"سليم فارح"}},
	{"hebrew photo label, no agency", "ראש העיר בכיכר. צילום: נועה ברקת", "נועה ברקת", "", []string{"נועה ברקת"}},
	{"arabic label before prose", "صورة: الرئيس يستقبل الوفد في القصر صباح اليوم بعد الاجتماع", "", "", nil},
	{"chinese picture slash", "游客在广场参观。图/路透社", "路透社", "Reuters", nil},
	{"persian irna", "تجمع مردم در میدان. عکس: کاوه نیک‌نام/ایرنا", "کاوه نیک‌نام/ایرنا", "IRNA", []string{"کاوه نیک‌نام"}},
}

func TestScriptCredits(t *testing.T) {
	right := 0
	for _, tc := range scriptCreditCases {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ok := c.Credit == tc.credit && c.Agency == tc.agency && slices.Equal(c.Photographers, tc.photographers)
		if !ok {
			t.Errorf("%s: credit %q agency %q photographers %q, want %q %q %q", tc.name, c.Credit, c.Agency, c.Photographers, tc.credit, tc.agency, tc.photographers)
			continue
		}
		right++
	}
	t.Logf("script credits: %d/%d right", right, len(scriptCreditCases))
}

func TestScriptParseCredit(t *testing.T) {
	for _, tc := range []struct {
		in, agency    string
		photographers []string
	}{
		{"新华社", "Xinhua", nil},
		{"新华社记者 王小明 摄", "Xinhua", []string{"王小明"}},
		{"연합뉴스", "Yonhap", nil},
		{"뉴시스", "Newsis", nil},
		{"وكالة الأناضول", "Anadolu", nil},
		{"رويترز", "Reuters", nil},
		{"路透社", "Reuters", nil},
		{"中央社", "CNA", nil},
	} {
		cl := ParseCredit(tc.in)
		if cl.Agency != tc.agency || !slices.Equal(cl.Photographers, tc.photographers) {
			t.Errorf("ParseCredit(%q) = agency %q photographers %q, want %q %q", tc.in, cl.Agency, cl.Photographers, tc.agency, tc.photographers)
		}
	}
}

// scriptCountryCases: invented captions naming a country in these
// scripts, inside a run of characters or with a joined preposition or
// particle; "" means no country.
var scriptCountryCases = []struct {
	name, in, country, lang string
}{
	{"chinese inside a run", "2026年3月5日，游客在中国维尔莫拉参观。新华社记者 王小明 摄", "CN", "zh"},
	{"traditional chinese", "遊客在台灣參觀。中央社記者李大同攝", "TW", "zh"},
	{"japanese", "5日、日本の首相が演説した（共同）", "JP", "ja"},
	{"korean particle", "(서울=연합뉴스) 김철수 기자 = 이란에서 시민들이 걷고 있다.", "IR", "ko"},
	{"arabic plain", "متظاهرون في الساحة، مصر، 5 مارس 2026. (رويترز)", "EG", "ar"},
	{"arabic joined bi-", "متظاهرون بالمغرب يوم 5 مارس. (أ ف ب)", "MA", "ar"},
	{"hebrew joined be-", "הפגנה גדולה בישראל. (צילום: דנה לבנון/פלאש 90)", "IL", "he"},
	{"persian", "تجمع مردم در میدان، ایران. عکس: کاوه نیک‌نام/ایرنا", "IR", "fa"},
	{"credit country not the place", "游客在广场参观。（中国新闻社）", "", "zh"},
}

func TestScriptCountries(t *testing.T) {
	right := 0
	for _, tc := range scriptCountryCases {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if c.Location != nil {
			got = c.Location.CountryCode
		}
		if got != tc.country || c.Language != tc.lang {
			t.Errorf("%s: country %q language %q, want %q %q", tc.name, got, c.Language, tc.country, tc.lang)
			continue
		}
		right++
	}
	t.Logf("script countries: %d/%d right", right, len(scriptCountryCases))
}

// scriptCityCases: invented captions naming a city in these scripts (the
// gazetteer's alternate names of cities of 100,000 people or more), with
// a joined preposition, a particle or the city word 市 dropped.
var scriptCityCases = []struct {
	name, in, city, country string
}{
	{"chinese run", "2026年3月5日，游客在北京维尔莫拉广场参观。新华社记者 王小明 摄", "Beijing", "CN"},
	{"chinese city word dropped", "遊客在台北參觀。中央社記者李大同攝", "Taipei", "TW"},
	{"japanese", "大阪で5日撮影（共同）", "Osaka", "JP"},
	{"korean particle", "(서울=연합뉴스) 김철수 기자 = 5일 오후 서울 광장에서 시민들이 걷고 있다.", "Seoul", "KR"},
	{"arabic city and country", "متظاهرون في القاهرة، مصر، 5 مارس 2026. (رويترز)", "Cairo", "EG"},
	{"arabic joined bi-", "متظاهرون ببغداد يوم 5 مارس. (أ ف ب)", "Baghdad", "IQ"},
	{"persian", "تجمع مردم در تهران. عکس: کاوه نیک‌نام/ایرنا", "Tehran", "IR"},
	{"hebrew joined be-, disputed city", "מפגינים בירושלים, 5 במרץ 2026.", "Jerusalem", ""},
}

func TestScriptCities(t *testing.T) {
	right := 0
	for _, tc := range scriptCityCases {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var city, country string
		if c.Location != nil {
			city, country = c.Location.City, c.Location.CountryCode
		}
		if city != tc.city || country != tc.country {
			t.Errorf("%s: city %q country %q, want %q %q", tc.name, city, country, tc.city, tc.country)
			continue
		}
		right++
	}
	t.Logf("script cities: %d/%d right", right, len(scriptCityCases))
}

// scriptDateCases: invented captions dated in these scripts' conventions;
// want "" means no date.
var scriptDateCases = []struct {
	name, in, want string
}{
	{"korean units", "2026년 3월 5일 광장에서 시민들이 걷고 있다.", "2026-03-05"},
	{"korean dotted", "(서울=연합뉴스) 김철수 기자 = 시민들이 걷고 있다. 2026.3.5", "2026-03-05"},
	{"korean standard spaced", "시민들이 걷고 있다. 2026. 3. 5.", "2026-03-05"},
	{"japanese era reiwa", "令和8年3月5日、広場で撮影（共同）", "2026-03-05"},
	{"japanese era showa", "昭和64年1月7日、広場で", "1989-01-07"},
	{"roc year", "民國115年3月5日，遊客在廣場參觀。中央社記者李大同攝", "2026-03-05"},
	{"full-width digits", "２０２６年３月５日，游客在广场参观。", "2026-03-05"},
	{"arabic-indic digits", "متظاهرون في الساحة ٥ مارس ٢٠٢٦. (رويترز)", "2026-03-05"},
	{"maghreb month", "متظاهرون في الساحة يوم 5 جانفي 2026. (أ ف ب)", "2026-01-05"},
	{"levantine august", "متظاهرون في الساحة يوم 5 آب 2026. (أ ف ب)", "2026-08-05"},
	{"hebrew month with be-", "מפגינים בכיכר, 5 במרץ 2026. (צילום: דנה לבנון/פלאש 90)", "2026-03-05"},
	{"era year out of range", "令和300年3月5日、広場で", ""},
	{"dotted month out of range", "시민들이 걷고 있다. 2026.13.5", ""},
}

func TestScriptDates(t *testing.T) {
	right := 0
	for _, tc := range scriptDateCases {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if c.Date != nil {
			got = c.Date.Time.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("%s: date %q, want %q", tc.name, got, tc.want)
			continue
		}
		right++
	}
	t.Logf("script dates: %d/%d right", right, len(scriptDateCases))
}

func TestSolarToGregorian(t *testing.T) {
	for _, tc := range []struct{ jy, jm, jd, y, m, d int }{
		{1403, 1, 1, 2024, 3, 20}, // Nowruz after a leap Esfand
		{1404, 1, 1, 2025, 3, 21},
		{1357, 11, 22, 1979, 2, 11},
		{1404, 10, 1, 2025, 12, 22},
		{1403, 12, 30, 2025, 3, 20}, // 1403 is a leap year: Esfand has 30 days
		{1404, 12, 15, 2026, 3, 6},
	} {
		y, m, d := solarToGregorian(tc.jy, tc.jm, tc.jd)
		if y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("solarToGregorian(%d, %d, %d) = %d-%d-%d, want %d-%d-%d", tc.jy, tc.jm, tc.jd, y, m, d, tc.y, tc.m, tc.d)
		}
	}
}

func TestSolarDates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"تجمع مردم در میدان، ۱۵ اسفند ۱۴۰۴. عکس: کاوه نیک‌نام/ایرنا", "2026-03-06"},
		{"تجمع مردم در میدان، 1 فروردین 1404.", "2025-03-21"},
		{"تجمع مردم در میدان مهر.", ""}, // the word without a date's shape
		{"تجمع مردم، 31 مهر 1404.", ""}, // Mehr has 30 days
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if c.Date != nil {
			got = c.Date.Time.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("Parse(%q) date %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScriptFileAndShapes(t *testing.T) {
	for _, tc := range []struct {
		name, in, agency, city string
		file                   bool
	}{
		{"japanese file", "市民が広場に集まった（資料写真）", "", "", true},
		{"korean file, city word and particle", "[연합뉴스 자료사진] 시민들이 서울시에서 걷고 있다.", "", "Seoul", true},
		{"arabic file", "متظاهرون في الساحة. (صورة أرشيفية)", "", "", true},
		{"hebrew archive credit", "הפגנה בכיכר. (צילום ארכיון: דנה לבנון/פלאש 90)", "Flash90", "", true},
		{"japanese lenticular brackets", "市民が広場に集まった。【AFP＝時事】", "AFP", "", false},
		{"no marker", "市民が広場に集まった（共同）", "Kyodo", "", false},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		city := ""
		if c.Location != nil {
			city = c.Location.City
		}
		if c.FilePhoto != tc.file || c.Agency != tc.agency || city != tc.city {
			t.Errorf("%s: file %v agency %q city %q, want %v %q %q", tc.name, c.FilePhoto, c.Agency, city, tc.file, tc.agency, tc.city)
		}
	}
}
