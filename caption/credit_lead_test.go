package caption

import (
	"slices"
	"testing"
)

// TestLeadHeadCredit: a wire credit moved to the caption's start ends at
// its name's last word, wherever else that word's letters occur.
func TestLeadHeadCredit(t *testing.T) {
	for _, tc := range []struct {
		text, credit  string
		photographers []string
	}{
		{"REUTERS/Anna Ann Protesters march in Lyon, France, March 3, 2024.", "REUTERS/Anna Ann", []string{"Anna Ann"}},
		{"REUTERS/Jon Tarrow Protesters march in Lyon, France, March 3, 2024.", "REUTERS/Jon Tarrow", []string{"Jon Tarrow"}},
		{"REUTERS/Ivo Ivorra Ivo Firefighters work in Lyon, France, March 3, 2024.", "REUTERS/Ivo Ivorra Ivo", []string{"Ivo Ivorra Ivo"}},
	} {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Credit != tc.credit || !slices.Equal(c.Photographers, tc.photographers) {
			t.Errorf("%q: credit %q %q, want %q %q", tc.text, c.Credit, c.Photographers, tc.credit, tc.photographers)
		}
	}
}
