package feed

import "testing"

// TestKnownStatus: the codes the status vocabulary maps to are known;
// another word, or a spelling the reader normalises away, is not.
func TestKnownStatus(t *testing.T) {
	for status, want := range map[string]bool{
		Usable: true, Withheld: true, Canceled: true,
		"cancelled": false, "embargoed": false, "": false,
	} {
		if got := KnownStatus(status); got != want {
			t.Errorf("KnownStatus(%q) = %v, want %v", status, got, want)
		}
	}
}
