// Package caption parses news-agency photo captions into structured fields:
// credit, photographers, agency, source (handout, pool, social media), usage
// restrictions as normalised codes, the capture date and the location.
//
// Credits are found by where and how they are written (a label such as
// "Photo by" or "Foto:", an "AGENCY PHOTO /" marker, the caption's tail
// with its slash, dash and "via" chains), so that agencies it has never
// heard of are read too; the agency registry (agencies.tsv, over 200 news
// agencies, photo services and distributors with their aliases) only
// normalises the names found. ParseCredit reads a credit field of the
// metadata (IPTC Credit, Source, By-line) with the same analyser. The
// restriction vocabulary lives in restrictions.go. Unknown fields stay
// empty; the parser never invents a value.
package caption

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxLen bounds the text Parse examines (a wire caption is a few hundred
// bytes, IIM allows 2000, an XMP description may hold an article); the rest
// is not read, and Caption.Truncated says how much of it there was.
const MaxLen = 1 << 20

// Caption is a parsed caption. Empty strings and nil pointers encode as JSON null.
type Caption struct {
	Text          string        `json:"text"`
	Language      string        `json:"language"`
	Description   string        `json:"description"`
	Background    string        `json:"background"`
	Credit        string        `json:"credit"`
	Photographers []string      `json:"photographers"`
	Agency        string        `json:"agency"`
	Partners      []string      `json:"partners"`
	Source        *Source       `json:"source"`
	Restrictions  []Restriction `json:"restrictions"`
	Date          *Date         `json:"date"`
	Location      *Location     `json:"location"`
	FilePhoto     bool          `json:"file_photo"`
	// Truncated is the number of bytes past MaxLen that were not read (0:
	// the whole caption was).
	Truncated int `json:"truncated,omitempty"`
}

// Source says where the picture came from when the agency did not take it.
type Source struct {
	Kind SourceKind `json:"kind"`
	Name string     `json:"name"`
}

// Restriction is one usage restriction, with the words it came from.
type Restriction struct {
	Code   string   `json:"code"`
	Text   string   `json:"text"`
	Value  string   `json:"value,omitempty"`   // MANDATORY_CREDIT: the credit demanded
	Scope  []string `json:"scope,omitempty"`   // OUT: ISO codes or outlet names excluded
	OnlyIn []string `json:"only_in,omitempty"` // OUT: publication allowed only there (IMAGO style)
	// Until is when an EMBARGO lifts or an EXPIRES licence ends, to the
	// second, in UTC (RFC 3339 in JSON); zero when the text gives no time.
	Until time.Time `json:"until,omitzero"`
	From  string    `json:"from,omitempty"` // where it was found, in a summary
}

// Date is the capture date stated in a caption. Its JSON value is Time
// written to its precision (YYYY-MM-DD, YYYY-MM or YYYY; see String), null
// for an unresolved weekday.
type Date struct {
	// Time is the first instant (UTC) of the day, month or year stated;
	// zero when unresolved (PrecisionWeekday).
	Time      time.Time `json:"value"`
	Text      string    `json:"text"` // the words it came from
	Precision Precision `json:"precision"`
}

// Location is where the photo was taken, as the caption states it, at the
// level it states it (IPTC's Location Created: Sublocation under City,
// Province-State and Country).
type Location struct {
	// Text is the whole place phrase as written, from the preposition
	// that introduces it (or the venue's, when a venue comes first) to
	// its last place word: venue, relation words, town, region and
	// country as the caption chains them ("at the Velmora state residence
	// outside Moscow, Russia", "at a school in the Velmora refugee camp",
	// "off the coast of Lampedusa, Italy"). Never verbs, people, dates or
	// the words of another clause.
	Text string `json:"text"`
	// Place is the sublocation the caption names: a venue, site,
	// building, camp, park, district or vessel ("Velmora state
	// residence", "Mexican side of the border", "coast of Lampedusa"),
	// without its preposition and article, or a settlement below the
	// city (a village, a borough, a town of a county); empty when the
	// caption names only a town, or only an unnamed venue ("a market in
	// Dakar": the venue is in Text alone).
	Place       string `json:"place"`
	City        string `json:"city"`        // GeoNames' current name where the gazetteer knows the city, else as written
	GeoNamesID  int    `json:"geonames_id"` // the city's GeoNames id, 0 (null in JSON) when unknown
	Region      string `json:"region"`
	Country     string `json:"country"`
	CountryCode string `json:"country_code"`
}

// Options tune Parse.
type Options struct {
	// DateHint resolves dates without a year ("JULY 15:") and weekdays
	// ("on Monday"): usually the transmission or file date.
	DateHint time.Time
	// Agency is the distributing agency the photo's other metadata names
	// (IPTC Credit or Source), for a caption that names none itself: its
	// conventions read numeric dates (month/day for US agencies) and
	// embargo times without a zone (its home zone). It never becomes the
	// caption's Agency.
	Agency string
}

// ErrInvalidUTF8 is returned, wrapped with the offset of the first bad
// byte, for text that is not UTF-8: test for it with errors.Is.
var ErrInvalidUTF8 = errors.New("caption: text is not valid UTF-8")

// Parse parses one caption. It returns an error only for text that is not
// UTF-8 (ErrInvalidUTF8); a caption it cannot make sense of gives empty
// fields.
func Parse(text string, opts Options) (*Caption, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("%w (byte %d)", ErrInvalidUTF8, invalidAt(text))
	}
	c := &Caption{Text: text, Photographers: []string{}, Partners: []string{}, Restrictions: []Restriction{}}
	text = bounded(text)
	c.Truncated = len(c.Text) - len(text)
	var p parser
	p.init(text, opts)
	p.run(c)
	c.Credit = creditAsWritten(text, p.s, c.Credit, p.creditSpan)
	return c, nil
}

