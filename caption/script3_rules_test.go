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
