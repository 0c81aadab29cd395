//go:build !race

package caption

import (
	"reflect"
	"runtime"
	"testing"
)

// TestLocationWordsOnStack: the location pass keeps a caption's words in a
// fixed array on the stack (wordsOnStack); one call that escape analysis
// cannot follow (a func value taking the words) moves the array to the
// heap for every caption, 3 KB each, and no output shows it. A pass over a
// short caption allocates less than that array. (Not under -race, whose
// instrumentation allocates on its own.)
func TestLocationWordsOnStack(t *testing.T) {
	words := int(reflect.TypeFor[[wordsOnStack]token]().Size())
	for _, s := range []string{
		"Lawmakers meet in the Landtag of Velmoria in Velmora, Ruritania, March 3, 2026.",
		"Passengers wait at Velmora Airport on March 3, 2026.",
		"Firefighters work in Velmora, Ruritania.",
	} {
		var lx lexer
		toks := lx.lex(s)
		findLocation(s, toks, span{-1, -1}) // tables loaded before measuring
		const runs = 50
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range runs {
			findLocation(s, toks, span{-1, -1})
		}
		runtime.ReadMemStats(&after)
		per := int(after.TotalAlloc-before.TotalAlloc) / runs
		t.Logf("%q: %d bytes a call", s, per)
		if per >= words {
			t.Errorf("%q: the location pass allocates %d bytes a call, the words' array is %d: has it moved to the heap?", s, per, words)
		}
	}
}
