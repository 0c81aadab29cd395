package c2pa

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"hash"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/veraison/go-cose"
)

// Signer is the certificate that signed the active manifest's claim.
type Signer struct {
	Subject  string    `json:"subject"`
	Issuer   string    `json:"issuer"`
	NotAfter time.Time `json:"not_after"`
}

// verifyActive checks the active manifest and sets State, Trust, Codes.
// The signing time is the time-stamp's (RFC 3161 genTime) where the
// signature carries one whose imprint and TSA signature verify (tst.go).
func verifyActive(res *Result, asset io.ReaderAt, size int64, st *store, o Options) {
	m := res.Active
	var codes []string
	codes = append(codes, m.verifyAssertionHashes()...)
	codes = append(codes, m.verifyDataHash(asset, size, exclusionLimit(st))...)
	codes = append(codes, m.verifyBMFFHash(asset, size)...)
	chain, signedAt, sigCodes, tsCode := m.verifySignature()
	codes = append(codes, sigCodes...)
	if tsCode != "" {
		res.Codes = append(res.Codes, tsCode) // informational: no time, judged at as-of
	}
	if len(chain) > 0 {
		leaf := chain[0]
		res.Signer = &Signer{Subject: leaf.Subject.String(), Issuer: leaf.Issuer.String(), NotAfter: leaf.NotAfter}
		res.SignedAt = signedAt
		at := time.Now()
		if o.AsOf != 0 {
			at = time.Unix(o.AsOf, 0)
		}
		if signedAt != nil {
			at = *signedAt
		}
		if at.After(leaf.NotAfter) || at.Before(leaf.NotBefore) {
			codes = append(codes, "signingCredential.expired")
		}
		res.Trust = o.Trust.judge(chain, at)
		if res.Trust == Untrusted {
			res.Codes = append(res.Codes, "signingCredential.untrusted")
		}
	}
	res.State = Valid
	if len(codes) > 0 {
		res.State = Invalid
		res.Codes = append(codes, res.Codes...)
	}
	if slices.Contains(codes, codePrerelease) {
		res.State, res.Error = Failed, "a pre-release (pre-C2PA 1.0) manifest, which C2PA 1.0 and later readers cannot verify"
	}
	if slices.Equal(codes, []string{codeBMFFUnsupported}) {
		// Nothing failed, but the binding to the file was not checked.
		res.State, res.Error = Failed, "the BMFF hash is of a kind wirecap does not check (fragmented or remote)"
	}
}

// hashFor returns the hash function a C2PA "alg" names (sha256 default).
func hashFor(alg string) hash.Hash {
	switch alg {
	case "sha384":
		return sha512.New384()
	case "sha512":
		return sha512.New()
	case "", "sha256":
		return sha256.New()
	}
	return nil
}

// hashOf is the hash function a hash assertion names, else the claim's.
func (m *Manifest) hashOf(a map[any]any) hash.Hash {
	alg, _ := a["alg"].(string)
	if alg == "" {
		alg, _ = m.claim["alg"].(string)
	}
	return hashFor(alg)
}

// verifyAssertionHashes checks each hashed URI of the claim against the
// assertion box it names (C2PA 2.1, 8.3: the hash covers the assertion's
// superbox contents, description box included).
func (m *Manifest) verifyAssertionHashes() []string {
	claimAlg, _ := m.claim["alg"].(string)
	var codes []string
	for _, h := range m.claimAssertions() {
		url, _ := h["url"].(string)
		want, _ := h["hash"].([]byte)
		alg, _ := h["alg"].(string)
		if alg == "" {
			alg = claimAlg
		}
		label := url[strings.LastIndex(url, "/")+1:]
		a := m.assertions[label]
		if a == nil {
			codes = append(codes, "assertion.missing")
			continue
		}
		hf := hashFor(alg)
		if hf == nil {
			codes = append(codes, "algorithm.unsupported")
			continue
		}
		hf.Write(a.data)
		if !bytes.Equal(hf.Sum(nil), want) {
			codes = append(codes, mismatchCode(a, hashFor(alg), want))
		}
	}
	return codes
}

// codePrerelease is what c2pa-rs reports for a store written before C2PA
// 1.0; it is kept as that library names it, so reports compare.
const codePrerelease = "com.adobe.prerelease"

// mismatchCode names a hashed URI that does not match its assertion.
// Stores written before C2PA 1.0 hashed only the assertion's content, not
// its whole superbox: such a store is a pre-release one, which no 1.0
// reader can verify (an error, not a forgery), the rule c2pa-rs applies.
func mismatchCode(a *box, hf hash.Hash, want []byte) string {
	for _, c := range a.children {
		if c.typ == "jumd" {
			continue
		}
		hf.Write(c.data)
		if bytes.Equal(hf.Sum(nil), want) {
			return codePrerelease
		}
		break
	}
	return "assertion.hashedURI.mismatch"
}

// verifyDataHash checks c2pa.hash.data: a hash of the file's bytes
// outside the exclusions (the store itself). BMFF hashes are not checked.
// exclusionLimit is where a data hash's exclusions must end: before the
// picture's own data where the container says where it starts, else
// within as many bytes as the store and its wrapping (APP11 segment
// headers, a chunk or box header) take — never over the picture itself.
func exclusionLimit(st *store) exclusionBound {
	if st.imageStart > 0 {
		return exclusionBound{end: st.imageStart}
	}
	return exclusionBound{total: int64(len(st.jumbf)) + 32*int64(len(st.jumbf)/60000+1) + 256}
}

