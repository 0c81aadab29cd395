// Package fold compares place names as a desk does: case, accents,
// apostrophes and punctuation do not count. The generator and package geo
// share it, so that the keys written into the gazetteer match the keys
// looked up.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s, strips accents and collapses punctuation to single
// spaces, so that "Kyiv", "KYIV" and "Kyïv" compare equal. Apostrophes
// vanish: "Xi'an" and "Xian" fold together.
func Fold(s string) string {
	return saint(fold(s))
}

// saint spells out the abbreviation that opens many place names: "St.
// Petersburg", "St Louis", "Ste-Foy" fold as "saint petersburg".
func saint(k string) string {
	switch {
	case strings.HasPrefix(k, "st "):
		return "saint " + k[3:]
	case strings.HasPrefix(k, "ste "):
		return "sainte " + k[4:]
	}
	return k
}

func fold(s string) string {
	if k, ok := asciiFold(s); ok {
		return k
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ") // an invalid byte separates words
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(foldRune(r))
		case r == '\'' || r == '’' || r == 'ʼ' || r == 'ʻ':
		default:
			space = true
		}
	}
	return b.String()
}

// foldRune lower-cases r and spells out the letters NFD leaves whole.
func foldRune(r rune) rune {
	switch r {
	case 'ı':
		return 'i'
	case 'ł', 'Ł':
		return 'l'
	case 'ø', 'Ø':
		return 'o'
	case 'đ', 'Đ':
		return 'd'
	}
	return unicode.ToLower(r)
}

// Append appends the folded s to dst: with a stack buffer, a lookup of an
// ASCII name allocates nothing. An ASCII name is folded in one pass, a
// table look-up a byte (asciiFolded); a name with other bytes is Fold's.
func Append(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		switch f := asciiFolded[s[i]]; f {
		case foldSep:
			space = true
		case foldDrop:
		case foldOther:
			return append(dst[:start], Fold(s)...)
		default:
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, f)
		}
	}
	if k := dst[start:]; len(k) > 3 && string(k[:3]) == "st " || len(k) > 4 && string(k[:4]) == "ste " {
		return append(dst[:start], saint(string(k))...)
	}
	return dst
}

// asciiFolded is what appendASCII makes of each byte: a letter
// lower-cased, a digit kept, the apostrophe dropped (foldDrop), any other
// ASCII byte a separator (foldSep); a byte of a longer rune is foldOther.
var asciiFolded = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = foldOther
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c == '\'':
			t[c] = foldDrop
		default:
			t[c] = foldSep
		}
	}
	return t
}()

// The marks of asciiFolded: none is a letter or a digit.
const (
	foldSep   = 0
	foldDrop  = 1
	foldOther = 2
)

// asciiFold is Fold for ASCII text, without allocating when s is already
// folded.
func asciiFold(s string) (string, bool) {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i+1] != ' ':
		default:
			clean = false
		}
	}
	if clean {
		return s, true
	}
	return string(appendASCII(make([]byte, 0, len(s)), s)), true
}

// appendASCII appends ASCII s folded: lower case, letters and digits, one
// space for every run of anything else, apostrophes dropped.
func appendASCII(dst []byte, s string) []byte {
	space := false
	start := len(dst)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
		case c == '\'':
		default:
			space = true
		}
	}
	return dst
}
