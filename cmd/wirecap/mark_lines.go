package main

import (
	"io"

	"github.com/wirecap/wirecap/internal/report"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// writeMarkLines prints the Content Credentials and AI lines of the text
// output, the same words as the contact sheet's badges (their tooltips),
// cleaned: signer names and generators come from the file. A photo
// without credentials or AI data gets no line.
func writeMarkLines(w io.Writer, r *sidecar.Record) {
	if m, ok := report.Provenance(r); ok {
		label(w, "Credentials", clean(m.Detail))
	}
	if m, ok := report.AI(r); ok {
		label(w, "AI", clean(m.Detail))
	}
}

// markFields are the one-line format's badges: the sheet's short labels,
// after the credit; none for a photo without credentials or AI data.
func markFields(r *sidecar.Record) []string {
	var out []string
	for _, mark := range []func(*sidecar.Record) (report.Mark, bool){report.Provenance, report.AI} {
		if m, ok := mark(r); ok {
			out = append(out, clean(m.Label))
		}
	}
	return out
}
