package caption

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// The date pass's lexicon classes: month and weekday names with their
// numbers, the ordinal endings written after a day ("7th", "1er"), the
// words joining a Spanish date ("3 de marzo de 2022") and the month words
// that are also ordinary words in lower case ("may", "mar").
var (
	clsMonth         = lexClass("month")
	clsWeekday       = lexClass("weekday")
	clsOrdinal       = lexClass("ordinal")
	clsDateJoiner    = lexClass("date_joiner")
	clsAmbiguousDate = lexClass("ambiguous_month")
)

// monthNames and weekdayNames index the month and weekday names by their
// key and by their written form, lower-cased, for the location pass
// (location.go), which looks words up as it writes them.
var (
	monthNames   = classValues[int](clsMonth)
	weekdayNames = classValues[time.Weekday](clsWeekday)
)

// classValues maps the entries of class c, by key and by form, to their
// values read as numbers.
func classValues[T ~int](c class) map[string]T {
	m := map[string]T{}
	for _, e := range lexicon.list(c) {
		v := T(e.sense.num)
		m[e.key], m[e.sense.form] = v, v
	}
	return m
}

// mayStartDateName: for location.go; true for any word (the lexicon
// lookup that follows is one probe of its key table).
func mayStartDateName(w string) bool { return w != "" }

// monthOf returns the month a token names.
func monthOf(t *tok) (int, bool) {
	if s := t.senseOf(clsMonth); s != nil {
		return s.num, true
	}
	return 0, false
}

// weekdayOf returns the weekday a token names.
func weekdayOf(t *tok) (time.Weekday, bool) {
	if s := t.senseOf(clsWeekday); s != nil {
		return time.Weekday(s.num), true
	}
	return 0, false
}

// dateMention is one date found in text. year, month or day are 0 when
// the text does not give them; weekday is set for a bare weekday.
type dateMention struct {
	start, end       int
	year, month, day int
	weekday          time.Weekday
	isWeekday        bool
}

func isYear(t *tok) bool {
	return t.isNumber() && len(t.key) == 4 && (t.key[:2] == "19" || t.key[:2] == "20")
}

func isDay(t *tok) bool {
	if !t.isNumber() || len(t.key) > 2 {
		return false
	}
	d := atoi(t.key)
	return d >= 1 && d <= 31
}

// findDates returns every date mentioned in s, in order of position, each
// stretch of text read the longest way; numeric dates are read day first
// unless only the other reading is a date.
func findDates(s string) []dateMention {
	var lx lexer
	return findDatesOrder(s, wordSeqOf(lx.lex(s)), DayFirst)
}

// findDatesOrder is findDates over the words and numbers of s (wordSeqOf),
// with numeric dates read in the given order.
func findDatesOrder(s string, toks wordSeq, order DateOrder) []dateMention {
	ds := dateScan{s: s, toks: toks, used: make([]bool, toks.len())}
	ds.numeric(order)
	for i := 0; i < toks.len(); i++ {
		t := toks.at(i) // not copied: most words name no date
		if t.lexi == 0 {
			continue
		}
		if m, ok := monthOf(t); ok {
			ds.named(i, m)
			continue
		}
		if ds.used[i] || !t.mayStart(clsWeekday) {
			continue
		}
		if wd, ok := weekdayOf(t); ok {
			ds.out = append(ds.out, dateMention{start: t.start, end: t.end, weekday: wd, isWeekday: true, month: 1})
			ds.used[i] = true
		} else if wd, last, ok := ds.weekdayPhrase(i); ok {
			ds.out = append(ds.out, dateMention{start: t.start, end: toks.at(last).end, weekday: time.Weekday(wd), isWeekday: true, month: 1})
			ds.used[i] = true
			i = last
		}
	}
	slices.SortStableFunc(ds.out, func(a, b dateMention) int { return a.start - b.start })
	return ds.out
}

// dateScan is the state of findDatesOrder: a token belongs to one date.
type dateScan struct {
	s    string
	toks wordSeq
	used []bool
	out  []dateMention
}

