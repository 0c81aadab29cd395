package caption

import "testing"

// TestLexNotesHighClass: the lexer notes a class it meets for the first
// time in a text whichever word of classSet holds its bit. It tested the
// first two words only (classes below 128), so that once the lexicon
// held more classes, a caption whose only entries of a class numbered
// 128 or more were no class "present" to the passes (holds, firstOf),
// which would skip their scans.
func TestLexNotesHighClass(t *testing.T) {
	c := lexClass("test_high_class")
	for i := 0; c < 2*64; i++ {
		c = lexClass("test_high_class_" + string(rune('a'+i/26)) + string(rune('a'+i%26)))
	}
	var lx lexiconData
	lx.size = map[string]int{}
	if err := lx.add("velmoran", "xx", c); err != nil {
		t.Fatal(err)
	}
	saved := lexicon
	defer func() { lexicon = saved }()
	lexicon = lx
	var l lexer
	toks := l.lex("Fans of the Velmoran side")
	if len(toks) != 5 || !toks[3].has(c) {
		t.Fatalf("the test word is no entry of class %d: %+v", c, toks)
	}
	if !l.present.has(c) {
		t.Errorf("class %d (word %d of the set) not noted as present", c, c>>6)
	}
	if int(l.first[c]) != 3 {
		t.Errorf("class %d first at token %d, want 3", c, l.first[c])
	}
}
