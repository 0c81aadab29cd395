package geo

import (
	"slices"
	"strings"
	"testing"
)

// TestSortedLines checks the in-place search against a scan of every
// line, over the generated tables and a small one with shared prefixes.
func TestSortedLines(t *testing.T) {
	small := "# comment\n*A\tx\na\t1\na\t2\na b\t3\nab\t4\nb\t5\n"
	for _, text := range []string{small, seatsText, airportsText} {
		want := map[string][]string{}
		for line := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
			if k := lineKey(line); k != "" {
				want[k] = append(want[k], line)
			}
		}
		for k, lines := range want {
			if got := sortedLines(text, k); !slices.Equal(got, lines) {
				t.Fatalf("sortedLines(%q) = %q, want %q", k, got, lines)
			}
		}
		for _, k := range []string{"", "0", "zzzz", "a c", "*"} {
			if got := sortedLines(text, k); len(got) != 0 && len(want[k]) == 0 {
				t.Errorf("sortedLines(%q) = %q, want none", k, got)
			}
		}
	}
}
