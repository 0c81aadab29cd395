package caption

import "testing"

// Invented captions for credit_script2.go (Korean headings without a
// byline, Kyodo's aerial brackets, a partner's or an archive bracket at
// the end) and the labels and aliases added with it.
func TestScriptHeadingCredits(t *testing.T) {
	for _, tc := range []struct{ name, in, credit, agency string }{
		{"yonhap city heading", "(서울=연합뉴스) 5일 시민들이 광장에 모여 있다.", "(서울=연합뉴스)", "Yonhap"},
		{"yonhap partner", "(EPA=연합뉴스) 5일 시민들이 광장에 모여 있다.", "(EPA=연합뉴스)", "EPA"},
		{"yonhap xinhua in hangul", "(신화=연합뉴스) 5일 시민들이 광장에 모여 있다.", "(신화=연합뉴스)", "Xinhua"},
		{"kcna through yonhap", "(평양 조선중앙통신=연합뉴스) 5일 열린 군중대회.", "(평양 조선중앙통신=연합뉴스)", "KCNA"},
		{"newsis partner after city", "[서울=AP/뉴시스] 5일 시민들이 광장에 모여 있다.", "[서울=AP/뉴시스]", "AP"},
		{"newsis city heading", "[부산=뉴시스] 5일 시민들이 광장에 모여 있다.", "[부산=뉴시스]", "Newsis"},
		{"bracket with no agency", "(1=2) 시민들이 광장에 모여 있다.", "", ""},
		{"kyodo helicopter", "被災地の様子＝2026年3月5日（共同通信社ヘリから）", "共同通信社", "Kyodo"},
		{"jiji aircraft", "被災地の様子＝2026年3月5日（時事通信社機から）", "時事通信社", "Jiji"},
		{"vantage of no agency", "被災地の様子（ヴェルモラ社ヘリから）", "", ""},
		{"kyodo partner bracket", "市民が広場に集まった（AP＝共同）", "（AP＝共同）", "AP"},
		{"newsis partner bracket at the end", "시민들이 광장에 모여 있다. [AP=뉴시스]", "[AP=뉴시스]", "AP"},
		{"yonhap archive bracket", "시민들이 광장에 모여 있다. [연합뉴스 자료사진]", "연합뉴스", "Yonhap"},
		{"archive bracket of no agency", "시민들이 광장에 모여 있다. [벨모라 자료사진]", "", ""},
		{"arabic label with its article", "متظاهرون في الساحة. (الصورة: رويترز)", "رويترز", "Reuters"},
		{"persian photographer label", "تجمع مردم در میدان. عکاس: مینا راد", "مینا راد", ""},
		{"visual china", "游客在公园赏花。图片来源：视觉中国", "视觉中国", "VCG"},
	} {
		c, err := Parse(tc.in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Credit != tc.credit || c.Agency != tc.agency {
			t.Errorf("%s: credit %q agency %q, want %q %q", tc.name, c.Credit, c.Agency, tc.credit, tc.agency)
		}
	}
}
