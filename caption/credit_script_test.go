package caption

import "testing"

// TestArabicHebrewWireNames: the Arabic and Hebrew desks name the wires in
// their own script, AFP "(أ ف ب)" (with or without its dots), Reuters
// "(رويترز)", "רויטרס"; agencies.tsv holds them as aliases.
func TestArabicHebrewWireNames(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"رجال الإطفاء في فيلمورا. (أ ف ب)", creditWant{"أ ف ب", "AFP", "", "", false}},
		{"رجال الإطفاء في فيلمورا. (أ.ف.ب)", creditWant{"أ.ف.ب", "AFP", "", "", false}},
		{"رجال الإطفاء في فيلمورا. (رويترز)", creditWant{"رويترز", "Reuters", "", "", false}},
		{"כבאים בוולמורה. (צילום: רויטרס)", creditWant{"רויטרס", "Reuters", "", "", false}},
	})
	checkFieldCases(t, []fieldCase{
		{"(أ ف ب)", "AFP", "", ""},
		{"رويترز", "Reuters", "", ""},
		{"أسوشيتد برس", "AP", "", ""},
	})
}

// TestPressServiceAndGreekLabel: Russian and Ukrainian papers credit a
// handout to a press service written in lower case ("Фото: пресс-служба
// МЧС"): an organisation, the credit; the Greek sites' short label "ΦΩΤΟ:"
// is cut; Hungarian newspaper titles ("Velmorai Napló") are no persons.
func TestPressServiceAndGreekLabel(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Пожарные в Велморе. Фото: пресс-служба МЧС Велморы", creditWant{"пресс-служба МЧС Велморы", "пресс-служба МЧС Велморы", "", "", false}},
		{"Пожежники у Велморі. Фото: пресслужба ДСНС", creditWant{"пресслужба ДСНС", "пресслужба ДСНС", "", "", false}},
		{"Пожарные в Велморе. Фото: иван петров", creditWant{}},
		{"Πυροσβέστες στη Βελμόρα. (ΦΩΤΟ: EUROKINISSI/ΓΙΑΝΝΗΣ ΒΕΛΜΟΣ)", creditWant{"EUROKINISSI/ΓΙΑΝΝΗΣ ΒΕΛΜΟΣ", "Eurokinissi", "Γιαννης Βελμος", "", false}},
		{"Tűzoltók Velmorán. Fotó: Kovács Jolán / Velmora Napló", creditWant{"Kovács Jolán / Velmora Napló", "Velmora Napló", "Kovács Jolán", "", false}},
	})
}

// TestCJKBylines: Xinhua's Chinese byline "新华社记者 李维 摄" (agency,
// reporter word, name, verb; spaces or none; in brackets; "新华社发（… 摄）"
// for a contributed picture), People's Daily's the same, and Yonhap's
// Korean dateline byline "(서울=연합뉴스) 김민준 기자 =" (News1 alike) name
// the agency and the photographer. Names and captions are invented.
func TestCJKBylines(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"消防队员在韦尔莫拉灭火。新华社记者李维摄", creditWant{"新华社记者李维摄", "Xinhua", "李维", "", false}},
		{"消防队员在韦尔莫拉灭火。（新华社记者 王晓明 摄）", creditWant{"新华社记者 王晓明 摄", "Xinhua", "王晓明", "", false}},
		{"消防队员在韦尔莫拉灭火。新华社发（张丽 摄）", creditWant{"新华社发（张丽 摄）", "Xinhua", "张丽", "", false}},
		{"(서울=연합뉴스) 김민준 기자 = 소방관들이 진화 작업을 하고 있다.", creditWant{"(서울=연합뉴스) 김민준 기자", "Yonhap", "김민준", "", false}},
		// No registry agency before the reporter word, or a long "name": no byline.
		{"消防队员在韦尔莫拉灭火。韦尔莫拉日报记者李维摄", creditWant{}},
		{"消防队员在韦尔莫拉灭火。新华社记者在现场拍摄了很多照片", creditWant{}},
	})
	checkFieldCases(t, []fieldCase{
		{"新华社记者李维摄", "Xinhua", "李维", ""},
		{"新华社记者 王晓明 摄", "Xinhua", "王晓明", ""},
		{"新华社", "Xinhua", "", ""},
	})
}
