// Package c2pa reads and verifies C2PA Content Credentials offline: the
// manifest store embedded in a JPEG (APP11), PNG (caBX), WebP (C2PA chunk)
// or ISO BMFF (HEIC, AVIF: a uuid box) file, or a .c2pa sidecar. It
// reports the active manifest (claim generator, signer, signing time,
// actions and their digital source types, ingredients) and checks the
// claim's COSE signature, the hashes that bind assertions to the claim,
// the data hash that binds the claim to the file's bytes, and the
// signer's certificate chain against trust anchors the caller chooses.
// Nothing is fetched: a remote manifest is reported, never followed.
package c2pa

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// FormatError is a manifest store the reader could not make sense of.
type FormatError struct {
	Offset int64 // in the file, where known
	Msg    string
}

func (e *FormatError) Error() string {
	if e.Offset > 0 {
		return fmt.Sprintf("c2pa: %s (at byte %d)", e.Msg, e.Offset)
	}
	return "c2pa: " + e.Msg
}

// States of a Result.
const (
	Valid   = "valid"
	Invalid = "invalid"
	Absent  = "absent"
	Failed  = "error"
)

// Trust answers of a Result.
const (
	Trusted   = "trusted"
	Untrusted = "untrusted"
	Unknown   = "unknown"
)

// Result is what a desk needs to know of a photo's Content Credentials.
type Result struct {
	Manifest bool   `json:"manifest"`
	Where    string `json:"where,omitempty"`
	State    string `json:"state"`
	Trust    string `json:"trust"`
	// Codes are C2PA validation status codes of failures
	// ("assertion.dataHash.mismatch", "signingCredential.untrusted"…).
	Codes []string `json:"codes"`
	// The active manifest's claim generator, signer, signing time (the
	// time-stamp's), actions and ingredient count.
	ClaimGenerator string     `json:"claim_generator,omitempty"`
	Signer         *Signer    `json:"signer,omitempty"`
	SignedAt       *time.Time `json:"signed_at,omitempty"`
	Actions        []Action   `json:"actions,omitempty"`
	Ingredients    int        `json:"ingredients,omitempty"`
	// IngredientStates are the active manifest's ingredients, each with
	// its own state and codes (ingredients.go).
	IngredientStates []Ingredient `json:"ingredient_states,omitempty"`
	Manifests        int          `json:"manifests,omitempty"`
	// DigitalSourceType is the most synthetic source type any manifest's
	// actions name (an ingredient's AI origin counts), normalised by
	// SourceType; DigitalSourceTypes lists them all.
	DigitalSourceType  string   `json:"digital_source_type,omitempty"`
	DigitalSourceTypes []string `json:"digital_source_types,omitempty"`
	// Active is the active manifest (the store's last).
	Active *Manifest `json:"-"`
	// Remote is the manifest an XMP dcterms:provenance names when none is
	// embedded; it is reported, never fetched.
	Remote string `json:"remote,omitempty"`
	Error  string `json:"error,omitempty"`
}

// maxXMPScan bounds how far provenanceOnly looks for an XMP reference.
const maxXMPScan = 256 << 10

// referenced handles a file without a store: an XMP dcterms:provenance
// (C2PA 2.1, 11.2) saying where its manifest is makes the absence an
// error — removed from the file ("self#jumbf=…") or remote (not fetched:
// wirecap works offline).
func (res *Result) referenced(url string) *Result {
	switch {
	case url == "":
		return res
	case strings.HasPrefix(url, "self#jumbf="):
		res.State, res.Error = Failed, "XMP names an embedded manifest that is not in the file"
		res.Codes = append(res.Codes, "claim.missing")
	default:
		res.State, res.Remote = Failed, url
		res.Error = "the manifest is remote (" + url + "); wirecap does not fetch it"
		res.Codes = append(res.Codes, "manifest.inaccessible")
	}
	return res
}

// xmpProvenance finds dcterms:provenance as an attribute or an element
// in the raw bytes of a file's head, for callers that read no XMP.
func xmpProvenance(b []byte) string {
	for _, open := range []string{`dcterms:provenance="`, `<dcterms:provenance>`} {
		i := bytes.Index(b, []byte(open))
		if i < 0 {
			continue
		}
		rest := b[i+len(open):]
		end := bytes.IndexAny(rest, `"<`)
		if end > 0 && end < 2048 {
			return html.UnescapeString(string(rest[:end]))
		}
	}
	return ""
}

