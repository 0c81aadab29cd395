package c2pa

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// maxTrustFile bounds one trust-anchor file.
const maxTrustFile = 16 << 20

// TrustStore holds the anchors a desk chooses: root certificates (PEM
// bundles) and end-entity thumbprints (Microsoft-style JSON trust lists).
type TrustStore struct {
	roots       *x509.CertPool
	thumbprints map[string]bool // lower-case hex SHA-256 of a certificate's DER
	n           int
	sums        []string // hex SHA-256 of each anchor file read (Hash)
}

// LoadTrust reads anchors from a file or every file of a folder: PEM
// certificates (.pem, .crt, .cer) and JSON trust lists whose entries carry
// SHA-256 thumbprints or base64 certificates ("x5c").
func LoadTrust(paths ...string) (*TrustStore, error) {
	ts := NewTrustStore()
	for _, p := range paths {
		files := []string{p}
		if st, err := os.Stat(p); err != nil {
			return nil, err
		} else if st.IsDir() {
			entries, err := os.ReadDir(p)
			if err != nil {
				return nil, err
			}
			files = files[:0]
			for _, e := range entries {
				if e.Type().IsRegular() {
					files = append(files, filepath.Join(p, e.Name()))
				}
			}
		}
		for _, f := range files {
			if err := ts.addFile(f); err != nil {
				return nil, err
			}
		}
	}
	return ts, nil
}

func (ts *TrustStore) addFile(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() || st.Size() > maxTrustFile {
		return fmt.Errorf("trust %s: not a regular file under %d MiB", path, maxTrustFile>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return ts.AddData(path, b)
}

// NewTrustStore is an empty store, for anchors the caller reads itself
// (AddData): LoadTrust reads files and folders on disk.
func NewTrustStore() *TrustStore {
	return &TrustStore{roots: x509.NewCertPool(), thumbprints: map[string]bool{}}
}

// AddData adds the anchors of one trust file already read (from object
// storage): the extension of path, its name, says its kind, as for
// LoadTrust's files.
func (ts *TrustStore) AddData(path string, b []byte) error {
	if len(b) > maxTrustFile {
		return fmt.Errorf("trust %s: larger than %d MiB", path, maxTrustFile>>20)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".pem", ".crt", ".cer":
		sum := sha256.Sum256(b)
		ts.sums = append(ts.sums, hex.EncodeToString(sum[:]))
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return ts.addJSON(path, b)
	case ".pem", ".crt", ".cer":
		for rest := b; ; {
			var blk *pem.Block
			if blk, rest = pem.Decode(rest); blk == nil {
				break
			}
			if c, err := x509.ParseCertificate(blk.Bytes); err == nil {
				ts.roots.AddCert(c)
				ts.n++
			}
		}
	}
	return nil
}

// addJSON reads thumbprints and certificates from a JSON trust list,
// whatever its nesting: any string of 64 hex digits is a SHA-256
// thumbprint; any "x5c" entry is a base64 DER certificate.
func (ts *TrustStore) addJSON(path string, b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("trust list %s: %w", path, err)
	}
	var walk func(any, string)
	walk = func(v any, key string) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(e, k)
			}
		case []any:
			for _, e := range x {
				walk(e, key)
			}
		case string:
			if len(x) == 64 && isHex(x) {
				ts.thumbprints[strings.ToLower(x)] = true
				ts.n++
			}
			if key == "x5c" {
				if c, err := parseB64Cert(x); err == nil {
					ts.roots.AddCert(c)
					ts.n++
				}
			}
		}
	}
	walk(v, "")
	return nil
}

// Len is the number of anchors loaded.
func (ts *TrustStore) Len() int {
	if ts == nil {
		return 0
	}
	return ts.n
}

// Hash is a content hash of the anchor files read ("sha256:…"; "" for a
// nil store): the same files in another folder or order hash alike, a
// changed, added or removed anchor file changes it. Records are stamped
// with it so that a sidecar computed against other anchors is recomputed.
func (ts *TrustStore) Hash() string {
	if ts == nil {
		return ""
	}
	sums := slices.Sorted(slices.Values(ts.sums))
	h := sha256.Sum256([]byte(strings.Join(sums, "\n")))
	return "sha256:" + hex.EncodeToString(h[:])
}

// judge says whether a chain (leaf first) is trusted at time at.
func (ts *TrustStore) judge(chain []*x509.Certificate, at time.Time) string {
	if ts == nil || ts.n == 0 {
		return Unknown
	}
	// A thumbprint list names end-entity signers: only the leaf, the
	// certificate that signed, is looked up (anyone can append a trusted
	// certificate to their own chain).
	if sum := sha256.Sum256(chain[0].Raw); ts.thumbprints[hex.EncodeToString(sum[:])] {
		return Trusted
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	_, err := chain[0].Verify(x509.VerifyOptions{Roots: ts.roots, Intermediates: inter, CurrentTime: at,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err == nil {
		return Trusted
	}
	return Untrusted
}

func isHex(s string) bool {
	_, err := hex.DecodeString(s)
	return err == nil
}

func parseB64Cert(s string) (*x509.Certificate, error) {
	der, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}
