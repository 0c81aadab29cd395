package wirecap_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wirecap/wirecap"
)

// TestOptionNotes: the library tells Options.Note what the command line
// prints about how an option was read: a non-ISO territory read as its
// ISO code, a feed file that could not be read; and nothing for values
// read as given.
func TestOptionNotes(t *testing.T) {
	photo := "testdata/photos/wires/afp-embargo.jpg"
	feedDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(feedDir, "broken.xml"), []byte("<newsItem><unclosed"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		o    wirecap.Options
		want []string // Option fields of the notes, in order
	}{
		{"ISO territory", wirecap.Options{Territory: "FR"}, nil},
		{"UK", wirecap.Options{Territory: "UK"}, []string{"Territory"}},
		{"broken feed file", wirecap.Options{Feed: feedDir}, []string{"Feed"}},
		{"no Note func", wirecap.Options{Territory: "UK"}, nil},
	} {
		var got []string
		var msgs []string
		if tc.name != "no Note func" {
			tc.o.Note = func(n wirecap.Note) { got, msgs = append(got, n.Option), append(msgs, n.Msg) }
		}
		if _, err := wirecap.Check(context.Background(), photo, tc.o); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: notes %q (%q), want %q", tc.name, got, msgs, tc.want)
		}
		for _, m := range msgs {
			if strings.TrimSpace(m) == "" {
				t.Errorf("%s: an empty note", tc.name)
			}
		}
	}
}