func (ds *dateScan) gap(a, b int) string { return ds.s[ds.toks.at(a).end:ds.toks.at(b).start] }

// emit records the date written by tokens from..to, if it is a calendar
// date and none of its tokens belongs to another.
func (ds *dateScan) emit(d dateMention, from, to int) {
	if d.month < 1 || d.month > 12 || d.day < 0 || d.day > 31 {
		return
	}
	if d.year != 0 && d.day != 0 {
		if t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC); t.Day() != d.day {
			return
		}
	}
	if slices.Contains(ds.used[from:to+1], true) {
		return
	}
	for k := from; k <= to; k++ {
		ds.used[k] = true
	}
	d.start, d.end = ds.toks.at(from).start, ds.toks.at(to).end
	ds.out = append(ds.out, d)
}

// datelineWords is how many words of a caption's start a dateline spans
// ("CIUDAD DE MÉXICO, …", "Oslo …"): where a compact date may stand.
const datelineWords = 4

// numeric reads 2021-01-06, 2020/06/15, 28/03/2022, 24-06-2014, 21.10.2018,
// and in a dateline NTB's compact "Oslo 20250517".
func (ds *dateScan) numeric(order DateOrder) {
	toks := ds.toks
	for i := 0; i < min(toks.len(), datelineWords); i++ {
		if k := toks.at(i).key; toks.at(i).isNumber() && len(k) == 8 && (k[:2] == "19" || k[:2] == "20") {
			ds.emit(dateMention{year: atoi(k[:4]), month: atoi(k[4:6]), day: atoi(k[6:])}, i, i)
		}
	}
	for i := 0; i+2 < toks.len(); i++ {
		// Kinds are tested in place: most words are no number.
		if toks.at(i).kind != tNumber {
			continue
		}
		if b := toks.at(i + 1); b.kind == tWord && b.key != "" && b.key[0] >= utf8.RuneSelf {
			ds.unitDate(i) // "2026年3月5日"
			continue
		}
		if toks.at(i+1).kind != tNumber || toks.at(i+2).kind != tNumber {
			continue
		}
		a, b, c := toks.at(i), toks.at(i+1), toks.at(i+2)
		g1, g2 := ds.gap(i, i+1), ds.gap(i+1, i+2)
		if d, ok := spacedDate(a, b, c, g1, g2); ok {
			ds.emit(d, i, i+2)
			continue
		}
		if len(g1) != 1 || g1 != g2 || !strings.Contains("-/.", g1) {
			continue
		}
		if isYear(a) && (len(b.key) == 2 && len(c.key) == 2 || g1 == "." && isDay(b) && isDay(c)) {
			// Year first; with full stops the month and day may be of one
			// digit, as Korean desks write a date ("2026.3.5", Yonhap).
			ds.emit(dateMention{year: atoi(a.key), month: atoi(b.key), day: atoi(c.key)}, i, i+2)
		} else if isDay(a) && isDay(b) && isYear(c) {
			ds.emit(numericDate(atoi(a.key), atoi(b.key), atoi(c.key), order), i, i+2)
		} else if g1 == "." && shortYearDate(a, b, c) {
			ds.emit(dateMention{year: shortYear(atoi(c.key)), month: atoi(b.key), day: atoi(a.key)}, i, i+2)
		}
	}
}

// named reads the date around the month name at token i: "January 6,
// 2021", "Jan. 6", "6 January 2021", "3. März 2022", "3 de marzo de 2022",
// "7th January", "March 2009", "mars de 2022".
func (ds *dateScan) named(i, m int) {
	toks := ds.toks
	t := toks.at(i)
	ambiguous := t.has(clsAmbiguousDate) && t.shape != shTitle && t.shape != shUpper
	if ds.pairedMonth(i, m) {
		return // the date is read at the month's second name
	}
	if !ambiguous && ds.hyphenDate(i, m) || ds.monthFirst(i, m, ambiguous) || ds.dayFirst(i, m, ambiguous) {
		return
	}
	// Month and year, the Spanish and Portuguese with their joiner
	// ("marzo de 2022", "março de 2022").
	j := i + 1
	if j+1 < toks.len() && toks.at(j).has(clsDateJoiner) && ds.gap(i, j) == " " {
		j++
	}
	if ds.yearAfter(j) && (!ambiguous || isCapitalized(t.text(ds.s))) {
		ds.emit(dateMention{year: atoi(toks.at(j).key), month: m}, i, j)
	}
}

