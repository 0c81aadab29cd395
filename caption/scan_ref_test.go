package caption

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The byte scans written for speed (strings.IndexByte over the bytes
// that matter rather than a test of every byte) must find what a plain
// scan of every byte finds. These are the plain scans, and the texts
// that exercise their edges.

// rewriteAtRef is rewriteAt byte by byte.
func rewriteAtRef(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if !rewriteLead[c] {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if _, ok := normalRunes[r]; ok {
				return i
			}
			i += n
			continue
		}
		for _, lb := range lineBreaks {
			if strings.HasPrefix(s[i:], lb) {
				return i
			}
		}
		i++
	}
	return len(s)
}

var scanRefTexts = []string{
	"",
	"Plain text with no variant at all, long enough for several blocks.",
	"A \u201cquoted\u201d word",
	"Price 5 \u20ac \u00b0C \u00a9 Velmora Press \u2026 then \u2013 a dash",
	"\u00a9 Jane Roe \u00e9t\u00e9 \u00ab Velmora \u00bb",
	"line one<br />line two<br>three<b>bold</b>",
	"a < b and c <bx> d\\t e \\n f",
	"carriage\r\nreturn\rand\\",
	"<",
	"\\",
	"\r",
	"\u00a0",
	"end with a thin space\u2009",
	"D\u00fcsseldorf, Germany. Jane Roe/Velmora Press - The city council met.",
	"VELMORA, Jan. 5 (Velmora) -- A view.  Two  spaces\tand a tab\n\nnew paragraph",
}

func TestRewriteAtMatchesByteScan(t *testing.T) {
	for _, s := range scanRefTexts {
		for i := range len(s) + 1 {
			if got, want := rewriteAt(s[i:]), rewriteAtRef(s[i:]); got != want {
				t.Errorf("rewriteAt(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

func FuzzRewriteAt(f *testing.F) {
	for _, s := range scanRefTexts {
		f.Add(s)
	}
	f.Add("\xe2\x80 \xc2<br")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := rewriteAt(s), rewriteAtRef(s); got != want {
			t.Errorf("rewriteAt(%q) = %d, want %d", s, got, want)
		}
	})
}
