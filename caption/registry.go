package caption

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// registryTSV is the agency registry: one organisation per row with its
// aliases (see the header of agencies.tsv for the columns).
//
//go:embed agencies.tsv
var registryTSV string

// Agency is one organisation of the registry.
type Agency struct {
	Name    string   // canonical name, as Caption.Agency writes it
	Kind    string   // wire, national, photo, stock, official, media, distributor, pool
	Country string   // ISO 3166-1 alpha-2 of the home country, "" for international
	Lead    bool     // signs its name before the photographer ("REUTERS/Name")
	Aliases []string // other names, marker, domain and run-together forms
	// Print is the credit line as the agency asks clients to print it
	// (agencies.tsv, column print); "" when the table gives none.
	Print string
	// conv is its house style a caption does not state (agencies.tsv,
	// columns order and zone).
	conv convention
}

// official reports a state or official source whose pictures a wire relays
// as handouts (KCNA, SANA).
func (a *Agency) official() bool { return a.Kind == "official" }

var (
	registry   []Agency
	agencyKey  map[string]*Agency // folded name or alias -> agency
	agencyFlat map[string]*Agency // the same without spaces: "aapimage", "abacapresscom"
)

func init() {
	for n, line := range strings.Split(registryTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		a, err := parseAgencyRow(line)
		if err != nil {
			panic(fmt.Sprintf("caption: agencies.tsv:%d: %v", n+1, err))
		}
		registry = append(registry, a)
	}
	agencyConventions = make(map[string]convention)
	for _, a := range registry {
		if a.conv != (convention{}) {
			agencyConventions[strings.ToLower(a.Name)] = a.conv
		}
	}
	agencyKey = make(map[string]*Agency, 4*len(registry))
	agencyFlat = make(map[string]*Agency, 4*len(registry))
	for i := range registry {
		a := &registry[i]
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k := string(foldKey(nil, n))
			if k == "" {
				continue
			}
			// The first row to claim a form keeps it: rows are ordered from
			// the big wires down.
			if _, ok := agencyKey[k]; !ok {
				agencyKey[k] = a
			}
			flat := strings.ReplaceAll(k, " ", "")
			agencyKeys.add(k)
			agencyKeys.add(flat)
			if _, ok := agencyFlat[flat]; !ok && len(flat) >= 3 {
				agencyFlat[flat] = a
			}
			addFuzzyKey(flat, a)
		}
	}
}

// parseAgencyRow reads one row of agencies.tsv: name, kind, country,
// lead, aliases, print, order, zone (the last ones may be left out).
func parseAgencyRow(line string) (Agency, error) {
	f := strings.Split(line, "\t")
	for len(f) < 8 {
		f = append(f, "")
	}
	a := Agency{Name: f[0], Kind: f[1], Country: f[2], Lead: f[3] == "lead", Print: f[5]}
	for _, al := range strings.Split(f[4], "|") {
		if al = strings.TrimSpace(al); al != "" {
			a.Aliases = append(a.Aliases, al)
		}
	}
	switch f[6] {
	case "", "day-month":
	case "month-day":
		a.conv.order = MonthFirst
	default:
		return a, fmt.Errorf("date order %q: want day-month or month-day", f[6])
	}
	a.conv.zone = strings.TrimPrefix(f[7], "-")
	return a, nil
}

// Agencies returns the registry, in table order.
func Agencies() []Agency { return registry }

// LookupAgency finds the organisation a credit part names, in any of the
// forms credits write it: "Agence France-Presse", "AFP PHOTO", "EPA-EFE",
// "abacapress.com", "AAPIMAGE", "Alamy Stock Photo", "Getty Images for X".
func LookupAgency(s string) (Agency, bool) {
	if a := lookupAgency(s); a != nil {
		return *a, true
	}
	return Agency{}, false
}

// AgencyName returns the canonical name of an agency written in any of its
// forms ("Agence France-Presse", "AFP PHOTO"), or "".
func AgencyName(s string) string {
	if a := lookupAgency(s); a != nil && a.Kind != "pool" {
		return a.Name
	}
	return ""
}

