package caption

import (
	"strings"
	"testing"
)

// TestParseUnicodeSpace: a caption spaced with the white space of
// typesetting outside ASCII (normalRunes) parses as the same caption
// spaced with ASCII spaces; its credit keeps the spaces as written.
func TestParseUnicodeSpace(t *testing.T) {
	const plain = "Jana Quillfeather speaks in Velmora, Norland, on 5 March 2026. REUTERS/John Quillfeather"
	want, err := Parse(plain, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range []string{"\u00a0", "\u2009", "\u202f", "\u3000", "\u2002", "\u2003", "\u2007", "\u200a", "\u205f"} {
		c, err := Parse(strings.ReplaceAll(plain, " ", sp), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Date == nil || want.Date == nil || c.Date.String() != want.Date.String() || strings.ReplaceAll(c.Credit, sp, " ") != want.Credit || strings.Contains(c.Description, sp) {
			t.Errorf("spaced with %U: date %v credit %q description %q; want date %v credit %q", []rune(sp)[0], c.Date, c.Credit, c.Description, want.Date, want.Credit)
		}
	}
}

// TestParseLineSeparator: the line and paragraph separators and NEL break
// a line as '\n' does.
func TestParseLineSeparator(t *testing.T) {
	const plain = "Jana Quillfeather speaks in Velmora, Norland, on 5 March 2026.\nREUTERS/John Quillfeather"
	want, err := Parse(plain, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, br := range []string{"\u2028", "\u2029", "\u0085"} {
		c, err := Parse(strings.Replace(plain, "\n", br, 1), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Description != want.Description || c.Credit != want.Credit {
			t.Errorf("broken with %U: description %q credit %q; want %q, %q", []rune(br)[0], c.Description, c.Credit, want.Description, want.Credit)
		}
	}
}
