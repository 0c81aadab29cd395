package caption

import (
	"strings"
	"testing"
)

// TestLexUnicodeSpace: white space outside ASCII separates words as a
// space does, making no token (a no-break space, the thin and narrow
// no-break spaces, the ideographic space, en and em spaces, the line and
// paragraph separators, which also break a line); ideographic punctuation
// is one token per mark, its whole rune.
func TestLexUnicodeSpace(t *testing.T) {
	for _, tc := range []struct {
		in   string
		keys string // the tokens' keys joined by "|"
		line bool   // the second token starts a line
	}{
		{"Velmora\u00a0Norland", "velmora|norland", false},
		{"Velmora\u2009Norland", "velmora|norland", false},
		{"Velmora\u202fNorland", "velmora|norland", false},
		{"Velmora\u3000Norland", "velmora|norland", false},
		{"Velmora\u2002\u2003Norland", "velmora|norland", false},
		{"Velmora\u205fNorland", "velmora|norland", false},
		{"Velmora\u2028Norland", "velmora|norland", true},
		{"Velmora\u2029Norland", "velmora|norland", true},
		{"Velmora\u0085Norland", "velmora|norland", true},
		{"5\u00a0March\u00a02026", "5|march|2026", false},
		{"维尔莫拉，2026年3月5日。代表", "维|尔|莫|拉|，|2026|年|3|月|5|日|。|代|表", false}, // Han one per token (lexer)
		{"ヴェルモラ、東京", "ヴ|ェ|ル|モ|ラ|、|東|京", false},
	} {
		toks, got := lexKeys(tc.in)
		if got != tc.keys {
			t.Errorf("lex(%q) keys %q, want %q", tc.in, got, tc.keys)
			continue
		}
		if len(toks) < 2 {
			continue
		}
		if tc.keys[0] == 'v' && (!toks[0].spaceAfter || !toks[1].spaceBefore || toks[1].lineBefore != tc.line) {
			t.Errorf("lex(%q): space after %v, before %v, line %v; want true, true, %v", tc.in, toks[0].spaceAfter, toks[1].spaceBefore, toks[1].lineBefore, tc.line)
		}
	}
}

// TestLexDigits: decimal digits of any script make a number whose key is
// its ASCII digits (Arabic-Indic, Persian, full-width, Devanagari, the
// mathematical bold digits); a digit run mixing scripts is one number.
func TestLexDigits(t *testing.T) {
	for _, tc := range []struct{ in, keys string }{
		{"٥ مارس ٢٠٢٦", "5|مارس|2026"},
		{"۵ مارس ۲۰۲۶", "5|مارس|2026"},
		{"２０２６年３月５日", "2026|年|3|月|5|日"},
		{"२०२६", "2026"},
		{"\U0001D7D0\U0001D7E2\U0001D7FF", "209"}, // bold 2, sans-serif 0, monospace 9
		{"٢٠26", "2026"},
		{"x٣y", "x|3|y"},
	} {
		toks, got := lexKeys(tc.in)
		if got != tc.keys {
			t.Errorf("lex(%q) keys %q, want %q", tc.in, got, tc.keys)
		}
		for _, tk := range toks {
			if _, ok := digitValue([]rune(tc.in[tk.start:tk.end])[0]); ok && tk.kind != tNumber {
				t.Errorf("lex(%q): %q is no number", tc.in, tc.in[tk.start:tk.end])
			}
		}
	}
}

// lexKeys lexes s and returns its tokens and their keys joined by "|".
func lexKeys(s string) ([]tok, string) {
	var lx lexer
	toks := lx.lex(s)
	keys := make([]string, len(toks))
	for i := range toks {
		keys[i] = toks[i].key
	}
	return toks, strings.Join(keys, "|")
}
