package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// TestMarkLinesEscaped: a signer name and a claim generator come from the
// file: control and bidi characters in them are escaped like any other
// untrusted text, in the long format and on the one-line format.
func TestMarkLinesEscaped(t *testing.T) {
	rec := &sidecar.Record{Provenance: &c2pa.Result{Manifest: true, State: c2pa.Valid, Trust: c2pa.Unknown, Codes: []string{},
		ClaimGenerator: "Tool\x1b[2J",
		Signer:         &c2pa.Signer{Subject: "CN=Desk\u202egpj.exe,O=Example\x07Org", Issuer: "CN=Example CA"}}}
	var long bytes.Buffer
	writeMarkLines(&long, rec)
	want := `  Credentials:  valid · signed by Example\007Org (CN=Desk\u202Egpj.exe,O=Example\007Org), issued by CN=Example CA · made with Tool\033[2J` + "\n"
	if long.String() != want {
		t.Errorf("long:\n got %q\nwant %q", long.String(), want)
	}
	if got := strings.Join(markFields(rec), "|"); got != `Credentials valid · Example\007Org` {
		t.Errorf("line fields: %q", got)
	}
	if markFields(&sidecar.Record{}) != nil {
		t.Error("a record without credentials or AI data has badge fields")
	}
}
