package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// More of the date pass's conventions, each a small rule over the words
// of a caption (dateScan): short months with their full stop before the
// year, spaced numeric dates, the elided joiner, year-first dates with a
// year word, day ranges, dates written with unit signs (CJK), weekdays
// of two words, and month names two languages spell alike.

// The lexicon classes of these rules: words written after a year that is
// followed by its month or day (Lithuanian "2026 m. kovo 11 d.", Latvian
// "2025. gada 18. novembrī"); words between the two days of a range ("du
// 3 au 5 mars", "vom 3. bis 5. März"); the unit signs of a date written
// with them (Chinese and Japanese "2026年3月5日", Korean "2026년 3월 5일"),
// valued y, m or d; and month names read only after a day written with a
// full stop (Croatian "8. listopada" is October, Polish "8 listopada"
// November).
var (
	clsYearWord    = lexClass("year_word")
	clsDateRange   = lexClass("date_range")
	clsDateUnit    = lexClass("date_unit")
	clsMonthDotted = lexClass("month_dotted")
)

// abbrevMonthLen is the longest month word, in letters, read as an
// abbreviation when a full stop follows it: "Jan.", "Sept.", "févr.",
// "okt.", "mrt.", "ene.", Greek "Μαρτ.".
const abbrevMonthLen = 4

// yearAfter reports a year at token j, after the month (or the joiner
// after it) at j-1: "March 2026", "5 March, 2026", and after a short
// month's full stop, "15. Jan. 2026", "12 okt. 2025", "5 mar. 2026".
func (ds *dateScan) yearAfter(j int) bool {
	if j >= ds.toks.len() || !isYear(ds.toks.at(j)) {
		return false
	}
	g := ds.gap(j-1, j)
	if yearGap(g) {
		return true
	}
	prev := ds.toks.at(j - 1)
	return g == ". " && prev.has(clsMonth) && utf8.RuneCountInString(prev.key) <= abbrevMonthLen
}

// spacedDate reads a numeric date written with a full stop and a space
// between its parts, as the Czech, Slovak, Croatian and Slovenian
// standards write it ("17. 11. 2025"), and year first as the Hungarian and
// Korean ones do ("2025. 11. 17."). g1 and g2 are the gaps between a, b
// and c.
func spacedDate(a, b, c *tok, g1, g2 string) (dateMention, bool) {
	if g1 != ". " || g2 != ". " {
		return dateMention{}, false
	}
	switch {
	case isDay(a) && isDay(b) && isYear(c):
		return dateMention{year: atoi(c.key), month: atoi(b.key), day: atoi(a.key)}, true
	case isYear(a) && isDay(b) && isDay(c):
		return dateMention{year: atoi(a.key), month: atoi(b.key), day: atoi(c.key)}, true
	}
	return dateMention{}, false
}

// firstOfMonth reports the first of a month written as an ordinal with the
// degree sign, as Italian writes it ("1° maggio", "primo"), and Spanish
// and Portuguese desks often for the ordinal sign ("1° de mayo"): g is the
// gap after the day. Other days take no sign ("20°" is a temperature).
func firstOfMonth(day *tok, g string) bool {
	return day.key == "1" && (g == "° " || g == "°")
}

// joinerGap reports the bytes between a date's joiner and the next part:
// a space, or the apostrophe of an elided joiner (Catalan "3 d'abril",
// "21 d'agost").
func joinerGap(g string) bool { return g == " " || g == "'" || g == "’" }

// yearWordBefore reads a year written before token k with a year word
// between: Lithuanian "2026 m. kovo" (k the month), Latvian "2025. gada
// 18. novembrī" (k the day). It returns the token the date starts at and
// the year, or k and 0.
func (ds *dateScan) yearWordBefore(k int) (int, int) {
	if k < 2 || !ds.toks.at(k-1).has(clsYearWord) || !isYear(ds.toks.at(k-2)) {
		return k, 0
	}
	if g := ds.gap(k-2, k-1); g != " " && g != ". " {
		return k, 0
	}
	if g := ds.gap(k-1, k); g != " " && g != ". " {
		return k, 0
	}
	return k - 2, atoi(ds.toks.at(k - 2).key)
}

