package c2pa

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestTimeStampChecked: a token is used for the signing time only when its
// imprint and its TSA signature verify; otherwise the code says why and
// the signer is judged at as-of (the claim's state is its own).
func TestTimeStampChecked(t *testing.T) {
	for _, tc := range []struct {
		file   string
		at     string // "" : no time taken from the token
		code   string // "" : none
		state  string
		reason string
	}{
		{"c2rs_C.jpg", "2024-08-06T21:53:37Z", "", Valid, "a good v1 token"},
		{"pt_truepic-20230212-camera.jpg", "2023-02-12T18:44:26Z", "", Valid, "a short-lived camera certificate rescued by a good token"},
		{"c2rs_CA_ct.jpg", "", codeTSMalformed, Valid, "only the token's bytes changed: informational"},
		{"pt_adobe-20220124-E-sig-CA.jpg", "", codeTSMismatch, Invalid, "the claim changed after signing: the imprint no longer matches"},
		{"ms_cards_expired_without_timestamp.jpg", "", "", Invalid, "no token at all"},
	} {
		res, err := VerifyFile(filepath.Join(corpusDir, tc.file), Options{AsOf: asOf.Unix()})
		if err != nil {
			t.Skipf("C2PA corpus not found in %s: %v", corpusDir, err)
		}
		got := ""
		if res.SignedAt != nil {
			got = res.SignedAt.UTC().Format(time.RFC3339)
		}
		hasCode := tc.code == "" && !slices.Contains(res.Codes, codeTSMalformed) && !slices.Contains(res.Codes, codeTSMismatch) ||
			tc.code != "" && slices.Contains(res.Codes, tc.code)
		if got != tc.at || !hasCode || res.State != tc.state {
			t.Errorf("%s (%s): signed at %q, codes %v, state %s; want %q, %q, %s", tc.file, tc.reason, got, res.Codes, res.State, tc.at, tc.code, tc.state)
		}
	}
}
