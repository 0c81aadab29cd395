package caption

import "time"

// More dates of the scripts' agencies (withScriptDates): the Levantine
// months of two words, Taiwan's Minguo year written without its era, a
// year of an era alone, and a day written without its month.

// monthPhraseDates reads "<day> <month of two words> [<year>]" (lexicon
// month_phrase: "5 كانون الثاني 2026"); a date without its year is
// resolved against the stated date, as any other.
func (p *parser) monthPhraseDates(ds []dateMention) []dateMention {
	toks := p.toks
	for i := max(p.firstOf(clsMonthPhrase), 1); i < len(toks); i++ {
		end, sn, ok := matchAt(toks, i, clsMonthPhrase)
		if !ok || !isDay(&toks[i-1]) {
			continue
		}
		d := dateMention{start: toks[i-1].start, end: toks[end-1].end, month: sn.num, day: atoi(toks[i-1].key)}
		if end < len(toks) && isYear(&toks[end]) {
			d.year, d.end = atoi(toks[end].key), toks[end].end
		}
		ds = append(ds, d)
		i = end - 1
	}
	return ds
}

// Minguo years without their era: CNA and Taiwan's government date by the
// Republic of China's calendar and often leave out its name 民國 ("115年3月5
// 日" is 2026-03-05). A year of three digits from 100 (2011) to 199 before
// 年, a month and a day names no Gregorian date a photo could have; a
// year alone (a duration: "115年历史") is not read.
const (
	minguoFirst  = 100
	minguoLast   = 199
	minguoOffset = 1911
)

// minguoDates reads "<year>年<month>月<day>日" with a year of minguoFirst
// to minguoLast not preceded by an era (eraDates reads those).
func (p *parser) minguoDates(ds []dateMention) []dateMention {
	toks := p.toks
	for i := 0; i+5 < len(toks); i++ {
		if !toks[i].isNumber() || len(toks[i].key) != 3 || i > 0 && toks[i-1].has(clsDateEra) {
			continue
		}
		y, m, d := atoi(toks[i].key), atoi(toks[i+2].key), atoi(toks[i+4].key)
		if y < minguoFirst || y > minguoLast || unitOf(&toks[i+1]) != 'y' || !toks[i+2].isNumber() || unitOf(&toks[i+3]) != 'm' ||
			!toks[i+4].isNumber() || unitOf(&toks[i+5]) != 'd' || m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		if dm := (dateMention{start: toks[i].start, end: toks[i+5].end, year: y + minguoOffset, month: m, day: d}); calendarDay(dm) {
			ds = append(ds, dm)
			i += 5
		}
	}
	return ds
}

// yearAlone reports an era's year written alone ("民國115年，…"): what
// follows 年 (token k) is no number and no word joined to it ("令和8年度",
// the fiscal year, is not a year of the calendar).
func yearAlone(toks []tok, k int) bool {
	return k >= len(toks) || toks[k].spaceBefore || toks[k].isPunct()
}

// dayOnlyDates reads a day written without its month, "5日" (Japanese,
// Chinese) or "5일" (Korean), the agencies' way of dating a picture of
// the day before or of the same day ("…＝5日午後（共同）", "5일 오후"):
// read only where the caption gives no other date, and resolved only
// against a stated date (resolveDay).
func (p *parser) dayOnlyDates(ds []dateMention) []dateMention {
	toks := p.toks
	for i := 0; i+1 < len(toks); i++ {
		if !isDay(&toks[i]) || unitOf(&toks[i+1]) != 'd' || i > 0 && unitOf(&toks[i-1]) == 'm' {
			continue
		}
		return append(ds, dateMention{start: toks[i].start, end: toks[i+1].end, day: atoi(toks[i].key)})
	}
	return ds
}

// resolvePartial resolves a date without its year, a weekday, or a day
// without its month against the hint.
func resolvePartial(d dateMention, hint time.Time) dateMention {
	switch {
	case d.isWeekday:
		return resolveWeekday(d, hint)
	case d.month == 0:
		return resolveDay(d, hint)
	}
	return resolveYear(d, hint)
}

// resolveDay gives a day without its month the latest date of that day on
// or before the hint (two days' grace, as resolveYear): the hint's month,
// else the month before it that has the day.
func resolveDay(d dateMention, hint time.Time) dateMention {
	limit := hint.AddDate(0, 0, 2)
	for back := 0; back < 3; back++ {
		first := time.Date(hint.Year(), hint.Month()-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
		t := first.AddDate(0, 0, d.day-1)
		if t.Month() == first.Month() && !t.After(limit) {
			d.year, d.month = t.Year(), int(t.Month())
			return d
		}
	}
	return d
}

// calendarDay reports a date whose day its month has ("2月31日" is none); a
// date without its year or day passes.
func calendarDay(d dateMention) bool {
	if d.year == 0 || d.day == 0 {
		return true
	}
	return time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Day() == d.day
}
