package caption

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLex: how the lexer cuts and annotates text (invented names).
func TestLex(t *testing.T) {
	type want struct {
		key   string
		kind  tokKind
		shape shape
		sp    bool // space before
	}
	cases := []struct {
		in   string
		want []want
	}{
		{"Jane ROE, Élodie", []want{{"jane", tWord, shTitle, true}, {"roe", tWord, shUpper, true}, {",", tPunct, shLower, false},
			{"elodie", tWord, shTitle, true}}},
		{"EMBARGO:0001GMT", []want{{"embargo", tWord, shUpper, true}, {":", tPunct, shLower, false}, {"0001", tNumber, shLower, false},
			{"gmt", tWord, shUpper, false}}},
		{"photo d'archives", []want{{"photo", tWord, shLower, true}, {"d", tWord, shLower, true}, {"'", tPunct, shLower, false},
			{"archives", tWord, shLower, false}}},
		{"Straße McAllister", []want{{"strasse", tWord, shTitle, true}, {"mcallister", tWord, shMixed, true}}},
		{"  ", nil},
		{"a\n\nB", []want{{"a", tWord, shLower, true}, {"b", tWord, shUpper, true}}},
	}
	for _, tc := range cases {
		var lx lexer
		got := lx.lex(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("lex(%q): %d tokens, want %d: %+v", tc.in, len(got), len(tc.want), got)
			continue
		}
		for i, w := range tc.want {
			g := got[i]
			if g.key != w.key || g.kind != w.kind || g.shape != w.shape || g.spaceBefore != w.sp {
				t.Errorf("lex(%q)[%d] = {%q %d %d %v}, want %+v", tc.in, i, g.key, g.kind, g.shape, g.spaceBefore, w)
			}
		}
	}
	var lx lexer
	toks := lx.lex("a\n\nB")
	if !toks[1].lineBefore || toks[0].lineBefore || !toks[0].spaceAfter {
		t.Errorf("line and space flags: %+v", toks)
	}
}

// TestLexerReuse: a lexer's second text does not see the first one's keys.
func TestLexerReuse(t *testing.T) {
	var lx lexer
	first := lx.lex("ÉCOLE Étoile")
	k0 := first[0].key
	second := lx.lex("Zoé ZOLA")
	if k0 != "ecole" || second[0].key != "zoe" || second[1].key != "zola" {
		t.Errorf("keys %q, then %q %q", k0, second[0].key, second[1].key)
	}
}

// TestLexicon: entries are found whatever the case, accents and spacing,
// multiword entries before their first word, with their values.
func TestLexicon(t *testing.T) {
	month := lexClass("month")
	cases := []struct {
		in       string
		c        class
		ok       bool
		end, val string
	}{
		{"FÉVRIER", month, true, "", "2"},
		{"Sept. 5", month, true, ". 5", "9"},
		{"mayor", month, false, "", ""},
	}
	for _, tc := range cases {
		var lx lexer
		toks := lx.lex(tc.in)
		end, s, ok := matchAt(toks, 0, tc.c)
		if ok != tc.ok {
			t.Errorf("%q: ok = %v", tc.in, ok)
			continue
		}
		if !ok {
			continue
		}
		rest := ""
		if end < len(toks) {
			rest = tc.in[toks[end].start:]
		}
		if rest != tc.end || s.val != tc.val {
			t.Errorf("%q: rest %q value %q, want %q %q", tc.in, rest, s.val, tc.end, tc.val)
		}
	}
}

// TestLexiconPhrase: a multiword entry matches over its tokens, the
// longest first (a test lexicon, loaded like the real one).
func TestLexiconPhrase(t *testing.T) {
	var lx lexiconData
	lx.size = map[string]int{}
	c := lexClass("test_phrase")
	for _, e := range []string{"file", "file photo", "photo d'archives"} {
		if err := lx.add(e, "xx", c); err != nil {
			t.Fatal(err)
		}
	}
	saved := lexicon
	defer func() { lexicon = saved }()
	lexicon = lx
	for in, want := range map[string]int{"FILE PHOTO: x": 2, "File - x": 1, "Photo d’archives x": 4, "photo x": 0, "photo d'archives x": 4} {
		var l lexer
		toks := l.lex(normalize(in))
		end, _, ok := matchAt(toks, 0, c)
		if !ok {
			end = 0
		}
		if end != want {
			t.Errorf("%q: entry ends at token %d, want %d", in, end, want)
		}
	}
}

// TestLexiconFiles: every class the code names has entries, and every
// language directory is one the package documents.
func TestLexiconFiles(t *testing.T) {
	for c, name := range classNames {
		if strings.HasPrefix(name, "test_") {
			continue
		}
		n := 0
		for _, e := range lexicon.all() {
			if e.classes.or(e.starts).meets(class(c).bit()) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("class %q has no lexicon entry", name)
		}
	}
	for lang, n := range lexicon.size {
		switch lang {
		case "en", "fr", "de", "es", "it", "nl", "pl", "pt", "cs", "da", "sv", "fi", "tr", "ro", "sk", "ru", "hu", "hr", "uk", "el", "bg", "sr", "sl", "et", "lt", "lv", "ca", "ar", "id", "xx",
			"fa", "he", "ja", "ko", "vi", "zh":
		default:
			t.Errorf("unknown lexicon language %q", lang)
		}
		t.Logf("lexicon %s: %d entries", lang, n)
	}
}

// FuzzLex: tokens are in order, inside the text, cover every byte that is
// not white space (Unicode's, unicode.IsSpace), and have a key.
func FuzzLex(f *testing.F) {
	for _, s := range []string{"Jane ROE, Élodie", "EMBARGO:0001GMT", "Straße\u0301 x", "\xff a", "photo d'archives"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var lx lexer
		toks := lx.lex(s)
		covered := 0
		for i, tk := range toks {
			if tk.start < covered || tk.end <= tk.start || tk.end > len(s) || tk.key == "" {
				t.Fatalf("token %d %+v after %d in %q", i, tk, covered, s)
			}
			if strings.TrimSpace(s[tk.start:tk.end]) == "" {
				t.Fatalf("token %d %+v is white space in %q", i, tk, s)
			}
			if strings.TrimSpace(s[covered:tk.start]) != "" {
				t.Fatalf("bytes %d..%d %q skipped in %q", covered, tk.start, s[covered:tk.start], s)
			}
			covered = tk.end
		}
		if strings.TrimSpace(s[covered:]) != "" {
			t.Fatalf("tail %q skipped", s[covered:])
		}
	})
}

// TestLexGrowingFold: a letter whose lower case is longer than itself
// ("Ⱦ" is two bytes, "ⱦ" three) gets its whole key.
func TestLexGrowingFold(t *testing.T) {
	var lx lexer
	toks := lx.lex("Ⱦa Straße")
	if len(toks) != 2 || toks[0].key != "ⱦa" || toks[1].key != "strasse" {
		t.Errorf("keys: %+v", toks)
	}
}
