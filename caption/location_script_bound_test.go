package caption

import (
	"strings"
	"testing"
)

// TestScriptScanBound: names in other scripts are looked for in the first
// maxScriptScan bytes only, so a long text costs a bounded time; a city
// named before the bound is read, the same city after it is not.
func TestScriptScanBound(t *testing.T) {
	filler := strings.Repeat("他说了很多话。", 440) // 9,240 bytes, past maxScriptScan
	for _, c := range []struct {
		text string
		want string
	}{
		{"学生在上海参观。新华社发\n" + filler, "CN"},
		{filler + "学生在上海参观。新华社发", ""},
	} {
		got, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		cc := ""
		if got.Location != nil {
			cc = got.Location.CountryCode
		}
		if cc != c.want {
			t.Errorf("text of %d bytes: country %q, want %q", len(c.text), cc, c.want)
		}
	}
}

// BenchmarkScriptLong parses a megabyte of Han text with no place in it:
// its time is bounded by maxScriptScan, not by the text's length.
func BenchmarkScriptLong(b *testing.B) {
	text := strings.Repeat("的确", 1<<20/6)
	for b.Loop() {
		if _, err := Parse(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
