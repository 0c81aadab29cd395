package caption

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case tests and lower-cased lookups that allocate nothing for the words
// of a caption (strings.ToLower copies every word with a capital).

// inCapitals reports a word written in capitals: strings.ToUpper leaves
// it as it is and strings.ToLower does not.
func inCapitals(w string) bool {
	lowers := false
	for _, r := range w {
		if r == utf8.RuneError {
			// A broken sequence (or U+FFFD itself): as the strings
			// package reads it.
			return strings.ToUpper(w) == w && strings.ToLower(w) != w
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		lowers = lowers || unicode.ToLower(r) != r
	}
	return lowers
}

// lookupLower returns m[strings.ToLower(w)], without a copy for an ASCII
// word of up to 32 bytes.
func lookupLower[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}
