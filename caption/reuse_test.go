package caption

import (
	"bytes"
	"sync"
	"testing"
)

// TestParseTwiceIdentical: Parse keeps no state between calls (its scratch
// buffers are pooled): every caption parses to the same JSON whatever was
// parsed before it, in reverse order, and from several goroutines at once
// (run with -race).
func TestParseTwiceIdentical(t *testing.T) {
	texts := loadCorpusOrNil()
	if len(texts) < 20 {
		t.Fatalf("only %d captions to parse", len(texts))
	}
	// A huge caption in the middle, whose buffers are not pooled.
	texts = append(texts, string(bytes.Repeat([]byte("Fans in Velmora, Italy, May 3, 2023. REUTERS/Jane Doe "), 3000)))
	parse := func(s string) []byte {
		c, err := Parse(s, Options{DateHint: fixtureHint})
		if err != nil {
			t.Error(err)
			return nil
		}
		return c.AppendJSON(nil)
	}
	first := make([][]byte, len(texts))
	for i, s := range texts {
		first[i] = parse(s)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := parse(texts[i]); !bytes.Equal(got, first[i]) {
			t.Fatalf("caption %d parses differently the second time:\n got %s\nwant %s", i, got, first[i])
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k*7 + g*13) % len(texts)
				if got := parse(texts[i]); !bytes.Equal(got, first[i]) {
					t.Errorf("caption %d parses differently in goroutine %d", i, g)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}