// exclusionBound: exclusions end by end (when set), or add up to at most
// total bytes.
type exclusionBound struct{ end, total int64 }

func (b exclusionBound) allows(start, length, excludedSoFar int64) bool {
	if length < 0 || start < 0 {
		return false
	}
	if b.end > 0 {
		return start+length <= b.end
	}
	return excludedSoFar+length <= b.total
}

func (m *Manifest) verifyDataHash(r io.ReaderAt, size int64, bound exclusionBound) []string {
	dh := m.assertionCBOR("c2pa.hash.data")
	if dh == nil || r == nil {
		return nil
	}
	hf := m.hashOf(dh)
	if hf == nil {
		return []string{"algorithm.unsupported"}
	}
	want, _ := dh["hash"].([]byte)
	var excl [][2]int64
	list, _ := dh["exclusions"].([]any)
	for _, e := range list {
		em, _ := e.(map[any]any)
		start, _ := toInt(em["start"])
		length, _ := toInt(em["length"])
		excl = append(excl, [2]int64{start, length})
	}
	slices.SortFunc(excl, func(a, b [2]int64) int { return int(a[0] - b[0]) })
	pos, excluded := int64(0), int64(0)
	for _, e := range excl {
		if !bound.allows(e[0], e[1], excluded) {
			return []string{"assertion.dataHash.mismatch"} // the hash would leave picture bytes out
		}
		excluded += e[1]
		if e[0] < pos || e[0] > size {
			return []string{"assertion.dataHash.mismatch"}
		}
		if _, err := io.Copy(hf, io.NewSectionReader(r, pos, e[0]-pos)); err != nil {
			return []string{"assertion.dataHash.mismatch"}
		}
		pos = e[0] + e[1]
	}
	if pos < size {
		io.Copy(hf, io.NewSectionReader(r, pos, size-pos))
	}
	if !bytes.Equal(hf.Sum(nil), want) {
		return []string{"assertion.dataHash.mismatch"}
	}
	return nil
}

func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case uint64:
		return int64(n), true
	case int64:
		return n, true
	}
	return 0, false
}

// verifySignature checks the COSE_Sign1 over the claim (detached
// payload) with the leaf of its x5chain, and its time-stamp: the time and
// the time-stamp's failure code, if any.
func (m *Manifest) verifySignature() (chain []*x509.Certificate, at *time.Time, codes []string, tsCode string) {
	if m.sigBytes == nil {
		return nil, nil, []string{"claimSignature.missing"}, ""
	}
	var msg cose.Sign1Message
	if err := msg.UnmarshalCBOR(m.sigBytes); err != nil {
		var um cose.UntaggedSign1Message
		if err2 := um.UnmarshalCBOR(m.sigBytes); err2 != nil {
			return nil, nil, []string{"claimSignature.mismatch"}, ""
		}
		msg = cose.Sign1Message(um)
	}
	chain = certChain(msg.Headers)
	if len(chain) == 0 {
		return nil, nil, []string{"signingCredential.invalid"}, ""
	}
	alg, err := msg.Headers.Protected.Algorithm()
	if err != nil {
		return chain, nil, []string{"algorithm.unsupported"}, ""
	}
	v, err := cose.NewVerifier(alg, publicKey(chain[0]))
	if err != nil {
		return chain, nil, []string{"algorithm.unsupported"}, ""
	}
	msg.Payload = m.claimBytes
	if msg.Verify(nil, v) != nil {
		codes = append(codes, "claimSignature.mismatch")
	}
	at, tsCode = verifiedTimeStamp(&msg, m.claimBytes)
	return chain, at, codes, tsCode
}

// certChain reads x5chain (label 33), protected or not: one certificate
// or an array, leaf first.
func certChain(h cose.Headers) []*x509.Certificate {
	// Label 33 (RFC 9360); claims signed before its registration put the
	// chain under the text label "x5chain" in the unprotected header.
	var v any
	for _, hm := range []map[any]any{h.Protected, h.Unprotected} {
		for _, k := range []any{int64(33), "x5chain"} {
			if e, ok := hm[k]; ok && v == nil {
				v = e
			}
		}
	}
	var ders [][]byte
	switch c := v.(type) {
	case []byte:
		ders = [][]byte{c}
	case []any:
		for _, e := range c {
			if b, ok := e.([]byte); ok {
				ders = append(ders, b)
			}
		}
	}
	var out []*x509.Certificate
	for _, d := range ders {
		cert, err := x509.ParseCertificate(d)
		if err != nil {
			return nil
		}
		out = append(out, cert)
	}
	return out
}

// publicKey is the certificate's key; crypto/x509 leaves an RSASSA-PSS
// key (OID 1.2.840.113549.1.1.10, which C2PA signers use with PS256)
// unparsed, so its PKCS #1 body is read here.
func publicKey(c *x509.Certificate) any {
	if c.PublicKey != nil {
		return c.PublicKey
	}
	var spki struct {
		Algorithm struct {
			OID    asn1.ObjectIdentifier
			Params asn1.RawValue `asn1:"optional"`
		}
		Key asn1.BitString
	}
	if _, err := asn1.Unmarshal(c.RawSubjectPublicKeyInfo, &spki); err != nil || !spki.Algorithm.OID.Equal(oidRSAPSS) {
		return nil
	}
	k, err := x509.ParsePKCS1PublicKey(spki.Key.Bytes)
	if err != nil {
		return nil
	}
	return k
}

var oidRSAPSS = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}
