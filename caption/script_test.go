package caption

import (
	"slices"
	"testing"
)

// Captions in scripts written without spaces (Chinese, Japanese) or with
// prefixed prepositions (Arabic, Hebrew, Persian); names and captions are
// invented, in the shapes of the agencies' conventions.

func TestLexCJKCharacters(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"新华社记者", []string{"新", "华", "社", "记", "者"}},
		{"東京で撮影", []string{"東", "京", "で", "撮", "影"}},
		{"2026年3月", []string{"2026", "年", "3", "月"}},
		{"Velmora新华", []string{"velmora", "新", "华"}},
		{"서울에서 시민", []string{"서울에서", "시민"}},
		{"Café Velmora", []string{"cafe", "velmora"}},
	} {
		var lx lexer
		var got []string
		for _, tk := range lx.cut(tc.in) {
			got = append(got, tk.key)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("cut(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
