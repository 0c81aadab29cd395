package c2pa

import (
	"bytes"
	"crypto"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"
	"time"

	"github.com/fxamacker/cbor/v2"
	"github.com/veraison/go-cose"
)

// An RFC 3161 time-stamp token in the COSE signature's unprotected header
// (C2PA 2.1, 10.3.2.5) says when the claim was signed. Its message imprint
// is the hash of a COSE countersignature structure over the claim (sigTst,
// v1) or over the signature itself, CBOR-encoded (sigTst2, v2); the
// token's own CMS signature binds that imprint and the time to the TSA's
// certificate. A token that fails either check gives no time: the signer
// is then judged at --as-of, and the code is reported (informational, as
// c2pa-rs does: the claim's own signature stands or falls by itself). The
// TSA's certificate is not judged against the trust anchors.

// Time-stamp codes (C2PA status codes).
const (
	codeTSMismatch  = "timeStamp.mismatch"
	codeTSMalformed = "timeStamp.malformed"
)

// tstHeaders are the unprotected header labels of time-stamps, with
// whether the imprint covers the signature (v2) rather than the claim.
var tstHeaders = []struct {
	label string
	v2    bool
}{{"sigTst2", true}, {"sigTst", false}}

// verifiedTimeStamp returns the time of the first token that verifies,
// else nil and the code of the first failure ("" without a time-stamp).
func verifiedTimeStamp(msg *cose.Sign1Message, claim []byte) (*time.Time, string) {
	code := ""
	for _, h := range tstHeaders {
		raw, ok := msg.Headers.Unprotected[h.label]
		if !ok {
			continue
		}
		tbs := claim
		if h.v2 {
			tbs, _ = cbor.Marshal(msg.Signature)
		}
		imprinted, err := cbor.Marshal([]any{"CounterSignature", cbor.RawMessage(msg.Headers.RawProtected), []byte{}, tbs})
		if err != nil || len(msg.Headers.RawProtected) == 0 {
			return nil, codeTSMalformed
		}
		for _, tok := range tstTokens(raw) {
			t, c := checkToken(tok, imprinted)
			if c == "" {
				return &t, ""
			}
			code = cmpOr(code, c)
		}
		code = cmpOr(code, codeTSMalformed) // a header with no token
	}
	return nil, code
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// tstTokens reads the tstTokens of a sigTst or sigTst2 header.
func tstTokens(raw any) [][]byte {
	b, err := cbor.Marshal(raw)
	if err != nil {
		return nil
	}
	var tst struct {
		Tokens []struct {
			Val []byte `cbor:"val"`
		} `cbor:"tstTokens"`
	}
	if dec.Unmarshal(b, &tst) != nil {
		return nil
	}
	var out [][]byte
	for _, t := range tst.Tokens {
		out = append(out, t.Val)
	}
	return out
}

// tsSignedData is the CMS SignedData of a time-stamp token (RFC 5652).
type tsSignedData struct {
	Version int
	Digests asn1.RawValue
	Encap   struct {
		Type    asn1.ObjectIdentifier
		Content asn1.RawValue `asn1:"explicit,optional,tag:0"`
	}
	Certs       asn1.RawValue  `asn1:"optional,tag:0"`
	CRLs        asn1.RawValue  `asn1:"optional,tag:1"`
	SignerInfos []tsSignerInfo `asn1:"set"`
}

type tsSignerInfo struct {
	Version     int
	SID         asn1.RawValue
	DigestAlg   pkix.AlgorithmIdentifier
	SignedAttrs asn1.RawValue `asn1:"optional,tag:0"`
	SigAlg      pkix.AlgorithmIdentifier
	Signature   []byte
	Unsigned    asn1.RawValue `asn1:"optional,tag:1"`
}

// tstInfo is RFC 3161's TSTInfo, as far as it is checked.
type tstInfo struct {
	Version int
	Policy  asn1.ObjectIdentifier
	Imprint struct {
		Alg    pkix.AlgorithmIdentifier
		Hashed []byte
	}
	Serial    asn1.RawValue
	GenTime   time.Time       `asn1:"generalized"`
	Remainder []asn1.RawValue `asn1:"optional"`
}

// signedData unwraps a token (or a whole TimeStampResp, which some
// signers store) to its SignedData.
func signedData(token []byte) (*tsSignedData, bool) {
	type contentInfo struct {
		Type    asn1.ObjectIdentifier
		Content asn1.RawValue `asn1:"explicit,tag:0"`
	}
	var ci contentInfo
	if _, err := asn1.Unmarshal(token, &ci); err != nil {
		var resp struct {
			Status asn1.RawValue
			Token  contentInfo
		}
		if _, err := asn1.Unmarshal(token, &resp); err != nil {
			return nil, false
		}
		ci = resp.Token
	}
	var sd tsSignedData
	if _, err := asn1.Unmarshal(ci.Content.Bytes, &sd); err != nil || len(sd.SignerInfos) == 0 {
		return nil, false
	}
	return &sd, true
}

// checkToken verifies one token against the imprinted bytes: its TSTInfo's
// message imprint, then the TSA's signature over it.
func checkToken(token, imprinted []byte) (time.Time, string) {
	sd, ok := signedData(token)
	if !ok {
		return time.Time{}, codeTSMalformed
	}
	var octets []byte
	var info tstInfo
	if _, err := asn1.Unmarshal(sd.Encap.Content.Bytes, &octets); err != nil {
		return time.Time{}, codeTSMalformed
	}
	if _, err := asn1.Unmarshal(octets, &info); err != nil {
		return time.Time{}, codeTSMalformed
	}
	h := digestFor(info.Imprint.Alg.Algorithm)
	if h == 0 {
		return time.Time{}, codeTSMalformed
	}
	w := h.New()
	w.Write(imprinted)
	if !bytes.Equal(w.Sum(nil), info.Imprint.Hashed) {
		return time.Time{}, codeTSMismatch
	}
	if !sd.signatureHolds(octets) {
		return time.Time{}, codeTSMismatch
	}
	return info.GenTime, ""
}

// digests are the hash algorithms a token may name, by OID.
var digests = []struct {
	oid asn1.ObjectIdentifier
	h   crypto.Hash
}{
	{asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}, crypto.SHA256},
	{asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}, crypto.SHA384},
	{asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}, crypto.SHA512},
}

