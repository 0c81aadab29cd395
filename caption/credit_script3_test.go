package caption

import "testing"

// Issue 14, item 3: credits in captions written in Chinese, Japanese,
// Korean, Arabic, Hebrew and Persian, in the shapes the agencies and papers
// of those languages print. The state agencies of the registry (kind
// "official": IRNA, Tasnim, Mehr, WAFA) relay handouts. Names, places and
// captions are invented.
func TestScriptLanguageCredits(t *testing.T) {
	checkLangCredits(t, []langCredit{
		{"消防队员在韦尔莫拉灭火。（中新社记者 李维 摄）", "中新社记者 李维 摄", "China News Service", "李维", "", false},
		{"消防队员在韦尔莫拉灭火。（图片来源：新华社）", "新华社", "Xinhua", "", "", false},
		{"消防队员在韦尔莫拉灭火。摄影：李维", "李维", "", "李维", "", false},
		{"韦尔莫拉的消防队员。（路透社）", "路透社", "Reuters", "", "", false},
		{"消防员在韦尔莫拉。图片来源：法新社", "法新社", "AFP", "", "", false},
		{"消防隊員在韋爾莫拉滅火。（中央社記者李維攝）", "中央社記者李維攝", "CNA", "李維", "", false},
		{"ベルモラで消火活動をする消防隊員（共同）", "共同", "Kyodo", "", "", false},
		{"ベルモラで消火活動をする消防隊員＝３日（ロイター）", "ロイター", "Reuters", "", "", false},
		{"ベルモラの消防隊員（時事）", "時事", "Jiji", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. 사진=뉴시스", "뉴시스", "Newsis", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. [사진=연합뉴스]", "[사진=연합뉴스]", "Yonhap", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. /사진=뉴스1", "뉴스1", "News1", "", "", false},
		{"[서울=뉴시스] 김민준 기자 = 소방관들이 진화 작업을 하고 있다.", "[서울=뉴시스] 김민준 기자", "Newsis", "김민준", "", false},
		{"رجال الإطفاء في فيلمورا. تصوير: أحمد فلمور", "أحمد فلمور", "", "أحمد فلمور", "", false},
		{"رجال الإطفاء في فيلمورا. (الأناضول)", "الأناضول", "Anadolu", "", "", false},
		{"رجال الإطفاء في فيلمورا. (وفا)", "وفا", "WAFA", "", "handout", false},
		{"رجال الإطفاء في فيلمورا. المصدر: رويترز", "رويترز", "Reuters", "", "", false},
		{"رجال الإطفاء في فيلمورا. (أ ب)", "أ ب", "AP", "", "", false},
		{"כבאים בוולמורה. צילום: פלאש 90", "פלאש 90", "Flash90", "", "", false},
		{"כבאים בוולמורה. (צילום: יוסי ולמור/פלאש 90)", "יוסי ולמור/פלאש 90", "Flash90", "יוסי ולמור", "", false},
		{"כבאים בוולמורה. צילום: AFP", "AFP", "AFP", "", "", false},
		{"آتش‌نشانان در ولمورا. عکس: ایرنا", "ایرنا", "IRNA", "", "handout", false},
		{"آتش‌نشانان در ولمورا. (عکس: تسنیم)", "تسنیم", "Tasnim", "", "handout", false},
		{"آتش‌نشانان در ولمورا. عکس: علی ولموری/ایسنا", "علی ولموری/ایسنا", "ISNA", "علی ولموری", "", false},
		{"آتش‌نشانان در ولمورا. منبع: خبرگزاری مهر", "خبرگزاری مهر", "Mehr", "", "handout", false},
	})
}

// TestKoreanRelayedCredits: Korean papers credit a wire's picture relayed
// by a national agency with "=" between the two ("AFP=연합뉴스", "로이터=
// 뉴스1"; Yonhap's English service writes "AFP-Yonhap"), print "ⓒ" for
// the copyright sign, and mark an archive picture "자료사진" after the
// agency, after a space ("[연합뉴스 자료사진]"). "=" between words that are
// not both agencies joins nothing ("(서울=연합뉴스)" is Yonhap's dateline).
// A closing bracket of these keeps its brackets in the credit, as
// credit_script2_test.go pins "[AP=뉴시스]".
func TestKoreanRelayedCredits(t *testing.T) {
	checkLangCredits(t, []langCredit{
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. 로이터=연합뉴스", "로이터=연합뉴스", "Reuters", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. [AFP=연합뉴스]", "[AFP=연합뉴스]", "AFP", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. EPA=연합뉴스", "EPA=연합뉴스", "EPA", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. [AFP=연합뉴스 자료사진]", "[AFP=연합뉴스 자료사진]", "AFP", "", "", true},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. [연합뉴스 자료사진]", "연합뉴스", "Yonhap", "", "", true},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. ⓒ 로이터=뉴스1", "로이터=뉴스1", "Reuters", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. ⓒ 뉴스1", "뉴스1", "News1", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. (사진=연합뉴스)", "(사진=연합뉴스)", "Yonhap", "", "", false},
		{"벨모라에서 소방관들이 진화 작업을 하고 있다. 연합뉴스", "연합뉴스", "Yonhap", "", "", false},
		{"(서울=연합뉴스) 김민준 기자 = 소방관들이 진화 작업을 하고 있다.", "(서울=연합뉴스) 김민준 기자", "Yonhap", "김민준", "", false},
	})
	checkFieldCases(t, []fieldCase{
		{"AFP=연합뉴스", "AFP", "", "Yonhap"},
		{"ⓒ 뉴스1", "News1", "", ""},
	})
	for _, tc := range []struct {
		in   string
		want int
	}{{"AFP=연합뉴스", 3}, {"서울=연합뉴스", -1}, {"a=b=c", -1}, {"=AFP", -1}} {
		if got := equalsSplit(tc.in); got != tc.want {
			t.Errorf("equalsSplit(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