// isDash reports the gap of a range written with a dash: "3-5", "3 – 5".
func isDash(g string) bool {
	switch strings.TrimSpace(g) {
	case "-", "–", "—":
		return len(g) <= len("—")+2
	}
	return false
}

// rangeStart reads the first day of a range ending with the day at token
// k, the date's: "3-5 March 2026", "du 3 au 5 mars", "vom 3. bis 5. März",
// "del 3 al 5 de marzo". A range of days gives the day it starts on (the
// caption's photo was made on one of them; the first is the one a desk
// files it under). It returns the start's token and day, or k and 0.
func (ds *dateScan) rangeStart(k int) (int, int) {
	end := atoi(ds.toks.at(k).key)
	if k >= 1 && isDay(ds.toks.at(k-1)) && isDash(ds.gap(k-1, k)) {
		if d := atoi(ds.toks.at(k - 1).key); d < end {
			return k - 1, d
		}
	}
	if k >= 2 && ds.toks.at(k-1).has(clsDateRange) && isDay(ds.toks.at(k-2)) && ds.gap(k-1, k) == " " {
		if g := ds.gap(k-2, k-1); g == " " || g == ". " {
			if d := atoi(ds.toks.at(k - 2).key); d < end {
				return k - 2, d
			}
		}
	}
	return k, 0
}

// rangeEnd skips the end of a range after the day at token k, as AP and
// Reuters write one month first ("March 3-5, 2026"): it returns the last
// token of the range, or k.
func (ds *dateScan) rangeEnd(k int) int {
	if j := ds.rangeNext(k); j > 0 && j < ds.toks.len() && isDay(ds.toks.at(j)) && atoi(ds.toks.at(j).key) > atoi(ds.toks.at(k).key) {
		return j
	}
	return k
}

// rangeNext returns the token after the link of a range at token k: a dash
// ("3-5", "30 March - 2 April") or a range word between spaces ("from
// March 30 to April 2", "between 30 March and 2 April", "March 3 and 5");
// or -1.
func (ds *dateScan) rangeNext(k int) int {
	switch {
	case k+1 >= ds.toks.len():
		return -1
	case isDash(ds.gap(k, k+1)):
		return k + 1
	case k+2 < ds.toks.len() && ds.gap(k, k+1) == " " && ds.gap(k+1, k+2) == " " && ds.toks.at(k+1).has(clsDateRange):
		return k + 2
	}
	return -1
}

// rangeYear reads the end of a range across months, after the first date's
// last token k, written in the same order: "30 March - 2 April 2026"
// (dayFirst), "March 30 - April 2, 2026". The range gives its first day,
// in month m of the end's year, or of the year before when the range
// spans New Year ("30 December - 2 January 2026"): it returns that year
// and the end's last token, or 0 and k.
func (ds *dateScan) rangeYear(k, m int, dayFirst bool) (int, int) {
	toks := ds.toks
	j := ds.rangeNext(k)
	if j < 0 || j+2 >= toks.len() {
		return 0, k
	}
	day, month := toks.at(j), toks.at(j+1)
	if !dayFirst {
		day, month = month, day
	}
	endMonth, ok := monthOf(month)
	if !isDay(day) || !ok || !ds.yearAfter(j+2) {
		return 0, k
	}
	y := atoi(toks.at(j + 2).key)
	if endMonth < m {
		y--
	}
	return y, j + 2
}

// dottedMonth is the month a name means after a day written with a full
// stop, where two languages spell a month alike (Croatian "8. listopada"
// is October): m otherwise.
func (ds *dateScan) dottedMonth(i, dayTok, m int) int {
	if s := ds.toks.at(i).senseOf(clsMonthDotted); s != nil && ds.gap(dayTok, i) == ". " {
		return s.num
	}
	return m
}

// dateUnits maps the unit signs of the lexicon (date_unit) to their
// unit: 'y', 'm' or 'd'.
var dateUnits = func() map[rune]byte {
	m := map[rune]byte{}
	for _, e := range lexicon.list(clsDateUnit) {
		if r, n := utf8.DecodeRuneInString(e.key); n == len(e.key) && e.sense.val != "" {
			m[r] = e.sense.val[0]
		}
	}
	return m
}()

// unitOf returns the unit sign ('y', 'm' or 'd') a word starts with: the
// sign may run into the next word ("5日撮影").
func unitOf(t *tok) byte {
	if t.kind != tWord || t.key == "" || t.key[0] < utf8.RuneSelf {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t.key)
	return dateUnits[r]
}