// invalidAt is the offset of the first byte of s that is not UTF-8.
func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

// MarshalJSON writes empty strings as null, as the contract asks (see
// AppendJSON).
func (c Caption) MarshalJSON() ([]byte, error) {
	return c.AppendJSON(make([]byte, 0, 512+2*len(c.Text))), nil
}

// MarshalJSON writes empty strings as null.
func (s Source) MarshalJSON() ([]byte, error) {
	return s.appendJSON(nil), nil
}

// MarshalJSON writes the value as String does, an unresolved weekday's as
// null.
func (d Date) MarshalJSON() ([]byte, error) {
	return d.appendJSON(nil), nil
}

// MarshalJSON writes empty strings as null.
func (l Location) MarshalJSON() ([]byte, error) {
	return l.appendJSON(nil), nil
}

// HasRestriction reports whether the caption carries a restriction code.
func (c *Caption) HasRestriction(code string) bool {
	for _, r := range c.Restrictions {
		if r.Code == code {
			return true
		}
	}
	return false
}

// normalRunes maps the typographic variants wires and CMSes introduce to
// plain ASCII punctuation, so that one set of rules serves all: curly and
// angle quotes, dashes, non-breaking and thin spaces and the other spaces
// of typesetting (en, em, figure, hair; U+2000-U+200A, U+205F); the line
// and paragraph separators and NEL, line breaks; the full-width
// brackets, slash and colon and the ideographic space of Japanese, Chinese
// and Korean captions (Kyodo's "（共同）").
var normalRunes = map[rune]byte{
	'\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
	'\u2018': '\'', '\u2019': '\'', '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-',
	'\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
	'\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
	'\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u200a': ' ', '\u205f': ' ',
	'\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
	'\uff08': '(', '\uff09': ')', '\uff0f': '/', '\uff1a': ':', '\u3000': ' ',
	// The lenticular brackets and full-width equals sign of Japanese
	// credits ("【AFP＝時事】") read as "[", "]" and "=".
	'\u3010': '[', '\u3011': ']', '\uff1d': '=',
	// Digits: full-width (Chinese, Japanese), Arabic-Indic (Arabic) and
	// extended Arabic-Indic (Persian), read as the ASCII digits the date
	// and time rules read.
	'\uff10': '0', '\uff11': '1', '\uff12': '2', '\uff13': '3', '\uff14': '4', '\uff15': '5', '\uff16': '6', '\uff17': '7', '\uff18': '8', '\uff19': '9',
	'\u0660': '0', '\u0661': '1', '\u0662': '2', '\u0663': '3', '\u0664': '4', '\u0665': '5', '\u0666': '6', '\u0667': '7', '\u0668': '8', '\u0669': '9',
	'\u06f0': '0', '\u06f1': '1', '\u06f2': '2', '\u06f3': '3', '\u06f4': '4', '\u06f5': '5', '\u06f6': '6', '\u06f7': '7', '\u06f8': '8', '\u06f9': '9',
}

