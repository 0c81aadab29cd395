package check

import "fmt"

// creditTruncated: IPTC Credit (IIM 2:110) holds 32 bytes, and a credit
// cut there is printed cut by every system that reads IIM; a "See
// caption" note in place of a credit is no credit to print either.
func creditTruncated(in *Input) []Finding {
	t := in.Facts.CreditTruncated
	if t == nil {
		return nil
	}
	if t.Kind == "note" {
		return finding(fmt.Sprintf("The %s credit holds a note, %q, not a credit: write the credit into IPTC Credit", t.Field, t.Value),
			map[string]any{"kind": t.Kind, "source": t.Field, "value": t.Value})
	}
	return finding(fmt.Sprintf("IPTC Credit %q is cut at its 32-byte limit; the XMP credit reads %q: systems that read IIM print the cut credit", t.Value, t.Full),
		map[string]any{"kind": t.Kind, "source": t.Field, "value": t.Value, "xmp": t.Full})
}

// creditUnrecognised: a credit that names no agency the registry knows,
// no photographer and no handout or pool, or only an organisation the
// registry does not know. Information for the desk: a new partner, a
// misspelling beyond one letter, a field filled with something else.
func creditUnrecognised(in *Input) []Finding {
	c := in.Facts.CreditUnrecognised
	if c == "" {
		return nil
	}
	return finding(fmt.Sprintf("No rule recognises the credit %q: check who distributes the photo", c), map[string]any{"credit": c})
}
