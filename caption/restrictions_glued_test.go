package caption

import (
	"strings"
	"testing"
)

// TestGluedWordBound: a run-together word is cut only where a word of the
// tries may end (longestWord), and a word longer than maxGluedWords of
// the longest holds no phrase: a word of capitals as long as a caption may
// be is refused at once, not hashed again at each of its bytes (quadratic
// before: 0.45 s for a word of 20 KB, so minutes for one of MaxLen; the
// time is BenchmarkGluedLongWord's). The bound keeps the phrases the
// tries glue.
func TestGluedWordBound(t *testing.T) {
	vocabOnce.Do(loadVocab)
	if longestWord < len("EDITORIAL") {
		t.Fatalf("longestWord = %d, shorter than a word of the phrases", longestWord)
	}
	long := strings.Repeat("NO", maxGluedWords*longestWord)
	if n := phraseTrie.glued(&tok{key: long, shape: shUpper}); n != nil {
		t.Errorf("a run-together word of %d bytes read as a phrase", len(long))
	}
	checkCodeCases(t, []codeCase{
		{"FOREDITORIALUSEONLY", "EDITORIAL_ONLY"},
		{"A fire in Velmora. REUTERS/Jane Roe EDITORIALUSEONLY " + long, "EDITORIAL_ONLY"},
	})
}

// BenchmarkGluedLongWord parses one word of capitals of MaxLen bytes:
// with the bound, a pass over it is linear in its length.
func BenchmarkGluedLongWord(b *testing.B) {
	s := strings.Repeat("NO", MaxLen/2)
	for b.Loop() {
		if _, err := Parse(s, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
