package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestParseLines feeds --input lines a BOM, a blank line, a Latin-1 line and
// a line over the limit: every caption gets its record with its input line,
// the long line gives its own error and the run goes on.
func TestParseLines(t *testing.T) {
	long := strings.Repeat("x", maxCaption+10)
	in := "\xef\xbb\xbfFans in Rome. REUTERS/Al Bo\n\nCaf\xe9 in Paris. REUTERS/Jo Bo\r\n" + long + "\nSnow in Oslo. REUTERS/Ola Berg"
	var out, errOut bytes.Buffer
	code := run([]string{"wirecap", "parse", "--input", "lines"}, strings.NewReader(in), &out, &errOut)
	if code != 2 || !strings.Contains(errOut.String(), "1 record(s) could not be read") {
		t.Errorf("exit %d, stderr %q: want 2 for the long line", code, errOut.String())
	}
	type rec struct {
		Line  int     `json:"line"`
		Text  *string `json:"text"`
		Note  string  `json:"note"`
		Error string  `json:"error"`
	}
	var got []rec
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		got = append(got, r)
	}
	if len(got) != 4 {
		t.Fatalf("%d records, want 4:\n%s", len(got), out.String())
	}
	want := []struct {
		line       int
		text, note string
		err        string
	}{
		{1, "Fans in Rome. REUTERS/Al Bo", "", ""},
		{3, "Café in Paris. REUTERS/Jo Bo", latin1Note, ""},
		{4, "", "", "parse: line 4: longer than"},
		{5, "Snow in Oslo. REUTERS/Ola Berg", "", ""},
	}
	for i, w := range want {
		g := got[i]
		if g.Line != w.line || g.Note != w.note || (w.err == "") != (g.Error == "") || !strings.HasPrefix(g.Error, w.err) {
			t.Errorf("record %d: %+v, want line %d note %q error %q", i, g, w.line, w.note, w.err)
		}
		if w.text != "" && (g.Text == nil || *g.Text != w.text) {
			t.Errorf("record %d text %v, want %q", i, g.Text, w.text)
		}
	}
}

// TestParseTextBOM: the whole of stdin as one caption, BOM stripped.
func TestParseTextBOM(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"wirecap", "parse"}, strings.NewReader("\xef\xbb\xbfFans in Rome. REUTERS/Al Bo\n"), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.HasPrefix(out.String(), `{"text":"Fans in Rome.`) {
		t.Errorf("BOM kept or not compact: %q", out.String()[:40])
	}
}

func TestReorder(t *testing.T) {
	app := newApp(nil, nil, nil)
	for _, tc := range []struct{ in, want string }{
		{"wirecap process photos/ --force", "wirecap process --force -- photos/"},
		{"wirecap check photo.jpg --use marketing", "wirecap check --use marketing -- photo.jpg"},
		{"wirecap check a.jpg --use=marketing b.jpg", "wirecap check --use=marketing -- a.jpg b.jpg"},
		{"wirecap parse text --date-hint 2024-01-01", "wirecap parse --date-hint 2024-01-01 -- text"},
		{"wirecap parse -- -text --format", "wirecap parse -- -text --format"},
		{"wirecap process --jobs -1 a", "wirecap process --jobs -1 -- a"},
		{"wirecap process a --help", "wirecap help process"},
		{"wirecap check - a", "wirecap check -- - a"},
		{"wirecap process --force", "wirecap process --force"},
		{"wirecap --version", "wirecap --version"},
		{"wirecap help check", "wirecap help check"},
	} {
		got, err := arrange(app, strings.Fields(tc.in))
		if err != nil || strings.Join(got, " ") != tc.want {
			t.Errorf("%s → %q, %v; want %s", tc.in, strings.Join(got, " "), err, tc.want)
		}
	}
	if _, err := arrange(app, []string{"wirecap", "chek"}); err == nil || !strings.Contains(err.Error(), `did you mean "check"`) {
		t.Errorf("unknown command: %v", err)
	}
}

// FuzzReorder: reordering keeps every argument once, keeps the arguments
// that are not flags in their order, and never turns an argument after "--"
// into a flag.
func FuzzReorder(f *testing.F) {
	f.Add("photos/\x00--force\x00--jobs\x002\x00--\x00-x")
	f.Add("--use\x00marketing\x00a.jpg\x00--territory=FR")
	flags := processCommand().Flags
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		got := reorder(args, flags)
		// "--" is left out of the count: the input's terminator and the
		// output's separator are not arguments (and "--jobs --" gives --jobs
		// the value "--", as the flag package does).
		count := map[string]int{}
		for _, a := range args {
			count[a]++
		}
		for _, a := range got {
			count[a]--
		}
		for a, n := range count {
			if n != 0 && a != "--" {
				t.Fatalf("%q: argument %q count off by %d in %q", args, a, n, got)
			}
		}
		// The arguments after "--" in the input come last, in order.
		for i, a := range args {
			if a == "--" && (i == 0 || !strings.HasPrefix(args[i-1], "-")) {
				tail := args[i+1:]
				if len(tail) > 0 && strings.Join(got[len(got)-len(tail):], "\x00") != strings.Join(tail, "\x00") {
					t.Fatalf("%q: after -- became %q", args, got)
				}
				break
			}
		}
	})
}
