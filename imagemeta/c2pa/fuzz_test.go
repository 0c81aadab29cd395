package c2pa

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/veraison/go-cose"
)

// corpusStores returns the manifest stores of a few real files, as seeds.
func corpusStores(f *testing.F) [][]byte {
	var out [][]byte
	for _, name := range []string{"c2rs_C.jpg", "ms_cards_trusted.jpg", "pt_adobe-20220124-CAI.jpg"} {
		fh, err := os.Open(filepath.Join(corpusDir, name))
		if err != nil {
			continue
		}
		st, _ := fh.Stat()
		if s, err := locate(fh, st.Size()); err == nil {
			out = append(out, s.jumbf)
		}
		fh.Close()
	}
	return out
}

// FuzzManifest: JUMBF boxes and the CBOR claims and assertions inside.
func FuzzManifest(f *testing.F) {
	f.Add(mksuper(uuidStore, "c2pa", mksuper(uuidManifest, "urn:uuid:x", mksuper(uuidClaim, "c2pa.claim", mkbox("cbor", []byte{0xa0})))))
	for _, s := range corpusStores(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var p parser
		boxes, err := p.parseBoxes(b, 0)
		if err != nil || len(boxes) == 0 {
			return
		}
		ms, err := manifests(boxes[0])
		if err != nil {
			return
		}
		for _, m := range ms {
			m.verifyAssertionHashes()
			m.verifyDataHash(nil, 0, exclusionBound{})
		}
		for _, in := range ingredientStates(ms[len(ms)-1], ms) {
			if in.State == "" || in.Codes == nil {
				t.Fatalf("ingredient without a state: %+v", in)
			}
		}
	})
}

// FuzzSignature: the COSE_Sign1 parser, its certificate chain and its
// time-stamp tokens.
func FuzzSignature(f *testing.F) {
	for _, s := range corpusStores(f) {
		var p parser
		if boxes, err := p.parseBoxes(s, 0); err == nil {
			if ms, err := manifests(boxes[0]); err == nil {
				f.Add(ms[len(ms)-1].sigBytes)
			}
		}
	}
	f.Add([]byte{0xd2, 0x84, 0x40, 0xa0, 0xf6, 0x41, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		m := &Manifest{sigBytes: b, claimBytes: []byte{0xa0}}
		chain, _, _, _ := m.verifySignature()
		if len(chain) > 0 {
			var ts *TrustStore
			ts.judge(chain, time.Unix(0, 0))
		}
		var msg cose.Sign1Message
		if msg.UnmarshalCBOR(b) == nil {
			verifiedTimeStamp(&msg, m.claimBytes)
		}
	})
}
