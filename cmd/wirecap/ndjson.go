package main

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// recordFields is what an --input ndjson record gives: its text (hasText
// false when it has none) and its date hint ("" when it has none).
type recordFields struct {
	text    string
	hasText bool
	hint    string
}

// recordDecoder reads the common shape of an --input ndjson record, an
// object of strings, numbers, true, false and null under keys written
// without escapes, without encoding/json's reflection: reading the records
// that way cost a twentieth of the command's time. Anything else it does
// not decide (ok false), and the caller asks encoding/json, so that odd
// records (nested values, null text, keys differing from "text" and
// "date_hint" only in case, which encoding/json matches, broken JSON with
// its error message) are read exactly as before. The line is valid UTF-8.
type recordDecoder struct {
	b   []byte
	i   int
	buf []byte // unescaped string, reused from record to record
}

// decode reads raw into f, or returns false for the caller to read it with
// encoding/json.
func (d *recordDecoder) decode(raw []byte, f *recordFields) bool {
	*d = recordDecoder{b: raw, buf: d.buf[:0]}
	*f = recordFields{}
	if !d.byte('{') {
		return false
	}
	if d.byte('}') {
		return d.end()
	}
	for {
		key, ok := d.key()
		if !ok || !d.byte(':') {
			return false
		}
		switch {
		case string(key) == "text":
			if f.text, ok = d.str(); !ok {
				return false
			}
			f.hasText = true
		case string(key) == "date_hint":
			if f.hint, ok = d.str(); !ok {
				return false
			}
		case bytes.EqualFold(key, []byte("text")) || bytes.EqualFold(key, []byte("date_hint")):
			return false // encoding/json's case-insensitive match
		case !d.skipScalar():
			return false
		}
		if d.byte('}') {
			return d.end()
		}
		if !d.byte(',') {
			return false
		}
	}
}

// space skips JSON white space.
func (d *recordDecoder) space() {
	for d.i < len(d.b) && (d.b[d.i] == ' ' || d.b[d.i] == '\t' || d.b[d.i] == '\n' || d.b[d.i] == '\r') {
		d.i++
	}
}

// byte consumes c after white space, if it is next.
func (d *recordDecoder) byte(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether only white space follows.
func (d *recordDecoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

// key reads an object key of printable ASCII without escapes (any other
// key may fold to a field name the way encoding/json folds).
func (d *recordDecoder) key() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for ; d.i < len(d.b); d.i++ {
		switch c := d.b[d.i]; {
		case c == '"':
			d.i++
			return d.b[start : d.i-1], true
		case c < 0x20 || c == '\\' || c >= utf8.RuneSelf:
			return nil, false
		}
	}
	return nil, false
}

// str reads a string value: the bytes as they are when it has no escape,
// else unescaped as encoding/json does (a lone surrogate becomes U+FFFD).
func (d *recordDecoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	d.i += plainRun(d.b[d.i:])
	switch {
	case d.i == len(d.b):
		return "", false
	case d.b[d.i] == '"':
		d.i++
		return string(d.b[start : d.i-1]), true
	case d.b[d.i] == '\\':
		d.buf = append(d.buf[:0], d.b[start:d.i]...)
		return d.escaped()
	}
	return "", false // a control character
}

// jsonStop marks the bytes that end a run of a JSON string's plain
// characters: its quote, a backslash, and control characters (invalid).
var jsonStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// plainRun is the length of the run of plain string characters b opens
// with. It tests 8 bytes at a time: the text of a record is most of its
// bytes, and testing them one by one was most of reading it.
func plainRun(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if !plainWord(binary.LittleEndian.Uint64(b[i:])) {
			break
		}
	}
	for i < len(b) && !jsonStop[b[i]] {
		i++
	}
	return i
}

// Bytes repeated in each byte of a word, for plainWord.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainWord reports whether none of the 8 bytes of x is a quote, a
// backslash or a control character (below 0x20). (v-ones)&^v&highs is
// non-zero exactly when some byte of v is zero; the bytes of x&0xE0… are
// zero exactly for the control characters.
func plainWord(x uint64) bool {
	quote := x ^ '"'*ones
	backslash := x ^ '\\'*ones
	ctrl := x & (0xE0 * ones)
	bad := (quote - ones) &^ quote
	bad |= (backslash - ones) &^ backslash
	bad |= (ctrl - ones) &^ ctrl
	return bad&highs == 0
}

// jsonEscapes are the one-letter escapes of JSON and what they stand for.
var jsonEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// escaped reads the rest of a string from its first backslash into buf.
func (d *recordDecoder) escaped() (string, bool) {
	for {
		n := plainRun(d.b[d.i:])
		d.buf = append(d.buf, d.b[d.i:d.i+n]...)
		d.i += n
		switch {
		case d.i == len(d.b):
			return "", false // no closing quote
		case d.b[d.i] == '"':
			d.i++
			return string(d.buf), true
		case d.b[d.i] != '\\' || d.i+1 == len(d.b):
			return "", false // a control character, or a backslash ending the line
		}
		if e := jsonEscapes[d.b[d.i+1]]; e != 0 {
			d.buf = append(d.buf, e)
			d.i += 2
			continue
		}
		r, ok := d.u4(d.i)
		if !ok {
			return "", false
		}
		d.i += 6
		if utf16.IsSurrogate(r) {
			// A pair is one rune; anything else after half of one leaves
			// it as U+FFFD and is read on its own.
			if r2, ok := d.u4(d.i); ok && utf16.DecodeRune(r, r2) != utf8.RuneError {
				r = utf16.DecodeRune(r, r2)
				d.i += 6
			} else {
				r = utf8.RuneError
			}
		}
		d.buf = utf8.AppendRune(d.buf, r)
	}
}

// u4 reads the escape \uXXXX at i.
func (d *recordDecoder) u4(i int) (rune, bool) {
	if i+6 > len(d.b) || d.b[i] != '\\' || d.b[i+1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range d.b[i+2 : i+6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// skipScalar skips a value of a key the command does not read: a string,
// a number, true, false or null (an object or array is left to
// encoding/json).
func (d *recordDecoder) skipScalar() bool {
	d.space()
	if d.i >= len(d.b) {
		return false
	}
	switch c := d.b[d.i]; {
	case c == '"':
		_, ok := d.str()
		return ok
	case c == '-' || '0' <= c && c <= '9':
		return d.number()
	}
	for _, lit := range []string{"true", "false", "null"} {
		if string(d.b[d.i:min(d.i+len(lit), len(d.b))]) == lit {
			d.i += len(lit)
			return true
		}
	}
	return false
}

// number skips a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (d *recordDecoder) number() bool {
	if d.b[d.i] == '-' {
		d.i++
	}
	switch {
	case d.i < len(d.b) && d.b[d.i] == '0':
		d.i++
	case !d.digits():
		return false
	}
	if d.i < len(d.b) && d.b[d.i] == '.' {
		d.i++
		if !d.digits() {
			return false
		}
	}
	if d.i < len(d.b) && (d.b[d.i] == 'e' || d.b[d.i] == 'E') {
		d.i++
		if d.i < len(d.b) && (d.b[d.i] == '+' || d.b[d.i] == '-') {
			d.i++
		}
		if !d.digits() {
			return false
		}
	}
	return true
}

// digits skips one or more decimal digits.
func (d *recordDecoder) digits() bool {
	start := d.i
	for d.i < len(d.b) && '0' <= d.b[d.i] && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}
