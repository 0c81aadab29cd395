package c2pa

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// anchorPEM is a self-signed certificate for an invented organisation.
func anchorPEM(t *testing.T, org string) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{Organization: []string{org}, CommonName: org + " Root"},
		NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<32, 0), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

// TestTrustHash: the anchors' hash follows their content, not the
// folder, the files' names or the order they are listed in.
func TestTrustHash(t *testing.T) {
	desk, agency := anchorPEM(t, "Example Desk"), anchorPEM(t, "Example Agency")
	write := func(files map[string][]byte) string {
		dir := t.TempDir()
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	hash := func(paths ...string) string {
		ts, err := LoadTrust(paths...)
		if err != nil {
			t.Fatal(err)
		}
		return ts.Hash()
	}
	both := hash(write(map[string][]byte{"a.pem": desk, "b.pem": agency}))
	for name, tc := range map[string]struct {
		got  string
		same bool
	}{
		"renamed, other folder":   {hash(write(map[string][]byte{"z.pem": desk, "y.crt": agency})), true},
		"as two paths":            {hash(write(map[string][]byte{"b.pem": agency}), write(map[string][]byte{"a.pem": desk})), true},
		"a README beside":         {hash(write(map[string][]byte{"a.pem": desk, "b.pem": agency, "README.txt": []byte("anchors")})), true},
		"one anchor removed":      {hash(write(map[string][]byte{"a.pem": desk})), false},
		"one anchor changed":      {hash(write(map[string][]byte{"a.pem": desk, "b.pem": anchorPEM(t, "Example Agency")})), false},
		"both in one bundle file": {hash(write(map[string][]byte{"all.pem": append(append([]byte{}, desk...), agency...)})), false},
	} {
		if (tc.got == both) != tc.same {
			t.Errorf("%s: hash %s, first %s; want same=%v", name, tc.got, both, tc.same)
		}
	}
	if (*TrustStore)(nil).Hash() != "" {
		t.Error("no anchors must hash to \"\"")
	}
}
