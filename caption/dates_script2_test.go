package caption

import (
	"testing"
	"time"
)

// Invented captions for the rules of dates_script2.go.
func TestScriptDates2(t *testing.T) {
	checkDates(t, []dateCase{
		{"سكان في الساحة، 5 كانون الثاني 2026. (سانا)", "", "2026-01-05"},
		{"سكان في الساحة، 5 كانون الأول 2025. (وفا)", "", "2025-12-05"},
		{"سكان في الساحة، 5 تشرين الاول 2025. (أ ف ب)", "", "2025-10-05"},
		{"سكان في الساحة، 5 تشرين الثاني. (أ ف ب)", "2026-03-06", "2025-11-05"},
		{"سكان في الساحة، 5 تشرين الثاني. (أ ف ب)", "", ""}, // no year, no stated date
		{"سكان في الساحة، كانون 2026. (أ ف ب)", "", ""},     // one word of the pair names no month
		{"高雄市海灘遊客戲水。中央社記者黃一二攝 115年3月5日", "", "2026-03-05"},
		{"該校已有115年歷史。中央社記者黃一二攝", "", ""}, // a duration, not a date
		{"民國115年，台中市舉辦燈會。中央社記者陳大文攝", "", "2026"},
		{"令和8年度予算で整備された公園（共同）", "", ""}, // the fiscal year
		{"北海道の港に接岸した巡視船＝5日午後（共同）", "2026-03-06", "2026-03-05"},
		{"北海道の港に接岸した巡視船＝5日午後（共同）", "", ""},
		{"北海道の港＝31日（共同）", "2026-03-06", "2026-01-31"}, // February has no 31st
		{"(대구=연합뉴스) 이민호 기자 = 5일 대구에서 시민들이 걷고 있다.", "2026-03-06", "2026-03-05"},
		{"北海道の港＝3月5日（共同）", "2026-03-06", "2026-03-05"}, // the month stated: not a day alone
		{"令和8年2月31日、広場で（共同）", "", ""},                  // February has no 31st
		{"115年2月29日，遊客在廣場參觀。中央社記者李大同攝", "", ""},        // nor a 29th in 2026
	})
}

func TestResolveDay(t *testing.T) {
	hint := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ day, y, m int }{
		{5, 2026, 3}, {8, 2026, 3}, // two days' grace
		{9, 2026, 2}, {28, 2026, 2}, {30, 2026, 1}, {31, 2026, 1},
	} {
		d := resolveDay(dateMention{day: tc.day}, hint)
		if d.year != tc.y || d.month != tc.m || d.day != tc.day {
			t.Errorf("resolveDay(%d) = %d-%d-%d, want %d-%d-%d", tc.day, d.year, d.month, d.day, tc.y, tc.m, tc.day)
		}
	}
}