// serviceWords are the words an agency adds to its name for one of its
// services ("Alamy Stock Photo", "Allstar Picture Library", "Kyodo News",
// "ZUMA Press Wire"): dropped one at a time from the end until a name is
// known.
var serviceWords = wordSet("agency_service_word")

// lookupAgency: the whole part, then without a leading "the" or "www",
// without trailing service words, or before " for " ("Getty Images for
// Netflix").
func lookupAgency(s string) *Agency {
	var buf [96]byte
	k := foldKey(buf[:0], s)
	if len(k) == 0 || len(k) > len(buf) {
		return nil
	}
	if a := lookupKey(k); a != nil {
		return a
	}
	if t := trimWebPrefix(k); len(t) < len(k) {
		k = t
		if a := lookupKey(k); a != nil {
			return a
		}
	}
	if len(k) > 4 && string(k[:4]) == "the " {
		k = k[4:]
		if a := lookupKey(k); a != nil {
			return a
		}
	}
	if i := indexWord(k, "for"); i > 0 {
		if a := lookupKey(k[:i-1]); a != nil {
			return a
		}
	}
	for {
		sp := lastSpace(k)
		if sp < 0 || !serviceWords[string(k[sp+1:])] {
			return nil
		}
		k = k[:sp]
		if a := lookupKey(k); a != nil {
			return a
		}
	}
}

func lookupKey(k []byte) *Agency {
	if mayBeAgencyKey(k) {
		if a, ok := agencyKey[string(k)]; ok {
			return a
		}
	}
	var flat [96]byte
	f := flat[:0]
	for _, c := range k {
		if c != ' ' {
			f = append(f, c)
		}
	}
	if len(f) < 3 || !mayBeAgencyKey(f) {
		return nil
	}
	return agencyFlat[string(f)]
}

func lastSpace(k []byte) int {
	for i := len(k) - 1; i >= 0; i-- {
		if k[i] == ' ' {
			return i
		}
	}
	return -1
}

// indexWord returns where word starts as a whole word in k, or -1.
func indexWord(k []byte, word string) int {
	for i := 0; i+len(word) <= len(k); i++ {
		if (i == 0 || k[i-1] == ' ') && string(k[i:i+len(word)]) == word && (i+len(word) == len(k) || k[i+len(word)] == ' ') {
			return i
		}
	}
	return -1
}

// foldKey appends s to dst lower-cased, accents stripped, apostrophes
// dropped and every other run of punctuation or space made one space:
// "EPA-EFE" and "epa efe", "Agência" and "agencia" fold together.
func foldKey(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, most of a credit: one table look-up a byte.
			i++
			switch f := asciiKeyFold[c]; f {
			case keySep:
				space = true
			case keyDrop:
			default:
				dst = appendSpaced(dst, f, &space)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		r = unaccent(r)
		switch {
		case r == '\'' || r == '\u2019':
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			dst = appendSpaced(dst, byte(r), &space)
		case r >= 'A' && r <= 'Z':
			dst = appendSpaced(dst, byte(r+32), &space)
		case r == '&':
			dst = appendSpaced(dst, '&', &space)
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		default:
			space = true
		}
	}
	return dst
}

// asciiKeyFold is what foldKey makes of each ASCII byte: a letter
// lower-cased, a digit or "&" kept, the apostrophe dropped (keyDrop),
// any other byte a separator (keySep).
var asciiKeyFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 32)
		case c == '\'':
			t[c] = keyDrop
		default:
			t[c] = keySep
		}
	}
	return t
}()

// The marks of asciiKeyFold.
const (
	keySep  = 0
	keyDrop = 1
)

func appendSpaced(dst []byte, c byte, space *bool) []byte {
	if *space && len(dst) > 0 {
		dst = append(dst, ' ')
	}
	*space = false
	return append(dst, c)
}

