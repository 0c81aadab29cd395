package caption

import (
	"slices"
	"strings"
	"testing"
)

// TestWireBlocks parses each of wireCases whole and compares the set of
// restriction codes and the file-photo flag: restriction blocks and
// archive markers of many desks and languages, and story prose with the
// same words, which must flag nothing.
func TestWireBlocks(t *testing.T) {
	for _, tc := range wireCases {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		got := codeList(c.Restrictions)
		ok := got == tc.codes && c.FilePhoto == tc.file
		switch {
		case !ok && tc.miss == "":
			t.Errorf("%q: codes %q file %v, want %q file %v", tc.text, got, c.FilePhoto, tc.codes, tc.file)
		case ok && tc.miss != "":
			t.Errorf("%q: known miss (%s) now passes: remove its mark", tc.text, tc.miss)
		}
	}
}

// codeList is the sorted set of rs's codes, joined by ",".
func codeList(rs []Restriction) string {
	var codes []string
	for _, r := range rs {
		if !slices.Contains(codes, r.Code) {
			codes = append(codes, r.Code)
		}
	}
	slices.Sort(codes)
	return strings.Join(codes, ",")
}
