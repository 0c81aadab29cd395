package caption

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func fieldTexts(st stretch) []string {
	var out []string
	for f := range st.fields() {
		out = append(out, f.text())
	}
	return out
}

// TestStretchFields: a credit's words read off the lexer's tokens, as a
// reader cuts them at white space (invented credits).
func TestStretchFields(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"REUTERS/Ines Marwood", []string{"REUTERS/Ines", "Marwood"}},
		{"  Jana Beispiel und Max Muster/dpa  ", []string{"Jana", "Beispiel", "und", "Max", "Muster/dpa"}},
		{"(AP Photo/Ines Marwood, File)", []string{"(AP", "Photo/Ines", "Marwood,", "File)"}},
		{"picture alliance / dpa | Ines Marwood", []string{"picture", "alliance", "/", "dpa", "|", "Ines", "Marwood"}},
		{"Ines\tMarwood\nLarkspur", []string{"Ines", "Marwood", "Larkspur"}},
		// White space beyond ASCII that normalize leaves: an em space, an
		// ideographic space, a next-line mark.
		{"Ines\u2003Marwood\u3000Larkspur\u0085Wire", []string{"Ines", "Marwood", "Larkspur", "Wire"}},
		{"José Pérez-Ñúñez/EFE", []string{"José", "Pérez-Ñúñez/EFE"}},
		{"", nil},
		{" \t ", nil},
	} {
		if got := fieldTexts(lexed(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("fields(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStretchSub: a stretch cut anywhere in a lexed text, even inside a
// token or a rune, has the fields of the text cut there.
func TestStretchSub(t *testing.T) {
	for _, s := range []string{
		"Rescuers in Velmora. REUTERS/Ines Marwood/File Photo",
		"Ines\u2003Marwood\u00a0/ Larkspur\u2028(AFP)",
		"xInesxMarwoodx 20240105_ab_12 \xff\xfe bad",
		"Jane ROE and John DOE / Northwind Press",
	} {
		checkSubs(t, s)
	}
}

func checkSubs(t *testing.T, s string) {
	t.Helper()
	whole := lexed(s)
	for a := 0; a <= len(s); a++ {
		for b := a; b <= len(s); b++ {
			st := whole.sub(a, b)
			if st.text() != s[a:b] {
				t.Fatalf("sub(%d, %d) of %q is %q", a, b, s, st.text())
			}
			if got, want := fieldTexts(st), strings.Fields(s[a:b]); !slices.Equal(got, want) {
				t.Fatalf("fields of %q = %q, want %q", s[a:b], got, want)
			}
		}
	}
}

// TestStretchMarks: the pieces between marks, as strings.Split cuts them.
func TestStretchMarks(t *testing.T) {
	for _, tc := range []struct {
		in, seps string
		want     []string
	}{
		{"Velmora, Northland,Southland", ",", []string{"Velmora", " Northland", "Southland"}},
		{",,", ",", []string{"", "", ""}},
		{"NEWS1/Ines(12th)", `/\()`, []string{"NEWS1", "Ines", "12th", ""}},
		{"Ines Marwood", ",", []string{"Ines Marwood"}},
	} {
		var got []string
		for p := range lexed(tc.in).marks(tc.seps) {
			got = append(got, p.text())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("marks(%q, %q) = %q, want %q", tc.in, tc.seps, got, tc.want)
		}
	}
}

// TestStretchLastFields: the last words, joined by one space.
func TestStretchLastFields(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"said the Northland Press Agency", 3, "Northland Press Agency"},
		{"said the Northland\n\nPress  Agency", 3, "Northland Press Agency"},
		{"Agency", 4, "Agency"},
		{"  ", 2, ""},
	} {
		if got := lexed(tc.in).lastFields(tc.n); got != tc.want {
			t.Errorf("lastFields(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

// FuzzStretchFields: the fields of any stretch of any text are the words
// strings.Fields cuts there; the pieces between commas are
// strings.Split's; the last words are the last of strings.Fields.
func FuzzStretchFields(f *testing.F) {
	f.Add("REUTERS/Ines Marwood/File Photo", 3, 20)
	f.Add("Ines\u2003Marwood\u00a0/ Larkspur\u2028(AFP), Northland", 0, 40)
	f.Add("\xe2\x80 x\xe2\x80\x83y", 1, 6)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if len(s) > 400 {
			return
		}
		a, b = min(max(a, 0), len(s)), min(max(b, 0), len(s))
		a, b = min(a, b), max(a, b)
		st := lexed(s).sub(a, b)
		want := strings.Fields(s[a:b])
		if got := fieldTexts(st); !slices.Equal(got, want) {
			t.Fatalf("fields of %q = %q, want %q", s[a:b], got, want)
		}
		var parts []string
		for p := range st.marks(",") {
			parts = append(parts, p.text())
		}
		if w := strings.Split(s[a:b], ","); !slices.Equal(parts, w) {
			t.Fatalf("marks of %q = %q, want %q", s[a:b], parts, w)
		}
		for n := 1; n <= 4; n++ {
			if got, w := st.lastFields(n), strings.Join(want[max(0, len(want)-n):], " "); got != w {
				t.Fatalf("lastFields(%q, %d) = %q, want %q", s[a:b], n, got, w)
			}
		}
	})
}

// TestCopyrightLead: every case of a copyright mark starts with a byte
// StripCopyright looks at, and notices in any case lose their marks
// (invented notices).
func TestCopyrightLead(t *testing.T) {
	for _, m := range copyrightMarks {
		r, n := utf8.DecodeRuneInString(m)
		for _, v := range []string{m, strings.ToUpper(m), string(unicode.ToTitle(r)) + m[n:]} {
			if !copyrightLead[v[0]] {
				t.Errorf("mark %q: lead byte %#x of %q not marked", m, v[0], v)
			}
		}
	}
	for in, want := range map[string]string{
		"COPYRIGHT 2024 Northwind Press":                    "Northwind Press",
		"Ines Marwood/Larkspur Agency, ALL RIGHTS RESERVED": "Ines Marwood/Larkspur Agency",
		"Â© Larkspur Agency":                                "Larkspur Agency",
		"(C) 2019-2024 Northwind Press OR LICENSORS":        "Northwind Press",
		"Tous Droits Réservés Agence Velmora":               "Agence Velmora",
	} {
		if got := StripCopyright(in); got != want {
			t.Errorf("StripCopyright(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzPlaces: any text gives places of a known kind, named in valid UTF-8,
// and never panics (Places reads a run's words off the text's tokens).
func FuzzPlaces(f *testing.F) {
	f.Add("Firefighters at Velmora Central Airport in Velmora, Northland.")
	f.Add("Velmora-Drastovo\u2003International  Airport's\tgate")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 2000 {
			return
		}
		for _, p := range Places(s) {
			if !slices.Contains([]string{"country", "city", "region"}, p.Kind) || !utf8.ValidString(p.Name) || !utf8.ValidString(p.Text) {
				t.Fatalf("place %+v of %q", p, s)
			}
		}
	})
}
