package caption

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// AppendJSON appends the caption's JSON (the contract's shape, as
// MarshalJSON writes it) to dst. It writes the bytes encoding/json would,
// without its reflection: a batch of captions spends less time encoding
// than parsing.
func (c *Caption) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"text":`...)
	dst = appendJSONString(dst, c.Text)
	dst = appendNullable(append(dst, `,"language":`...), c.Language)
	dst = appendNullable(append(dst, `,"description":`...), c.Description)
	dst = appendNullable(append(dst, `,"background":`...), c.Background)
	dst = appendNullable(append(dst, `,"credit":`...), c.Credit)
	dst = appendStrings(append(dst, `,"photographers":`...), c.Photographers)
	dst = appendNullable(append(dst, `,"agency":`...), c.Agency)
	dst = appendStrings(append(dst, `,"partners":`...), c.Partners)
	dst = append(dst, `,"source":`...)
	if c.Source == nil {
		dst = append(dst, "null"...)
	} else {
		dst = c.Source.appendJSON(dst)
	}
	dst = append(dst, `,"restrictions":[`...)
	for i := range c.Restrictions {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = c.Restrictions[i].appendJSON(dst)
	}
	dst = append(dst, `],"date":`...)
	if c.Date == nil {
		dst = append(dst, "null"...)
	} else {
		dst = c.Date.appendJSON(dst)
	}
	dst = append(dst, `,"location":`...)
	if c.Location == nil {
		dst = append(dst, "null"...)
	} else {
		dst = c.Location.appendJSON(dst)
	}
	if c.FilePhoto {
		dst = append(dst, `,"file_photo":true`...)
	} else {
		dst = append(dst, `,"file_photo":false`...)
	}
	if c.Truncated > 0 {
		dst = strconv.AppendInt(append(dst, `,"truncated":`...), int64(c.Truncated), 10)
	}
	return append(dst, '}')
}

// appendJSON writes an unresolved date's empty value as null.
func (d *Date) appendJSON(dst []byte) []byte {
	dst = d.appendValue(append(dst, `{"value":`...))
	dst = appendJSONString(append(dst, `,"text":`...), d.Text)
	dst = appendJSONString(append(dst, `,"precision":`...), string(d.Precision))
	return append(dst, '}')
}

func (s *Source) appendJSON(dst []byte) []byte {
	dst = appendNullable(append(dst, `{"kind":`...), string(s.Kind))
	dst = appendNullable(append(dst, `,"name":`...), s.Name)
	return append(dst, '}')
}

func (l *Location) appendJSON(dst []byte) []byte {
	dst = appendNullable(append(dst, `{"text":`...), l.Text)
	dst = appendNullable(append(dst, `,"place":`...), l.Place)
	dst = appendNullable(append(dst, `,"city":`...), l.City)
	if dst = append(dst, `,"geonames_id":`...); l.GeoNamesID > 0 {
		dst = strconv.AppendInt(dst, int64(l.GeoNamesID), 10)
	} else {
		dst = append(dst, "null"...)
	}
	dst = appendNullable(append(dst, `,"region":`...), l.Region)
	dst = appendNullable(append(dst, `,"country":`...), l.Country)
	dst = appendNullable(append(dst, `,"country_code":`...), l.CountryCode)
	return append(dst, '}')
}

// appendJSON writes a restriction as encoding/json does from its struct
// tags (empty optional fields left out).
func (r *Restriction) appendJSON(dst []byte) []byte {
	dst = appendJSONString(append(dst, `{"code":`...), r.Code)
	dst = appendJSONString(append(dst, `,"text":`...), r.Text)
	if r.Value != "" {
		dst = appendJSONString(append(dst, `,"value":`...), r.Value)
	}
	if len(r.Scope) > 0 {
		dst = appendStrings(append(dst, `,"scope":`...), r.Scope)
	}
	if len(r.OnlyIn) > 0 {
		dst = appendStrings(append(dst, `,"only_in":`...), r.OnlyIn)
	}
	if !r.Until.IsZero() {
		// As time.Time's MarshalJSON writes it (encoding/json, omitzero).
		dst = append(r.Until.AppendFormat(append(dst, `,"until":"`...), time.RFC3339Nano), '"')
	}
	if r.From != "" {
		dst = appendJSONString(append(dst, `,"from":`...), r.From)
	}
	return append(dst, '}')
}

func appendNullable(dst []byte, s string) []byte {
	if s == "" {
		return append(dst, "null"...)
	}
	return appendJSONString(dst, s)
}

// appendStrings writes a list, nil as an empty one (the contract's arrays
// are always present).
func appendStrings(dst []byte, xs []string) []byte {
	dst = append(dst, '[')
	for i, x := range xs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, x)
	}
	return append(dst, ']')
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are when it
// escapes HTML (its default): not control characters, quote, backslash, <,
// > or &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendJSONString quotes s as encoding/json does by default: \b \f \n \r
// \t and \" \\ by name, other control characters, <, > and & as \u00XX,
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i += safeRun(s[i:]); i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			// safeRun stops at an ASCII byte only where it must be escaped.
			dst = appendEscape(append(dst, s[start:i]...), b)
			i++
			start = i
			continue
		}
		if n := plainMultibyte(s[i:]); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendEscape writes the escape of an ASCII byte that is not jsonSafe.
func appendEscape(dst []byte, b byte) []byte {
	switch b {
	case '\\', '"':
		return append(dst, '\\', b)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
}

// plainMultibyte is the length of the valid two-byte UTF-8 sequences s
// opens with (U+0080 to U+07FF: the accented letters of European
// captions), which are written as they are, or 0: decoding them one rune
// at a time was most of the time of a French or German caption.
func plainMultibyte(s string) int {
	i := 0
	for i+1 < len(s) && s[i] >= 0xC2 && s[i] < 0xE0 && s[i+1]&0xC0 == 0x80 {
		i += 2
	}
	return i
}

// Bytes repeated in each byte of a word, for safeWord.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// safeRun is the length of the run of ASCII bytes at the start of s that
// appendJSONString writes as they are. It tests 8 bytes at a time in one
// word: most of a caption is plain text, and testing it byte by byte was
// most of the encoding.
func safeRun(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8] // one bounds check for the eight bytes
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if !safeWord(x) {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && jsonSafe[s[i]] {
		i++
	}
	return i
}

// safeWord reports whether the 8 bytes of x are all jsonSafe.
func safeWord(x uint64) bool {
	// A byte of v is zero where the byte of x equals the one looked for,
	// and (v-ones)&^v&highs is non-zero exactly when some byte of v is
	// zero. x|4 folds '"' onto '&', x|2 folds '<' onto '>'; no other byte
	// lands on either.
	quoteAmp := (x | 0x04*ones) ^ '&'*ones
	angles := (x | 0x02*ones) ^ '>'*ones
	backslash := x ^ '\\'*ones
	// Control characters (< 0x20) and bytes >= 0x80: x+0x60 in each byte
	// (no carries between bytes for ASCII) reaches 0x80 from 0x20 up, and
	// ASCII bytes below 0x20 stay under it.
	bad := x & highs
	bad |= ^(x + 0x60*ones) & highs
	bad |= (quoteAmp - ones) &^ quoteAmp & highs
	bad |= (angles - ones) &^ angles & highs
	bad |= (backslash - ones) &^ backslash & highs
	return bad == 0
}
