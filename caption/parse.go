package caption

import (
	"regexp"
	"strings"
	"time"

	"github.com/wirecap/wirecap/internal/geo"
)

type parser struct {
	s                string // normalised text
	lower            string // s with ASCII letters lower-cased: same offsets
	opts             Options
	restrictionSpans []span
	credit           string
	creditSpan       span
	creditSpans      []span // every credit-like stretch, chosen or not
	bgStart          int    // start of the background, or len(s)
	headerEnd        int    // end of a wire header (Xinhua "(Xinhua) --"), or 0
	dateSpan         span
	order            DateOrder // numeric date order of the agency (dates.go)
}

func newParser(text string, opts Options) *parser {
	n := normalize(text)
	return &parser{s: n, lower: asciiLower(n), opts: opts, dateSpan: span{-1, -1}}
}

// backgroundSepRe is AFP's separator between what the photo shows and the
// context: " - " after the first sentence.
var backgroundSepRe = regexp.MustCompile(`[.)"]\s+-{1,2}\s+\p{Lu}|\n\s*\n`)

// wireHeaderRe is a transmission header whose date and city are not the photo's.
var wireHeaderRe = regexp.MustCompile(`^\s*(?:\(\d{6}\)\s*-+\s*)?[A-Z][A-Z .'-]+,\s+[^()\n]{3,40}\((?:Xinhua|XINHUA|Kyodo|Yonhap)\)\s*-+`)

var filePhotoRes = []*regexp.Regexp{
	regexp.MustCompile(`^\s*(?:\*\*)?FILE\s*(?:PHOTO)?\s*(?:[-:]|\(|\*\*)`),
	regexp.MustCompile(`(?i)\bfile (?:photo|picture|image)\b|\(FILES?\)|\*\*FILE\*\*|,\s*file\)|/File Photo|/FILE\b|\bfile photo dated\b`),
	regexp.MustCompile(`(?i)\(ARCHIVES?\)|\bphoto d'archives?\b|\bimage d'archives?\b|\bArchivbild\b|\bArchivfoto\b|\b(?:foto|imagen) de archivo\b|\(ARCHIVO\)`),
}

var (
	undatedRe   = regexp.MustCompile(`(?i)\b(?:undated|non dat[ée]e?|undatiert|sin fecha)\b`)
	releaseRe   = regexp.MustCompile(`(?i)\b(?:released|provided|issued|issue date|published|transmitted|distributed|posted|obtained|publi[ée]e?|diffus[ée]e?|ver[öo]ffentlicht|publicad[ao]|difundid[ao]|distribuid[ao])\b`)
	takenRe     = regexp.MustCompile(`(?i)\b(?:taken|shot|captured|pris[e]?|prise|aufgenommen|tomad[ao]|dated)\b`)
	releaseKeys = []string{"releas", "provid", "issue", "publi", "transmit", "distribu", "posted", "obtained", "diffus", "ffentlich", "difundid"}
	pictureDate = regexp.MustCompile(`(?i)\bPicture date:\s*`)
	socialRe    = regexp.MustCompile(`(?i)\b(?:social media|via telegram|telegram channel|posted on (?:x|twitter|facebook|instagram|tiktok)|réseaux sociaux|sozialen medien|redes sociales)\b`)
	screenRe    = regexp.MustCompile(`(?i)\b(?:screen ?grab|image grab|video grab|screenshot|still (?:image )?(?:taken )?from (?:a )?video|capture d'écran|Bildschirmfoto|captura de (?:pantalla|vídeo|video))\b`)
	handoutRe   = regexp.MustCompile(`(?i)\b(?:handout|photo provided by|picture provided by|image provided by|photo released by|picture released by|image released by|in this photo provided by|courtesy of)\b`)
	sourceName  = regexp.MustCompile(`(?i)\b(?:released|provided|distributed|issued)\s+by\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'.-]*|of|and|for|the)(?:\s+(?:[\p{Lu}][\p{L}'.-]*|of|and|for|the))*)`)
	poolRe      = regexp.MustCompile(`\bPOOL PHOTO\b|\(Pool photo\)|\bPool Photo\b`)
)

