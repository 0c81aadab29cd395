package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text output reaches a terminal, and file names and metadata come from
// strangers: a credit holding ESC ] 0 ; … BEL retitles the terminal, ESC [ 2 J
// clears it, a right-to-left override makes "gpj.exe" read "exe.jpg", and a
// newline in a file name splits one record into two. Like `ls -b` and git's
// core.quotePath, every such character is written as a visible escape:
// \n \r \t for the usual three, \033-style octal for the other C0 bytes and
// DEL, \u202E-style for C1 controls and the invisible format characters of
// the table below, \xFF for a byte that is not UTF-8. Everything else,
// accents and scripts included, is printed as is.

// invisible are the format characters that change how the text around
// them is shown: bidirectional embeddings, overrides, isolates and marks
// (Unicode TR #9), the line and paragraph separators, and the byte-order
// mark. The Trojan Source paper (CVE-2021-42574) lists the bidi ones.
var invisible = map[rune]bool{
	'\u061C': true, '\u200E': true, '\u200F': true, // ALM, LRM, RLM
	'\u202A': true, '\u202B': true, '\u202C': true, '\u202D': true, '\u202E': true, // LRE RLE PDF LRO RLO
	'\u2066': true, '\u2067': true, '\u2068': true, '\u2069': true, // LRI RLI FSI PDI
	'\u2028': true, '\u2029': true, '\uFEFF': true, // LINE/PARAGRAPH SEPARATOR, BOM
}

// shortEscapes are the control characters with a letter escape.
var shortEscapes = map[byte]string{'\n': `\n`, '\r': `\r`, '\t': `\t`}

// unsafeRune reports whether r must not reach a terminal raw.
func unsafeRune(r rune) bool {
	return r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F || invisible[r]
}

// needsEscape reports whether s holds a character clean would escape.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unsafeRune(r) {
			return true
		}
		i += n
	}
	return false
}

// clean returns s with the characters a terminal would act on written as
// escapes (see above). A backslash stays as it is: metadata text is for
// reading, and clean(s) == s for every string without such a character.
func clean(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	writeEscaped(&b, s, false)
	return b.String()
}

// quotePath is a path as text output prints it: as is when it holds no
// character to escape, else in double quotes with those characters, '"'
// and '\' escaped, the way git prints such a path. The quotes tell the
// reader that the backslashes inside are escapes.
func quotePath(p string) string {
	if !needsEscape(p) {
		return p
	}
	var b strings.Builder
	b.WriteByte('"')
	writeEscaped(&b, p, true)
	b.WriteByte('"')
	return b.String()
}

func writeEscaped(b *strings.Builder, s string, quoted bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(b, `\x%02X`, s[i])
		case r < 0x80 && shortEscapes[byte(r)] != "":
			b.WriteString(shortEscapes[byte(r)])
		case r < 0x20 || r == 0x7F:
			fmt.Fprintf(b, `\%03o`, r)
		case unsafeRune(r):
			fmt.Fprintf(b, `\u%04X`, r)
		case quoted && (r == '"' || r == '\\'):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// usageHint starts the line a usage error ends with ("Run 'wirecap
// --help' for usage."): the one newline of a message that is meant.
const usageHint = "\nRun 'wirecap"

// cleanMessage is clean for an error message, which may quote a file name
// or a metadata value, keeping the newline before its usage hint.
func cleanMessage(s string) string {
	if i := strings.LastIndex(s, usageHint); i >= 0 {
		return clean(s[:i]) + s[i:]
	}
	return clean(s)
}