func digestFor(oid asn1.ObjectIdentifier) crypto.Hash {
	for _, d := range digests {
		if d.oid.Equal(oid) {
			return d.h
		}
	}
	return 0
}

// sigAlgs maps a signer info's signature algorithm (and, for a bare key
// algorithm, its digest) to crypto/x509's.
var sigAlgs = []struct {
	oid    asn1.ObjectIdentifier
	digest crypto.Hash // 0: the OID names it
	alg    x509.SignatureAlgorithm
}{
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 11}, 0, x509.SHA256WithRSA},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 12}, 0, x509.SHA384WithRSA},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 13}, 0, x509.SHA512WithRSA},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 2}, 0, x509.ECDSAWithSHA256},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 3}, 0, x509.ECDSAWithSHA384},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 4}, 0, x509.ECDSAWithSHA512},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}, crypto.SHA256, x509.SHA256WithRSA},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}, crypto.SHA384, x509.SHA384WithRSA},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}, crypto.SHA512, x509.SHA512WithRSA},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}, crypto.SHA256, x509.ECDSAWithSHA256},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}, crypto.SHA384, x509.ECDSAWithSHA384},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}, crypto.SHA512, x509.ECDSAWithSHA512},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}, crypto.SHA256, x509.SHA256WithRSAPSS},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}, crypto.SHA384, x509.SHA384WithRSAPSS},
	{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}, crypto.SHA512, x509.SHA512WithRSAPSS},
}

func sigAlgFor(oid asn1.ObjectIdentifier, digest crypto.Hash) x509.SignatureAlgorithm {
	for _, a := range sigAlgs {
		if a.oid.Equal(oid) && (a.digest == 0 || a.digest == digest) {
			return a.alg
		}
	}
	return x509.UnknownSignatureAlgorithm
}

var oidMessageDigest = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 4}

// signatureHolds checks the first signer's signature: over its signed
// attributes, whose message digest must be the TSTInfo's hash (RFC 5652,
// 5.4), or over the TSTInfo itself when it has none.
func (sd *tsSignedData) signatureHolds(tstInfo []byte) bool {
	si := sd.SignerInfos[0]
	h := digestFor(si.DigestAlg.Algorithm)
	cert := sd.signerCert(si.SID)
	alg := sigAlgFor(si.SigAlg.Algorithm, h)
	if h == 0 || cert == nil || alg == x509.UnknownSignatureAlgorithm {
		return false
	}
	signed := tstInfo
	if len(si.SignedAttrs.FullBytes) > 0 {
		w := h.New()
		w.Write(tstInfo)
		if !bytes.Equal(messageDigest(si.SignedAttrs.Bytes), w.Sum(nil)) {
			return false
		}
		signed = append([]byte{0x31}, si.SignedAttrs.FullBytes[1:]...) // signed as a SET OF, not [0]
	}
	return cert.CheckSignature(alg, signed, si.Signature) == nil
}

// messageDigest is the messageDigest attribute among signed attributes.
func messageDigest(attrs []byte) []byte {
	for rest := attrs; len(rest) > 0; {
		var a struct {
			Type   asn1.ObjectIdentifier
			Values asn1.RawValue `asn1:"set"`
		}
		var err error
		if rest, err = asn1.Unmarshal(rest, &a); err != nil {
			return nil
		}
		var d []byte
		if a.Type.Equal(oidMessageDigest) {
			if _, err := asn1.Unmarshal(a.Values.Bytes, &d); err == nil {
				return d
			}
		}
	}
	return nil
}

// signerCert finds the certificate a signer identifier names: issuer and
// serial number, or [0] subject key identifier.
func (sd *tsSignedData) signerCert(sid asn1.RawValue) *x509.Certificate {
	certs, err := x509.ParseCertificates(sd.Certs.Bytes)
	if err != nil {
		return nil
	}
	var ias struct {
		Issuer asn1.RawValue
		Serial *big.Int
	}
	byIAS := sid.Tag == asn1.TagSequence && sid.Class == asn1.ClassUniversal
	if byIAS {
		if _, err := asn1.Unmarshal(sid.FullBytes, &ias); err != nil {
			return nil
		}
	}
	for _, c := range certs {
		if byIAS && bytes.Equal(c.RawIssuer, ias.Issuer.FullBytes) && ias.Serial.Cmp(c.SerialNumber) == 0 {
			return c
		}
		if !byIAS && bytes.Equal(c.SubjectKeyId, sid.Bytes) {
			return c
		}
	}
	return nil
}
