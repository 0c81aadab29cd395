package report

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

const (
	iptcGenerated = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
	iptcComposite = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
	iptcEnhanced  = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicallyEnhanced"
	iptcCapture   = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"
)

// signed is a record whose Content Credentials are in state and trust,
// signed by an invented camera maker.
func signed(state, trust string, codes ...string) *sidecar.Record {
	at := time.Date(2025, 4, 1, 9, 30, 0, 0, time.UTC)
	return &sidecar.Record{Provenance: &c2pa.Result{Manifest: true, State: state, Trust: trust, Codes: codes,
		ClaimGenerator: "Example Camera/1.0", SignedAt: &at,
		Signer: &c2pa.Signer{Subject: `CN=Body 7\, serial 42,O=Examplecam Imaging AG,C=DE`, Issuer: "CN=Examplecam CA,O=Examplecam Imaging AG"}}}
}

func withIngredients(r *sidecar.Record, in ...c2pa.Ingredient) *sidecar.Record {
	r.Provenance.IngredientStates = in
	return r
}

// typed is a record whose summary states a digital source type, with the
// findings a check gave it (nil: not checked, as inspect).
func typed(st string, findings ...check.Finding) *sidecar.Record {
	return &sidecar.Record{Summary: &sidecar.Summary{DigitalSourceType: &st}, Findings: findings}
}

func TestProvenanceMark(t *testing.T) {
	remote := &sidecar.Record{Provenance: &c2pa.Result{State: c2pa.Failed, Trust: c2pa.Unknown, Remote: "https://manifests.example.org/m1", Codes: []string{"manifest.inaccessible"}}}
	for _, tc := range []struct {
		name         string
		rec          *sidecar.Record
		label        string
		effect       string
		tokens       string
		detailHolds  string
		wantNoBadges bool
	}{
		{"valid trusted", signed(c2pa.Valid, c2pa.Trusted), "Credentials valid, trusted · Examplecam Imaging AG", "fine", "valid trusted", "time-stamped 2025-04-01T09:30:00Z", false},
		{"valid, no anchors", signed(c2pa.Valid, c2pa.Unknown), "Credentials valid · Examplecam Imaging AG", "fine", "valid", "made with Example Camera/1.0", false},
		{"valid untrusted", signed(c2pa.Valid, c2pa.Untrusted, "signingCredential.untrusted"), "Credentials valid, untrusted · Examplecam Imaging AG", "review", "valid untrusted", "codes: signingCredential.untrusted", false},
		{"invalid", signed(c2pa.Invalid, c2pa.Trusted, "assertion.dataHash.mismatch"), "Credentials invalid, trusted · Examplecam Imaging AG", "review", "invalid trusted", "codes: assertion.dataHash.mismatch", false},
		{"remote", remote, "Credentials remote, not fetched", "review", "error", "manifest at https://manifests.example.org/m1", false},
		{"an ingredient that does not verify", withIngredients(signed(c2pa.Valid, c2pa.Trusted),
			c2pa.Ingredient{Title: "harbour.jpg", State: c2pa.Invalid, Codes: []string{"claimSignature.mismatch"}},
			c2pa.Ingredient{Title: "sky.jpg", State: c2pa.Absent, Codes: []string{"ingredient.unknownProvenance"}}),
			"Credentials valid, trusted · Examplecam Imaging AG · 1 ingredient invalid", "review", "valid trusted",
			"ingredient harbour.jpg invalid: claimSignature.mismatch", false},
		{"absent", &sidecar.Record{Provenance: &c2pa.Result{State: c2pa.Absent, Trust: c2pa.Unknown}}, "", "", "", "", true},
		{"never read", &sidecar.Record{}, "", "", "", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := Provenance(tc.rec)
			if ok == tc.wantNoBadges {
				t.Fatalf("badge shown: %v, want %v", ok, !tc.wantNoBadges)
			}
			if m.Label != tc.label || m.Effect != tc.effect || strings.Join(m.Tokens, " ") != tc.tokens || !strings.Contains(m.Detail, tc.detailHolds) {
				t.Errorf("got %+v, want label %q effect %q tokens %q detail holding %q", m, tc.label, tc.effect, tc.tokens, tc.detailHolds)
			}
		})
	}
}

func TestAIMark(t *testing.T) {
	gen := check.Finding{Rule: "ai.generated", Severity: check.Error}
	genIllustration := check.Finding{Rule: "ai.generated", Severity: check.Warning}
	unlabelled := check.Finding{Rule: "ai.label_missing", Severity: check.Error}
	for _, tc := range []struct {
		name                 string
		rec                  *sidecar.Record
		label, effect, token string
	}{
		{"generated, checked for news", typed(iptcGenerated, gen, unlabelled), "AI generated, unlabelled", "deny", "generated"},
		{"generated, illustration", typed(iptcGenerated, genIllustration), "AI generated", "review", "generated"},
		{"generated, inspected", typed(iptcGenerated), "AI generated", "deny", "generated"},
		{"composite, inspected", typed(iptcComposite), "AI composite", "review", "composite"},
		{"enhanced, checked", typed(iptcEnhanced, check.Finding{Rule: "ai.enhanced", Severity: check.Info}), "AI enhanced", "fine", "enhanced"},
		// An AI system named in the 2025.1 fields: the rule finds it though the type says capture.
		{"finding over the type", typed(iptcCapture, gen), "AI generated", "deny", "generated"},
		{"capture", typed(iptcCapture, []check.Finding{}...), "", "", ""},
		{"checked clean, type generated but no rule fired", typed(iptcGenerated, []check.Finding{}...), "", "", ""},
		{"no summary", &sidecar.Record{}, "", "", ""},
		{"an AI system named, inspected", &sidecar.Record{Summary: &sidecar.Summary{},
			Metadata: &sidecar.Metadata{Fields: &imagemeta.Fields{AISystemUsed: &imagemeta.Field[string]{Value: "Example Diffusion 3"}}}},
			"AI generated", "deny", "generated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := AI(tc.rec)
			if ok != (tc.label != "") || m.Label != tc.label || m.Effect != tc.effect || strings.Join(m.Tokens, " ") != tc.token {
				t.Errorf("got %+v (%v), want %q %q %q", m, ok, tc.label, tc.effect, tc.token)
			}
		})
	}
}

