package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/sidecar"
)

var escapes = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestPaintKeepsAlignment: padding is added before the colour codes, so the
// visible width is the same with or without colour.
func TestPaintKeepsAlignment(t *testing.T) {
	for _, word := range []string{"error", "warning", "info"} {
		plain := paint("31", word, 8, false)
		coloured := paint("31", word, 8, true)
		if strings.Contains(plain, "\x1b") || len(plain) != 8 {
			t.Errorf("plain %q", plain)
		}
		if got := escapes.ReplaceAllString(coloured, ""); got != plain {
			t.Errorf("coloured %q shows %q, want %q", coloured, got, plain)
		}
		if !strings.HasSuffix(coloured, "\x1b[0m"+strings.Repeat(" ", 8-len(word))) {
			t.Errorf("padding inside the colour: %q", coloured)
		}
	}
}

// TestNoColour: off a terminal, with NO_COLOR or TERM=dumb, nothing is coloured.
func TestNoColour(t *testing.T) {
	if useColour(&bytes.Buffer{}) {
		t.Error("colour off a terminal")
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no terminal to test NO_COLOR and TERM=dumb on")
	}
	defer tty.Close()
	t.Setenv("TERM", "dumb")
	if useColour(tty) {
		t.Error("colour with TERM=dumb")
	}
	t.Setenv("TERM", "xterm")
	t.Setenv("NO_COLOR", "1")
	if useColour(tty) {
		t.Error("colour with NO_COLOR")
	}
}

// TestRecordText: the verdict and each reason on its own line; a file that
// is not an image has no "Image: 0x0".
func TestRecordText(t *testing.T) {
	fr, msg := "FR", "not a JPEG, TIFF, PNG or WebP file"
	rec := &sidecar.Record{SourceFile: "x.jpg", Image: &sidecar.Image{}, Error: &msg,
		Verdict: &sidecar.Verdict{Use: "editorial", Territory: &fr, Decision: "review",
			Reasons: []string{"archive photo", `print the credit "AFP PHOTO / Ministry"`}}}
	var b bytes.Buffer
	writeRecordText(&b, rec, true)
	out := b.String()
	for _, want := range []string{
		"\n  Verdict:      REVIEW for editorial use in FR\n",
		"\n    - archive photo\n",
		"\n    - print the credit \"AFP PHOTO / Ministry\"\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "0x0") {
		t.Errorf("non-image shows a size:\n%s", out)
	}
}

// TestREADMEListsEveryFlag: README's table of flags names every flag of
// every command, so that the documentation cannot fall behind the CLI.
func TestREADMEListsEveryFlag(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("README.md is not beside this checkout")
	}
	app := newApp(nil, &bytes.Buffer{}, &bytes.Buffer{})
	for _, c := range app.Commands {
		for _, f := range c.Flags {
			name := "--" + f.Names()[0]
			if !regexp.MustCompile("(`|, )" + regexp.QuoteMeta(name) + "[ `]").Match(readme) {
				t.Errorf("README.md does not list %s %s", c.Name, name)
			}
		}
	}
}
