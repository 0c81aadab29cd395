package caption

import "slices"

// Dates of the calendar conventions of the scripts' agencies, beside the
// date pass's own (dates.go, dates_more.go): a year counted from an era,
// Japanese "令和8年3月5日" and Taiwan's "民國115年3月5日" (lexicon class
// date_era, valued with the Gregorian year before the era's first), and
// the year-first dotted date of Korean captions, "2026.3.5" or "2026. 3.
// 5." (the Korean standard's order: year, month, day).
var (
	clsDateEra     = lexClass("date_era")
	clsMonthPhrase = lexClass("month_phrase")
)

// maxEraYear bounds an era's year: the longest era counted (Shōwa) ran 64
// years, the Republic of China's calendar is in its second century.
const maxEraYear = 200

// withScriptDates adds those dates to ds, in text order.
func (p *parser) withScriptDates(ds []dateMention) []dateMention {
	n := len(ds)
	if p.holds(clsDateEra) {
		ds = p.eraDates(ds)
	}
	if p.holds(clsSolarMonth) {
		ds = p.solarDates(ds) // dates_solar.go
	}
	if p.holds(clsMonthPhrase) {
		ds = p.monthPhraseDates(ds) // dates_script2.go
	}
	if p.holds(clsDateUnit) {
		ds = p.minguoDates(ds) // dates_script2.go
	}
	if !slices.ContainsFunc(ds, hasYear) && (p.holds(clsDateUnit) || p.hasHangul()) {
		// Korean captions date a picture so and give no other full date:
		// the rule is not tried where one was found.
		ds = p.dottedYearFirst(ds)
	}
	if len(ds) == 0 && p.holds(clsDateUnit) {
		ds = p.dayOnlyDates(ds) // dates_script2.go
	}
	if len(ds) > n {
		slices.SortStableFunc(ds, func(a, b dateMention) int { return a.start - b.start })
	}
	return ds
}

// eraDates reads "<era><year>年<month>月<day>日" (the day, then the month,
// may be left out).
func (p *parser) eraDates(ds []dateMention) []dateMention {
	toks := p.toks
	for i := p.firstOf(clsDateEra); i < len(toks); i++ {
		end, sn, ok := matchAt(toks, i, clsDateEra)
		if !ok || end+1 >= len(toks) || unitOf(&toks[end+1]) != 'y' {
			continue
		}
		y, ok := eraYear(toks, end)
		if !ok || y < 1 || y > maxEraYear {
			continue
		}
		d := dateMention{start: toks[i].start, end: toks[end+1].end, year: sn.num + y}
		k := end + 2
		for _, u := range []byte{'m', 'd'} {
			if k+1 >= len(toks) || !toks[k].isNumber() || unitOf(&toks[k+1]) != u {
				break
			}
			if u == 'm' {
				d.month = atoi(toks[k].key)
			} else {
				d.day = atoi(toks[k].key)
			}
			d.end, k = toks[k+1].end, k+2
		}
		if d.month >= 1 && d.month <= 12 && d.day <= 31 && calendarDay(d) || d.month == 0 && d.day == 0 && yearAlone(toks, k) {
			ds = append(ds, d)
		}
	}
	return ds
}

// clsDateFirstYear: the word for an era's first year (元).
var clsDateFirstYear = lexClass("date_first_year")

// eraYear reads the year written after an era's name at toks[k]: a
// number, or the word for its first year ("令和元年": 1).
func eraYear(toks []tok, k int) (int, bool) {
	if toks[k].isNumber() {
		return atoi(toks[k].key), true
	}
	if _, sn, ok := matchAt(toks, k, clsDateFirstYear); ok {
		return sn.num, true
	}
	return 0, false
}

// dottedYearFirst reads "2026.3.5", "2026. 3. 5." : a year, a month and a
// day, each followed by a full stop but the last.
func (p *parser) dottedYearFirst(ds []dateMention) []dateMention {
	toks := p.toks
	for i := 0; i+4 < len(toks); i++ {
		if !isYear(&toks[i]) || !toks[i+1].isMark('.') || !toks[i+2].isNumber() || !toks[i+3].isMark('.') || !isDay(&toks[i+4]) {
			continue
		}
		if toks[i+1].spaceBefore || toks[i+3].spaceBefore {
			continue
		}
		m := atoi(toks[i+2].key)
		if len(toks[i+2].key) > 2 || m < 1 || m > 12 {
			continue
		}
		ds = append(ds, dateMention{start: toks[i].start, end: toks[i+4].end, year: atoi(toks[i].key), month: m, day: atoi(toks[i+4].key)})
		i += 4
	}
	return ds
}

// hasHangul: the caption holds a Hangul syllable (lead bytes 0xEA–0xED).
func (p *parser) hasHangul() bool {
	for k := range p.toks {
		if t := &p.toks[k]; t.isWord() && t.key[0] >= 0xEA && t.key[0] <= 0xED {
			return true
		}
	}
	return false
}

// hasYear: a date with its year.
func hasYear(d dateMention) bool { return d.year != 0 }
