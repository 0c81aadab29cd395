package main

import (
	"slices"
	"testing"
)

// TestWithoutAliases: a city's alternate name that a hand-kept region
// bears is dropped; its own name and the dump's first name stay even
// where a region bears them.
func TestWithoutAliases(t *testing.T) {
	aliases := map[string]bool{"velmora": true, "drastovo": true, "quillarno": true}
	for _, tc := range []struct {
		keys       []string
		dump       string
		want       []string
		whyComment string
	}{
		{[]string{"chania", "velmora", "xania"}, "chania", []string{"chania", "xania"}, "alternate dropped"},
		{[]string{"drastovo", "velmora"}, "drastovo", []string{"drastovo"}, "own name kept"},
		{[]string{"new name", "quillarno"}, "quillarno", []string{"new name", "quillarno"}, "dump name kept"},
	} {
		c := &city{keys: slices.Clone(tc.keys), dumpKey: tc.dump}
		withoutAliases(c, aliases)
		if !slices.Equal(c.keys, tc.want) {
			t.Errorf("%s: withoutAliases(%v) = %v, want %v", tc.whyComment, tc.keys, c.keys, tc.want)
		}
	}
}

// TestRenamedScript: every native-script name is keyed by a city the
// renamed patch knows, so none is silently unused.
func TestRenamedScript(t *testing.T) {
	for k := range renamedScript {
		if _, ok := renamed[k]; !ok {
			t.Errorf("renamedScript[%q]: no such key in renamed", k)
		}
	}
}
