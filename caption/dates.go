package caption

import (
	"strconv"
	"strings"
	"sync"
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

// appendDateTokens appends the runs of letters and the runs of digits of s
// to out. Hand-written rather than regular expressions: dates are looked
// for in every caption and this is several times faster.
func appendDateTokens(out []dtok, s string) []dtok {
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

// dateNameFirst marks the first bytes, ASCII-lower-cased, of the month and
// weekday names: other words skip the lookups.
var dateNameFirst = func() (m [256]bool) {
	for k := range monthNames {
		m[k[0]|0x20] = true
	}
	for k := range weekdayNames {
		m[k[0]|0x20] = true
	}
	return m
}()

// mayStartDateName is false for a word whose first letter starts no month
// or weekday name (words starting with a non-ASCII letter are looked up).
func mayStartDateName(w string) bool {
	return w != "" && (w[0] >= 0x80 || dateNameFirst[w[0]|0x20])
}

// lowerInto appends w lower-cased to buf: map lookups with string(buf)
// then cost no allocation.
func lowerInto(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		buf = append(buf, c)
	}
	return buf
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
// stretch of text read the longest way; numeric dates are read day first
// unless only the other reading is a date.
func findDates(s string) []dateMention { return findDatesOrder(s, DayFirst) }

// findDatesOrder is findDates with numeric dates read in the given order.
func findDatesOrder(s string, order DateOrder) []dateMention {
	buf := dtokPool.get(len(s)/6 + 4)
	toks := appendDateTokens(*buf, s)
	defer dtokPool.put(buf, toks)
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
		} else if isDay(a) && isDay(b) && isYear(c) {
			emit(numericDate(atoi(a.text), atoi(b.text), atoi(c.text), order), i, i+2)
		}
	}
	var lowBuf [24]byte
	for i, t := range toks {
		if t.digits || len(t.text) < 3 || len(t.text) > 11 || !mayStartDateName(t.text) {
			continue // month and weekday names are 3 to 11 bytes long
		}
		low := lowerInto(lowBuf[:0], t.text)
		m, ok := monthNames[string(low)]
		if !ok {
			if wd, ok := weekdayNames[string(low)]; ok && !used[i] {
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
			if j < len(toks) && !toks[j].digits && (strings.EqualFold(toks[j].text, "de") || strings.EqualFold(toks[j].text, "del")) && gap(i, j) == " " {
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
	if j >= 0 && !toks[j].digits && strings.EqualFold(toks[j].text, "de") && s[toks[j].end:toks[i].start] == " " {
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
	var buf [24]byte
	switch string(lowerInto(buf[:0], s[a:b])) {
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

// DateOrder is how a numeric date such as 07/03/2024 is read.
type DateOrder int

const (
	// DayFirst reads 07/03/2024 as 7 March: the order of most of the world's
	// agencies (AFP, Reuters, EPA, EFE, PA, dpa…).
	DayFirst DateOrder = iota
	// MonthFirst reads it as July 3: US agencies (AP, UPI, Getty Images in
	// the US, Bloomberg, CNP, USA TODAY Sports, ZUMA).
	MonthFirst
)

// numericDate reads a/b/year in the given order; when only the other
// reading is a calendar date (13/05 for a US agency), that one is taken.
func numericDate(a, b, year int, order DateOrder) dateMention {
	day, month := a, b
	if order == MonthFirst {
		day, month = b, a
	}
	if month > 12 && day <= 12 {
		day, month = month, day
	}
	return dateMention{year: year, month: month, day: day}
}

// convention is what an agency's house style says that a caption does not:
// the order of numeric dates and the time zone of a time written without one.
type convention struct {
	order DateOrder
	zone  string // IANA name; "" means UTC
}

// agencyConventions: numeric date order and home time zone of the agencies
// whose house style is documented (CONVENTIONS.md, AP Stylebook: US agencies
// write month/day). Keys are agency names as the credit analyser gives them,
// lower case.
var agencyConventions = map[string]convention{
	"ap":               {MonthFirst, "America/New_York"},
	"upi":              {MonthFirst, "America/New_York"},
	"getty images":     {MonthFirst, ""},
	"bloomberg":        {MonthFirst, "America/New_York"},
	"cnp":              {MonthFirst, "America/New_York"},
	"usa today sports": {MonthFirst, "America/New_York"},
	"zuma":             {MonthFirst, "America/Los_Angeles"},
	"polaris":          {MonthFirst, "America/New_York"},
	"afp":              {DayFirst, "Europe/Paris"},
	"pa":               {DayFirst, "Europe/London"},
	"reuters":          {DayFirst, "Europe/London"},
	"shutterstock":     {DayFirst, "Europe/London"},
	"dpa":              {DayFirst, "Europe/Berlin"},
	"epa":              {DayFirst, "Europe/Berlin"},
	"imago":            {DayFirst, "Europe/Berlin"},
	"efe":              {DayFirst, "Europe/Madrid"},
	"europa press":     {DayFirst, "Europe/Madrid"},
	"ansa":             {DayFirst, "Europe/Rome"},
	"belga":            {DayFirst, "Europe/Brussels"},
	"anp":              {DayFirst, "Europe/Amsterdam"},
	"keystone":         {DayFirst, "Europe/Zurich"},
	"abaca":            {DayFirst, "Europe/Paris"},
	"sipa":             {DayFirst, "Europe/Paris"},
	"anadolu":          {DayFirst, "Europe/Istanbul"},
	"tass":             {DayFirst, "Europe/Moscow"},
	"aap":              {DayFirst, "Australia/Sydney"},
	"kyodo":            {DayFirst, "Asia/Tokyo"},
	"jiji":             {DayFirst, "Asia/Tokyo"},
	"yonhap":           {DayFirst, "Asia/Seoul"},
	"xinhua":           {DayFirst, "Asia/Shanghai"},
}

// conventionFor returns the house style of an agency, or the default (day
// first, UTC) for an unknown one.
func conventionFor(agency string) convention {
	return agencyConventions[strings.ToLower(agency)]
}

// DateOrderFor returns the numeric date order of an agency's captions.
func DateOrderFor(agency string) DateOrder { return conventionFor(agency).order }

var (
	zoneMu    sync.Mutex
	zoneCache = map[string]*time.Location{}
)

// zoneNamed loads an IANA zone once; UTC when unknown. The command embeds
// time/tzdata (cmd/wirecap), so that zones resolve on machines without a
// zoneinfo database; a library user chooses for their own program.
func zoneNamed(name string) *time.Location {
	if name == "" {
		return latestZone
	}
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if l, ok := zoneCache[name]; ok {
		return l
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		l = time.UTC
	}
	zoneCache[name] = l
	return l
}

// latestZone is where a given clock time comes last (UTC-12). An embargo
// in "local time" means each reader's own, and one without a zone from an
// agency whose home zone is unknown could mean any: read either there, it
// lifts only once it has lifted everywhere, so no desk runs a photo early.
var latestZone = time.FixedZone("UTC-12", -12*3600)

// zoneWords map time-zone words written after a time to a fixed offset in
// hours or, for a zone with summer time, an IANA name. "LOCAL" ("" here)
// is latestZone. CST and IST are left out: each names two zones.
var zoneWords = map[string]any{
	"GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0, "WEZ": 0, "TU": 0,
	"BST": 1, "CET": 1, "MEZ": 1, "HEC": 1, "WEST": 1,
	"CEST": 2, "MESZ": 2, "HAEC": 2, "EET": 2, "OEZ": 2,
	"EEST": 3, "OESZ": 3, "MSK": 3,
	"EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
	"JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11,
	"ET": "America/New_York", "PT": "America/Los_Angeles",
	"PARIS": "Europe/Paris", "FRANCAISE": "Europe/Paris", "MADRID": "Europe/Madrid", "PENINSULAR": "Europe/Madrid",
	"ESPANOLA": "Europe/Madrid", "LONDON": "Europe/London", "LONDRES": "Europe/London", "BERLIN": "Europe/Berlin",
	"LOCAL": "", "LOCALE": "", "ORTSZEIT": "",
}

// timeFillers may stand between the parts of an embargo time.
var timeFillers = map[string]bool{"AT": true, "ON": true, "THE": true, "OF": true, "DE": true, "DEL": true, "LE": true, "LA": true,
	"A": true, "AM": true, "PM": true, "P": true, "M": true, "UM": true, "DEN": true, "BIS": true, "ZUM": true, "H": true, "HRS": true,
	"HR": true, "HOURS": true, "HOUR": true, "HEURES": true, "HEURE": true, "HORAS": true, "HORA": true, "UHR": true, "T": true,
	"TIME": true, "ST": true, "ND": true, "RD": true, "TH": true, "ER": true, "LAS": true, "EL": true}

// clockWords are times of day written as words.
var clockWords = map[string]int{"NOON": 12, "MIDDAY": 12, "MIDI": 12, "MITTAG": 12, "MEDIODIA": 12,
	"MIDNIGHT": 0, "MINUIT": 0, "MITTERNACHT": 0, "MEDIANOCHE": 0}

var (
	foldedOnce     sync.Once
	foldedMonths   map[string]int
	foldedWeekdays map[string]time.Weekday
)

func loadFolded() {
	foldedMonths = map[string]int{}
	for k, v := range monthNames {
		foldedMonths[upperFold(k)] = v
	}
	foldedWeekdays = map[string]time.Weekday{}
	for k, v := range weekdayNames {
		foldedWeekdays[upperFold(k)] = v
	}
}

// timeWord reports whether an embargo time may hold the token, and whether
// it is a part of the time itself (a number, month, weekday, zone) rather
// than a filler.
func timeWord(t rtok) (ok, strong bool) {
	foldedOnce.Do(loadFolded)
	if t.digits {
		return true, true
	}
	if _, m := foldedMonths[t.key]; m {
		return true, true
	}
	if _, w := foldedWeekdays[t.key]; w {
		return true, true
	}
	if _, z := zoneWords[t.key]; z {
		return true, true
	}
	if _, c := clockWords[t.key]; c {
		return true, true
	}
	return timeFillers[t.key], false
}

// timeGap reports whether the bytes between two parts of an embargo time
// keep them together: "0001 GMT", "10:00", "07/03/2024", "Jan. 5, 2024".
func timeGap(g string, abbrev bool) bool {
	if len(g) > 3 {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', ',', ':', '/', '-', '+', '\'':
		case '.':
			if i+1 < len(g) && !abbrev {
				return false // a full stop then a space ends the sentence
			}
		default:
			return false
		}
	}
	return true
}

// embargoValue finds the end time written after an embargo phrase ending
// before token j: the byte range and the token after it.
func (sc *scanner) embargoValue(j int) (from, to, next int) {
	from, to, next = -1, -1, j
	for k := j; k < len(sc.toks); k++ {
		t := sc.toks[k]
		prev := sc.toks[k-1]
		_, afterMonth := foldedMonths[prev.key]
		// A full stop ends the time unless it ends an abbreviation or a
		// German day: "Jan. 5", "a.m. EDT", "5. März".
		abbrev := afterMonth || len(prev.key) == 1 || prev.digits && len(prev.key) <= 2
		if !timeGap(sc.s[prev.end:t.start], abbrev) {
			break
		}
		ok, strong := timeWord(t)
		if !ok {
			break
		}
		if t.key == "AM" || t.key == "PM" || t.key == "M" && (prev.key == "A" || prev.key == "P") {
			strong = true
		}
		if strong {
			if from < 0 {
				from = t.start
			}
			to, next = t.end, k+1
		}
	}
	if from < 0 {
		return 0, 0, j
	}
	return from, to, next
}

// refDate is the date an embargo without a year is counted from: the
// caption's own date (the latest full date it gives), else the hint (the
// transmission date). An embargo falls on or after the event it covers.
func (sc *scanner) refDate() time.Time {
	if sc.refs {
		return sc.ref
	}
	sc.refs = true
	for _, d := range findDatesOrder(sc.s, sc.conv.order) {
		if d.year != 0 && d.day != 0 {
			if t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC); t.After(sc.ref) {
				sc.ref = t
			}
		}
	}
	if sc.ref.IsZero() {
		sc.ref = sc.hint
	}
	return sc.ref
}

func (sc *scanner) embargoUntil(v string) (time.Time, bool) {
	return parseEmbargoTime(v, sc.conv, sc.refDate)
}

// parseEmbargoTime reads an embargo's end: "0001 GMT MARCH 5", "0001
// THURSDAY MARCH 7", "10:00 CET 07/03/2024", "2024-03-05T10:00:00Z",
// "12:01 a.m. EDT Thursday", "5 mars 2024 à 10h00". A date without a year
// takes the reference's year, the next one when it would fall before the
// reference; a weekday alone is the next such day; a time alone is on the
// reference day. A time without a zone is in the agency's home zone
// (latestZone for an unknown agency).
func parseEmbargoTime(v string, conv convention, ref func() time.Time) (time.Time, bool) {
	if f := strings.Fields(v); len(f) > 0 {
		if t, err := time.Parse(time.RFC3339, f[0]); err == nil {
			return t, true
		}
	}
	foldedOnce.Do(loadFolded)
	var date *dateMention
	ds := findDatesOrder(v, conv.order)
	for i := range ds {
		if !ds[i].isWeekday && ds[i].day != 0 {
			date = &ds[i]
			break
		}
	}
	inDate := func(t rtok) bool { return date != nil && t.start >= date.start && t.end <= date.end }
	toks := restrictionTokens(v)
	hh, mm, haveTime := 0, 0, false
	loc := zoneNamed(conv.zone)
	var weekday *time.Weekday
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if inDate(t) {
			continue
		}
		nextKey, gap := "", ""
		if k+1 < len(toks) {
			nextKey, gap = toks[k+1].key, v[t.end:toks[k+1].start]
		}
		switch {
		case t.digits && !haveTime && len(t.key) == 4:
			// "0001", "2230 GMT"; a number that may be a year ("2025") is a
			// time only when a zone or an hour word follows.
			_, zone := zoneWords[nextKey]
			hourWord := nextKey == "H" || nextKey == "HRS" || nextKey == "UHR" || nextKey == "HOURS" || nextKey == "HEURES" || nextKey == "HORAS"
			if n := atoi(t.key); n/100 <= 23 && n%100 <= 59 && (n < 1900 || zone || hourWord) {
				hh, mm, haveTime = n/100, n%100, true
			}
		case t.digits && !haveTime && len(t.key) <= 2 && atoi(t.key) <= 24:
			switch {
			case (gap == ":" || gap == ".") && k+1 < len(toks) && toks[k+1].digits && len(nextKey) == 2:
				hh, mm, haveTime = atoi(t.key), atoi(nextKey), true
				k++
			case nextKey == "H" && (gap == "" || gap == " "):
				hh, haveTime = atoi(t.key), true
				if k+2 < len(toks) && toks[k+2].digits && len(toks[k+2].key) == 2 && len(v[toks[k+1].end:toks[k+2].start]) <= 1 {
					mm = atoi(toks[k+2].key)
					k++
				}
				k++
			case nextKey == "AM" || nextKey == "PM" || nextKey == "A" || nextKey == "P" || nextKey == "UHR" ||
				nextKey == "HRS" || nextKey == "HOURS" || nextKey == "HEURES" || nextKey == "HORAS":
				hh, haveTime = atoi(t.key), true
			}
			if hh == 24 {
				hh = 0
			}
		case t.key == "PM" || t.key == "P" && nextKey == "M":
			if haveTime && hh < 12 {
				hh += 12
			}
		case t.key == "AM" || t.key == "A" && nextKey == "M" && gap == ".":
			if haveTime && hh == 12 {
				hh = 0
			}
		case !t.digits:
			if h, ok := clockWords[t.key]; ok && !haveTime {
				hh, haveTime = h, true
			} else if wd, ok := foldedWeekdays[t.key]; ok {
				weekday = &wd
			} else if z, ok := zoneWords[t.key]; ok {
				loc = zoneLocation(z, conv, v, t, toks[k+1:])
			}
		}
	}
	if date == nil && weekday == nil && !haveTime {
		return time.Time{}, false
	}
	if date != nil && date.year != 0 {
		return time.Date(date.year, time.Month(date.month), date.day, hh, mm, 0, 0, loc), true
	}
	r := ref()
	if r.IsZero() {
		return time.Time{}, false
	}
	y, m, d := r.Date()
	switch {
	case date != nil:
		if date.month < int(m) || date.month == int(m) && date.day < d {
			y++
		}
		m, d = time.Month(date.month), date.day
		if weekday != nil && time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Weekday() != *weekday {
			// "THURSDAY MARCH 7": the weekday names the year, if a near one fits.
			for _, alt := range []int{y - 1, y + 1} {
				if time.Date(alt, m, d, 0, 0, 0, 0, time.UTC).Weekday() == *weekday {
					y = alt
					break
				}
			}
		}
	case weekday != nil:
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		for t.Weekday() != *weekday {
			t = t.AddDate(0, 0, 1)
		}
		y, m, d = t.Date()
	}
	return time.Date(y, m, d, hh, mm, 0, 0, loc), true
}

// zoneLocation turns a zone word into a location; GMT and UTC may carry an
// offset ("GMT+1", "UTC -05:00").
func zoneLocation(z any, conv convention, v string, t rtok, rest []rtok) *time.Location {
	switch z := z.(type) {
	case string:
		return zoneNamed(z) // "" (LOCAL): latestZone
	case int:
		off := z * 3600
		if (t.key == "GMT" || t.key == "UTC") && len(rest) > 0 && rest[0].digits {
			g := strings.TrimSpace(v[t.end:rest[0].start])
			if g == "+" || g == "-" {
				h, m := atoi(rest[0].key), 0
				if len(rest[0].key) == 4 {
					h, m = h/100, h%100
				} else if len(rest) > 1 && rest[1].digits && v[rest[0].end:rest[1].start] == ":" {
					m = atoi(rest[1].key)
				}
				if h > 14 || m > 59 {
					return time.UTC // not an offset any zone has
				}
				off = h*3600 + m*60
				if g == "-" {
					off = -off
				}
			}
		}
		if off == 0 {
			return time.UTC
		}
		return time.FixedZone("", off)
	}
	return time.UTC
}
