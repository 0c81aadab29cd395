package caption

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/wirecap/wirecap/internal/geo"
)

// creditPattern finds a credit line. Lower prio wins; within a priority the
// first in the text wins. group is the submatch that holds the credit.
type creditPattern struct {
	// keys: the text must hold one of these (as written) for the pattern
	// to be tried.
	keys  []string
	prio  int
	re    *regexp.Regexp
	group int
	// paren: the match is a parenthesised group that must look like a credit.
	paren bool
}

var creditPatterns = []creditPattern{
	{keys: []string{"redit"}, prio: 2, re: regexp.MustCompile(`(?i)\b(?:mandatory credit|photo credit should read|credit should read|credit must read)\s*:?\s*([\p{L}©"][^\n(]+?)\s*(?:\(|\)|\n|$|\.\s)`), group: 1},
	{keys: []string{"AFP"}, prio: 1, re: regexp.MustCompile(`\bAFP PHOTO ?/ ?[^\n(=]+|\bAFP Photo ?/ ?[^\n(=)]+`), group: 0},
	{keys: []string{"REUTERS", "Reuters/"}, prio: 1, re: regexp.MustCompile(`\bREUTERS ?/ ?[^\n()]+|\(Reuters/[^\n()]+\)`), group: 0},
	{keys: []string{"EPA", "EFE"}, prio: 1, re: regexp.MustCompile(`\b(?:EPA-EFE|EFE-EPA|EFE/EPA|EPA/EFE|EPA|EFE)/[^\n]+`), group: 0},
	{keys: []string{"("}, prio: 3, re: regexp.MustCompile(`\(([^()\n]{2,200})\)`), group: 1, paren: true},
	{keys: []string{"["}, prio: 3, re: regexp.MustCompile(`\[((?:[A-Z][^\[\]\n]{1,60}))\]`), group: 1, paren: true},
	{keys: []string{"via ", "VIA "}, prio: 4, re: regexp.MustCompile(`(?i)(?:^|[.!?]\s+|\n)([^.\n]{2,120}?\bvia (?:REUTERS|AP|AFP|Getty Images)\b)`), group: 1},
	{keys: []string{"oto:", "OTO:", "oto :"}, prio: 4, re: regexp.MustCompile(`(?i)\b(?:Photo|Foto)\s*:\s*([^\n]{2,120}?)\s*(?:\.\s*$|$|\n)`), group: 1},
	{keys: []string{"©"}, prio: 4, re: regexp.MustCompile(`©\s*([^\n©]{2,120}?)\s*(?:$|\n|---)`), group: 1},
	{keys: []string{"Copyright:"}, prio: 4, re: regexp.MustCompile(`\bCopyright:\s*(x[A-Za-z]+(?:x[A-Za-z]+)*x)`), group: 0},
	{keys: []string{"Photo by", "APAimages"}, prio: 5, re: regexp.MustCompile(`(?:^|\.\s*|\n)(Photo by [^\n.]{2,120}|[A-Za-z.]*APAimages Photo / [^\n.]{2,80})\s*$`), group: 1},
	{keys: []string{"/"}, prio: 5, re: regexp.MustCompile(`\s/\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*$`), group: 1},
}

// trailers end a credit that runs on in the text.
var trailerRe = regexp.MustCompile(`\s*(?:\+\+\+|\bTPX\b|\bATTENTION EDITORS\b|\bSEARCH\b|\*\*|==|\(END\)|\bEND\b|\s{3,}|\bPRESS ASSOCIATION\b|---)`)

var idSuffixRe = regexp.MustCompile(`\s*\(\d{5,}[a-z]{0,3}\)\s*$`)

// creditPrefixes are dropped from a credit before it is split into parts.
var creditPrefixRe = regexp.MustCompile(`(?i)^\s*(?:mandatory credit\s*:?|\(?photo credit should read\s*:?|credit\s*:|photo illustration by|photo by|photos by|foto\s*:|photo\s*:|credit image\s*:\s*©?|©|copyright\s*:?)\s*`)