// monthFirst reads a date written month first at the month token i, and
// reports whether it did: "January 6, 2021", "Jan. 6", "March 3-5, 2026",
// and year first, "2026. március 5." (MTI), "2026 m. kovo 11 d." (ELTA).
func (ds *dateScan) monthFirst(i, m int, ambiguous bool) bool {
	toks := ds.toks
	// An advisory in capitals may run the day into the month
	// ("EMBARGOED UNTIL 0001 GMT MARCH6").
	if i+1 >= toks.len() || !isDay(toks.at(i+1)) || !monthDayGap(ds.gap(i, i+1)) && (ds.gap(i, i+1) != "" || toks.at(i).shape != shUpper) {
		return false
	}
	day := atoi(toks.at(i + 1).key)
	last := ds.rangeEnd(i + 1)
	if last+1 < toks.len() && toks.at(last+1).has(clsOrdinal) && ds.gap(last, last+1) == "" {
		last++
	}
	if last+1 < toks.len() && isYear(toks.at(last+1)) && yearGap(ds.gap(last, last+1)) {
		ds.emit(dateMention{year: atoi(toks.at(last + 1).key), month: m, day: day}, i, last+1)
		return true
	}
	if y, end := ds.rangeYear(last, m, false); y != 0 {
		ds.emit(dateMention{year: y, month: m, day: day}, i, end)
		return true
	}
	if ambiguous || last+1 < toks.len() && toks.at(last+1).isNumber() && ds.gap(last, last+1) == ":" {
		return false
	}
	from, y := ds.yearBefore(i)
	if y == 0 {
		from, y = ds.yearWordBefore(i)
	}
	ds.emit(dateMention{year: y, month: m, day: day}, from, last)
	return true
}

// dayFirst reads a date written day first before the month token i, and
// reports whether it did: "6 January 2021", "3. März 2022", "3 de marzo
// de 2022", "3-5 March 2026", "2025. gada 18. novembrī" (LETA).
func (ds *dateScan) dayFirst(i, m int, ambiguous bool) bool {
	toks := ds.toks
	d, from := ds.dayBefore(i)
	if from < 0 {
		return false
	}
	m = ds.dottedMonth(i, from, m)
	if j := i + 1; j < toks.len() && ds.gap(from, i) == "" && ds.gap(i, j) == "" && isYear(toks.at(j)) {
		// Run together in a dateline: Cuartoscuro's "08MARZO2025".
		ds.emit(dateMention{year: atoi(toks.at(j).key), month: m, day: d}, from, j)
		return true
	}
	if k, start := ds.rangeStart(from); start > 0 {
		from, d = k, start
	}
	j := i + 1
	if j < toks.len() && toks.at(j).has(clsDateJoiner) && ds.gap(i, j) == " " {
		j++
	}
	if ds.yearAfter(j) {
		ds.emit(dateMention{year: atoi(toks.at(j).key), month: m, day: d}, from, j)
		return true
	}
	if y, end := ds.rangeYear(i, m, true); y != 0 {
		ds.emit(dateMention{year: y, month: m, day: d}, from, end)
		return true
	}
	if ambiguous {
		return false
	}
	from, y := ds.yearWordBefore(from)
	ds.emit(dateMention{year: y, month: m, day: d}, from, i)
	return true
}

