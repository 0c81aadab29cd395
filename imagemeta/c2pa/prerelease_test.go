package c2pa

import (
	"crypto/sha256"
	"testing"
)

// TestMismatchCode: a hashed URI that matches only the assertion's content
// (the pre-1.0 rule) names a pre-release store; any other mismatch is a
// hashedURI mismatch.
func TestMismatchCode(t *testing.T) {
	content := []byte(`{"invented":"assertion"}`)
	a := &box{children: []*box{{typ: "jumd", data: []byte("description")}, {typ: "json", data: content}}}
	old := sha256.Sum256(content)
	other := sha256.Sum256([]byte("something else"))
	for _, c := range []struct {
		name string
		want []byte
		code string
	}{
		{"content-only hash", old[:], codePrerelease},
		{"unrelated hash", other[:], "assertion.hashedURI.mismatch"},
	} {
		if got := mismatchCode(a, sha256.New(), c.want); got != c.code {
			t.Errorf("%s: %s, want %s", c.name, got, c.code)
		}
	}
	if got := mismatchCode(&box{}, sha256.New(), old[:]); got != "assertion.hashedURI.mismatch" {
		t.Errorf("assertion without content: %s", got)
	}
}
