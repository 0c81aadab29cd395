package caption

import (
	"strings"
	"unicode/utf8"
)

// The parser reads the normalised text (normalize: typographic dashes,
// quotes and spaces made ASCII, line breaks made '\n'), but a credit is
// printed as the agency wrote it: "Jane Roe – Velmora Agency" keeps its en
// dash (Anadolu's credits, and any credit a CMS typeset). writtenSpan maps
// a span of the normalised text back to the text as written.

// writtenSpan returns the bytes of orig that normalize turned into
// norm[a:b], walking both texts as normalize does; ok is false when the
// walk does not land on both ends (straightPossessive changed the text in
// between).
func writtenSpan(orig, norm string, a, b int) (x, y int, ok bool) {
	i, j := 0, 0
	x, y = -1, -1
	for i <= len(orig) && j <= len(norm) {
		if j == a && x < 0 {
			x = i
		}
		if j == b {
			y = i
			break
		}
		if i == len(orig) || j == len(norm) {
			break
		}
		n, rewritten := writtenStep(orig[i:])
		if !rewritten && orig[i] != norm[j] {
			return 0, 0, false
		}
		i, j = i+n, j+1
	}
	return x, y, x >= 0 && y >= x
}

// writtenStep is the number of bytes at the start of orig that normalize
// rewrites as one byte (rewritten), else 1: a byte it copies.
func writtenStep(orig string) (int, bool) {
	c := orig[0]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(orig)
		if _, ok := normalRunes[r]; ok {
			return n, true
		}
		return 1, false // copied byte by byte
	}
	if c == '\r' || c == '<' || c == '\\' {
		for _, lb := range lineBreaks {
			if strings.HasPrefix(orig, lb) {
				return len(lb), true
			}
		}
	}
	return 1, false
}

// creditAsWritten returns the credit as the caption writes it, when the
// parser's credit is the text of span sp of the normalised text norm.
func creditAsWritten(orig, norm, credit string, sp span) string {
	if orig == norm || sp.end <= sp.start || sp.end > len(norm) || norm[sp.start:sp.end] != credit {
		return credit
	}
	if x, y, ok := writtenSpan(orig, norm, sp.start, sp.end); ok {
		return orig[x:y]
	}
	return credit
}
