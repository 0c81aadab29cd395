package fold

import (
	"bytes"
	"testing"
)

// appendRef is Append as two passes: a test for a byte of a longer rune,
// then appendASCII. Append folds in one pass and must agree with it.
func appendRef(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(dst, Fold(s)...)
		}
	}
	start := len(dst)
	dst = appendASCII(dst, s)
	if k := dst[start:]; len(k) > 3 && string(k[:3]) == "st " || len(k) > 4 && string(k[:4]) == "ste " {
		return append(dst[:start], saint(string(k))...)
	}
	return dst
}

var appendTexts = []string{
	"", "Velmora", "VELMORA", "Xi'an", "St. Drastovo", "Ste-Quillarno", "st", "ste ",
	"  New   Velmora--Drastovo  ", "Kyïv", "Saint-Étienne", "Velmora 2", "a'b'c", "D\u2019Arcy",
	"\x00\x7f", "Stadt", "Ste", "st  x", "Ortaköy, Velmora",
}

func TestAppendMatchesTwoPasses(t *testing.T) {
	for _, s := range appendTexts {
		for _, prefix := range []string{"", "key "} {
			got := Append([]byte(prefix), s)
			want := appendRef([]byte(prefix), s)
			if !bytes.Equal(got, want) {
				t.Errorf("Append(%q, %q) = %q, want %q", prefix, s, got, want)
			}
		}
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range appendTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Append([]byte("k"), s), appendRef([]byte("k"), s); !bytes.Equal(got, want) {
			t.Errorf("Append(%q) = %q, want %q", s, got, want)
		}
	})
}
