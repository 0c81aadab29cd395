package caption

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFindDates: the date pass, in both numeric orders, gives dates that
// lie in the text, in order, without sharing a word, each a calendar date
// (or a weekday), whatever the text.
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"Jane Quillfeather in Velmora, March 3-5, 2026. REUTERS/John Quillfeather",
		"Velmora, 2026 m. kovo 11 d. ELTA",
		"Velmora, 2025. gada 18. novembrī. LETA",
		"维尔莫拉，2026年3月5日。新华社",
		"Velmora, 3 d'abril de 2026. ACN",
		"Velmora 17. 11. 2025. ČTK",
		"vom 3. bis 5. März 2026, du 3 au 5 mars, del 3 al 5 de marzo",
		"nesta segunda-feira, 1° maggio, 1º de maio, 8. listopada 2025.",
		"15. Jan. 2026 12 okt. 2025 5 mar. 2026.- 31. 2. 2025",
		"EMBARGOED UNTIL 0001 GMT MARCH6 2026-03-05 05/03/2026 20260305",
		"5-Mar-2026, 05.03.26, from March 30 to April 2, 2026, between 30 March and 2 April 2026",
		"w marcu 2026, τον Μάρτιο του 2026, am Montagabend, March 3 and 5, 2026",
		"٥ آذار/مارس ٢٠٢٦، 5 במרץ 2026، ۱۴ اسفند ۱۴۰۴، 2026.3.5، ２０２６年３月５日",
		"5 كانون الثاني 2026، 5 تشرين الأول، 民國115年，115年2月29日，令和8年2月31日，＝5日午後，5일 오후",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Parse refuses such text before any pass reads it
		}
		checkScriptMentions(t, s)
		var lx lexer
		words := wordSeqOf(lx.lex(s))
		for _, order := range []DateOrder{DayFirst, MonthFirst} {
			end := 0
			for _, d := range findDatesOrder(s, words, order) {
				if d.start < end || d.end <= d.start || d.end > len(s) {
					t.Fatalf("%q: date at %d-%d after one ending at %d", s, d.start, d.end, end)
				}
				end = d.end
				checkMention(t, s, d)
			}
		}
	})
}

// checkMention fails t unless d is a weekday or a calendar date, whole or
// in part.
func checkMention(t *testing.T, s string, d dateMention) {
	t.Helper()
	if d.isWeekday {
		if d.weekday < time.Sunday || d.weekday > time.Saturday {
			t.Fatalf("%q: weekday %d", s, d.weekday)
		}
		return
	}
	if d.month < 1 || d.month > 12 || d.day < 0 || d.day > 31 || d.year != 0 && (d.year < 1900 || d.year > 2099) {
		t.Fatalf("%q: date %d-%d-%d", s, d.year, d.month, d.day)
	}
	if d.year != 0 && d.day != 0 && time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Day() != d.day {
		t.Fatalf("%q: no such day %d-%d-%d", s, d.year, d.month, d.day)
	}
}

// checkScriptMentions: the scripts' own date readers (withScriptDates)
// give dates that lie in the text, a month of 0 (a year or a day alone)
// to 12, a day of 0 to 31 that its month has.
func checkScriptMentions(t *testing.T, s string) {
	t.Helper()
	p := newParser(s, Options{})
	for _, d := range p.withScriptDates(nil) {
		if d.start < 0 || d.end <= d.start || d.end > len(p.s) {
			t.Fatalf("%q: script date at %d-%d", s, d.start, d.end)
		}
		if d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31 || !calendarDay(d) {
			t.Fatalf("%q: script date %d-%d-%d", s, d.year, d.month, d.day)
		}
	}
}
