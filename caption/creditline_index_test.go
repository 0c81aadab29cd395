package caption

import (
	"slices"
	"strings"
	"testing"
)

// TestLabelsFor: every credit label is among the labels offered for a
// text starting with it, whatever its case; a text starting with another
// letter is offered fewer labels than all.
func TestLabelsFor(t *testing.T) {
	for _, lab := range creditLabels {
		for _, text := range []string{lab.word + "Jane Roe", strings.ToUpper(lab.word) + "Jane Roe", strings.ToLower(lab.word)} {
			if !strings.EqualFold(text[:min(len(text), len(lab.word))], lab.word) {
				continue // upper-casing changed the length
			}
			if !slices.ContainsFunc(labelsFor(text), func(l creditLabel) bool { return l == lab }) {
				t.Errorf("labelsFor(%q) lacks label %q", text, lab.word)
			}
		}
	}
	if n := len(labelsFor("Zyleth")); n >= len(creditLabels) {
		t.Errorf("labelsFor offers %d of %d labels for a word starting with z", n, len(creditLabels))
	}
}

// TestLabelsForOutsideASCII: a text starting outside ASCII is offered the
// labels that start with its first letter in either case ("ФОТО:" and
// "Фото:"), not every label.
func TestLabelsForOutsideASCII(t *testing.T) {
	for _, text := range []string{"ФОТО: Name/ТАСС", "фото: Name/ТАСС", "© Name"} {
		labs := labelsFor(text)
		if len(labs) == 0 || len(labs) >= len(creditLabels) {
			t.Errorf("labelsFor(%q): %d of %d labels", text, len(labs), len(creditLabels))
		}
	}
}
