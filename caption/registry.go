package caption

import (
	_ "embed"
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
	for _, line := range strings.Split(registryTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		a := Agency{Name: f[0], Kind: f[1], Country: f[2], Lead: f[3] == "lead"}
		for _, al := range strings.Split(f[4], "|") {
			if al = strings.TrimSpace(al); al != "" {
				a.Aliases = append(a.Aliases, al)
			}
		}
		registry = append(registry, a)
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
			if _, ok := agencyFlat[flat]; !ok && len(flat) >= 3 {
				agencyFlat[flat] = a
			}
		}
	}
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
var serviceWords = map[string]bool{
	"photo": true, "photos": true, "foto": true, "fotos": true, "image": true, "images": true, "picture": true,
	"pictures": true, "library": true, "stock": true, "live": true, "news": true, "agency": true, "wire": true,
	"pool": true, "press": true, "service": true, "services": true, "ltd": true, "limited": true, "inc": true,
	"gmbh": true, "llc": true, "sport": true, "sports": true, "editorial": true, "archive": true, "archives": true,
	"com": true, "net": true, "org": true, "de": true, "fr": true, "pl": true, "ch": true, "it": true, "es": true,
	"nl": true, "be": true, "at": true, "uk": true, "co": true, "jp": true, "kr": true, "cn": true, "au": true,
}

// lookupAgency: the whole part, then without a leading "the", without
// trailing service words, or before " for " ("Getty Images for Netflix").
func lookupAgency(s string) *Agency {
	var buf [96]byte
	k := foldKey(buf[:0], s)
	if len(k) == 0 || len(k) > len(buf) {
		return nil
	}
	if a := lookupKey(k); a != nil {
		return a
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
	if a, ok := agencyKey[string(k)]; ok {
		return a
	}
	var flat [96]byte
	f := flat[:0]
	for _, c := range k {
		if c != ' ' {
			f = append(f, c)
		}
	}
	if len(f) < 3 {
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
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
			r = unaccent(r)
		}
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