// yearBefore reads the year written before a month in lower case, as the
// Hungarian standard writes a date ("2026. március 5.", MTI): it returns
// the token the date starts at and the year, or i and 0.
func (ds *dateScan) yearBefore(i int) (int, int) {
	if i > 0 && ds.toks.at(i).shape == shLower && isYear(ds.toks.at(i-1)) && ds.gap(i-1, i) == ". " {
		return i - 1, atoi(ds.toks.at(i - 1).key)
	}
	return i, 0
}

func monthDayGap(g string) bool { return g == " " || g == ". " || g == ", " || g == "." }
func yearGap(g string) bool     { return g == " " || g == ", " || g == "," || g == " ," }

// dayBefore finds the day written before the month token i: "6 ", "3. ",
// "7th ", "3 de ", "1er ". It returns the day and its token index, or -1.
func (ds *dateScan) dayBefore(i int) (int, int) {
	toks := ds.toks
	j := i - 1
	if m, ok := monthOf(toks.at(i)); ok && j >= 1 && ds.pairedMonth(j, m) {
		j-- // "5 آذار/مارس 2026"
	}
	if j >= 0 && toks.at(j).has(clsDateJoiner) && joinerGap(ds.gap(j, i)) {
		j--
	}
	if j > 0 && toks.at(j).has(clsOrdinal) && ds.gap(j-1, j) == "" {
		j--
	}
	if j < 0 || !isDay(toks.at(j)) {
		return 0, -1
	}
	if g := ds.gap(j, j+1); g != " " && g != ". " && g != "" && !firstOfMonth(toks.at(j), g) {
		return 0, -1
	}
	return atoi(toks.at(j).key), j
}

func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// date is the Date d states, written as text: the first instant of its
// day, month or year.
func (d dateMention) date(text string) Date {
	switch {
	case d.day != 0:
		return Date{Time: time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC), Text: text, Precision: PrecisionDay}
	case d.month != 0:
		return Date{Time: time.Date(d.year, time.Month(d.month), 1, 0, 0, 0, 0, time.UTC), Text: text, Precision: PrecisionMonth}
	}
	return Date{Time: time.Date(d.year, time.January, 1, 0, 0, 0, 0, time.UTC), Text: text, Precision: PrecisionYear}
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
// whose house style is documented (agencies.tsv, columns order and zone),
// by lower-cased name; filled with the registry.
var agencyConventions map[string]convention