// unitPart reads the number at token k followed by its unit sign u, with
// no gap between them or a space, as Chinese style guides set digits
// apart ("2026 年 3 月 5 日"): its value, or -1.
func (ds *dateScan) unitPart(k int, u byte) int {
	if k+1 >= ds.toks.len() || !ds.toks.at(k).isNumber() || unitOf(ds.toks.at(k+1)) != u || len(ds.gap(k, k+1)) > 1 {
		return -1
	}
	return atoi(ds.toks.at(k).key)
}

// unitDate reads a date written with unit signs from the number at token
// i, the year optional: "2026年3月5日", "3月5日", "2026년 3월 5일". A part
// follows the sign before it with no gap or a space.
func (ds *dateScan) unitDate(i int) {
	var d dateMention
	k := i
	if y := ds.unitPart(i, 'y'); y >= 0 && isYear(ds.toks.at(i)) {
		d.year, k = y, i+2
	}
	if k >= ds.toks.len() || k > i && len(ds.gap(k-1, k)) > 1 {
		return
	}
	d.month = ds.unitPart(k, 'm')
	if d.month < 1 || k+2 >= ds.toks.len() || len(ds.gap(k+1, k+2)) > 1 {
		return
	}
	if d.day = ds.unitPart(k+2, 'd'); d.day >= 1 {
		ds.emit(d, i, k+3)
	}
}

// weekdayPhrase reads a weekday of several words at token i, joined by
// punctuation (Portuguese "segunda-feira"): its weekday and last token.
func (ds *dateScan) weekdayPhrase(i int) (int, int, bool) {
	t := ds.toks.at(i)
	if !t.entry().starts.has(clsWeekday) {
		return 0, i, false
	}
phrases:
	for _, p := range t.entry().phrases {
		if p.sense.class != clsWeekday {
			continue
		}
		k, punct := i, ""
		for _, key := range p.rest {
			if r, _ := utf8.DecodeRuneInString(key); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				punct += key
				continue
			}
			k++
			if k >= ds.toks.len() || ds.toks.at(k).key != key || strings.TrimSpace(ds.gap(k-1, k)) != punct {
				continue phrases
			}
			punct = ""
		}
		return p.sense.num, k, true
	}
	return 0, i, false
}

// hyphenDate reads a date written day, month name and year joined by
// hyphens, the DD-Mon-YYYY form of data exports and picture desks' logs
// ("5-Mar-2026", "05-MAR-2026"), at the month token i. It reports whether
// it did.
func (ds *dateScan) hyphenDate(i, m int) bool {
	toks := ds.toks
	if i < 1 || i+1 >= toks.len() || ds.gap(i-1, i) != "-" || ds.gap(i, i+1) != "-" {
		return false
	}
	if !isDay(toks.at(i-1)) || !isYear(toks.at(i+1)) {
		return false
	}
	ds.emit(dateMention{year: atoi(toks.at(i + 1).key), month: m, day: atoi(toks.at(i - 1).key)}, i-1, i+1)
	return true
}

// shortYearDate reports a date in the short form of the German standard
// (DIN 5008 "TT.MM.JJ": "05.03.26"): day, month and year of two digits
// each, joined by full stops, always day first.
func shortYearDate(a, b, c *tok) bool {
	return len(a.key) == 2 && len(b.key) == 2 && len(c.key) == 2 && isDay(a) && isDay(b) && c.isNumber()
}

// shortYear is the year a two-digit year names, as POSIX strptime's %y
// reads it: 69-99 in the 1900s, 00-68 in the 2000s.
func shortYear(yy int) int {
	if yy >= 69 {
		return 1900 + yy
	}
	return 2000 + yy
}

// pairedMonth reports the month name at token i written with another
// name of month m after a slash, as AFP's and the Levantine desks' Arabic
// name a month by both its Syriac and its Latin name ("5 آذار/مارس 2026"):
// the date is read at the second name.
func (ds *dateScan) pairedMonth(i, m int) bool {
	if i+1 >= ds.toks.len() || ds.gap(i, i+1) != "/" {
		return false
	}
	m2, ok := monthOf(ds.toks.at(i + 1))
	return ok && m2 == m
}