func TestSignerName(t *testing.T) {
	for subject, want := range map[string]string{
		`CN=Body 7\, serial 42,O=Examplecam Imaging AG,C=DE`: "Examplecam Imaging AG",
		`CN=Desk Signer,OU=Photo,C=FR`:                       "Desk Signer",
		`CN=a+O=Plus Org`:                                    "Plus Org",
		`no attributes at all`:                               "no attributes at all",
	} {
		if got := SignerName(subject); got != want {
			t.Errorf("SignerName(%q) = %q, want %q", subject, got, want)
		}
	}
}

// TestMarksOnSheet: the badges and the filters' data attributes are on
// the cards that have them; a sheet without any has neither the badges
// nor the two filters, and its cards are written as before.
func TestMarksOnSheet(t *testing.T) {
	items := []Item{
		{Path: "desk/signed.jpg", Record: signed(c2pa.Valid, c2pa.Trusted)},
		{Path: "desk/ai.jpg", Record: typed(iptcGenerated)},
		{Path: "desk/plain.jpg", Record: &sidecar.Record{}},
	}
	var page bytes.Buffer
	if _, err := Write(&page, items, Options{AsOf: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`id="photo-1" data-verdict="" data-codes="" data-agency="" data-rules="" data-provenance="valid trusted">`,
		`<span class="badge fine mark" title="valid, trusted · signed by Examplecam Imaging AG (CN=Body 7\, serial 42,O=Examplecam Imaging AG,C=DE)`,
		`>Credentials valid, trusted · Examplecam Imaging AG</span>`,
		`id="photo-2" data-verdict="" data-codes="" data-agency="" data-rules="" data-ai="generated">`,
		`<span class="badge deny mark" title="generated · source type trainedAlgorithmicMedia">AI generated</span>`,
		`id="photo-3" data-verdict="" data-codes="" data-agency="" data-rules="">`,
		`<select id="f-credentials">`, `<select id="f-ai">`,
	} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("sheet lacks %s", want)
		}
	}
	var plain bytes.Buffer
	if _, err := Write(&plain, items[2:], Options{AsOf: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, unwanted := range []string{`id="f-credentials"`, `id="f-ai"`, "data-provenance=", "data-ai=", " mark\""} {
		if strings.Contains(plain.String(), unwanted) {
			t.Errorf("a sheet without credentials or AI data has %q", unwanted)
		}
	}
}

// markCards: four cards (trusted, invalid, AI generated, nothing).
const markCards = `
var cards = [
  {dataset: {verdict: 'allow', codes: '', agency: 'AFP', rules: '', provenance: 'valid trusted'}, hidden: false},
  {dataset: {verdict: 'review', codes: '', agency: 'AFP', rules: 'provenance.invalid', provenance: 'invalid untrusted'}, hidden: false},
  {dataset: {verdict: 'deny', codes: '', agency: 'AP', rules: 'ai.generated', ai: 'generated'}, hidden: false},
  {dataset: {verdict: 'allow', codes: '', agency: 'AP', rules: ''}, hidden: false}];
var sections = [{cards: cards}];
`

// TestMarkFilters runs the sheet's script under Node with the credentials
// and AI filters given in the address.
func TestMarkFilters(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the sheet's script is not run")
	}
	var page bytes.Buffer
	if _, err := Write(&page, []Item{{Path: "a/x.jpg", Record: typed(iptcGenerated)}}, Options{AsOf: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ hash, shown string }{
		{"", "4 shown"},
		{"#credentials=valid", "1 shown"},
		{"#credentials=untrusted", "1 shown"},
		{"#credentials=trusted", "1 shown"}, // "untrusted" is not "trusted"
		{"#credentials=absent", "2 shown"},
		{"#ai=generated", "1 shown"},
		{"#ai=any", "1 shown"},
		{"#ai=none", "3 shown"},
		{"#ai=none&credentials=absent", "1 shown"},
		{"#ai=composite", "0 shown"},
	} {
		dom := fakeDOM(markCards, tc.hash, "f-verdict", "f-restriction", "f-agency", "f-finding", "f-credentials", "f-ai")
		if got, err := runSheetScript(t, node, page.Bytes(), dom, "console.log(els['count-shown'].textContent);"); err != nil || got != tc.shown {
			t.Errorf("%q: %s (%v), want %q", tc.hash, got, err, tc.shown)
		}
	}
}
