package caption

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthNames maps month words in English, French, German and Spanish (and
// the AP abbreviations) to month numbers.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
	"juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
	"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
	"donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
	"domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "miercoles": time.Wednesday,
	"jueves": time.Thursday, "viernes": time.Friday, "sábado": time.Saturday, "sabado": time.Saturday,
}

// dateMention is one date found in text. year, month or day are 0 when
// the text does not give them; weekday is set for a bare weekday.
type dateMention struct {
	start, end       int
	year, month, day int
	weekday          time.Weekday
	isWeekday        bool
}

func (d dateMention) precision() string {
	switch {
	case d.day != 0:
		return "day"
	case d.month != 0:
		return "month"
	}
	return "year"
}

func monthAlternation() string {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first so that "september" wins over "sep".
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if len(names[j]) > len(names[i]) {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	return strings.Join(names, "|")
}

var (
	mon = `(` + monthAlternation() + `)\.?`
	// "January 6, 2021", "Jan. 6, 2021", "JUNE 24", "December 28,2017", "Sep 9 2025".
	reMonthDay = regexp.MustCompile(`(?i)\b` + mon + `,? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? ?((?:19|20)\d\d)\b)?`)
	// "6 January 2021", "le 3 mars 2022", "3. März 2022", "3 de marzo de 2022", "23 April, 2011", "7th January 1948".
	reDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)? (?:de )?` + mon + `(?:,? (?:de |del )?((?:19|20)\d\d)\b)?`)
	// "March 2009", "October, 2012", "mars 2022".
	reMonthYear = regexp.MustCompile(`(?i)\b` + mon + `,? (?:de )?((?:19|20)\d\d)\b`)
	reISO       = regexp.MustCompile(`\b((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)\b`)
	// "28/03/2022", "24-06-2014", "21.10.2018".
	reNumeric = regexp.MustCompile(`\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\b`)
	reWeekday = regexp.MustCompile(`(?i)\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|domingo|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado)\b`)
)

// findDates returns every date mentioned in s, in order of position, the
// longest reading of each stretch of text.
func findDates(s string) []dateMention {
	var out []dateMention
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.end && d.start < b {
				return true
			}
		}
		return false
	}
	add := func(d dateMention) {
		if d.month < 1 || d.month > 12 || d.day < 0 || d.day > 31 || taken(d.start, d.end) {
			return
		}
		if d.year != 0 && d.day != 0 {
			t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
			if t.Day() != d.day {
				return
			}
		}
		out = append(out, d)
	}
	for _, m := range reISO.FindAllStringSubmatchIndex(s, -1) {
		add(dateMention{start: m[0], end: m[1], year: atoi(s[m[2]:m[3]]), month: atoi(s[m[4]:m[5]]), day: atoi(s[m[6]:m[7]])})
	}
	for _, m := range reNumeric.FindAllStringSubmatchIndex(s, -1) {
		add(dateMention{start: m[0], end: m[1], year: atoi(s[m[6]:m[7]]), month: atoi(s[m[4]:m[5]]), day: atoi(s[m[2]:m[3]])})
	}
	// Full dates before partial ones, so that a stretch gets its longest reading.
	for _, full := range []bool{true, false} {
		for _, m := range reMonthDay.FindAllStringSubmatchIndex(s, -1) {
			if (m[6] >= 0) != full {
				continue
			}
			d := dateMention{start: m[0], end: m[1], month: monthNames[strings.ToLower(s[m[2]:m[3]])], day: atoi(s[m[4]:m[5]])}
			if m[6] >= 0 {
				d.year = atoi(s[m[6]:m[7]])
			} else if isAmbiguousMonth(s, m[2], m[3]) {
				continue
			}
			add(d)
		}
		for _, m := range reDayMonth.FindAllStringSubmatchIndex(s, -1) {
			if (m[6] >= 0) != full {
				continue
			}
			d := dateMention{start: m[0], end: m[1], month: monthNames[strings.ToLower(s[m[4]:m[5]])], day: atoi(s[m[2]:m[3]])}
			if m[6] >= 0 {
				d.year = atoi(s[m[6]:m[7]])
			} else if isAmbiguousMonth(s, m[4], m[5]) {
				continue
			}
			add(d)
		}
		if full {
			for _, m := range reMonthYear.FindAllStringSubmatchIndex(s, -1) {
				if isAmbiguousMonth(s, m[2], m[3]) && !isCapitalized(s[m[2]:m[3]]) {
					continue
				}
				add(dateMention{start: m[0], end: m[1], month: monthNames[strings.ToLower(s[m[2]:m[3]])], year: atoi(s[m[4]:m[5]])})
			}
		}
	}
	for _, m := range reWeekday.FindAllStringSubmatchIndex(s, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		out = append(out, dateMention{start: m[0], end: m[1], weekday: weekdayNames[strings.ToLower(s[m[2]:m[3]])], isWeekday: true, month: 1})
	}
	sortMentions(out)
	return out
}

// isAmbiguousMonth reports month words that are also ordinary words
// ("may", "mar", "march" as a verb) written in lower case.
func isAmbiguousMonth(s string, a, b int) bool {
	w := strings.ToLower(s[a:b])
	switch w {
	case "may", "mar", "march", "mai", "sep", "dec", "jan", "jun", "jul", "oct", "nov", "aug", "apr", "feb":
		return !isCapitalized(s[a:b])
	}
	return false
}

func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

func sortMentions(ds []dateMention) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].start < ds[j-1].start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func (d dateMention) value() string {
	switch {
	case d.day != 0:
		return time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	case d.month != 0:
		return time.Date(d.year, time.Month(d.month), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	}
	return strconv.Itoa(d.year)
}

// resolveYear gives a date without a year the year that puts it on or
// before the hint (captions describe the past).
func resolveYear(d dateMention, hint time.Time) dateMention {
	d.year = hint.Year()
	t := time.Date(d.year, time.Month(d.month), max(d.day, 1), 0, 0, 0, 0, time.UTC)
	if t.After(hint.AddDate(0, 0, 2)) {
		d.year--
	}
	return d
}

// resolveWeekday gives the latest such weekday on or before the hint.
func resolveWeekday(d dateMention, hint time.Time) dateMention {
	t := hint
	for t.Weekday() != d.weekday {
		t = t.AddDate(0, 0, -1)
	}
	return dateMention{start: d.start, end: d.end, year: t.Year(), month: int(t.Month()), day: t.Day()}
}
