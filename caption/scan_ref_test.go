package caption

import (
	"slices"
	"strings"
	"testing"
	"unicode"
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

// sepBytesRef are the bytes backgroundSep acts on.
var sepBytesRef = [256]bool{'.': true, ')': true, '"': true, '\n': true}

// backgroundSepRef is backgroundSep byte by byte: it finds AFP's separator between what the photo shows and the
// context: " - " after the first sentence (after . ) or "), then a capital;
// or a blank line. It returns the index of the byte before the separator.
func backgroundSepRef(s string) int {
	for i := 0; i < len(s); i++ {
		if !sepBytesRef[s[i]] {
			continue // one table look-up for most bytes, not the switch
		}
		switch s[i] {
		case '.', ')', '"':
			j := i + 1
			k := j
			for k < len(s) && isSpaceByte(s[k]) {
				k++
			}
			if k == j {
				continue
			}
			d := k
			for d < len(s) && d-k < 2 && s[d] == '-' {
				d++
			}
			if d == k || d < len(s) && s[d] == '-' {
				continue
			}
			e := d
			for e < len(s) && isSpaceByte(s[e]) {
				e++
			}
			if e == d || e >= len(s) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.IsUpper(r) {
				return i
			}
		case '\n':
			for k := i + 1; k < len(s) && isSpaceByte(s[k]); k++ {
				if s[k] == '\n' {
					return i - 1
				}
			}
		}
	}
	return -1
}

// needsCollapseRef is needsCollapse byte by byte.
func needsCollapseRef(s string) bool {
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) && (s[i] != ' ' || i+1 < len(s) && isSpaceByte(s[i+1])) {
			return true
		}
	}
	return false
}

// foldKeyRef is foldKey rune by rune.
func foldKeyRef(dst []byte, s string) []byte {
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

// groupBytesRef and bracketGroupsRef are bracketGroups byte by byte.
var groupBytesRef = [256]bool{'(': true, '[': true, ')': true, ']': true, '\n': true}

func bracketGroupsRef(s string, buf []group) []group {
	var stack [maxGroupDepth]int
	depth := 0
	for i := 0; i < len(s); i++ {
		if !groupBytesRef[s[i]] {
			continue // one table look-up for most bytes, not the switch
		}
		switch s[i] {
		case '(', '[':
			if depth < len(stack) {
				stack[depth] = i
			}
			depth++
		case ')', ']':
			if depth == 0 {
				continue
			}
			depth--
			if depth < len(stack) {
				o := stack[depth]
				if (s[o] == '(') == (s[i] == ')') {
					buf = append(buf, group{o, i, -1})
				}
			}
		case '\n':
			depth = 0
		}
	}
	// A group's parent is the first group closing after it that opened
	// before it; the groups between close inside the parent too.
	var open []int // groups whose parent is not known yet, innermost last
	for gi := range buf {
		for len(open) > 0 && buf[open[len(open)-1]].open > buf[gi].open {
			buf[open[len(open)-1]].parent = gi
			open = open[:len(open)-1]
		}
		open = append(open, gi)
	}
	return buf
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
	"A view of the square. - The city council met (Velmora) - Another \"quote\" -- Here. - \u00c9t\u00e9 here",
	"\n \nStarts with a blank line",
	"Ends with a dot. -",
	"Two dashes. -- Then. --- More.\t-\tTab",
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

func TestBackgroundSepMatchesByteScan(t *testing.T) {
	for _, s := range scanRefTexts {
		for i := range len(s) + 1 {
			for j := i; j <= len(s); j++ {
				if got, want := backgroundSep(s[i:j]), backgroundSepRef(s[i:j]); got != want {
					t.Errorf("backgroundSep(%q) = %d, want %d", s[i:j], got, want)
				}
			}
		}
	}
}

func TestNeedsCollapseMatchesByteScan(t *testing.T) {
	for _, s := range append(scanRefTexts, "a \v b", "a\fb", "ends ", " starts", "  ", " ", "a \nb") {
		for i := range len(s) + 1 {
			for j := i; j <= len(s); j++ {
				if got, want := needsCollapse(s[i:j]), needsCollapseRef(s[i:j]); got != want {
					t.Errorf("needsCollapse(%q) = %v, want %v", s[i:j], got, want)
				}
			}
		}
	}
}

func TestFoldKeyMatchesRuneScan(t *testing.T) {
	for _, s := range append(scanRefTexts, "EPA-EFE", "Ag\u00eancia Velmora", "O'Neill & Sons", "\x00a\x7fb", "D\u2019Arcy", "Stra\u00dfe") {
		for i := range len(s) + 1 {
			if got, want := string(foldKey(nil, s[i:])), string(foldKeyRef(nil, s[i:])); got != want {
				t.Errorf("foldKey(%q) = %q, want %q", s[i:], got, want)
			}
		}
	}
}

func TestBracketGroupsMatchesByteScan(t *testing.T) {
	texts := append(scanRefTexts, "(a [b] (c) d)", "x) (y", "[(z])", "((((((((((deep))))))))))", "(open\nclosed)", "(a) [b] (c", "a (b (c) d) e [f] (g")
	for _, s := range texts {
		for i := range len(s) + 1 {
			for j := i; j <= len(s); j++ {
				if got, want := bracketGroups(s[i:j], nil), bracketGroupsRef(s[i:j], nil); !slices.Equal(got, want) {
					t.Errorf("bracketGroups(%q) = %v, want %v", s[i:j], got, want)
				}
			}
		}
	}
}

func FuzzByteScans(f *testing.F) {
	for _, s := range scanRefTexts {
		f.Add(s)
	}
	f.Add("\xe2\x80 \xc2<br")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := rewriteAt(s), rewriteAtRef(s); got != want {
			t.Errorf("rewriteAt(%q) = %d, want %d", s, got, want)
		}
		if got, want := backgroundSep(s), backgroundSepRef(s); got != want {
			t.Errorf("backgroundSep(%q) = %d, want %d", s, got, want)
		}
		if got, want := needsCollapse(s), needsCollapseRef(s); got != want {
			t.Errorf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
		if got, want := string(foldKey(nil, s)), string(foldKeyRef(nil, s)); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := bracketGroups(s, nil), bracketGroupsRef(s, nil); !slices.Equal(got, want) {
			t.Errorf("bracketGroups(%q) = %v, want %v", s, got, want)
		}
		for _, c := range []byte("\n/ ") {
			if got, want := lastIndexByte(s, c), strings.LastIndexByte(s, c); got != want {
				t.Errorf("lastIndexByte(%q, %q) = %d, want %d", s, c, got, want)
			}
		}
	})
}
