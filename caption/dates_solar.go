package caption

// Solar Hijri dates ("۱۵ اسفند ۱۴۰۴", Persian digits read as ASCII by
// normalize): a day, a month of lexicon class solar_month, a year of the
// thirteenth or fourteenth century, converted to the Gregorian calendar.
var clsSolarMonth = lexClass("solar_month")

// solarDates reads "<day> <solar month> <year>".
func (p *parser) solarDates(ds []dateMention) []dateMention {
	toks := p.toks
	for i := max(p.firstOf(clsSolarMonth), 1); i+1 < len(toks); i++ {
		_, sn, ok := matchAt(toks, i, clsSolarMonth)
		if !ok || !isDay(&toks[i-1]) || !toks[i+1].isNumber() || len(toks[i+1].key) != 4 {
			continue
		}
		jy, jd := atoi(toks[i+1].key), atoi(toks[i-1].key)
		if jy < 1300 || jy >= 1500 || jd < 1 || jd > 31 || sn.num > 6 && jd > 30 {
			continue
		}
		y, m, d := solarToGregorian(jy, sn.num, jd)
		ds = append(ds, dateMention{start: toks[i-1].start, end: toks[i+1].end, year: y, month: m, day: d})
	}
	return ds
}

// solarToGregorian converts a Solar Hijri date with the 33-year
// arithmetic rule of the calendar (leap years in a 33-year cycle, months
// of 31 days then 30, Esfand 29 or 30), exact for the years 1178–1633: it
// counts the days since a fixed epoch, then reads them as a proleptic
// Gregorian date.
func solarToGregorian(jy, jm, jd int) (int, int, int) {
	jy += 1595
	days := -355668 + 365*jy + jy/33*8 + (jy%33+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy := 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd := days + 1
	feb := 28
	if gy%4 == 0 && gy%100 != 0 || gy%400 == 0 {
		feb = 29
	}
	gm := 1
	for _, n := range [12]int{31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31} {
		if gd <= n {
			break
		}
		gd -= n
		gm++
	}
	return gy, gm, gd
}