// findCredit returns the credit text and its span, or "" when none is found.
func (p *parser) findCredit() (string, span) {
	best, bestPrio := "", 99
	var bestSpan span
	p.creditSpans = p.creditSpans[:0]
	for _, cp := range creditPatterns {
		if !hasAny(p.s, cp.keys) {
			continue
		}
		// Only the first match of each pattern is used; a paren that is not
		// a credit moves the search past it.
		for from := 0; from < len(p.s); {
			m := cp.re.FindStringSubmatchIndex(p.s[from:])
			if m == nil {
				break
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += from
				}
			}
			from = max(m[1], from+1)
			a, b := m[2*cp.group], m[2*cp.group+1]
			if a < 0 {
				continue
			}
			text := p.s[a:b]
			if cp.paren && !looksLikeCredit(text) {
				continue
			}
			text, b = p.cutCredit(text, a)
			if strings.TrimSpace(creditPrefixRe.ReplaceAllString(text, "")) == "" {
				continue
			}
			p.creditSpans = append(p.creditSpans, span{a, b})
			if cp.prio < bestPrio {
				best, bestPrio, bestSpan = text, cp.prio, span{a, b}
			}
			break
		}
	}
	return strings.TrimSpace(creditLabelRe.ReplaceAllString(best, "")), bestSpan
}

// creditLabelRe is a label before a credit that is not part of what is
// printed: "Foto: AP Photo/…", "Credit Image: © Name/ZUMA Press Wire".
var creditLabelRe = regexp.MustCompile(`(?i)^\s*(?:credit image\s*:\s*©?|foto\s*:|photo\s*:|©)\s*`)

// cutCredit trims what follows a credit: trailers, restriction blocks,
// picture IDs and the repeated HANDOUT words EPA puts before its
// restrictions.
func (p *parser) cutCredit(text string, start int) (string, int) {
	end := len(text)
	if loc := trailerRe.FindStringIndex(text); loc != nil && loc[0] > 0 {
		end = loc[0]
	}
	for _, sp := range p.restrictionSpans {
		if sp.start > start+2 && sp.start < start+end {
			end = sp.start - start
		}
	}
	text = text[:end]
	text = idSuffixRe.ReplaceAllString(text, "")
	text = strings.TrimRight(text, " .,;:-/")
	for {
		t := strings.TrimSpace(text)
		u := strings.ToUpper(t)
		if strings.HasSuffix(u, " HANDOUT") && len(t) > len(" HANDOUT")+3 {
			text = t[:len(t)-len(" HANDOUT")]
			continue
		}
		break
	}
	text = strings.TrimRight(text, " .,;:-/")
	return text, start + len(text)
}

// looksLikeCredit tells a credit in brackets, "(Photo by X/AFP)", from
// other brackets, "(COVID-19)", "(From L)", "(Rusia, Ucrania)".
func looksLikeCredit(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 2 || len(t) > 200 {
		return false
	}
	low := strings.ToLower(t)
	if strings.HasPrefix(low, "photo by") || strings.HasPrefix(low, "photo:") || strings.HasPrefix(low, "foto:") ||
		strings.HasPrefix(low, "credit image") || strings.HasPrefix(low, "photo illustration by") || low == "pool photo" {
		return true
	}
	for _, part := range splitCredit(t) {
		if a := lookupAgency(part); a != nil && a.name != "Pool" {
			return true
		}
	}
	return false
}

var creditSplitRe = regexp.MustCompile(`\s*(?:/|\\|,|\bvia\b|\s[-–]\s|;)\s*`)

func splitCredit(s string) []string {
	var out []string
	for _, p := range creditSplitRe.Split(s, -1) {
		p = strings.TrimSpace(strings.Trim(p, " ()[]\"'"))
		if p == "" {
			continue
		}
		// "Name-USA TODAY Sports": a hyphen before an agency name.
		if i := strings.LastIndex(p, "-"); i > 0 && i < len(p)-1 && lookupAgency(p[i+1:]) != nil && lookupAgency(p) == nil {
			out = append(out, strings.TrimSpace(p[:i]), strings.TrimSpace(p[i+1:]))
			continue
		}
		out = append(out, p)
	}
	return out
}

// creditParts is what a credit says once split.
type creditParts struct {
	agency        string
	photographers []string
	partners      []string
	handout       bool
	pool          bool
	social        bool
	file          bool
	official      string // official agency relaying the picture (KCNA)
}

var markerRe = regexp.MustCompile(`(?i)^\s*\(?\s*(AFP PHOTO|AFP Photo|AP Photo|REUTERS|EPA-EFE|EFE|EPA|Xinhua|CTK Photo|dpa|Kyodo|Yonhap|Anadolu)\s*[/ ]`)