// conventionFor returns the house style of an agency, or the default (day
// first, UTC) for an unknown one.
func conventionFor(agency string) convention {
	return lookupLower(agencyConventions, agency)
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

// The embargo time's lexicon classes: time-zone words written after a
// time, with a fixed offset in hours or, for a zone with summer time, an
// IANA name ("local" has no value: latestZone; CST and IST are left out,
// each names two zones); fillers that may stand between the parts of a
// time; times of day written as words, with their hour; hour words ("h",
// "Uhr", "heures"); and the meridiem words.
var (
	clsZone       = lexClass("zone")
	clsTimeFiller = lexClass("time_filler")
	clsClock      = lexClass("clock")
	clsHourWord   = lexClass("hour_word")
	clsMeridiem   = lexClass("meridiem")
)

// timeWord reports whether an embargo time may hold the token, and whether
// it is a part of the time itself (a number, month, weekday, zone) rather
// than a filler.
func timeWord(t *tok) (ok, strong bool) {
	if t.isNumber() || t.has(clsMonth) || t.has(clsWeekday) || t.has(clsZone) || t.has(clsClock) {
		return true, true
	}
	return t.has(clsTimeFiller) || t.has(clsHourWord) || t.has(clsMeridiem), false
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
// before token j: its tokens a..b-1, or a < 0.
func (sc *scanner) embargoValue(j int) (a, b int) {
	a, b = -1, j
	for k := j; k < sc.toks.len(); k++ {
		t := sc.toks.at(k)
		prev := sc.toks.at(k - 1)
		// A full stop ends the time unless it ends an abbreviation or a
		// German day: "Jan. 5", "a.m. EDT", "5. März".
		abbrev := prev.has(clsMonth) || len(prev.key) == 1 || prev.isNumber() && len(prev.key) <= 2
		if !timeGap(sc.s[prev.end:t.start], abbrev) {
			break
		}
		ok, strong := timeWord(t)
		if !ok {
			if a >= 0 && t.isWord() && t.start == prev.end {
				// Words glued to the time that it cannot read
				// ("0001GMTMARCH6"): the time is not known, rather than
				// read without its date.
				return -1, j
			}
			break
		}
		if t.has(clsMeridiem) && len(t.key) == 2 || t.key == "m" && (prev.key == "a" || prev.key == "p") {
			strong = true
		}
		if strong {
			if a < 0 {
				a = k
			}
			b = k + 1
		}
	}
	return a, b
}

// refDate is the date an embargo without a year is counted from: the
// caption's own date (the latest full date it gives), else the hint (the
// transmission date). An embargo falls on or after the event it covers.
func (sc *scanner) refDate() time.Time {
	if sc.refs {
		return sc.ref
	}
	sc.refs = true
	for _, d := range findDatesOrder(sc.s, sc.toks, sc.conv.order) {
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

// embargoUntil reads the end time in tokens a..b-1.
func (sc *scanner) embargoUntil(a, b int) (time.Time, bool) {
	return parseEmbargoTime(sc.s, sc.toks.slice(a, b), sc.conv, sc.refDate)
}

// clockTime is the time of day an embargo names, and its zone.
type clockTime struct {
	hh, mm  int
	ok      bool
	weekday *time.Weekday
	loc     *time.Location
}

// parseEmbargoTime reads an embargo's end from its tokens over s: "0001 GMT
// MARCH 5", "0001 THURSDAY MARCH 7", "10:00 CET 07/03/2024",
// "2024-03-05T10:00:00Z", "12:01 a.m. EDT Thursday", "5 mars 2024 à
// 10h00". A date without a year takes the reference's year, the next one
// when it would fall before the reference; a weekday alone is the next
// such day; a time alone is on the reference day. A time without a zone is
// in the agency's home zone (latestZone for an unknown agency).
func parseEmbargoTime(s string, toks wordSeq, conv convention, ref func() time.Time) (time.Time, bool) {
	v := s[toks.at(0).start:toks.at(toks.len()-1).end]
	if f := strings.Fields(v); len(f) > 0 {
		if t, err := time.Parse(time.RFC3339, f[0]); err == nil {
			return t, true
		}
	}
	var date *dateMention
	ds := findDatesOrder(s, toks, conv.order)
	for i := range ds {
		if !ds[i].isWeekday && ds[i].day != 0 {
			date = &ds[i]
			break
		}
	}
	ct := readClock(s, toks, date, conv)
	if date == nil && ct.weekday == nil && !ct.ok {
		return time.Time{}, false
	}
	if date != nil && date.year != 0 {
		return time.Date(date.year, time.Month(date.month), date.day, ct.hh, ct.mm, 0, 0, ct.loc), true
	}
	r := ref()
	if r.IsZero() {
		return time.Time{}, false
	}
	y, m, d := dayAfter(r, date, ct.weekday)
	return time.Date(y, m, d, ct.hh, ct.mm, 0, 0, ct.loc), true
}

// dayAfter is the day of a date without a year, or of a weekday, on or
// after the reference r.
func dayAfter(r time.Time, date *dateMention, weekday *time.Weekday) (int, time.Month, int) {
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
	return y, m, d
}

// noTok is the token after the last: none, read as an empty one. It is
// never written.
var noTok tok

// readClock reads the time of day, weekday and zone among the tokens that
// are not part of date.
func readClock(s string, toks wordSeq, date *dateMention, conv convention) clockTime {
	ct := clockTime{loc: zoneNamed(conv.zone)}
	for k := 0; k < toks.len(); k++ {
		t := toks.at(k)
		if date != nil && t.start >= date.start && t.end <= date.end {
			continue
		}
		next := &noTok
		gap := ""
		if k+1 < toks.len() {
			next, gap = toks.at(k+1), s[t.end:toks.at(k+1).start]
		}
		switch {
		case t.isNumber() && !ct.ok:
			k += ct.number(s, toks, k, next, gap)
		case t.key == "pm" || t.key == "p" && next.key == "m":
			if ct.ok && ct.hh < 12 {
				ct.hh += 12
			}
		case t.key == "am" || t.key == "a" && next.key == "m" && gap == ".":
			if ct.ok && ct.hh == 12 {
				ct.hh = 0
			}
		case t.isWord():
			ct.word(s, t, toks.slice(k+1, toks.len()), conv)
		}
	}
	return ct
}

// number reads a time starting with the number at token k: "0001", "2230
// GMT", "10:00", "10h30", "10 a.m.", "10 Uhr". It returns how many tokens
// after k it used.
func (ct *clockTime) number(s string, toks wordSeq, k int, next *tok, gap string) int {
	t := toks.at(k)
	n := atoi(t.key)
	switch {
	case len(t.key) == 4:
		// A number that may be a year ("2025") is a time only when a zone
		// or an hour word follows.
		if n/100 <= 23 && n%100 <= 59 && (n < 1900 || next.has(clsZone) || next.has(clsHourWord)) {
			ct.hh, ct.mm, ct.ok = n/100, n%100, true
		}
		return 0
	case len(t.key) > 2 || n > 24:
		return 0
	}
	used := 0
	switch {
	case (gap == ":" || gap == ".") && next.isNumber() && len(next.key) == 2:
		ct.hh, ct.mm, ct.ok = n, atoi(next.key), true
		used = 1
	case next.key == "h" && (gap == "" || gap == " "):
		ct.hh, ct.ok = n, true
		used = 1
		if k+2 < toks.len() && toks.at(k+2).isNumber() && len(toks.at(k+2).key) == 2 && len(s[next.end:toks.at(k+2).start]) <= 1 {
			ct.mm = atoi(toks.at(k + 2).key)
			used = 2
		}
	case next.has(clsMeridiem) || next.has(clsHourWord):
		ct.hh, ct.ok = n, true
	}
	if ct.hh == 24 {
		ct.hh = 0
	}
	return used
}

// word reads a clock word, a weekday or a zone.
func (ct *clockTime) word(s string, t *tok, rest wordSeq, conv convention) {
	if h, ok := t.value(clsClock); ok && !ct.ok {
		ct.hh, ct.ok = atoi(h), true
	} else if wd, ok := weekdayOf(t); ok {
		ct.weekday = &wd
	} else if z, ok := t.value(clsZone); ok {
		ct.loc = zoneLocation(z, s, t, rest)
	}
}

// zoneLocation turns a zone word's value into a location: an IANA name,
// none (local time: latestZone), or an offset in hours; GMT and UTC may
// carry an offset of their own ("GMT+1", "UTC -05:00").
func zoneLocation(z, s string, t *tok, rest wordSeq) *time.Location {
	h, err := strconv.Atoi(z)
	if err != nil || z == "" {
		return zoneNamed(z) // "" (LOCAL): latestZone
	}
	off := h * 3600
	if (t.key == "gmt" || t.key == "utc") && rest.len() > 0 && rest.at(0).isNumber() {
		if o, ok := explicitOffset(s, t, rest); ok {
			off = o
		} else {
			return time.UTC // not an offset any zone has
		}
	}
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

// explicitOffset reads "+1", "-05:00", "+0530" after GMT or UTC.
func explicitOffset(s string, t *tok, rest wordSeq) (int, bool) {
	g := strings.TrimSpace(s[t.end:rest.at(0).start])
	if g != "+" && g != "-" {
		return 0, true
	}
	h, m := atoi(rest.at(0).key), 0
	if len(rest.at(0).key) == 4 {
		h, m = h/100, h%100
	} else if rest.len() > 1 && rest.at(1).isNumber() && s[rest.at(0).end:rest.at(1).start] == ":" {
		m = atoi(rest.at(1).key)
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	off := h*3600 + m*60
	if g == "-" {
		off = -off
	}
	return off, true
}