// unaccent maps the accented Latin letters of agency names to their base
// letter (Č → C, é → e, ł → l); other runes pass unchanged.
func unaccent(r rune) rune {
	if b, ok := latinBase[r]; ok {
		return b
	}
	return r
}

var latinBase = func() map[rune]rune {
	from := []rune("ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿĆćČčĎďĘęĚěŁłŃńŇňŘřŚśŠšŤťŮůŹźŻżŽžŞşĞğİı")
	to := []rune("AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyCcCcDdEeEeLlNnNnRrSsSsTtUuZzZzZzSsGgIi")
	m := make(map[rune]rune, len(from))
	for i, r := range from {
		m[r] = to[i]
	}
	return m
}()

// Ways a credit's name matched the registry (summary.agency_match).
const (
	MatchExact = "exact" // the canonical name, whatever the case, accents or punctuation ("REUTERS")
	MatchAlias = "alias" // another name, a marker, web or run-together form ("Thomson Reuters", "www.reuters.com")
	MatchFuzzy = "fuzzy" // one edit away from a name of five letters or more ("RETUERS")
)

// MatchAgency finds the organisation s names and says how it matched:
// MatchExact, MatchAlias or MatchFuzzy; ok is false when s names none.
func MatchAgency(s string) (a Agency, match string, ok bool) {
	p, m := matchAgency(s)
	if p == nil {
		return Agency{}, "", false
	}
	return *p, m, true
}

// matchAgency is lookupAgency, then a one-edit match, with the kind of
// match.
func matchAgency(s string) (*Agency, string) {
	if a := lookupAgency(s); a != nil {
		return a, matchKind(s, a)
	}
	if a := fuzzyAgency(s); a != nil {
		return a, MatchFuzzy
	}
	return nil, ""
}

// webPrefixes are the words a web address opens with once folded
// ("https://www.example.com" -> "https www example com").
var webPrefixes = []string{"https www ", "http www ", "https ", "http ", "www "}

// trimWebPrefix drops the scheme and "www" of a web address.
func trimWebPrefix(k []byte) []byte {
	for _, p := range webPrefixes {
		if len(k) > len(p) && string(k[:len(p)]) == p {
			return k[len(p):]
		}
	}
	return k
}

// fuzzyMinLetters: names shorter than this never match with an edit: one
// edit turns a short code into another one ("APA" and "AAP", "PAP").
const fuzzyMinLetters = 5

// fuzzyKeys are the registry's names and aliases run together, by length,
// for one-edit matching.
var fuzzyKeys = map[int][]fuzzyKey{}

type fuzzyKey struct {
	flat string
	a    *Agency
}

func addFuzzyKey(flat string, a *Agency) {
	if a.Kind == "pool" || letterCount(flat) < fuzzyMinLetters {
		return
	}
	fuzzyKeys[len(flat)] = append(fuzzyKeys[len(flat)], fuzzyKey{flat, a})
}

func letterCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			n++
		}
	}
	return n
}

// fuzzyAgency returns the one organisation whose name or alias is one
// edit (insertion, deletion, substitution or transposition of two
// neighbours) away from s run together, or nil when none or several are.
func fuzzyAgency(s string) *Agency {
	var buf, flat [96]byte
	k := foldKey(buf[:0], s)
	if len(k) > len(buf) {
		return nil
	}
	f := flat[:0]
	for _, c := range trimWebPrefix(k) {
		if c != ' ' {
			f = append(f, c)
		}
	}
	if letterCount(string(f)) < fuzzyMinLetters {
		return nil
	}
	var found *Agency
	for n := len(f) - 1; n <= len(f)+1; n++ {
		for _, fk := range fuzzyKeys[n] {
			if oneEdit(string(f), fk.flat) {
				if found != nil && found != fk.a {
					return nil // two organisations: no guess
				}
				found = fk.a
			}
		}
	}
	return found
}

// oneEdit reports whether a and b differ by exactly one edit in the
// Damerau sense (a transposition of neighbours counts as one).
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch len(b) - len(a) {
	case 0:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		return a[i:] == b[i+1:] // insertion
	}
	return false
}
