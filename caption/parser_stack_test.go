//go:build !race

package caption

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestParserOnStack: Parse holds its parser on its stack and allocates
// only the parser's parseText: a stretch or slice that points into the
// parser itself (&p.lexedText, a buffer of the parser) moves the whole
// parser to the heap for every caption, and no output shows it. The test
// looks for an object Parse allocates itself as large as a parser in the
// memory profile. (Not under -race, whose instrumentation allocates on its
// own.)
func TestParserOnStack(t *testing.T) {
	size := reflect.TypeFor[parser]().Size()
	if c := reflect.TypeFor[Caption]().Size(); c >= size {
		t.Fatalf("a Caption (%d bytes) is as large as a parser (%d): the test cannot tell them apart", c, size)
	}
	const text = "Fans cheer in Velmora, Ruritania, March 3, 2026. REUTERS/Jane Roe"
	if _, err := Parse(text, Options{}); err != nil { // tables loaded before measuring
		t.Fatal(err)
	}
	defer func(rate int) { runtime.MemProfileRate = rate }(runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	for range 20 {
		Parse(text, Options{})
	}
	// The profile is published by the collector's cycles.
	runtime.GC()
	runtime.GC()
	var recs []runtime.MemProfileRecord
	n, _ := runtime.MemProfile(nil, true)
	for {
		recs = make([]runtime.MemProfileRecord, n+50)
		var ok bool
		if n, ok = runtime.MemProfile(recs, true); ok {
			break
		}
	}
	found := 0
	for _, r := range recs[:n] {
		frames := runtime.CallersFrames(r.Stack())
		f, more := frames.Next()
		for more && (strings.HasPrefix(f.Function, "runtime.") || strings.HasPrefix(f.Function, "internal/")) {
			f, more = frames.Next() // the allocator's own frames
		}
		if !strings.HasSuffix(f.Function, "/caption.Parse") || r.AllocObjects == 0 {
			continue
		}
		found++
		if per := r.AllocBytes / r.AllocObjects; per >= int64(size) {
			t.Errorf("Parse allocates objects of %d bytes, its parser is %d: has the parser moved to the heap?", per, size)
		}
	}
	if found == 0 {
		t.Error("no allocation of Parse in the memory profile: the test reads no frame")
	}
}