// lineBreaks are the line-break spellings captions arrive with (HTML from
// a CMS, CR LF, an escaped "\n").
var lineBreaks = []string{"<br />", "<br/>", "<br>", "\r\n", "\r", "\\n"}

// rewriteAt returns the offset of the first variant normalize rewrites,
// or len(s): most captions hold accented letters but no variant, and are
// not copied. It looks for each byte a variant starts with (rewriteBytes)
// with strings.IndexByte, which reads many bytes at a time, rather than
// testing every byte of the text: a lead byte is never inside another
// rune, so each place it occurs is one normalize would look at.
func rewriteAt(s string) int {
	first := len(s)
	for _, b := range rewriteBytes {
		for from := 0; from < first; {
			k := strings.IndexByte(s[from:first], b)
			if k < 0 {
				break
			}
			if at := from + k; variantAt(s, at) {
				first = at
				break
			}
			from += k + 1
		}
	}
	return first
}

// variantAt reports a variant of normalRunes or lineBreaks starting at
// byte i of s.
func variantAt(s string, i int) bool {
	if s[i] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[i:])
		_, ok := normalRunes[r]
		return ok
	}
	for _, lb := range lineBreaks {
		if strings.HasPrefix(s[i:], lb) {
			return true
		}
	}
	return false
}

// rewriteBytes are the bytes of rewriteLead.
var rewriteBytes = func() (bs []byte) {
	for b := range 256 {
		if rewriteLead[b] {
			bs = append(bs, byte(b))
		}
	}
	return bs
}()

// rewriteLead marks the bytes a variant starts with: the first bytes of
// the line breaks and the lead bytes of the runes of normalRunes (0xC2,
// 0xE2, 0xE3, 0xEF). Any other byte, the lead or continuation of another rune
// included, starts none.
var rewriteLead = func() (t [256]bool) {
	for _, lb := range lineBreaks {
		t[lb[0]] = true
	}
	for r := range normalRunes {
		t[utf8.AppendRune(nil, r)[0]] = true
	}
	return t
}()

// normalize rewrites the variants above in one pass, allocating only when
// there is something to rewrite.
func normalize(s string) string {
	if i := rewriteAt(s); i < len(s) {
		var b strings.Builder
		b.Grow(len(s))
		b.WriteString(s[:i])
	scan:
		for i < len(s) {
			c := s[i]
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(s[i:])
				if rep, ok := normalRunes[r]; ok {
					b.WriteByte(rep)
				} else {
					b.WriteString(s[i : i+n])
				}
				i += n
				continue
			}
			if c == '\r' || c == '<' || c == '\\' {
				for _, lb := range lineBreaks {
					if strings.HasPrefix(s[i:], lb) {
						b.WriteByte('\n')
						i += len(lb)
						continue scan
					}
				}
			}
			b.WriteByte(c)
			i++
		}
		s = b.String()
	}
	if strings.Contains(s, "\"s") {
		s = straightPossessive(s)
	}
	return s
}

// straightPossessive repairs `Kenya"s`, a possessive whose apostrophe a
// CMS turned into a double quote: a letter, `"s`, then no letter.
func straightPossessive(s string) string {
	b := []byte(s)
	for i := 1; i+1 < len(b); i++ {
		if b[i] != '"' || b[i+1] != 's' || i+2 < len(b) && isLetterByte(b[i+2]) {
			continue
		}
		if r, _ := utf8.DecodeLastRune(b[:i]); unicode.IsLetter(r) {
			b[i] = '\''
		}
	}
	return string(b)
}
