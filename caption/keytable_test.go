package caption

import (
	"fmt"
	"reflect"
	"testing"
)

// TestKeyTable: every key added is found under the number add gave it,
// through growth of the table, by string and by bytes; keys never added
// are not found.
func TestKeyTable(t *testing.T) {
	var kt keyTable
	if kt.find("velmora") != 0 || kt.findBytes([]byte("velmora")) != 0 {
		t.Fatal("an empty table finds a key")
	}
	nums := map[string]int{}
	for i := range 500 {
		k := fmt.Sprintf("k%d", i)
		nums[k] = kt.add(k)
		if nums[k] != i+1 {
			t.Fatalf("add(%q) = %d, want %d", k, nums[k], i+1)
		}
	}
	for k, n := range nums {
		if got := kt.find(k); got != n {
			t.Errorf("find(%q) = %d, want %d", k, got, n)
		}
		if got := kt.findBytes([]byte(k)); got != n {
			t.Errorf("findBytes(%q) = %d, want %d", k, got, n)
		}
	}
	for _, k := range []string{"", "k", "k500", "K1", "k1 ", "drastovo"} {
		if got := kt.find(k); got != 0 {
			t.Errorf("find(%q) = %d for a key never added", k, got)
		}
	}
	if n := len(kt.slots); n < 3*len(kt.keys) || n&(n-1) != 0 {
		t.Errorf("%d slots for %d keys: want a power of two at least three times as many", n, len(kt.keys))
	}
}

// TestLexRootKid: the restriction phrases' first words the lexer numbers
// on each token (rkid) are the kids child finds in the phrase trie, and
// a word no phrase starts with has none.
func TestLexRootKid(t *testing.T) {
	vocabOnce.Do(loadVocab)
	var lx lexer
	toks := lx.lex("Editorial use only, Velmora: MANDATORY credit, NO sales")
	found := 0
	for _, tk := range toks {
		if tk.kind != tWord {
			continue
		}
		want := phraseTrie.child(tk.key)
		if got := phraseTrie.kids[tk.rkid]; got != want {
			t.Errorf("%q: rkid %d gives node %p, child gives %p", tk.key, tk.rkid, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 3 {
		t.Errorf("%d words start a restriction phrase, want at least editorial, mandatory and no", found)
	}
}

// TestTokSize: a caption's tokens are cut, copied and collected once per
// parse; a field that grows tok past 40 bytes costs every caption.
func TestTokSize(t *testing.T) {
	if n := reflect.TypeFor[tok]().Size(); n > 40 {
		t.Errorf("tok is %d bytes, want at most 40", n)
	}
}

// TestKeyTableNoAlloc: looking a key up allocates nothing, by string or
// by bytes (the credit analyser looks up words it folds into a buffer).
func TestKeyTableNoAlloc(t *testing.T) {
	var kt keyTable
	kt.add("velmora")
	b := []byte("velmora")
	if n := testing.AllocsPerRun(100, func() {
		if kt.findBytes(b) != 1 || kt.find("velmora") != 1 {
			t.Fatal("key not found")
		}
	}); n != 0 {
		t.Errorf("lookups allocate %v times", n)
	}
}
