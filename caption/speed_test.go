package caption

import "testing"

// TestLexiconFilter: every key the lexicon holds passes its filter (a
// filter that refused one would drop the entry from every caption), and
// most words it does not hold are refused without a lookup.
func TestLexiconFilter(t *testing.T) {
	for k := range lexicon.all() {
		if !lexicon.mayHold(k) {
			t.Errorf("filter refuses lexicon key %q", k)
		}
	}
	if lexicon.mayHold("") {
		t.Error("filter passes the empty key")
	}
	// Invented names: none is in the lexicon.
	passed := 0
	names := []string{"velmora", "drastovo", "quillan", "brevik", "ostrander", "marquell", "zyleth", "tamborine", "kessrow", "uthwaite"}
	for _, w := range names {
		if lexicon.entry(w) != nil {
			t.Fatalf("test name %q is a lexicon key: pick another", w)
		}
		if lexicon.mayHold(w) {
			passed++
		}
	}
	if passed > len(names)/2 {
		t.Errorf("filter passes %d of %d words the lexicon does not hold", passed, len(names))
	}
}

// TestLexFoldedKeys: keys folded into the lexer's buffer land on their own
// tokens, including a key longer than its text (Ⱥ lower-cases to a longer
// encoding) and keys after it.
func TestLexFoldedKeys(t *testing.T) {
	var lx lexer
	toks := lx.lex("Élodie ȺB Straße x ÇA")
	want := []string{"elodie", "ⱥb", "strasse", "x", "ca"}
	if len(toks) != len(want) {
		t.Fatalf("%d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].key != w {
			t.Errorf("token %d: key %q, want %q", i, toks[i].key, w)
		}
	}
}

// TestToksIn: a span on token boundaries is read from the caption's
// tokens; a span cutting a word is lexed on its own, as before.
func TestToksIn(t *testing.T) {
	p := newParser("Jane Roe/File Photo", Options{})
	for _, tc := range []struct {
		a, b int
		keys []string
	}{
		{9, 19, []string{"file", "photo"}},
		{9, 11, []string{"fi"}},
		{12, 19, []string{"e", "photo"}},
		{8, 9, []string{"/"}},
		{4, 5, nil},
	} {
		got := p.toksIn(tc.a, tc.b)
		if len(got) != len(tc.keys) {
			t.Errorf("toksIn(%d, %d): %d tokens, want %d", tc.a, tc.b, len(got), len(tc.keys))
			continue
		}
		for i, k := range tc.keys {
			if got[i].key != k {
				t.Errorf("toksIn(%d, %d)[%d] = %q, want %q", tc.a, tc.b, i, got[i].key, k)
			}
		}
	}
}

// TestNormalizeNoCopy: a caption with accented letters but nothing to
// rewrite is not copied; one with a variant is rewritten.
func TestNormalizeNoCopy(t *testing.T) {
	s := "Zoé Marquell à Velmora, Ñuñoa"
	if n := testing.AllocsPerRun(20, func() { _ = normalize(s) }); n != 0 {
		t.Errorf("normalize allocates %v times for a text it does not rewrite", n)
	}
	if got := normalize("Zoé\u00a0Marquell<br>Velmora"); got != "Zoé Marquell\nVelmora" {
		t.Errorf("normalize = %q", got)
	}
}