func (p *parser) run(c *Caption) {
	s := p.s
	c.Restrictions, p.restrictionSpans = findRestrictions(s, p.opts.DateHint)
	p.credit, p.creditSpan = p.findCredit()
	if v := mandatoryValue(c.Restrictions); v != "" {
		// The credit the agency demands is the one to print.
		p.credit = v
	}
	c.Credit = p.credit
	if strings.Contains(s, ") -") {
		if m := wireHeaderRe.FindStringIndex(s); m != nil {
			p.headerEnd = m[1]
		}
	}
	p.bgStart = len(s)
	if !strings.Contains(s, " -") && !strings.Contains(s, "\n") {
		// No separator possible: skip the expression.
	} else if m := backgroundSepRe.FindStringIndex(s[p.headerEnd:]); m != nil {
		at := p.headerEnd + m[0] + 1
		if at < p.creditStartOr(len(s)) {
			p.bgStart = at
		}
	}
	cp := analyzeCredit(c.Credit)
	if p.creditSpan.end > 0 && c.Credit != s[p.creditSpan.start:p.creditSpan.end] {
		// The line credit names the photographer where the demanded credit
		// may not ("AFP PHOTO / HO / SANA").
		line := analyzeCredit(s[p.creditSpan.start:p.creditSpan.end])
		if len(cp.photographers) == 0 {
			cp.photographers = line.photographers
		}
		if cp.agency == "" {
			cp.agency = line.agency
		}
	}
	if cp.agency == "" && strings.Contains(s, "PUBLICATIONxINx") {
		cp.agency = "Imago"
	}
	c.Agency = cp.agency
	p.order = DateOrderFor(c.Agency)
	resolveEmbargoes(s, c.Restrictions, c.Agency, p.opts.DateHint)
	c.Photographers = dedupe(cp.photographers)
	c.Partners = dedupe(cp.partners)
	c.FilePhoto = cp.file
	if hasAny(p.lower, []string{"file", "archiv"}) {
		for _, re := range filePhotoRes {
			if re.MatchString(s) {
				c.FilePhoto = true
			}
		}
	}
	c.Description, c.Background = p.describe()
	c.Source = p.source(cp)
	c.Date = p.date()
	c.Location = findLocation(p.locationText(), p.dateSpan)
	c.Language = detectLanguage(s)
}

// asciiLower lower-cases A-Z only, so that byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func (p *parser) creditStartOr(def int) int {
	if p.creditSpan.end > 0 {
		return p.creditSpan.start
	}
	return def
}

func mandatoryValue(rs []Restriction) string {
	for _, r := range rs {
		if r.Code == MandatoryCredit && r.Value != "" {
			return r.Value
		}
	}
	return ""
}

// describe splits the caption into what the photo shows and the context.
func (p *parser) describe() (desc, bg string) {
	s := p.s
	end := len(s)
	for _, sp := range p.creditSpans {
		if sp.start > len(s)/3 && sp.start < end {
			end = sp.start
		}
	}
	for _, sp := range p.restrictionSpans {
		if sp.start > len(s)/2 && sp.start < end {
			end = sp.start
		}
	}
	start := p.headerEnd
	descEnd := min(p.bgStart, end)
	desc = cleanPart(s[start:max(start, descEnd)])
	if p.bgStart < end {
		bg = cleanPart(s[p.bgStart:end])
	}
	return desc, bg
}

var leadingFileRe = regexp.MustCompile(`^\s*(?:\*\*)?FILE\s*(?:PHOTO)?\s*[-:]\s*`)

func cleanPart(s string) string {
	s = leadingFileRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "-=/ ")
	s = strings.TrimRight(s, "-=/( \n")
	return strings.Join(strings.Fields(s), " ")
}

func (p *parser) source(cp creditParts) *Source {
	s := p.s
	name := ""
	if cp.official != "" {
		name = cp.official
	}
	for _, partner := range cp.partners {
		if name == "" && lookupAgency(partner) == nil {
			name = partner
		}
	}
	if name == "" && strings.Contains(p.lower, " by ") {
		if m := sourceName.FindStringSubmatch(s[:min(len(s), p.bgStart)]); m != nil {
			name = strings.TrimSpace(strings.TrimSuffix(m[1], " on"))
		}
	}
	kind := ""
	l := p.lower
	switch {
	case cp.handout || hasAny(l, []string{"handout", "provided by", "released by", "courtesy"}) && handoutRe.MatchString(s[:min(len(s), p.bgStart)]):
		kind = "handout"
	case cp.pool || strings.Contains(l, "pool") && poolRe.MatchString(s):
		kind = "pool"
	case cp.social || hasAny(l, []string{"social", "telegram", "posted on", "réseaux", "sozialen", "redes"}) && socialRe.MatchString(withoutSpans(s, p.restrictionSpans)):
		kind = "social_media"
	case hasAny(l, []string{"grab", "screenshot", "still", "capture", "bildschirm", "captura"}) && screenRe.MatchString(s):
		kind = "screengrab"
	case len(cp.partners) > 0:
		for _, partner := range cp.partners {
			if lookupAgency(partner) != nil {
				return &Source{Kind: "agency", Name: partner}
			}
		}
	}
	if kind == "" {
		return nil
	}
	return &Source{Kind: kind, Name: name}
}

