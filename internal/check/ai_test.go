package check

import (
	"slices"
	"testing"

	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/metatest"
	"github.com/wirecap/wirecap/internal/reconcile"
)

const dst = "http://cv.iptc.org/newscodes/digitalsourcetype/"

// TestAIRules: each AI and provenance rule, for the uses it speaks to.
// Names and values are invented.
func TestAIRules(t *testing.T) {
	xmp := func(kv ...string) metatest.Fields {
		out := metatest.Fields{}
		for i := 0; i+1 < len(kv); i += 2 {
			out[kv[i]] = field(kv[i+1], map[string]any{"xmp": kv[i+1]})
		}
		return out
	}
	const labelled = "A dragon over a harbour town, an AI-generated image made for this story. Photo illustration: Jo Vale/Northwind"
	const plain = "A dragon over a harbour town. Photo: Jo Vale/Northwind"
	tests := []struct {
		name    string
		caption string
		fields  metatest.Fields
		prov    *c2pa.Result
		use     string
		want    []string // rules that must fire, with their severity
		absent  []string // rules that must not
		verdict Decision
	}{
		{"generated, unlabelled, editorial", plain, xmp("digital_source_type", dst+"trainedAlgorithmicMedia"), nil, "editorial",
			[]string{"ai.generated:error", "ai.label_missing:error"}, nil, Deny},
		{"generated, labelled, illustration", labelled, xmp("digital_source_type", "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"), nil, Illustration,
			[]string{"ai.generated:warning"}, []string{"ai.label_missing"}, Review},
		{"an AI system named, no source type", labelled, xmp("ai_system_used", "Imaginer 3"), nil, "online",
			[]string{"ai.generated:error"}, []string{"ai.label_missing"}, Deny},
		{"composite with AI, French label", "Montage : image générée par IA à partir de photos de Lea Morin", xmp("digital_source_type", dst+"compositeWithTrainedAlgorithmicMedia"), nil, "editorial",
			[]string{"ai.composite:warning"}, []string{"ai.generated", "ai.label_missing"}, Review},
		{"enhanced capture is information only", plain, xmp("digital_source_type", dst+"algorithmicallyEnhanced"), nil, "editorial",
			[]string{"ai.enhanced:info"}, []string{"ai.generated", "ai.label_missing"}, Allow},
		{"camera capture: nothing", plain, xmp("digital_source_type", dst+"digitalCapture"), nil, "editorial",
			nil, []string{"ai.generated", "ai.composite", "ai.enhanced", "ai.label_missing"}, Allow},
		{"AI only in the credentials: the most synthetic wins", plain, xmp("digital_source_type", dst+"digitalCapture"),
			&c2pa.Result{Manifest: true, State: c2pa.Valid, Trust: c2pa.Trusted, DigitalSourceType: dst + "trainedAlgorithmicMedia"}, "editorial",
			[]string{"ai.generated:error", "ai.source_conflict:warning", "ai.label_missing:error"}, nil, Deny},
		{"invalid credentials", plain, nil, &c2pa.Result{Manifest: true, State: c2pa.Invalid, Trust: c2pa.Unknown, Codes: []string{"assertion.dataHash.mismatch"}}, "editorial",
			[]string{"provenance.invalid:warning"}, nil, Review},
		{"untrusted signer", plain, nil, &c2pa.Result{Manifest: true, State: c2pa.Valid, Trust: c2pa.Untrusted, Signer: &c2pa.Signer{Subject: "CN=Nobody"}}, "editorial",
			[]string{"provenance.untrusted:info"}, []string{"provenance.invalid"}, Allow},
		{"data mining prohibited, AI training", plain, xmp("data_mining", "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-GENAIMLTRAINING"), nil, AITraining,
			[]string{"rights.data_mining:error"}, nil, Deny},
		{"data mining prohibited, editorial", plain, xmp("data_mining", "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED"), nil, "editorial",
			nil, []string{"rights.data_mining"}, Allow},
	}
	for _, tc := range tests {
		in := input(t, tc.caption, tc.fields)
		in.Use, in.Provenance = tc.use, tc.prov
		in.Policy.Licences = map[string][]string{"*": Uses} // the licence model is not what is tested here
		reconcile.SourceType(in.Facts, tc.prov)
		fs, v := Run(in)
		got := map[string]string{}
		for _, f := range fs {
			got[string(f.Rule)] = string(f.Severity)
		}
		for _, w := range tc.want {
			if rule, sev, _ := cut(w); got[rule] != sev {
				t.Errorf("%s: %s is %q, want %s (all: %s)", tc.name, rule, got[rule], sev, rulesOf(fs))
			}
		}
		for _, a := range tc.absent {
			if _, ok := got[a]; ok {
				t.Errorf("%s: %s fired (all: %s)", tc.name, a, rulesOf(fs))
			}
		}
		if v.Decision != tc.verdict {
			t.Errorf("%s: verdict %s, want %s (%v)", tc.name, v.Decision, tc.verdict, v.Reasons)
		}
	}
}

func cut(s string) (string, string, bool) {
	i := slices.Index([]byte(s), ':')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

func TestDisclosed(t *testing.T) {
	for text, want := range map[string]bool{
		"Illustration (AI-generated): a city under snow":           true,
		"Ein KI-generiertes Bild zeigt eine Stadt im Schnee":       true,
		"Imagen generada por IA de una ciudad nevada":              true,
		"Image générée par l'intelligence artificielle":            true,
		"Engineers discuss AI at a conference in Lyon, March 2024": false,
		"A said-generated image":                                   false,
	} {
		if got := disclosed(text); got != want {
			t.Errorf("disclosed(%q) = %v, want %v", text, got, want)
		}
	}
}