var imagoNameRe = regexp.MustCompile(`^x([A-Za-z]+(?:x[A-Za-z]+)*)x$`)

func analyzeCredit(credit string) creditParts {
	var cp creditParts
	body := creditPrefixRe.ReplaceAllString(credit, "")
	var leading *agency
	if m := markerRe.FindStringSubmatch(credit); m != nil {
		leading = lookupAgency(m[1])
	}
	parts := splitCredit(body)
	var agencies []*agency
	viaBare := regexp.MustCompile(`(?i)^(.*?)\s+via\s+`).FindStringSubmatch(body)
	for i, part := range parts {
		low := geo.Fold(part)
		switch {
		case imagoNameRe.MatchString(part):
			cp.photographers = append(cp.photographers, strings.Join(strings.Split(imagoNameRe.FindStringSubmatch(part)[1], "x"), " "))
		case handoutWords[strings.ToLower(part)] || isHandoutTypo(low):
			cp.handout = true
		case strings.Contains(low, "pool"):
			cp.pool = true
			if a := lookupAgency(strings.TrimSpace(strings.Replace(strings.Replace(low, "pool", "", 1), "photo", "", 1))); a != nil {
				agencies = append(agencies, a)
			}
		case low == "file" || low == "file photo" || low == "files":
			cp.file = true
		case containsAny(low, socialWords):
			cp.social = true
		case lookupAgency(part) != nil:
			a := lookupAgency(part)
			if a.official {
				cp.official = a.name
			}
			agencies = append(agencies, a)
		case low == "stringer" || low == "staff" || low == "str":
		case isPersonName(part):
			cp.photographers = append(cp.photographers, personName(part))
		default:
			if i > 0 || len(parts) > 1 {
				cp.partners = append(cp.partners, strings.TrimSpace(part))
			}
		}
	}
	switch {
	case leading != nil:
		cp.agency = leading.name
	case len(agencies) > 0:
		cp.agency = agencies[len(agencies)-1].name
	}
	for _, a := range agencies {
		if a.name != cp.agency && !contains(cp.partners, a.name) {
			cp.partners = append(cp.partners, a.name)
		}
	}
	// "(Morten Rasch via AP)": a picture a wire relays from someone
	// outside the trade is a handout.
	if viaBare != nil && leading == nil {
		hasAgency := false
		for _, p := range splitCredit(viaBare[1]) {
			if lookupAgency(p) != nil {
				hasAgency = true
			}
		}
		if !hasAgency && !cp.pool {
			cp.handout = true
		}
	}
	if cp.official != "" && !cp.pool {
		cp.handout = true
	}
	return cp
}

func isHandoutTypo(low string) bool {
	for _, w := range strings.Fields(low) {
		if len(w) >= 6 && len(w) <= 8 && editDistance(w, "handout") <= 2 && w[0] == 'h' {
			return true
		}
	}
	return false
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

var nameParticles = map[string]bool{"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true,
	"den": true, "al": true, "el": true, "bin": true, "ben": true, "le": true, "la": true, "dos": true, "del": true, "y": true, "ter": true}

// isPersonName accepts one to five words, capitalised or particles, with no
// digits and no organisation words.
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	if _, ok := geo.Country(s); ok {
		return false
	}
	letters := 0
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if orgWords[geo.Fold(lw)] {
			return false
		}
		if nameParticles[lw] && i > 0 && i < len(words)-1 {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !(strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-")) {
			return false
		}
		for _, c := range r {
			if unicode.IsDigit(c) {
				return false
			}
			if unicode.IsLetter(c) {
				letters++
			}
		}
	}
	if len(words) == 1 {
		// A single word is a name only where AFP and others sign with one
		// ("SEYLLOU"); short capitals are acronyms of organisations.
		return letters >= 5 && !strings.Contains(s, ".")
	}
	return letters >= 3
}

// personName turns "Rizwan TABASSUM" into "Rizwan Tabassum", keeping
// particles and mixed-case names as written.
func personName(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if strings.ToUpper(w) == w && strings.ToLower(w) != w {
			if nameParticles[strings.ToLower(w)] && i > 0 {
				words[i] = strings.ToLower(w)
				continue
			}
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	upNext := true
	for i, c := range r {
		if upNext && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			upNext = false
		}
		if c == '-' || c == '\'' {
			upNext = true
		}
	}
	return string(r)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