// date picks the capture date: the first date of the description that is
// not a release, issue or transmission date.
func (p *parser) date() *Date {
	s := p.s
	limit := p.bgStart
	if hasAny(p.lower[:limit], []string{"undat", "non dat", "sin fecha"}) && undatedRe.MatchString(s[:limit]) {
		return nil
	}
	ds := findDatesOrder(s, p.order)
	pictureDateEnd := -1
	if !strings.Contains(p.lower, "picture date") {
		// No label: skip the case-blind expression (5% of parse time).
	} else if m := pictureDate.FindStringIndex(s); m != nil {
		pictureDateEnd = m[1]
	}
	var partial *dateMention
	for i := range ds {
		d := ds[i]
		if d.start < p.headerEnd || (d.start >= limit && !p.afterCreditLine(d.start)) || p.inRestriction(d.start) {
			continue
		}
		if p.isReleaseDate(d.start) {
			continue
		}
		if d.isWeekday || d.year == 0 {
			if partial == nil {
				partial = &ds[i]
			}
			continue
		}
		if pictureDateEnd > 0 && d.start < pictureDateEnd {
			// PA's "Picture date:" is authoritative; keep looking for it.
			continue
		}
		p.dateSpan = span{d.start, d.end}
		return &Date{Value: d.value(), Text: s[d.start:d.end], Precision: d.precision()}
	}
	if partial != nil {
		p.dateSpan = span{partial.start, partial.end}
	}
	if partial != nil && !p.opts.DateHint.IsZero() {
		d := *partial
		if d.isWeekday {
			d = resolveWeekday(d, p.opts.DateHint)
		} else {
			d = resolveYear(d, p.opts.DateHint)
		}
		return &Date{Value: d.value(), Text: s[partial.start:partial.end], Precision: d.precision()}
	}
	return nil
}

// afterCreditLine: Shutterstock's event line ("…, London, UK - 04 Feb 2026")
// follows the credit and carries the date.
func (p *parser) afterCreditLine(pos int) bool {
	return p.creditSpan.end > 0 && pos > p.creditSpan.end && p.bgStart == len(p.s)
}

func (p *parser) inRestriction(pos int) bool {
	for _, sp := range p.restrictionSpans {
		if pos >= sp.start && pos < sp.end {
			return true
		}
	}
	return false
}

// isReleaseDate reports a date introduced as a release or issue date
// ("released by SANA on May 12, 2012"), unless the photo was "taken and
// released" then.
func (p *parser) isReleaseDate(pos int) bool {
	from := max(0, pos-80)
	ctx := p.s[from:pos]
	if i := strings.LastIndexAny(ctx, ".;\n"); i >= 0 && i < len(ctx)-1 {
		// Keep "Issue date:" style labels even after a full stop.
		if !strings.HasSuffix(strings.TrimSpace(ctx), ":") {
			ctx = ctx[i+1:]
		}
	}
	if i := strings.LastIndex(ctx, ","); i >= 0 && strings.Count(ctx[i:], " ") > 3 {
		ctx = ctx[i:]
	}
	lc := strings.ToLower(ctx)
	if !hasAny(lc, releaseKeys) {
		return false
	}
	return releaseRe.MatchString(ctx) && !takenRe.MatchString(ctx)
}

// locationText blanks out the parts of the caption that name no location
// of the photo: credit, restrictions, background, wire header.
func (p *parser) locationText() string {
	b := []byte(p.s)
	blank := func(a, z int) {
		for i := max(0, a); i < min(len(b), z); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for _, sp := range p.creditSpans {
		blank(sp.start, sp.end)
	}
	for _, sp := range p.restrictionSpans {
		blank(sp.start, sp.end)
	}
	main := string(b[:p.bgStart])
	if p.headerEnd > 0 {
		// The header's city is where the story was filed; keep it as a
		// last resort after the body.
		body := strings.Repeat(" ", p.headerEnd) + main[p.headerEnd:]
		if loc := findLocation(body, p.dateSpan); loc != nil {
			return body
		}
	}
	return main
}

func dedupe(xs []string) []string {
	out := make([]string, 0, len(xs))
	seen := map[string]bool{}
	for _, x := range xs {
		k := geo.Fold(x)
		if x == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, x)
	}
	return out
}

// ParseDateHint reads YYYY-MM-DD or RFC 3339.
func ParseDateHint(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}
