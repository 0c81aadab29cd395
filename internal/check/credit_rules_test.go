package check

import (
	"github.com/wirecap/wirecap/record"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metatest"
	"github.com/wirecap/wirecap/internal/reconcile"
)

func creditFacts(sources map[string]any) *reconcile.Facts {
	v := sources["xmp"]
	if v == nil {
		v = sources["iptc"]
	}
	fs := metatest.Fields{"credit": {Value: v, Sources: sources}}
	return reconcile.Reconcile(&imagemeta.Metadata{}, fs.Typed(), nil, time.Time{})
}

// TestCreditRules: credit.truncated for an IIM Credit cut at 32 bytes or
// a note; credit.unrecognised (info) for a credit nothing recognises;
// neither for a plain agency credit.
func TestCreditRules(t *testing.T) {
	long := "Jo Park/Northwind Press Agency/Lehtikuva via AP"
	for _, tc := range []struct {
		name    string
		sources map[string]any
		want    string // rule@severity, comma-joined, of the credit.* findings
	}{
		{"cut IIM credit", map[string]any{"iptc": long[:32], "xmp": long}, "credit.truncated@warning"},
		{"see caption", map[string]any{"iptc": "See caption"}, "credit.truncated@warning"},
		{"unknown organisation", map[string]any{"iptc": "Streamco"}, "credit.unrecognised@info"},
		{"agency", map[string]any{"iptc": "Jo Park/AFP", "xmp": "Jo Park/AFP"}, ""},
		{"misspelt agency is recognised", map[string]any{"iptc": "RETUERS"}, ""},
	} {
		fs, _ := Run(&Input{Facts: creditFacts(tc.sources), Use: Editorial, AsOf: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
		var got []string
		for _, f := range fs {
			if f.Rule == record.CreditTruncated || f.Rule == record.CreditUnrecognised {
				got = append(got, string(f.Rule)+"@"+string(f.Severity))
				if f.Message == "" || len(f.Evidence) == 0 {
					t.Errorf("%s: %s without message or evidence", tc.name, f.Rule)
				}
			}
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, got, tc.want)
		}
	}
	if ids := RuleIDs(); !slices.Contains(ids, string(record.CreditTruncated)) || !slices.Contains(ids, string(record.CreditUnrecognised)) {
		t.Errorf("rule IDs lack the credit rules: %v", ids)
	}
}

// TestPolicyCreditTemplates: [credit] templates are checked when the
// policy loads and reach the credit line.
func TestPolicyCreditTemplates(t *testing.T) {
	for _, tc := range []struct{ body, word string }{
		{"[credit]\nAP = \"{photographer}/AP\"", "{photographer}"},
		{"[credit]\nAP = \"{photographers/AP\"", `credit."AP"`},
		{"[credit]\nAP = \"\"", `credit."AP"`},
		{"[credit]\nAP = 3", "credit"},
	} {
		if _, err := LoadPolicy(writePolicy(t, tc.body)); err == nil || !strings.Contains(err.Error(), tc.word) {
			t.Errorf("%q: err = %v, want one naming %s", tc.body, err, tc.word)
		}
	}
	p, err := LoadPolicy(writePolicy(t, "[credit]\nAP = \"{photographers}/{intermediary}/AP\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	fs := metatest.Fields{"credit": {Value: "Jo Park/Lehtikuva/AP", Sources: map[string]any{"iptc": "Jo Park/Lehtikuva/AP"}}}
	f := reconcile.ReconcileOpts(&imagemeta.Metadata{}, fs.Typed(), nil, nil, time.Time{}, reconcile.Options{CreditTemplates: p.Credit})
	if got := f.Summary.CreditPrint; got == nil || *got != "Jo Park/Lehtikuva/AP" {
		t.Errorf("credit_print %v", got)
	}
	if DefaultPolicy().Hash() == p.Hash() {
		t.Error("a policy's credit templates must change its hash")
	}
}
