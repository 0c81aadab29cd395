package caption

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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

// dtok is a word or a number of the text, for the date scanner.
type dtok struct {
	start, end int
	text       string
	digits     bool
}

// dateTokens splits s into runs of letters and runs of digits. Hand-written
// rather than regular expressions: dates are looked for in every caption
// and this is several times faster.
func dateTokens(s string) []dtok {
	var out []dtok
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			out = append(out, dtok{i, j, s[i:j], true})
			i = j
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0xC0:
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			if j == i {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
				continue
			}
			out = append(out, dtok{i, j, s[i:j], false})
			i = j
		default:
			i++
		}
	}
	return out
}

func isYear(t dtok) bool {
	return t.digits && len(t.text) == 4 && (t.text[:2] == "19" || t.text[:2] == "20")
}

func isDay(t dtok) bool {
	if !t.digits || len(t.text) > 2 {
		return false
	}
	d := atoi(t.text)
	return d >= 1 && d <= 31
}

// findDates returns every date mentioned in s, in order of position, each
// stretch of text read the longest way.
func findDates(s string) []dateMention {
	toks := dateTokens(s)
	var out []dateMention
	used := make([]bool, len(toks))
	gap := func(a, b int) string { return s[toks[a].end:toks[b].start] }
	emit := func(d dateMention, from, to int) {
		if d.month < 1 || d.month > 12 || d.day < 0 || d.day > 31 {
			return
		}
		if d.year != 0 && d.day != 0 {
			if t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC); t.Day() != d.day {
				return
			}
		}
		for k := from; k <= to; k++ {
			if used[k] {
				return
			}
		}
		for k := from; k <= to; k++ {
			used[k] = true
		}
		d.start, d.end = toks[from].start, toks[to].end
		out = append(out, d)
	}
	// Numeric dates: 2021-01-06, 2020/06/15, 28/03/2022, 24-06-2014, 21.10.2018.
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i], toks[i+1], toks[i+2]
		if !a.digits || !b.digits || !c.digits {
			continue
		}
		g1, g2 := gap(i, i+1), gap(i+1, i+2)
		if len(g1) != 1 || g1 != g2 || !strings.Contains("-/.", g1) {
			continue
		}
		if isYear(a) && len(b.text) == 2 && len(c.text) == 2 {
			emit(dateMention{year: atoi(a.text), month: atoi(b.text), day: atoi(c.text)}, i, i+2)
		} else if isDay(a) && len(b.text) <= 2 && isYear(c) {
			emit(dateMention{year: atoi(c.text), month: atoi(b.text), day: atoi(a.text)}, i, i+2)
		}
	}
	for i, t := range toks {
		if t.digits {
			continue
		}
		low := strings.ToLower(t.text)
		m, ok := monthNames[low]
		if !ok {
			if wd, ok := weekdayNames[low]; ok && !used[i] {
				out = append(out, dateMention{start: t.start, end: t.end, weekday: wd, isWeekday: true, month: 1})
				used[i] = true
			}
			continue
		}
		ambiguous := isAmbiguousMonth(s, t.start, t.end)
		// Month Day[, Year]: "January 6, 2021", "Jan. 6, 2021", "JUNE 24".
		if i+1 < len(toks) && isDay(toks[i+1]) && monthDayGap(gap(i, i+1)) {
			last := i + 1
			if last+1 < len(toks) && isOrdinal(toks[last+1].text) && gap(last, last+1) == "" {
				last++
			}
			if last+1 < len(toks) && isYear(toks[last+1]) && yearGap(gap(last, last+1)) {
				emit(dateMention{year: atoi(toks[last+1].text), month: m, day: atoi(toks[i+1].text)}, i, last+1)
				continue
			}
			if !ambiguous && !(last+1 < len(toks) && toks[last+1].digits && gap(last, last+1) == ":") {
				emit(dateMention{month: m, day: atoi(toks[i+1].text)}, i, last)
				continue
			}
		}
		// Day Month[ Year]: "6 January 2021", "3. März 2022", "3 de marzo de 2022", "7th January".
		if d, from := dayBefore(s, toks, i); from >= 0 {
			last := i
			j := i + 1
			if j < len(toks) && !toks[j].digits && (toks[j].text == "de" || toks[j].text == "del") && gap(i, j) == " " {
				j++
			}
			if j < len(toks) && isYear(toks[j]) && yearGap(gap(j-1, j)) {
				emit(dateMention{year: atoi(toks[j].text), month: m, day: d}, from, j)
				continue
			}
			if !ambiguous {
				emit(dateMention{month: m, day: d}, from, last)
				continue
			}
		}
		// Month Year: "March 2009", "October, 2012", "mars de 2022".
		if i+1 < len(toks) && isYear(toks[i+1]) && yearGap(gap(i, i+1)) && (!ambiguous || isCapitalized(t.text)) {
			emit(dateMention{year: atoi(toks[i+1].text), month: m}, i, i+1)
		}
	}
	sortMentions(out)
	return out
}

func monthDayGap(g string) bool { return g == " " || g == ". " || g == ", " || g == "." }
func yearGap(g string) bool     { return g == " " || g == ", " || g == "," || g == " ," }

func isOrdinal(w string) bool {
	switch w {
	case "st", "nd", "rd", "th", "er":
		return true
	}
	return false
}

// dayBefore finds the day written before the month token i: "6 ", "3. ",
// "7th ", "3 de ", "1er ". It returns the day and its token index, or -1.
func dayBefore(s string, toks []dtok, i int) (int, int) {
	j := i - 1
	if j >= 0 && !toks[j].digits && (toks[j].text == "de") && s[toks[j].end:toks[i].start] == " " {
		j--
	}
	if j >= 0 && isOrdinal(toks[j].text) && j > 0 && s[toks[j-1].end:toks[j].start] == "" {
		j--
	}
	if j < 0 || !isDay(toks[j]) {
		return 0, -1
	}
	g := s[toks[j].end:toks[j+1].start]
	if g != " " && g != ". " && g != "" {
		return 0, -1
	}
	return atoi(toks[j].text), j
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
