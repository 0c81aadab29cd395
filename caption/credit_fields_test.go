package caption

import "testing"

// TestFields: the credit pass's words are the caption's tokens grouped up
// to white space (fieldAt) or, read backwards, up to a slash, bracket,
// comma or quote (lastField).
func TestFields(t *testing.T) {
	const s = "Seen in the U.S. (END) Jane Roe/AFP, \"Velmora\" al-Quillan"
	p := newParser(s, Options{})
	for _, tc := range []struct {
		at, end int
		want    string
	}{
		{12, len(s), "U.S."},
		{17, len(s), "(END)"},
		{17, 20, "(EN"},
		{23, len(s), "Jane"},
		{28, len(s), "Roe/AFP,"},
		{11, len(s), ""}, // white space
		{13, len(s), ".S."},
		{24, len(s), ""}, // inside a token
	} {
		a, b := p.fieldAt(tc.at, tc.end)
		if got := p.fieldText(a, b, tc.end); got != tc.want {
			t.Errorf("fieldAt(%d, %d) = %q, want %q", tc.at, tc.end, got, tc.want)
		}
	}
	for _, tc := range []struct {
		end  int
		want string
	}{
		{16, "U.S."},
		{15, "U.S"},
		{21, "END"},
		{22, ""}, // after the bracket
		{31, "Roe"},
		{35, "AFP"},
		{36, ""}, // after the comma
		{45, "Velmora"},
		{57, "al-Quillan"},
		{17, ""}, // white space
	} {
		if _, _, got := p.lastField(tc.end); got != tc.want {
			t.Errorf("lastField(%d) = %q, want %q", tc.end, got, tc.want)
		}
	}
	if a, b := p.fieldAt(17, len(s)); !p.trailerField(a, b) {
		t.Error(`"(END)" is not read as a trailer`)
	}
	if a, b := p.fieldAt(23, len(s)); p.trailerField(a, b) {
		t.Error(`"Jane" is read as a trailer`)
	}
}