// Options for Verify.
type Options struct {
	// Reference is the XMP dcterms:provenance the caller has read (where
	// the manifest should be); "" lets VerifyFile look for it itself.
	Reference string
	Trust     *TrustStore // nil: trust is unknown
	// AsOf is when a signature without a time-stamp is judged; zero: now.
	AsOf int64 // Unix seconds; 0 means time.Now
}

// VerifyFile reads and verifies the manifest store of the file at path.
func VerifyFile(path string, o Options) (*Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("c2pa: %s: not a regular file", path)
	}
	if o.Reference == "" {
		head := make([]byte, min(st.Size(), maxXMPScan))
		n, _ := f.ReadAt(head, 0)
		o.Reference = xmpProvenance(head[:n])
	}
	return Verify(f, st.Size(), o), nil
}

// Verify reads and verifies the manifest store of a file of the given
// size. It never fails: what it cannot read is State "error" with Error.
func Verify(r io.ReaderAt, size int64, o Options) *Result {
	res := &Result{State: Absent, Trust: Unknown, Codes: []string{}}
	r = newHeadReader(r, size)
	st, err := locate(r, size)
	if errors.Is(err, errNoStore) {
		return res.referenced(o.Reference)
	}
	if err != nil {
		res.Manifest = true
		return res.fail("manifest.inaccessible", err)
	}
	return res.verifyStore(st, r, size, o)
}

// VerifySidecar verifies a manifest store kept beside the asset (a .c2pa
// file, C2PA 2.1, 11.5): its data hash is checked against the asset's
// bytes.
func VerifySidecar(asset io.ReaderAt, assetSize int64, jumbf []byte, o Options) *Result {
	res := &Result{State: Absent, Trust: Unknown, Codes: []string{}}
	if len(jumbf) > maxStore {
		res.Manifest = true
		return res.fail("manifest.inaccessible", &FormatError{Msg: "sidecar manifest store larger than the reader's limit"})
	}
	return res.verifyStore(&store{where: InSidecar, jumbf: jumbf}, asset, assetSize, o)
}

// verifyStore reads the store's manifests and verifies the active one;
// asset is the file its data hash covers (nil: not checked).
func (res *Result) verifyStore(st *store, asset io.ReaderAt, size int64, o Options) *Result {
	res.Manifest, res.Where = true, st.where
	var p parser
	boxes, err := p.parseBoxes(st.jumbf, 0)
	if err != nil || len(boxes) == 0 {
		return res.fail("manifest.inaccessible", err)
	}
	if boxes[0].uuid != uuidStore {
		// JUMBF of another kind (the pre-standard CAI store, other JPEG
		// XT boxes): no C2PA manifest.
		res.Manifest, res.Error = false, "JUMBF that is not a C2PA manifest store"
		return res
	}
	ms, err := manifests(boxes[0])
	if err != nil {
		return res.fail("claim.missing", err)
	}
	res.Manifests = len(ms)
	res.Active = ms[len(ms)-1]
	res.ClaimGenerator, res.Actions, res.Ingredients = res.Active.ClaimGenerator, res.Active.Actions, res.Active.Ingredients
	for _, m := range ms {
		for _, d := range m.DigitalSourceTypes {
			n, _ := SourceType(d)
			res.DigitalSourceTypes = appendNew(res.DigitalSourceTypes, n)
		}
	}
	res.DigitalSourceType, _ = MostSynthetic(res.DigitalSourceTypes...)
	res.IngredientStates = ingredientStates(res.Active, ms)
	if st.where == InRaw {
		asset = nil // a store on its own: the asset it describes is elsewhere
	}
	verifyActive(res, asset, size, st, o)
	res.Codes = appendNew([]string{}, res.Codes...)
	return res
}

func (res *Result) fail(code string, err error) *Result {
	res.State = Failed
	res.Codes = append(res.Codes, code)
	if err != nil {
		res.Error = err.Error()
	}
	return res
}

func appendNew(dst []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}
